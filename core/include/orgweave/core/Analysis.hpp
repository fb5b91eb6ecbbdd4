#pragma once
// Runs the measures of DOMAIN.md §3 on one lens of a document and gathers the results: what
// `orgweave analyze`, the studio's measures panel and the reports read.
//
// Undefined values (constraint of an isolate, E-I of a node without ties, modularity without
// ties) are NaN here and null in JSON; `notes` says why when it is not obvious.
//
// Every measure reads one shared CSR snapshot of the lens graph. Betweenness, closeness, harmonic,
// diameter and average distance come from one breadth-first search per source. Above
// kSampleAbove nodes betweenness (and with it closeness and harmonic) is estimated from
// kDefaultSampleSources sampled sources, with its error bound in `betweennessErrorBound`, unless
// `exact` is set or `approxSources` chooses the sample size (2,000 sources on 100,000 nodes and
// 500,000 ties: ±0.061 on every betweenness at 95 %, about 15 s of CPU). The other measures run side by side,
// one per thread. Cost: dominated by the shortest-path pass, O(sources · (n + m)) on
// `run.threads` cores.

#include "orgweave/core/BoundarySpanning.hpp"
#include "orgweave/core/Brokerage.hpp"
#include "orgweave/core/GroupPathCounts.hpp"
#include "orgweave/core/Lens.hpp"
#include "orgweave/core/MeasureOptions.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/Partition.hpp"

#include <cstdint>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::core {

/// Networks with more nodes than this get sampled betweenness by default (see AnalysisOptions).
inline constexpr std::size_t kSampleAbove = 20000;
/// Sources sampled by default above kSampleAbove nodes.
inline constexpr std::size_t kDefaultSampleSources = 2000;

struct AnalysisOptions {
    LensOptions lens;
    std::string partition = "organization";
    /// True when the user chose the partition: an attribute no node has is then an error.
    bool partitionChosen = false;
    std::set<std::string, std::less<>> measures;  ///< ids of MeasureCatalogue.hpp; empty: all
    /// Sources of the shortest-path measures: 0 chooses (exact up to kSampleAbove nodes,
    /// kDefaultSampleSources sampled above); K samples K sources (exact when K ≥ n).
    std::size_t approxSources = 0;
    bool exact = false;    ///< every source, whatever the size (overrides approxSources)
    unsigned pathCap = 3;  ///< group path counts stop here ("3 or more")
    MeasureOptions run;    ///< threads, cancel, seed, progress
};

/// Thrown for options that cannot apply to the document (unknown phase, missing partition).
class AnalysisError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct NetworkSummary {
    std::size_t nodes = 0;
    std::size_t ties = 0;
    bool directed = false;
    double density = 0.0;
    std::size_t components = 0;
    std::size_t diameter = 0;
    double averagePathLength = 0.0;
    double degreeCentralization = 0.0;
    double eiIndex = 0.0;
    std::uint64_t internalTies = 0;
    std::uint64_t externalTies = 0;
    double partitionModularity = 0.0;
    std::size_t communityCount = 0;
    double communityModularity = 0.0;
};

struct AnalysisResult {
    LensGraph lens;
    Partition partition;
    std::set<std::string, std::less<>> computed;  ///< measure names that were run
    bool approximate = false;                     ///< shortest-path measures from sampled sources
    std::size_t sourcesUsed = 0;
    /// With sampled sources: every node's betweenness is within ± this of the exact value with
    /// probability betweennessConfidence (0 when exact).
    double betweennessErrorBound = 0.0;
    double betweennessConfidence = 0.0;
    /// With sampled sources: every node's harmonic / (n − 1) is within ± this of the exact value
    /// with probability betweennessConfidence (0 when exact). Closeness has no bound of its own.
    double harmonicErrorBound = 0.0;
    bool cancelled = false;  ///< run.cancel was set: some measures are missing or partial

    // per node (graph index)
    std::vector<std::string> ids;
    std::vector<std::string> labels;
    std::vector<NodeKind> kinds;
    std::vector<double> degree;
    std::vector<double> betweenness;
    std::vector<double> closeness;
    std::vector<double> harmonic;
    std::vector<double> eigenvector;
    std::vector<double> pagerank;
    std::vector<double> clustering;
    std::vector<double> constraint;
    std::vector<double> effectiveSize;
    std::vector<double> efficiency;
    std::vector<BrokerageCounts> brokerage;
    std::vector<double> eiIndex;
    std::vector<char> boundarySpanner;
    std::vector<char> multilateral;
    std::vector<std::uint32_t> groupsReached;
    std::vector<std::uint32_t> internalAlters;  ///< alters in the node's own group
    std::vector<std::uint32_t> externalAlters;  ///< alters in other groups
    std::vector<char> articulationPoint;
    std::vector<int> community;

    std::vector<GroupTies> groups;                             ///< by group index of `partition`
    std::vector<std::pair<std::size_t, std::size_t>> bridges;  ///< graph node indices
    std::vector<GroupPair> groupPairs;
    unsigned pathCap = 0;
    NetworkSummary network;
    std::vector<std::string> notes;

    bool has(std::string_view measure) const { return computed.count(measure) > 0; }
    std::size_t nodeCount() const { return ids.size(); }
};

/// The number of shortest-path sources `options` asks for on a lens of `nodes` nodes (0: all).
std::size_t sampledSources(std::size_t nodes, const AnalysisOptions& options);

/// Throws AnalysisError for a phase that does not exist, an unknown measure name, or a chosen
/// partition attribute that no analysed node has.
AnalysisResult analyze(const Model& model, const AnalysisOptions& options);

}  // namespace orgweave::core
