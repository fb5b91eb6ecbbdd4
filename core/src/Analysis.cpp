#include "orgweave/core/Analysis.hpp"

#include "orgweave/core/Connectivity.hpp"
#include "orgweave/core/DegreeCentrality.hpp"
#include "orgweave/core/EigenvectorCentrality.hpp"
#include "orgweave/core/LocalClustering.hpp"
#include "orgweave/core/LouvainCommunities.hpp"
#include "orgweave/core/Modularity.hpp"
#include "orgweave/core/PageRank.hpp"
#include "orgweave/core/PhaseFilter.hpp"
#include "orgweave/core/ShortestPathCentralities.hpp"
#include "orgweave/core/StructuralHoles.hpp"

#include <algorithm>
#include <cmath>

namespace orgweave::core {

namespace {

void checkOptions(const Model& model, const AnalysisOptions& options) {
    for (const std::string& name : options.measures) {
        if (std::find(kMeasureNames.begin(), kMeasureNames.end(), name) == kMeasureNames.end()) {
            std::string known;
            for (std::string_view m : kMeasureNames)
                known += (known.empty() ? "" : ", ") + std::string(m);
            throw AnalysisError("unknown measure \"" + name + "\" (known: " + known + ")");
        }
    }
    if (std::string problem = unknownPhaseProblem(model, options.lens.phase); !problem.empty())
        throw AnalysisError(problem);
}

}  // namespace

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

    DegreeCentrality degree(g);
    degree.run();
    if (wants("degree"))
        r.degree = degree.centrality();
    net.degreeCentralization = degree.centralization();

    const bool paths = wants("betweenness") | wants("closeness") | wants("harmonic");
    if (paths) {
        PathCentralityOptions po;
        po.threads = options.threads;
        po.sampleSources = options.approxSources;
        po.seed = options.seed;
        po.cancel = options.cancel;
        ShortestPathCentralities sp(g, po);
        sp.run();
        r.betweenness = sp.betweenness();
        r.closeness = sp.closeness();
        r.harmonic = sp.harmonic();
        r.approximate = sp.isApproximate();
        r.sourcesUsed = sp.sourcesUsed();
        net.diameter = sp.diameter();
        net.averagePathLength = sp.averagePathLength();
        if (r.approximate) {
            r.notes.push_back(
                "betweenness, closeness, harmonic, diameter and average path length are estimated from " +
                std::to_string(sp.sourcesUsed()) + " sampled sources (--approx)");
        }
    }
    if (wants("eigenvector")) {
        EigenvectorCentrality ev(g);
        ev.run();
        r.eigenvector = ev.centrality();
        if (!ev.converged())
            r.notes.push_back("eigenvector centrality did not converge in 1000 iterations");
    }
    if (wants("pagerank")) {
        PageRank pr(g);
        pr.run();
        r.pagerank = pr.rank();
        if (!pr.converged())
            r.notes.push_back("PageRank did not converge in 1000 iterations");
    }
    LocalClustering clustering(g);
    const bool holes = wants("constraint") | wants("effective_size") | wants("efficiency");
    if (wants("clustering") || holes)
        clustering.run();
    if (r.has("clustering"))
        r.clustering = clustering.clustering();
    if (holes) {
        const std::vector<std::uint64_t> noTriangles;
        StructuralHoles sh(g, g.isDirected() ? noTriangles : clustering.triangles());
        sh.run();
        r.constraint = sh.constraint();
        r.effectiveSize = sh.effectiveSize();
        r.efficiency = sh.efficiency();
    }
    if (wants("brokerage")) {
        Brokerage b(g, r.partition.groupOf);
        b.run();
        r.brokerage = b.counts();
    }
    {
        BoundarySpanning bs(g, r.partition);
        bs.run();
        if (wants("ei_index"))
            r.eiIndex = bs.eiIndex();
        if (wants("boundary_spanner")) {
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
    }
    {
        Connectivity c(g);
        c.run();
        net.components = c.componentCount();
        if (wants("articulation_point"))
            r.articulationPoint = c.isArticulationPoint();
        if (wants("bridges")) {
            for (auto [a, b] : c.bridges())
                r.bridges.emplace_back(a, b);
        }
    }
    net.partitionModularity = modularity(g, r.partition.groupOf);
    if (wants("communities")) {
        LouvainCommunities louvain(g, options.seed);
        louvain.run();
        r.community = louvain.communityOf();
        net.communityCount = louvain.communityCount();
        net.communityModularity = louvain.modularity();
    }
    // With sampled sources the network is large: group path counts (one max-flow per pair of
    // groups) run only when asked for by name.
    const bool pathsAffordable = options.approxSources == 0 || options.measures.count("group_paths") > 0;
    if (!pathsAffordable && options.measures.empty()) {
        r.notes.push_back(
            "group path counts are skipped with --approx on a large network; ask for them with --measures "
            "group_paths");
    }
    if (pathsAffordable && wants("group_paths")) {
        GroupPathCounts gp(g, r.partition, options.pathCap, options.threads);
        gp.run();
        r.groupPairs = gp.pairs();
        r.pathCap = gp.cap();
    }
    if (n == 0)
        r.notes.push_back("the " + std::string(toString(options.lens.lens)) +
                          " lens has no nodes in this document");
    return r;
}

}  // namespace orgweave::core
