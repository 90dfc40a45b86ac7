// libFuzzer target for the scenario parser. Every input must either be
// refused with core::ScenarioError or be accepted; an accepted scenario must
// serialize, read back and serialize again to the same text, and its tariff
// schedule must build. Anything else (a crash, a sanitizer report, another
// exception, a hang past -timeout) is a failure.
#include "core/dataset.h"
#include "core/scenario.h"
#include "core/schedule.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace tariffsim::core;

namespace {

const Dataset& dataset()
{
    static const Dataset ds = loadDataset(readDataDirectory(TARIFFSIM_DATA_DIR));
    return ds;
}

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "scenario fuzzer: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    dataset(); // load once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Scenario scenario;
    try {
        scenario = parseScenario(text, dataset());
    } catch (const ScenarioError&) {
        return 0; // refused with a message: the expected outcome for most inputs
    }
    const std::string once = serializeScenario(scenario);
    try {
        const Scenario back = parseScenario(once, dataset());
        const std::string twice = serializeScenario(back);
        if (twice != once)
            fail("serialize(parse(serialize(s))) differs from serialize(s)", once + "\n---\n" + twice);
    } catch (const ScenarioError& e) {
        fail("the parser refuses what the writer wrote", std::string(e.what()) + "\n" + once);
    }
    // What the window does next with an accepted file.
    const TariffSchedule schedule(dataset(), scenario);
    // Every measure charges at most 1000% (the scenario's own included), so the
    // average is at most 1000 times the number of measures.
    const double most = 1000.0 * static_cast<double>(dataset().measures.size() + scenario.measures.size());
    for (const char* day : {"2025-01-01", "2025-05-14", "2026-06-01", "2027-06-01"}) {
        const double us = schedule.averageRatePct(Direction::UsOnChina, *Date::parse(day));
        const double cn = schedule.averageRatePct(Direction::ChinaOnUs, *Date::parse(day));
        if (!(us >= 0 && us <= most) || !(cn >= 0 && cn <= most))
            fail("average tariff out of range", std::to_string(us) + " / " + std::to_string(cn));
    }
    return 0;
}
