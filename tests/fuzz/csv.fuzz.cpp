// libFuzzer target for the CSV reader and the dataset loaders behind it: the
// shipped data files and any CSV a user supplies go through them. The first byte
// of an input picks a dataset CSV file; the rest is read as that file.
// Every input must either load or be refused with core::DataError (a message
// naming the file, line and field); a crash, a sanitizer report, another
// exception or a hang past -timeout is a failure. Plain CSV parsing is checked on
// the same bytes: it either parses or throws core::CsvError. The same bytes as a
// file of a user's data folder: core::checkUserFile never throws, a file it
// passes loads without a DataError, and mergeUserFiles never throws. Bytes that
// start with "{" are also read as a user's measures file (loadWithUserMeasures).
#include "core/csv.h"
#include "core/dataset.h"
#include "core/userdata.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

using namespace tariffsim::core;

namespace {

const DataFiles& shipped()
{
    static const DataFiles files = readDataDirectory(TARIFFSIM_DATA_DIR);
    return files;
}

const std::vector<std::string>& csvNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [name, text] : shipped())
            if (name.ends_with(".csv"))
                out.push_back(name);
        return out;
    }();
    return names;
}

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "csv fuzzer: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    csvNames();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const auto rows = parseCsv(text);
        (void)rows;
    } catch (const CsvError&) {
    } catch (const std::exception& e) {
        fail("parseCsv threw something other than CsvError", typeid(e).name() + std::string(": ") + e.what());
    }
    const std::string& name = csvNames()[data[0] % csvNames().size()];
    try {
        if (name == "trade_by_chapter.csv") {
            // Read together with sectors.json: the whole dataset is built.
            DataFiles files = shipped();
            files[name] = std::string(text);
            const Dataset ds = loadDataset(files);
            (void)ds;
        } else {
            Dataset ds;
            loadCsvFile(ds, name, text);
        }
    } catch (const DataError&) {
    } catch (const std::exception& e) {
        fail("loadDataset threw something other than DataError", name + ": " + typeid(e).name() + ": " + e.what());
    }
    // As a user's file: the names a data folder may hold (and one it may not).
    const auto& userNames = userDataFileNames();
    const std::string userName = data[0] % (userNames.size() + 1) == userNames.size()
        ? std::string("trade_by_hs6.csv")
        : userNames[data[0] % (userNames.size() + 1)];
    try {
        const auto problems = checkUserFile(userName, text);
        if (problems.empty() && userName != "trade_by_hs6.csv") {
            try {
                Dataset ds;
                loadCsvFile(ds, userName, text);
            } catch (const DataError& e) {
                fail("a user file that passes checkUserFile does not load", userName + ": " + e.what());
            }
        }
        Dataset merged;
        std::vector<DataProblem> skipped;
        mergeUserFiles(merged, {{userName, std::string(text)}}, skipped);
        if (problems.empty() != skipped.empty())
            fail("mergeUserFiles and checkUserFile disagree", userName);
    } catch (const std::exception& e) {
        fail("the user-file checks threw", userName + ": " + typeid(e).name() + ": " + e.what());
    }
    // Bytes that start as JSON are also a user's measures file: read with the
    // shipped data, it either loads or is refused with a problem naming the field.
    if (!text.empty() && text.front() == '{') {
        try {
            std::vector<DataProblem> problems;
            const auto ds = loadWithUserMeasures(shipped(), text, problems);
            if (ds.has_value() == !problems.empty())
                fail("loadWithUserMeasures returned a dataset with problems, or none without", std::string(text.substr(0, 200)));
            if (!checkUserFile(std::string(kUserMeasuresFile), text).empty() && ds)
                fail("a measures file refused by checkUserFile loaded", std::string(text.substr(0, 200)));
        } catch (const std::exception& e) {
            fail("loadWithUserMeasures threw", typeid(e).name() + std::string(": ") + e.what());
        }
    }
    return 0;
}
