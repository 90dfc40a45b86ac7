#pragma once

#include "date.h"

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// Who taxes whom. `UsOnChina` is US duties on Chinese goods (they fall on the
/// `ChinaToUs` flow); `ChinaOnUs` is China's duties on US goods (`UsToChina`).
enum class Direction { UsOnChina, ChinaOnUs };
/// A trade flow, named by exporter and importer.
enum class Flow { ChinaToUs, UsToChina };

constexpr Flow flowOf(Direction d) { return d == Direction::UsOnChina ? Flow::ChinaToUs : Flow::UsToChina; }
constexpr Direction directionOf(Flow f) { return f == Flow::ChinaToUs ? Direction::UsOnChina : Direction::ChinaOnUs; }
/// "us_on_china" / "china_on_us".
std::string_view toString(Direction d);
/// "china_to_us" / "us_to_china".
std::string_view toString(Flow f);
std::optional<Direction> parseDirection(std::string_view text);
std::optional<Flow> parseFlow(std::string_view text);

/// Where a figure comes from. `basis` is "stated" (a source gives it), "derived"
/// (arithmetic on stated figures; the note says how) or "estimate" (a modelling
/// judgement; the note explains it). `kind` says what the source is, so that a
/// reader can weigh it: "law" (the legal instrument itself: an Executive Order,
/// a Proclamation, a USTR notice, the HTS, an announcement of China's Customs
/// Tariff Commission), "statistics" (an official statistical release: China
/// customs, US Census), "research" (a study or a research dataset) or "press" (a
/// news report); empty when not recorded. `citation` names the instrument or
/// release ("EO 14257, 90 FR 15041"); `source` is its address; `reportedBy` is a
/// news repost the figure was read from when the primary text is not at hand.
struct Provenance {
    std::string source; ///< URL of the source
    std::string basis = "stated";
    std::string note;
    std::string kind;       ///< "law", "statistics", "research", "press", "user" (the analyst's own data folder, core/userdata.h) or empty
    std::string citation;   ///< instrument or release, e.g. "Proclamation 10896, 90 FR 9817"
    std::string reportedBy; ///< URL of a news repost, when the figure was read there

    bool operator==(const Provenance&) const = default;
};

/// The kinds a Provenance may name.
bool isSourceKind(std::string_view kind);
/// "law", "official statistics", "research", "press", "your own data" ("user") for
/// display ("source" when empty).
std::string_view sourceKindLabel(std::string_view kind);
/// One line for a figure's source, primary first: "Official statistics: General
/// Administration of Customs of China (GACC), https://... (reported by https://...)".
/// Parts that are empty are left out; empty when the provenance is.
std::string sourceLine(const Provenance& p);
/// Where the figure can be read: the source's URL, else the repost's.
const std::string& sourceUrl(const Provenance& p);

/// A product inside a sector and its share of the sector's value: the sector's
/// composition, against which coverage rules are matched (a rule on "8507.60"
/// covers that share of the batteries sector).
struct SectorProduct {
    std::string hs;     ///< HS code, usually six digits; a chapter code for trade not split by product
    double share = 0.0; ///< fraction of the sector's value; a sector's shares sum to 1

    bool operator==(const SectorProduct&) const = default;
};

/// One computational sector of a flow: an HS chapter, a named part of a chapter,
/// or the derived remainder of a chapter that has named parts.
struct Sector {
    std::string id;              ///< the primary HS code, unique within the flow ("85", "8517.13")
    Flow flow = Flow::ChinaToUs;
    std::string name;
    std::string chapter;         ///< two-digit HS chapter
    std::vector<std::string> hs; ///< HS codes (prefixes) the sector holds; hs[0] == id
    std::string groupId;         ///< display group
    std::map<int, double> valueUsdBn; ///< base-year value by year, US Census basis
    /// The products the sector holds (trade_by_hs6.csv). Empty: the sector is
    /// matched as a whole by its own HS codes.
    std::vector<SectorProduct> products;
    Provenance provenance;

    bool operator==(const Sector&) const = default;
};

/// A display group of sectors ("Smartphones", "All other goods").
struct SectorGroup {
    std::string id;
    Flow flow = Flow::ChinaToUs;
    std::string name;
    std::vector<std::string> hs; ///< HS prefixes; a sector joins the group with its longest matching prefix
    bool remainder = false;      ///< the explicit, derived "all other goods" group

    bool operator==(const SectorGroup&) const = default;
};

/// Coverage of a measure on the sectors matching `hs` ("*" matches all), as a share
/// of the sector's value in [0, 1], in force on days in [from, to).
struct CoverageRule {
    std::string hs;
    double share = 0.0;
    std::optional<Date> from;
    std::optional<Date> to;
    Provenance provenance;

    bool operator==(const CoverageRule&) const = default;
};

/// A dated change of a measure's statutory rate.
struct RateStep {
    std::string id;   ///< optional; scenarios drop steps by id
    Date date;
    double ratePct = 0.0;
    std::string status = "enacted"; ///< "enacted" or "assumed" (a scheduled step whose outcome is not recorded)
    Provenance provenance;

    bool operator==(const RateStep&) const = default;
};

/// One legal layer: MFN, a Section 301 list, a Section 232 action, an IEEPA duty,
/// a Chinese retaliation list...
struct Measure {
    std::string id;
    std::string name;
    std::string layer; ///< the layer it is reported under ("Section 301", "IEEPA reciprocal")
    Direction direction = Direction::UsOnChina;
    std::vector<RateStep> steps;         ///< sorted by date; rate is 0 before the first step
    std::vector<CoverageRule> coverage;
    std::vector<std::string> yieldsTo;   ///< not charged on the share covered by these while they are in force
    std::string coverageNote;
    /// An exemption charges no duty: its rate (0-100) is the percentage of its
    /// coverage exempted from the measures that yield to it (China's unverified
    /// whitelist: 0 charges them in full, 100 exempts every good on it).
    bool exemption = false;

    bool operator==(const Measure&) const = default;
};

struct TruceExtension {
    std::string id;
    Date end;                    ///< new first day without the suspension
    std::optional<Date> decided; ///< when the extension was decided
    bool assumption = false;     ///< a modelling assumption, not a recorded decision
    Provenance provenance;

    bool operator==(const TruceExtension&) const = default;
};

/// A truce suspends `suspendedPct` points of a measure from `start` for `days`
/// days; extensions move the end. On the end day the points return (snap-back).
struct Truce {
    std::string id;
    std::string name;
    std::string measureId;
    Date start;
    int days = 90;
    double suspendedPct = 0.0;
    std::vector<TruceExtension> extensions;
    Provenance provenance;

    /// First day on which the suspension no longer applies: the latest extension's
    /// end, or start + days.
    Date end() const;
    /// End without any extension (start + days).
    Date originalEnd() const { return start.addDays(days); }
    /// End without the extensions marked as assumptions: the last end a source
    /// (or the user's own scenario) gives.
    Date recordedEnd() const;
    /// Whether an assumed extension carries the truce past its recorded end.
    bool continuesByAssumption() const { return end() > recordedEnd(); }

    bool operator==(const Truce&) const = default;
};

/// A dated event for the timeline: a tariff action, truce, ruling, announcement,
/// threat, export control or talks. Only measures' rate steps change rates.
struct TimelineEvent {
    Date date;
    std::string actor;
    std::string kind;  ///< tariff, truce, suspension, announcement, threat, ruling, export_control, statement, scheduled, talks
    std::string label; ///< short name for the timeline; may be empty
    std::string title;
    std::string target;
    std::optional<double> ratePct;
    std::string note;
    /// confirmed (it happened), scheduled (a date fixed in advance whose outcome
    /// no source held gives), not_enacted (threats and announcements never carried
    /// out) or unverified (a single lower-confidence source).
    std::string status = "confirmed";
    Provenance provenance;

    /// Whether the event is known to have happened as described.
    bool confirmed() const { return status == "confirmed"; }

    bool operator==(const TimelineEvent&) const = default;
};

/// The statuses a TimelineEvent may have.
bool isEventStatus(std::string_view status);

/// An annual flow total on a reporter's basis ("GACC" China customs, "USCensus").
struct AnnualTotal {
    int year = 0;
    Flow flow = Flow::ChinaToUs;
    std::string reporter;
    double valueUsdBn = 0.0;
    Provenance provenance;

    bool operator==(const AnnualTotal&) const = default;
};

/// A flow's value observed over one month or several consecutive months, on one
/// reporter's basis ("GACC" China customs, "USCensus" US Census). A period total
/// (e.g. China customs' combined January-February release) is one observation
/// over its months; it is never split into months.
struct ObservedTrade {
    YearMonth first;
    YearMonth last; ///< == first for a single month
    Flow flow = Flow::ChinaToUs;
    std::string reporter;
    double valueUsdBn = 0.0; ///< total over [first, last]
    Provenance provenance;

    int monthCount() const { return last.monthsSince(first) + 1; }
    bool singleMonth() const { return first == last; }

    bool operator==(const ObservedTrade&) const = default;
};

/// One row of elasticities.csv: an estimate from the literature. Empty cells are
/// nullopt (some rows are qualitative).
struct LiteratureEstimate {
    std::string parameter; ///< e.g. "trade_elasticity_long_run (7-10 years)"
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    std::string paper;
    std::string source; ///< URL

    bool operator==(const LiteratureEstimate&) const = default;
};

/// One row of calibration.csv: the response parameters of a flow fitted to the
/// observed months (`tariffsim-cli calibrate`), used as the defaults when they lie
/// inside the literature's range.
struct CalibratedResponse {
    Flow flow = Flow::ChinaToUs;
    std::string reporter;         ///< basis of the observations fitted ("GACC")
    double elasticity = 0.0;
    double adjustmentSpeed = 0.0;
    YearMonth first;              ///< first and last month of the observations fitted
    YearMonth last;
    int observations = 0;
    double rmseLog = 0.0;
    std::string note;

    bool operator==(const CalibratedResponse&) const = default;
};

/// China's rare-earth permanent-magnet exports to one destination over one month or
/// a period (rare_earth_magnets_2025.csv).
struct RareEarthExports {
    YearMonth first;
    YearMonth last;
    std::string destination; ///< "United States", "World"
    double tonnes = 0.0;
    std::optional<double> momPct; ///< change on the previous month, percent
    std::optional<double> yoyPct; ///< change on the same period a year earlier, percent
    Provenance provenance;

    bool singleMonth() const { return first == last; }

    bool operator==(const RareEarthExports&) const = default;
};

/// How far the dataset reaches: the last day of the legal record, and the last
/// month of each observed series. What lies beyond is an assumption, and is named
/// as one wherever it is used.
struct DataVintage {
    Date legalRecordThrough;  ///< the last day the legal record is known for
    std::string note;         ///< what is not known after it
    /// The last month with an observed value, by flow and reporter ("GACC", "USCensus").
    std::map<std::pair<Flow, std::string>, YearMonth> lastObserved;
    /// The last month of the rare-earth magnet series.
    std::optional<YearMonth> lastRareEarthMonth;

    /// The latest of lastObserved over both flows for a reporter, if any.
    std::optional<YearMonth> lastObservedMonth(std::string_view reporter) const;

    bool operator==(const DataVintage&) const = default;
};

/// The whole shipped dataset.
struct Dataset {
    std::vector<Sector> sectors; ///< both flows
    std::vector<SectorGroup> groups;
    std::vector<Measure> measures;
    std::vector<Truce> truces; ///< the recorded truces
    std::vector<TimelineEvent> events;
    std::vector<AnnualTotal> annualTotals;
    /// Monthly and period flow values (trade_monthly.csv and the flow rows of
    /// trade_monthly_supplementary.csv), both reporters, in file order.
    std::vector<ObservedTrade> observedTrade;
    /// The other suppliers of US imports the diversion model follows: every country
    /// of us_imports_monthly_by_partner.csv but China and Canada, in file order.
    std::vector<std::string> partners;
    /// The literature estimates (elasticities.csv); defaultParameters() cites them.
    std::vector<LiteratureEstimate> elasticities;
    /// Rare-earth magnet exports (rare_earth_magnets_2025.csv).
    std::vector<RareEarthExports> rareEarthMagnets;
    /// The response fitted to the observed months (calibration.csv; optional).
    std::vector<CalibratedResponse> calibration;
    int defaultBaseYear = 2024;
    DataVintage vintage;

    const Measure* measure(std::string_view id) const;
    const SectorGroup* group(Flow flow, std::string_view id) const;
    std::vector<const Sector*> sectorsOf(Flow flow) const;
    /// Years for which every sector of both flows has a value.
    std::vector<int> baseYears() const;
    /// The annual total of a flow on a reporter's basis, or nullptr.
    const AnnualTotal* annualTotal(Flow flow, int year, std::string_view reporter) const;
    /// The first estimate whose parameter name starts with `prefix`, or nullptr.
    const LiteratureEstimate* estimate(std::string_view prefix) const;
};

/// A problem in the dataset files; the message names the file and the field.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// File name -> file contents.
using DataFiles = std::map<std::string, std::string>;

/// The text of a file of `files`; throws DataError naming it when it is missing.
const std::string& dataFileText(const DataFiles& files, const std::string& name);

/// The files the loader reads, relative to the data folder (calibration.csv is
/// optional: without it the defaults are the literature's).
const std::vector<std::string>& datasetFileNames();
/// Reads the dataset files from a folder (resources/data). Throws DataError.
DataFiles readDataDirectory(const std::filesystem::path& folder);
/// Builds the dataset from file contents. Throws DataError naming file and field.
Dataset loadDataset(const DataFiles& files);
/// Adds the rows of one of the dataset's CSV files (events.csv, trade_annual.csv,
/// trade_monthly.csv, trade_monthly_supplementary.csv, us_imports_monthly_by_partner.csv,
/// elasticities.csv, rare_earth_magnets_2025.csv, calibration.csv) to `ds`. Throws DataError naming the file, the line
/// and the field.
void loadCsvFile(Dataset& ds, const std::string& name, std::string_view text);
/// Recomputes the last observed months of ds.vintage from the observed series.
void updateVintage(Dataset& ds);

/// Whether `prefix` ("85", "8517", "8517.13", "*") matches HS code `code`.
bool hsMatches(std::string_view prefix, std::string_view code);

} // namespace tariffsim::core
