#pragma once

#include "dataset.h"
#include "scenario.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tariffsim::core {

/// A layer's contribution to a trade-weighted average, in percentage points.
struct LayerShare {
    std::string layer;
    double pct = 0.0;
};

/// Whether a truce suspends points on a day, for one direction.
struct TruceStatus {
    bool running = false;
    std::string truceId;
    std::string measureId;
    double suspendedPct = 0.0;
    /// First day after the truce as it stood on the queried day: the latest
    /// extension decided on or before that day, else the original end. This is
    /// the snap-back day an analyst would have counted down to then.
    Date end;
    Date finalEnd;     ///< end after every extension in the scenario
    bool endAssumed = false; ///< `end` comes from an extension marked as an assumption
    int daysLeft = 0;  ///< days from the queried day to `end`; 0 when not running
    Date recordedEnd;  ///< the truce's last end not marked as an assumption (Truce::recordedEnd)
    /// The day lies past the recorded end: the truce runs only by assumption, and
    /// no countdown should be shown (its end is no source's date).
    bool pastRecord = false;
};

/// Which share of every sector each measure covers, before the stacking rules,
/// over the intervals between coverage change dates: the measures' HS rules
/// matched against the products each sector holds. It depends on the dataset's
/// sectors and measures only (not on rates, truces or overrides), so it is built
/// once and shared by every schedule of that dataset: a slider drag rebuilds the
/// schedule at each step but not this.
///
/// Products whose candidate rules agree for every measure form one product
/// class, across all sectors of a direction; sectors made of the same classes in
/// the same shares share one coverage profile. Every measure covers the sectors
/// of a profile alike on every day, under any scenario, so a schedule works out
/// coverage and monthly rates once per profile: the work per schedule grows with
/// the distinct coverage patterns, not with the number of sectors or products.
class CoverageModel {
public:
    /// Matches every measure of `ds` against the products of every sector.
    /// `ds` must outlive the model and stay unchanged.
    explicit CoverageModel(const Dataset& ds);
    /// The same, with measures a scenario adds (compileScenarioMeasures) after
    /// the dataset's.
    CoverageModel(const Dataset& ds, std::vector<Measure> scenarioMeasures);
    ~CoverageModel();
    CoverageModel(const CoverageModel&) = delete;
    CoverageModel& operator=(const CoverageModel&) = delete;

    const Dataset& dataset() const { return *m_ds; }
    /// The scenario's measures the model holds besides the dataset's.
    const std::vector<Measure>& scenarioMeasures() const { return m_extra; }
    /// A measure of the dataset or of scenarioMeasures(), or nullptr.
    const Measure* measure(std::string_view id) const;
    /// Product classes of a direction (for tests and benchmarks): at least one,
    /// at most the number of products (a sector without products counts as one).
    size_t classCount(Direction d) const;
    /// Coverage profiles of a direction: at least one when the flow has sectors,
    /// at most its number of sectors.
    size_t profileCount(Direction d) const;
    /// The profile of every sector of the flow a direction taxes (sectors in
    /// Dataset::sectorsOf order, as TariffSchedule::sectors()); values < profileCount().
    const std::vector<size_t>& profileOf(Direction d) const;

private:
    friend class TariffSchedule;
    struct Direction_;
    const Direction_& dir(Direction d) const { return *m_dirs[d == Direction::UsOnChina ? 0 : 1]; }
    const Dataset* m_ds;
    std::vector<Measure> m_extra;
    std::unique_ptr<Direction_> m_dirs[2];
};

/// The daily tariff schedule of a scenario, for both directions:
///
///     tau_s(t) = sum_m c_ms(t) * r_m(t)        (fraction; MFN is one of the measures)
///     T(t)     = sum_s w_s * tau_s(t)          (trade-weighted average, w = base-year shares)
///
/// r_m(t) is the measure's rate after the scenario's dropped steps, overrides and
/// truce suspensions; c_ms(t) is its coverage after the stacking rules, worked out
/// product by product within each sector (a measure is not charged on the share
/// of a product held by a measure it yields to, while that one is in force) and
/// summed over the sector's products by their value. The schedule is piecewise
/// constant: it is compiled once into segments between change dates, so queries
/// are cheap.
class TariffSchedule {
public:
    /// `baseYear` selects the trade weights (0 = the dataset's default).
    /// `coverage`, when given, must be a model of `ds` (CoverageModel::dataset());
    /// without it, or when its scenario measures are not the scenario's
    /// (Scenario::measures compiled), the schedule builds its own. `ds` must outlive the schedule and
    /// every schedule built from it.
    TariffSchedule(const Dataset& ds, const Scenario& scenario, int baseYear = 0,
                   std::shared_ptr<const CoverageModel> coverage = nullptr);

    /// The schedule of `scenario` on the dataset, base year and coverage model of
    /// `previous`, reusing what the two scenarios share: the coverage model, the
    /// sectors and weights, the rate path of every measure whose overrides did not
    /// change, and the coverage of every stacking epoch that recurs. When only
    /// Scenario::overrides differ (a slider step, an override removed, the
    /// effective date moved) only the measures those overrides name are
    /// recompiled; when dropped steps, the freeze day or the truces differ every
    /// measure's path is recompiled (the coverage is still reused); when the
    /// scenario's own measures differ everything is built afresh. The result is
    /// the same, bit for bit, as
    /// `TariffSchedule(previous.dataset(), scenario, previous.baseYear(), previous.coverageModel())`.
    TariffSchedule(const TariffSchedule& previous, const Scenario& scenario);

    const Dataset& dataset() const { return *m_ds; }
    /// A measure of the dataset or of the scenario, or nullptr.
    const Measure* measure(std::string_view id) const { return m_coverage->measure(id); }
    /// The scenario the schedule was built for.
    const Scenario& scenario() const { return m_scenario; }
    const std::shared_ptr<const CoverageModel>& coverageModel() const { return m_coverage; }

    int baseYear() const { return m_baseYear; }
    /// Sectors of the flow a direction taxes, in the order used by per-sector results.
    const std::vector<const Sector*>& sectors(Direction d) const { return dir(d).sectors; }
    /// Base-year trade weights (sum to 1), aligned with sectors().
    const std::vector<double>& weights(Direction d) const { return dir(d).weights; }
    /// Layer names of a direction in dataset order ("MFN", "Section 301", ...).
    const std::vector<std::string>& layers(Direction d) const { return dir(d).layers; }

    /// Ad valorem tariff on sector `index` of sectors(d) on a day, percent.
    double sectorRatePct(Direction d, size_t index, Date day) const;
    /// Trade-weighted average tariff, percent.
    double averageRatePct(Direction d, Date day) const;
    /// The average split by layer; the parts sum to averageRatePct.
    std::vector<LayerShare> layerBreakdown(Direction d, Date day) const;
    /// Rate charged by a measure on a day after truces and overrides, percent.
    double measureRatePct(const std::string& measureId, Date day) const;
    /// Rate of a measure before any truce suspension (after overrides), percent.
    double statutoryRatePct(const std::string& measureId, Date day) const;

    /// Day-weighted monthly mean tariff of every sector, percent, for `count`
    /// months from `first`: result[k * sectorCount + s].
    std::vector<double> monthlySectorRatesPct(Direction d, YearMonth first, int count) const;
    /// Day-weighted monthly mean of the trade-weighted average, percent.
    double monthlyAverageRatePct(Direction d, YearMonth month) const;

    /// Share of each sector (sectors() order) that a measure is charged on, on a
    /// day, after the stacking rules (coverage held by a measure it yields to,
    /// while that one is charged, is left out).
    std::vector<double> coverageShares(const std::string& measureId, Date day) const;

    /// Coverage profiles (CoverageModel): sectors of one profile have the same
    /// tariff on every day. profileOf(d)[s] is the profile of sector s of
    /// sectors(d). The profile functions below equal the sector functions of any
    /// member sector, bit for bit, at a fraction of the work.
    size_t profileCount(Direction d) const;
    const std::vector<size_t>& profileOf(Direction d) const;
    /// Tariff on the sectors of a profile on a day, percent (sectorRatePct).
    double profileRatePct(Direction d, size_t profile, Date day) const;
    /// Monthly mean tariff of every profile, percent: result[k * profileCount + p]
    /// (monthlySectorRatesPct).
    std::vector<double> monthlyProfileRatesPct(Direction d, YearMonth first, int count) const;
    /// Share of each profile that a measure is charged on, on a day (coverageShares).
    std::vector<double> profileCoverageShares(const std::string& measureId, Date day) const;

    /// Days on which the schedule of a direction may change (segment starts, in
    /// order): between two of them every rate is constant. The first is the
    /// schedule's origin, long before any recorded step.
    std::vector<Date> changeDates(Direction d) const;

    /// The truce running on a day for a direction (the one ending last if several).
    /// A truce on a measure that is no longer in force (statutory rate 0) is not running.
    TruceStatus truceStatus(Direction d, Date day) const;

private:
    struct MeasurePath {
        std::string id;
        size_t layer = 0;
        std::vector<std::pair<Date, double>> statutory; ///< (from, pct) steps
        std::vector<std::pair<Date, double>> charged;   ///< after truces
    };
    /// Effective coverage in one stacking state: a coverage interval and the
    /// levels of the measures others yield to. It depends on nothing else, so
    /// schedules built from one another share it.
    struct Epoch {
        size_t interval = 0;
        std::vector<double> levels;   ///< per measure; 0 for measures no one yields to
        std::vector<double> coverage; ///< coverage[m * P + p]: effective share of profile p
        std::vector<double> weighted; ///< weighted[m] = sum_p W_p * coverage[m * P + p] (DirectionData::profileWeights)
    };
    struct Segment {
        Date start;
        size_t epoch = 0;
        std::vector<double> rates; ///< fraction, per measure
    };
    struct DirectionData {
        std::vector<const Sector*> sectors;
        std::vector<double> weights;
        std::vector<double> profileWeights; ///< W_p: sum of the weights of profile p's sectors
        std::vector<std::string> layers;
        std::vector<MeasurePath> measures;
        std::vector<Segment> segments; ///< sorted; the first starts at the earliest date
        std::vector<std::shared_ptr<const Epoch>> epochs;
        std::vector<Truce> truces;
    };

    const DirectionData& dir(Direction d) const { return m_dirs[d == Direction::UsOnChina ? 0 : 1]; }
    const Segment& segmentAt(const DirectionData& dd, Date day) const;
    void compile(const Scenario& sc, Direction d, const TariffSchedule* previous);
    const MeasurePath* findMeasure(const std::string& id, const DirectionData** owner) const;

    const Dataset* m_ds = nullptr;
    int m_baseYear = 0;
    Scenario m_scenario;
    DirectionData m_dirs[2];
    std::shared_ptr<const CoverageModel> m_coverage;
};

/// The first day in [from, before) on which two schedules charge different
/// average tariffs (either direction, by more than `tolerancePct` points), or
/// nullopt. The window uses it to say where a scenario rewrites history.
std::optional<Date> firstAverageDifference(const TariffSchedule& a, const TariffSchedule& b, Date from, Date before,
                                           double tolerancePct = 1e-6);

/// The last day of a truce, up to `until`, on which its suspension lowers the rate
/// its measure charges; nullopt when it lowers nothing (the measure is not in
/// force, or a rate set by the scenario replaced the suspended one).
std::optional<Date> lastSuspendedDay(const TariffSchedule& schedule, const Truce& truce, Date until);

} // namespace tariffsim::core
