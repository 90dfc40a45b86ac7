#pragma once

#include "dataset.h"
#include "scenario.h"

#include <memory>
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
/// schedule at each step but not this. Products whose rules agree are merged, so
/// the work per schedule grows with the distinct coverage patterns, not with the
/// number of products.
class CoverageModel {
public:
    /// Matches every measure of `ds` against the products of every sector.
    /// `ds` must outlive the model and stay unchanged.
    explicit CoverageModel(const Dataset& ds);
    ~CoverageModel();
    CoverageModel(const CoverageModel&) = delete;
    CoverageModel& operator=(const CoverageModel&) = delete;

    const Dataset& dataset() const { return *m_ds; }
    /// Product classes of a direction (for tests and benchmarks): at most the
    /// number of products, at least the number of sectors.
    size_t classCount(Direction d) const;

private:
    friend class TariffSchedule;
    struct Direction_;
    const Dataset* m_ds;
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
    /// without it the schedule builds its own.
    TariffSchedule(const Dataset& ds, const Scenario& scenario, int baseYear = 0,
                   std::shared_ptr<const CoverageModel> coverage = nullptr);

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
    struct Segment {
        Date start;
        size_t epoch = 0;
        std::vector<double> rates; ///< fraction, per measure
    };
    struct DirectionData {
        std::vector<const Sector*> sectors;
        std::vector<double> weights;
        std::vector<std::string> layers;
        std::vector<MeasurePath> measures;
        std::vector<Segment> segments; ///< sorted; the first starts at the earliest date
        /// epochs[e][m * S + s]: effective coverage share
        std::vector<std::vector<double>> epochs;
        /// weighted[e][m] = sum_s w_s * epochs[e][m][s]
        std::vector<std::vector<double>> weighted;
        std::vector<Truce> truces;
    };

    const DirectionData& dir(Direction d) const { return m_dirs[d == Direction::UsOnChina ? 0 : 1]; }
    const Segment& segmentAt(const DirectionData& dd, Date day) const;
    void compile(const Dataset& ds, const Scenario& sc, Direction d, const CoverageModel& coverage);
    const MeasurePath* findMeasure(const std::string& id, const DirectionData** owner) const;

    int m_baseYear = 0;
    DirectionData m_dirs[2];
    std::shared_ptr<const CoverageModel> m_coverage;
};

} // namespace tariffsim::core
