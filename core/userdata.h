#pragma once

// The analyst's own data: a folder of files with the shipped names and columns
// whose rows are added to the shipped dataset, a row with the same key
// replacing the shipped one (docs/guide-data.md).

#include "dataset.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// The source kind (Provenance::kind) of every figure read from a user data
/// folder: sourceLine() calls it "Your own data".
constexpr std::string_view kUserSourceKind = "user";

/// A problem with a user data file. `line` is 1-based (1 for the header and for
/// the file as a whole); `field` is the column at fault, or "(file)" / "(syntax)".
struct DataProblem {
    std::string file;
    int line = 1;
    std::string field;
    std::string reason;

    /// "FILE:LINE: field: reason".
    std::string toString() const;
    bool operator==(const DataProblem&) const = default;
};

/// The files a user data folder may hold, with the shipped names: observed
/// months and periods, annual totals, events, elasticities, the rare-earth
/// series and the calibration.
const std::vector<std::string>& userDataFileNames();

/// The columns of a file a user data folder may hold, in the shipped order:
/// all of them, or only those the header must name. Empty for other names.
std::vector<std::string> userDataColumns(const std::string& name, bool requiredOnly);

/// A CSV with a header rewritten for `columns`: column k takes the values of the
/// source's column sourceColumn[k] (an index into the source header; -1 leaves
/// it empty). Throws CsvError when `text` is not CSV.
std::string remapCsvColumns(std::string_view text, const std::vector<std::string>& columns,
                            const std::vector<int>& sourceColumn);

/// Every problem in one user file (`name` is its file name): a name the folder
/// may not hold, a missing column, a CSV syntax error, a value that is not
/// what its column takes (month, flow, number, range, URL), a required cell
/// left empty, a key given twice in the file. Empty when the file is usable.
std::vector<DataProblem> checkUserFile(const std::string& name, std::string_view text);

/// The files of a user data folder by name (regular files directly in it; no
/// sub-folders). A folder that does not exist holds nothing. Files that cannot
/// be read, and files larger than 16 MiB, are left out with a problem in
/// `problems`.
DataFiles readUserDirectory(const std::filesystem::path& folder, std::vector<DataProblem>& problems);

/// Adds the rows of the user's files to `ds`: a row whose key (month or period,
/// flow and reporter; year, flow and reporter; date and title of an event;
/// parameter and paper; period and destination; flow and reporter of a
/// calibration) matches a shipped row replaces it, other rows are added. Every
/// row added gets Provenance::kind kUserSourceKind and a note naming its file.
/// A file with problems (checkUserFile) is skipped whole; its problems are
/// appended to `skipped`. The vintage (last observed months) is recomputed.
void mergeUserFiles(Dataset& ds, const DataFiles& user, std::vector<DataProblem>& skipped);

} // namespace tariffsim::core
