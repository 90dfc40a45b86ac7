#pragma once

// The analyst's own data: a folder of files with the shipped names and columns
// whose rows are added to the shipped dataset, a row with the same key
// replacing the shipped one (docs/guide-data.md).

#include "dataset.h"

#include <filesystem>
#include <optional>
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

/// The CSV files a user data folder may hold, with the shipped names: observed
/// months and periods, annual totals, events, elasticities, the rare-earth
/// series and the calibration.
const std::vector<std::string>& userDataFileNames();

/// The measures file a user data folder may hold, in the shipped format
/// (measures.json): legal layers and truces of the user's own, and profiles of
/// coverage, each replacing the shipped one with the same id or added.
constexpr std::string_view kUserMeasuresFile = "measures.json";

/// The columns of a file a user data folder may hold, in the shipped order:
/// all of them, or only those the header must name. Empty for other names.
std::vector<std::string> userDataColumns(const std::string& name, bool requiredOnly);

/// A CSV with a header rewritten for `columns`: column k takes the values of the
/// source's column sourceColumn[k] (an index into the source header; -1 leaves
/// it empty). Throws CsvError when `text` is not CSV.
std::string remapCsvColumns(std::string_view text, const std::vector<std::string>& columns,
                            const std::vector<int>& sourceColumn);

/// The shipped dataset with a user measures file merged in: the user's
/// "profiles" (by name), "measures" and "truces" (by id) replace the shipped
/// ones with the same key or are added ("vintage" and the rest of the file may
/// be left out), the whole is read and checked as the shipped file is, and the
/// user's measures and truces are marked as the user's own (source kind "user",
/// a note naming the file). When the merged file does not read, nothing is
/// returned and the problem, with the field at fault ("measures[0].steps[1].ratePct"),
/// is appended to `problems`.
std::optional<Dataset> loadWithUserMeasures(DataFiles shipped, std::string_view userMeasures,
                                            std::vector<DataProblem>& problems);

/// A user CSV file with the rows of another of the same name added: a row
/// whose key (as mergeUserFiles keys them) matches one of `existing` replaces
/// it in place, the others follow in their order. The columns are those either
/// file has, in the shipped order. Throws CsvError when either is not CSV, and
/// DataError for a name a data folder does not hold as CSV.
std::string mergeUserCsv(const std::string& name, std::string_view existing, std::string_view added);

/// Every problem in one user file (`name` is its file name): a name the folder
/// may not hold, a missing column, a CSV syntax error, a value that is not
/// what its column takes (month, flow, number, range, URL), a required cell
/// left empty, a key given twice in the file. Empty when the file is usable.
/// For the measures file, its shape (an object; measures and truces as lists
/// of objects with an id, each id once); what they say is checked when it is
/// read with the shipped data (loadWithUserMeasures).
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
/// The measures file is not merged here (loadWithUserMeasures reads it).
void mergeUserFiles(Dataset& ds, const DataFiles& user, std::vector<DataProblem>& skipped);

} // namespace tariffsim::core
