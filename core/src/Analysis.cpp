#include "orgweave/core/Analysis.hpp"

#include "orgweave/core/Connectivity.hpp"
#include "orgweave/core/DegreeCentrality.hpp"
#include "orgweave/core/EigenvectorCentrality.hpp"
#include "orgweave/core/LocalClustering.hpp"
#include "orgweave/core/LouvainCommunities.hpp"
#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Modularity.hpp"
#include "orgweave/core/PageRank.hpp"
#include "orgweave/core/PhaseFilter.hpp"
#include "orgweave/core/ShortestPathCentralities.hpp"
#include "orgweave/core/StructuralHoles.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

namespace orgweave::core {

namespace {

void checkOptions(const Model& model, const AnalysisOptions& options) {
    for (const std::string& name : options.measures) {
        if (findMeasure(name) == nullptr)
            throw AnalysisError("unknown measure \"" + name + "\" (known: " + measureIdList() + ")");
    }
    if (std::string problem = unknownPhaseProblem(model, options.lens.phase); !problem.empty())
        throw AnalysisError(problem);
}

}  // namespace

std::size_t sampledSources(std::size_t nodes, const AnalysisOptions& options) {
    if (options.exact)
        return 0;
    if (options.approxSources > 0)
        return options.approxSources < nodes ? options.approxSources : 0;
    return nodes > kSampleAbove ? kDefaultSampleSources : 0;
}

AnalysisResult analyze(const Model& model, const AnalysisOptions& options) {
    checkOptions(model, options);
    AnalysisResult r;
    auto wants = [&](std::string_view name) {
        const bool yes = options.measures.empty() || options.measures.count(name) > 0;
        if (yes)
            r.computed.insert(std::string(name));
        return yes;
    };

    r.lens = buildLens(model, options.lens);
    const Graph& g = r.lens.graph;
    const std::size_t n = g.nodeCount();
    r.partition = buildPartition(model, r.lens, options.partition);
    if (!r.partition.attributeFound && n > 0) {
        if (options.partitionChosen) {
            throw AnalysisError(
                "no analysed node has the partition attribute \"" + options.partition +
                "\" (use organization, kind, type, site, level, or a key of the nodes' attrs)");
        }
        r.notes.push_back(
            "no node has \"" + options.partition +
            "\": every node is in one group, so brokerage counts coordinators only and E-I is undefined");
    } else if (r.partition.nodesWithoutValue > 0) {
        r.notes.push_back(std::to_string(r.partition.nodesWithoutValue) + " nodes have no \"" +
                          options.partition +
                          "\"; they form the group (none) and take no part in E-I and boundary spanning");
    }

    r.ids.reserve(n);
    for (std::size_t i : r.lens.modelIndex) {
        const Node& node = model.nodes[i];
        r.ids.push_back(node.id);
        r.labels.push_back(node.displayLabel());
        r.kinds.push_back(node.kind);
    }

    NetworkSummary& net = r.network;
    net.nodes = n;
    net.ties = g.edgeCount();
    net.directed = g.isDirected();
    if (n > 1) {
        const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
        net.density = static_cast<double>(g.edgeCount()) * (g.isDirected() ? 1.0 : 2.0) / pairs;
    }

    // One CSR snapshot shared by every measure (they keep it alive while they run).
    const GraphSnapshot graph = std::make_shared<const Graph>(g);
    const MeasureOptions& run = options.run;

    DegreeCentrality degree(graph);
    degree.run();
    if (wants("degree"))
        r.degree = degree.centrality();
    net.degreeCentralization = degree.centralization();

    // Betweenness, closeness, harmonic and the distance statistics: one search per source, on
    // every thread.
    const bool paths = wants("betweenness") | wants("closeness") | wants("harmonic");
    if (paths) {
        ShortestPathCentralities sp(graph, run, sampledSources(n, options));
        sp.run();
        r.betweenness = sp.betweenness();
        r.closeness = sp.closeness();
        r.harmonic = sp.harmonic();
        r.approximate = sp.isApproximate();
        r.sourcesUsed = sp.sourcesUsed();
        net.diameter = sp.diameter();
        net.averagePathLength = sp.averagePathLength();
        if (r.approximate) {
            r.betweennessErrorBound = sp.betweennessErrorBound();
            r.betweennessConfidence = ShortestPathCentralities::kBoundConfidence;
            r.harmonicErrorBound = sp.harmonicErrorBound();
            char bound[32];
            std::snprintf(bound, sizeof bound, "%.3g", r.betweennessErrorBound);
            char harmonicBound[32];
            std::snprintf(harmonicBound, sizeof harmonicBound, "%.3g", r.harmonicErrorBound);
            r.notes.push_back(
                "betweenness, closeness, harmonic, diameter and average path length are estimated "
                "from " +
                std::to_string(sp.sourcesUsed()) + " of " + std::to_string(n) +
                " sources; every betweenness is within ±" + bound + " and every harmonic / (n − 1) within ±" +
                harmonicBound +
                " of the exact value with 95% probability; closeness is estimated from the same "
                "sources without a bound of its own (ask for exact values with --exact)");
        }
    }

    // The other measures are independent of each other: one task each, side by side on the
    // threads (heaviest first), each single-threaded.
    MeasureOptions single = run;
    single.threads = 1;
    single.progress = nullptr;
    bool eigenvectorConverged = true;
    bool pagerankConverged = true;
    std::vector<std::function<void()>> tasks;
    if (wants("brokerage")) {
        tasks.emplace_back([&] {
            Brokerage b(graph, r.partition.groupOf, single);
            b.run();
            r.brokerage = b.counts();
        });
    }
    const bool holes = wants("constraint") | wants("effective_size") | wants("efficiency");
    if (wants("clustering") || holes) {
        tasks.emplace_back([&] {
            LocalClustering clustering(graph);
            clustering.run();
            if (r.has("clustering"))
                r.clustering = clustering.clustering();
            if (holes) {
                StructuralHoles sh(graph,
                                   g.isDirected() ? std::vector<std::uint64_t>{} : clustering.triangles());
                sh.run();
                r.constraint = sh.constraint();
                r.effectiveSize = sh.effectiveSize();
                r.efficiency = sh.efficiency();
            }
        });
    }
    if (wants("communities")) {
        tasks.emplace_back([&] {
            LouvainCommunities louvain(graph, single);
            louvain.run();
            r.community = louvain.communityOf();
            net.communityCount = louvain.communityCount();
            net.communityModularity = louvain.modularity();
        });
    }
    if (wants("eigenvector")) {
        tasks.emplace_back([&] {
            EigenvectorCentrality ev(graph, single);
            ev.run();
            r.eigenvector = ev.centrality();
            eigenvectorConverged = ev.converged();
        });
    }
    if (wants("pagerank")) {
        tasks.emplace_back([&] {
            PageRank pr(graph, single);
            pr.run();
            r.pagerank = pr.rank();
            pagerankConverged = pr.converged();
        });
    }
    const bool spans = wants("ei_index"), spanners = wants("boundary_spanner");
    tasks.emplace_back([&] {
        BoundarySpanning bs(graph, r.partition);
        bs.run();
        if (spans)
            r.eiIndex = bs.eiIndex();
        if (spanners) {
            r.boundarySpanner = bs.isSpanner();
            r.multilateral = bs.isMultilateral();
            r.groupsReached = bs.groupsReached();
            r.internalAlters = bs.internalAlters();
            r.externalAlters = bs.externalAlters();
        }
        r.groups = bs.groups();
        net.eiIndex = bs.networkEiIndex();
        net.internalTies = bs.networkInternalTies();
        net.externalTies = bs.networkExternalTies();
    });
    const bool articulation = wants("articulation_point"), bridges = wants("bridges");
    tasks.emplace_back([&] {
        Connectivity c(graph);
        c.run();
        net.components = c.componentCount();
        if (articulation)
            r.articulationPoint = c.isArticulationPoint();
        if (bridges) {
            for (auto [a, b] : c.bridges())
                r.bridges.emplace_back(a, b);
        }
    });
    tasks.emplace_back([&] { net.partitionModularity = modularity(g, r.partition.groupOf); });
    parallelFor(tasks.size(), 1, run, "measures", [&](unsigned, std::size_t begin, std::size_t end) {
        for (std::size_t t = begin; t < end; ++t)
            tasks[t]();
    });
    if (!eigenvectorConverged) {
        r.notes.push_back(fill(tr("eigenvector centrality did not converge to 1e-12 in {} iterations"),
                               {std::to_string(EigenvectorCentrality::kMaxIterations)}));
    }
    if (!pagerankConverged) {
        r.notes.push_back(fill(tr("PageRank did not converge to 1e-12 in {} iterations"),
                               {std::to_string(PageRank::kMaxIterations)}));
    }

    // With sampled sources the network is large: group path counts (one max-flow per pair of
    // groups) run only when asked for by name.
    const bool pathsAffordable = !r.approximate || options.measures.count("group_paths") > 0;
    if (!pathsAffordable && options.measures.empty()) {
        r.notes.push_back(
            tr("group path counts are skipped on a network this large; ask for them with "
               "--measures group_paths"));
    }
    if (pathsAffordable && wants("group_paths")) {
        GroupPathCounts gp(graph, r.partition, options.pathCap, run);
        gp.run();
        r.groupPairs = gp.pairs();
        r.pathCap = gp.cap();
    }
    r.cancelled = run.cancelled();
    if (r.cancelled)
        r.notes.push_back(tr("the analysis was cancelled: some measures are missing or incomplete"));
    if (n == 0)
        r.notes.push_back(fill(tr("the {} lens has no nodes in this document"),
                               {std::string(toString(options.lens.lens))}));
    return r;
}

}  // namespace orgweave::core
