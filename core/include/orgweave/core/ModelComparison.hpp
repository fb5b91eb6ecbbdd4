#pragma once
// Before and after: two phases of one document, two documents, or a document and a what-if copy
// of it (Scenario.hpp). Gathers the structural diff (ModelDiff.hpp, on the phase-restricted
// copies), the network summary of each side, per-node deltas of betweenness and degree
// centrality ("top movers"), organization pairs whose number of vertex-independent role paths
// changed (GroupPathCounts.hpp, capped at `pathCap`: 3 means "3 or more"), gap findings that are
// new, resolved or no longer evaluated, and the alignment of each side.
//
// Conventions: measures come from core::analyze on options.lens in each side's phase; a node
// absent from one side has no value there (nullopt) and delta() counts it as 0. Gaps match by rule
// and subject (CheckSubject::key). A gap before is *resolved* only when the same check on the same
// subject passes after; when the subject is gone or the check is not evaluable after, it is *no
// longer evaluated* (learning that stopped is not an improvement, DOMAIN.md §4). A gap on both
// sides whose details differ is *changed*. An organization without roles
// in the lens on one side has 0 paths there. Cost: two analyses and two gap evaluations (two of each
// shortest-path passes), plus O(nodes + ties) for the diff.

#include "orgweave/core/Alignment.hpp"
#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Lens.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/ModelDiff.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

struct CompareOptions {
    LensKind lens = LensKind::People;
    std::string partition = "organization";
    GapSettings gaps;
    std::size_t top = 10;  ///< how many movers the text forms show (every node is in the lists)
    /// Survey waves to compare instead of each side's own (the phase's wave, else the latest);
    /// lets `diff FILE --waves W1 W2` compare two waves of one document.
    std::optional<std::string> waveBefore, waveAfter;
    unsigned threads = 0;  ///< 0: every core
};

/// Thrown for a phase that one of the documents does not define (the message says which exist).
class ComparisonError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct MeasureDelta {
    std::string id, label;
    std::optional<double> before, after;  ///< nullopt: the node is absent on that side
    double delta() const { return after.value_or(0.0) - before.value_or(0.0); }
};

struct GroupPairDelta {
    std::string groupA, groupB, labelA, labelB;
    unsigned pathsBefore = 0, pathsAfter = 0;  ///< capped at Comparison::pathCap
};

struct Comparison {
    std::string nameBefore, nameAfter;  ///< e.g. phase labels or file names (set by the caller)
    std::string phaseBefore, phaseAfter;
    ModelDiff structure;
    NetworkSummary networkBefore, networkAfter;
    std::vector<MeasureDelta> betweenness;  ///< every node on either side, by |delta| desc then id
    std::vector<MeasureDelta> degree;       ///< same, degree centrality
    /// Pairs whose capped path count changed, worst loss first: cut pairs, then pairs down to one
    /// path, then other losses by size; then gains, biggest first. Document order within a rank.
    std::vector<GroupPairDelta> groupPairs;
    std::vector<Finding> gapsNew, gapsResolved;
    std::vector<Finding> gapsNoLongerEvaluated;  ///< before side: subject gone or check not evaluable after
    std::vector<Finding> gapsChanged;  ///< still there (same rule and subject), details changed; after side
    std::string phaseNoteBefore, phaseNoteAfter;  ///< GapReport::phaseNote of each side
    std::string rcWaveBefore, rcWaveAfter;        ///< the survey wave each side used
    /// Relational coordination of each side's wave, dimension by dimension, and the RC index of
    /// the network before and after (never an average of waves).
    RcSummary rcBefore, rcAfter;
    Alignment alignmentBefore, alignmentAfter;
    std::map<std::string, std::string> organizationLabels;  ///< organization id → label, either side
    unsigned pathCap = 3;
    std::size_t top = 10;
};

/// Throws ComparisonError naming the phase and the phases that exist when a phase is unknown.
Comparison compareModels(const Model& before, std::string_view phaseBefore, const Model& after,
                         std::string_view phaseAfter, const CompareOptions& options = {});

}  // namespace orgweave::core
