// Measures on tiny hand-drawn graphs (edge cases of DOMAIN.md §3) and properties on random graphs.
#include "TestModels.hpp"

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/GroupPathCounts.hpp>
#include <orgweave/core/LouvainCommunities.hpp>
#include <orgweave/core/Modularity.hpp>
#include <orgweave/core/ShortestPathCentralities.hpp>
#include <orgweave/core/StructuralHoles.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <random>
#include <string_view>

using namespace orgweave;
using namespace orgweave::core;

namespace {

/// Roles r0..r(n−1) with collaborates ties; `groups` gives each role's organization attribute.
Model plainGraph(std::size_t n, const std::vector<std::pair<int, int>>& edges,
                 const std::vector<std::string>& groups = {}) {
    Model m;
    for (std::size_t i = 0; i < n; ++i) {
        Node node = test::makeNode("r" + std::to_string(i), NodeKind::Role);
        if (!groups.empty())
            node.attrs["org"] = groups[i];
        m.nodes.push_back(node);
    }
    int id = 0;
    for (auto [a, b] : edges) {
        Tie t;
        t.id = "t" + std::to_string(id++);
        t.kind = TieKind::Collaborates;
        t.source = "r" + std::to_string(a);
        t.target = "r" + std::to_string(b);
        m.ties.push_back(t);
    }
    return m;
}

AnalysisResult run(const Model& m, const std::string& partition = "org", unsigned threads = 1) {
    AnalysisOptions o;
    o.partition = partition;
    o.run.threads = threads;
    return analyze(m, o);
}

Model randomGraph(std::size_t n, double p, unsigned seed) {
    std::mt19937 rng(seed);
    std::bernoulli_distribution tie(p);
    std::vector<std::pair<int, int>> edges;
    std::vector<std::string> groups;
    for (std::size_t i = 0; i < n; ++i)
        groups.push_back("g" + std::to_string(i % 4));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (tie(rng))
                edges.emplace_back(int(i), int(j));
        }
    }
    return plainGraph(n, edges, groups);
}

}  // namespace

TEST_CASE("an empty network gives empty results, not a crash", "[measures][edge]") {
    const AnalysisResult r = run(Model{});
    CHECK(r.nodeCount() == 0);
    CHECK(r.network.ties == 0);
    CHECK(r.network.density == 0.0);
    CHECK(std::isnan(r.network.partitionModularity));
    CHECK_FALSE(r.notes.empty());
}

TEST_CASE("a single node", "[measures][edge]") {
    const AnalysisResult r = run(plainGraph(1, {}, {"a"}));
    REQUIRE(r.nodeCount() == 1);
    CHECK(r.degree[0] == 1.0);  // networkx: a lone node has degree centrality 1
    CHECK(r.betweenness[0] == 0.0);
    CHECK(r.closeness[0] == 0.0);
    CHECK(r.eigenvector[0] == Approx(1.0));
    CHECK(r.pagerank[0] == Approx(1.0));
    CHECK(std::isnan(r.constraint[0]));  // isolate: undefined, written as null
    CHECK(std::isnan(r.effectiveSize[0]));
    CHECK(std::isnan(r.eiIndex[0]));
    CHECK_FALSE(r.boundarySpanner[0]);
}

TEST_CASE("a star: the centre has every path", "[measures][edge]") {
    //      r1
    //      |
    // r2 — r0 — r3      r0 in group a, leaves in b, c, d
    //      |
    //      r4
    const AnalysisResult r = run(plainGraph(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}, {"a", "b", "c", "d", "b"}));
    CHECK(r.betweenness[0] == Approx(1.0));
    CHECK(r.betweenness[1] == 0.0);
    CHECK(r.closeness[0] == Approx(1.0));
    CHECK(r.closeness[1] == Approx(4.0 / 7.0));  // distances 1 + 2 + 2 + 2
    CHECK(r.harmonic[1] == Approx(1.0 + 3 * 0.5));
    CHECK(r.clustering[0] == 0.0);
    CHECK(r.constraint[0] == Approx(0.25));  // four alters, none tied: 4 · (1/4)²
    CHECK(r.effectiveSize[0] == Approx(4.0));
    CHECK(r.efficiency[0] == Approx(1.0));
    CHECK(r.network.degreeCentralization == Approx(1.0));
    CHECK(r.articulationPoint[0]);
    CHECK(r.bridges.size() == 4);
    // Brokerage of the centre: ordered pairs of leaves (12), by the leaves' groups (b, c, d, b).
    const BrokerageCounts& b = r.brokerage[0];
    CHECK(b.total() == 12);
    CHECK(b.consultant == 2);  // r1 ↔ r4 both in b, broker in a
    CHECK(b.liaison == 10);
    CHECK(r.boundarySpanner[0]);
    CHECK_FALSE(r.multilateral[0]);  // no tie inside its own group
    CHECK(r.eiIndex[0] == Approx(1.0));
}

TEST_CASE("a path of three: betweenness, closeness and brokerage by pattern", "[measures][edge]") {
    // r0 — r1 — r2     groups: a, a, b
    const AnalysisResult r = run(plainGraph(3, {{0, 1}, {1, 2}}, {"a", "a", "b"}));
    CHECK(r.betweenness[1] == Approx(1.0));
    CHECK(r.closeness[0] == Approx(2.0 / 3.0));
    CHECK(r.brokerage[1].representative == 1);  // r0 → r1 → r2: A → A → B
    CHECK(r.brokerage[1].gatekeeper == 1);      // r2 → r1 → r0: B → A → A, read as A → B → B
    CHECK(r.brokerage[1].total() == 2);
    CHECK(r.boundarySpanner[1]);
    CHECK(r.multilateral[1]);
}

TEST_CASE("two components and an isolate: Wasserman–Faust closeness", "[measures][edge]") {
    // r0 — r1 — r2     r3 — r4     r5
    const AnalysisResult r = run(plainGraph(6, {{0, 1}, {1, 2}, {3, 4}}, {"a", "a", "a", "b", "b", "c"}));
    CHECK(r.network.components == 3);
    // r1 reaches 2 of 5 others at total distance 2: (2/2) · (2/5)
    CHECK(r.closeness[1] == Approx(0.4));
    CHECK(r.closeness[3] == Approx(1.0 * (1.0 / 5.0)));
    CHECK(r.closeness[5] == 0.0);
    CHECK(r.network.diameter == 2);
    CHECK(r.network.averagePathLength == Approx((2 * (1 + 1 + 2) + 2 * 1) / 8.0));
    CHECK(std::isnan(r.eiIndex[5]));
    // group pairs: a–b and a–c and b–c are not connected
    for (const GroupPair& p : r.groupPairs)
        CHECK(p.paths == 0);
}

TEST_CASE("self-loops are ignored and parallel ties count once", "[measures][edge]") {
    // r0 = r1 (three ties, two kinds), r1 — r1 (self-loop), r1 — r2
    Model m = plainGraph(3, {{0, 1}, {1, 0}, {1, 1}, {1, 2}}, {"a", "a", "a"});
    Tie reports;
    reports.id = "rep";
    reports.kind = TieKind::ReportsTo;
    reports.source = "r0";
    reports.target = "r1";
    m.ties.push_back(reports);
    const AnalysisResult r = run(m);
    CHECK(r.network.ties == 2);
    CHECK(r.degree[1] == Approx(1.0));
    CHECK(r.betweenness[1] == Approx(1.0));
    CHECK(r.clustering[1] == 0.0);
}

TEST_CASE("group paths count vertex-independent routes between organizations", "[measures][edge]") {
    //  a0 — x1 — b0        one route through x1 …
    //  a1 — x2 — b1        … and a second, independent one through x2
    //  c0                  not connected
    Model m = plainGraph(7, {{0, 2}, {2, 3}, {1, 4}, {4, 5}}, {"a", "a", "x", "b", "y", "b", "c"});
    AnalysisResult r = run(m);
    auto pathsBetween = [&](const std::string& a, const std::string& b) {
        for (const GroupPair& p : r.groupPairs) {
            const std::string& ga = r.partition.groupIds[std::size_t(p.groupA)];
            const std::string& gb = r.partition.groupIds[std::size_t(p.groupB)];
            if ((ga == a && gb == b) || (ga == b && gb == a))
                return int(p.paths);
        }
        return -1;
    };
    CHECK(pathsBetween("a", "b") == 2);
    CHECK(pathsBetween("a", "c") == 0);
    CHECK(pathsBetween("a", "x") == 1);
    // Remove the second route: one person (x1) away from disconnection.
    m.ties.erase(m.ties.begin() + 2);
    r = run(m);
    CHECK(pathsBetween("a", "b") == 1);
}

TEST_CASE("a partition attribute that does not exist", "[measures][bad-input]") {
    const Model m = plainGraph(3, {{0, 1}, {1, 2}});
    AnalysisOptions o;
    o.partition = "club";
    o.partitionChosen = true;
    CHECK_THROWS_WITH(analyze(m, o),
                      Catch::Contains("no analysed node has the partition attribute \"club\""));
    o.partitionChosen = false;  // the default partition missing is a note, not an error
    const AnalysisResult r = analyze(m, o);
    CHECK(r.brokerage[1].coordinator == 2);
    CHECK_FALSE(r.notes.empty());
}

TEST_CASE("nodes without a partition value form the group (none)", "[measures][bad-input]") {
    const AnalysisResult r = run(plainGraph(3, {{0, 1}, {1, 2}}, {"a", "", "b"}));
    CHECK(r.partition.nodesWithoutValue == 1);
    CHECK(std::isnan(r.eiIndex[1]));
    CHECK_FALSE(r.boundarySpanner[1]);
    CHECK_FALSE(r.notes.empty());
}

TEST_CASE("unknown phase and unknown measure are errors", "[measures][bad-input]") {
    const Model m = test::richModel();
    AnalysisOptions o;
    o.lens.phase = "p9";
    CHECK_THROWS_WITH(analyze(m, o), Catch::Contains("phase \"p9\" is not defined"));
    o.lens.phase.clear();
    o.measures = {"wisdom"};
    CHECK_THROWS_WITH(analyze(m, o), Catch::Contains("unknown measure \"wisdom\""));
}

TEST_CASE("lenses of a document", "[measures][lens]") {
    const Model m = test::richModel();
    SECTION("people: roles tied by collaboration and shared committee seats") {
        LensGraph lens = buildLens(m, LensOptions{LensKind::People, false, ""});
        CHECK(lens.graph.nodeCount() == 3);  // pc, md, nl
        CHECK(lens.graph.edgeCount() == 3);  // pc–nl collaborate, md–nl collaborate, pc–md share sc
    }
    SECTION("people in phase p2: the municipal director only exists in p1") {
        LensGraph lens = buildLens(m, LensOptions{LensKind::People, false, "p2"});
        CHECK(lens.graph.nodeCount() == 2);
        CHECK(lens.graph.edgeCount() == 1);
    }
    SECTION("organizations: shared committees, collaboration and agreements") {
        LensGraph lens = buildLens(m, LensOptions{LensKind::Organizations, false, ""});
        CHECK(lens.graph.nodeCount() == 3);
        // hf–m1 (agreement and shared committee sc: weight 2), hf–m2 (pc collaborates with nl),
        // m1–m2 (md collaborates with nl)
        CHECK(lens.graph.edgeCount() == 3);
        CHECK(lens.graph.arcWeight(0, 1) == 2.0);
    }
    SECTION("full: every node, ties and containment") {
        LensGraph lens = buildLens(m, LensOptions{LensKind::Full, false, ""});
        CHECK(lens.graph.nodeCount() == m.nodes.size());
        CHECK(lens.graph.edgeCount() > m.ties.size());
    }
}

TEST_CASE("one thread and two threads give identical results", "[measures][property]") {
    const unsigned seed = GENERATE(1u, 2u, 3u);
    const Model m = randomGraph(120, 0.05, seed);
    const AnalysisResult one = run(m, "org", 1);
    const AnalysisResult two = run(m, "org", 2);
    CHECK(one.betweenness == two.betweenness);
    CHECK(one.closeness == two.closeness);
    CHECK(one.harmonic == two.harmonic);
    CHECK(one.network.averagePathLength == two.network.averagePathLength);
    CHECK(one.groupPairs.size() == two.groupPairs.size());
    for (std::size_t i = 0; i < one.groupPairs.size(); ++i)
        CHECK(one.groupPairs[i].paths == two.groupPairs[i].paths);
}

TEST_CASE("approx with n sources equals the exact result and fewer sources estimate it",
          "[measures][property]") {
    const Model m = randomGraph(80, 0.08, 11);
    AnalysisOptions o;
    o.partition = "org";
    const AnalysisResult exact = analyze(m, o);
    o.approxSources = 80;
    const AnalysisResult all = analyze(m, o);
    CHECK_FALSE(all.approximate);
    CHECK(all.betweenness == exact.betweenness);
    CHECK(all.closeness == exact.closeness);
    o.approxSources = 40;
    o.run.seed = 5;
    const AnalysisResult half = analyze(m, o);
    CHECK(half.approximate);
    double exactSum = 0, halfSum = 0;
    for (std::size_t v = 0; v < 80; ++v) {
        exactSum += exact.betweenness[v];
        halfSum += half.betweenness[v];
    }
    CHECK(halfSum == Approx(exactSum).epsilon(0.25));

    // The stated bound holds for every node, and is 0 for exact runs.
    CHECK(exact.betweennessErrorBound == 0.0);
    REQUIRE(half.betweennessErrorBound > 0.0);
    CHECK(half.betweennessConfidence == Approx(0.95));
    for (std::size_t v = 0; v < 80; ++v)
        CHECK(std::abs(half.betweenness[v] - exact.betweenness[v]) <= half.betweennessErrorBound);
    // More sources, a smaller bound.
    o.approxSources = 70;
    CHECK(analyze(m, o).betweennessErrorBound < half.betweennessErrorBound);
    // --exact wins over a sample size.
    o.exact = true;
    const AnalysisResult forced = analyze(m, o);
    CHECK_FALSE(forced.approximate);
    CHECK(forced.betweenness == exact.betweenness);
}

TEST_CASE("betweenness is sampled by default above kSampleAbove nodes only", "[measures][property]") {
    AnalysisOptions o;
    CHECK(sampledSources(kSampleAbove, o) == 0);
    CHECK(sampledSources(kSampleAbove + 1, o) == kDefaultSampleSources);
    o.exact = true;
    CHECK(sampledSources(kSampleAbove * 10, o) == 0);
    o.exact = false;
    o.approxSources = 50;
    CHECK(sampledSources(100, o) == 50);
    CHECK(sampledSources(40, o) == 0);  // a sample as large as the network is the exact run
}

TEST_CASE("a cancelled analysis says so and stops", "[measures][property]") {
    const Model m = randomGraph(60, 0.1, 3);
    std::atomic<bool> cancel{true};
    AnalysisOptions o;
    o.partition = "org";
    o.run.cancel = &cancel;
    const AnalysisResult r = analyze(m, o);
    CHECK(r.cancelled);
    CHECK_FALSE(r.notes.empty());
}

TEST_CASE("shortest-path progress reaches every source once", "[measures][property]") {
    const Model m = randomGraph(70, 0.1, 5);
    AnalysisOptions o;
    o.partition = "org";
    o.run.threads = 2;
    std::size_t last = 0, total = 0, calls = 0;
    o.run.progress = [&](std::string_view task, std::size_t done, std::size_t all) {
        if (task != "shortest paths")
            return;
        CHECK(done >= last);
        last = done;
        total = all;
        ++calls;
    };
    analyze(m, o);
    CHECK(total == 70);
    CHECK(last == 70);
    CHECK(calls >= 1);
}

TEST_CASE("Louvain finds planted groups and reports the modularity of what it returns",
          "[measures][property]") {
    // Four dense blocks of 15 with a few ties between them.
    std::mt19937 rng(4);
    std::vector<std::pair<int, int>> edges;
    std::vector<std::string> groups;
    for (int i = 0; i < 60; ++i)
        groups.push_back("b" + std::to_string(i / 15));
    for (int i = 0; i < 60; ++i) {
        for (int j = i + 1; j < 60; ++j) {
            const double p = (i / 15 == j / 15) ? 0.5 : 0.01;
            if (std::bernoulli_distribution(p)(rng))
                edges.emplace_back(i, j);
        }
    }
    const Model m = plainGraph(60, edges, groups);
    const LensGraph lens = buildLens(m, LensOptions{});
    MeasureOptions seven;
    seven.seed = 7;
    LouvainCommunities louvain(std::make_shared<const Graph>(lens.graph), seven);
    louvain.run();
    CHECK(louvain.modularity() == Approx(modularity(lens.graph, louvain.communityOf())));
    const Partition planted = buildPartition(m, lens, "org");
    CHECK(louvain.modularity() >= modularity(lens.graph, planted.groupOf) - 1e-9);
    CHECK(louvain.communityCount() == 4);
}

namespace {

/// Burt's constraint and effective size straight from their definitions (StructuralHoles.hpp):
/// the double loop over alters, every pair looked up.
struct HolesByDefinition {
    std::vector<double> constraint, effectiveSize;
};
HolesByDefinition holesByDefinition(const Graph& g, bool weighted) {
    const std::size_t n = g.nodeCount();
    auto arc = [&](Graph::Index u, Graph::Index w) {
        return weighted ? g.arcWeight(u, w) : (g.hasArc(u, w) ? 1.0 : 0.0);
    };
    auto mutual = [&](Graph::Index u, Graph::Index w) { return arc(u, w) + arc(w, u); };
    auto alters = [&](Graph::Index v) {
        std::vector<Graph::Index> out;
        for (Graph::Index u = 0; u < n; ++u)
            if (u != v && (g.hasArc(v, u) || g.hasArc(u, v)))
                out.push_back(u);
        return out;
    };
    std::vector<double> sum(n, 0.0), max(n, 0.0);
    for (Graph::Index u = 0; u < n; ++u) {
        for (Graph::Index w : alters(u)) {
            sum[u] += mutual(u, w);
            max[u] = std::max(max[u], mutual(u, w));
        }
    }
    auto p = [&](Graph::Index u, Graph::Index w) { return sum[u] == 0.0 ? 0.0 : mutual(u, w) / sum[u]; };
    HolesByDefinition out{std::vector<double>(n, std::nan("")), std::vector<double>(n, std::nan(""))};
    for (Graph::Index v = 0; v < n; ++v) {
        const auto a = alters(v);
        if (a.empty() || g.outDegree(v) == 0)
            continue;
        double constraint = 0.0, effective = 0.0;
        for (Graph::Index j : a) {
            double indirect = 0.0, redundancy = 0.0;
            for (Graph::Index q : a) {
                if (q != j)
                    indirect += p(v, q) * p(q, j);
                if (max[j] > 0.0)
                    redundancy += p(v, q) * mutual(j, q) / max[j];
            }
            constraint += (p(v, j) + indirect) * (p(v, j) + indirect);
            effective += 1.0 - redundancy;
        }
        out.constraint[v] = constraint;
        out.effectiveSize[v] = effective;
    }
    return out;
}

}  // namespace

TEST_CASE("structural holes gather over ties among alters and equal the definition bit for bit",
          "[measures]") {
    // Random graphs with hubs: directed or not, weighted or not, so both ways of finding the ties
    // among alters (walking the alter's list, looking v's alters up in it) are taken.
    for (const bool directed : {false, true}) {
        for (const bool weighted : {false, true}) {
            std::mt19937 rng(directed * 2 + weighted + 11);
            const std::size_t n = 70;
            std::vector<Graph::Edge> edges;
            std::uniform_int_distribution<Graph::Index> node(0, n - 1);
            std::uniform_real_distribution<double> weight(0.5, 3.0);
            for (int i = 0; i < 260; ++i) {
                const Graph::Index a = i % 3 == 0 ? node(rng) % 4 : node(rng);  // nodes 0–3 are hubs
                edges.push_back(Graph::Edge{a, node(rng), weighted ? weight(rng) : 1.0});
            }
            const auto graph = std::make_shared<const Graph>(n, edges, directed);
            StructuralHoles holes(graph, {}, weighted);
            holes.run();
            const HolesByDefinition expected = holesByDefinition(*graph, weighted);
            for (std::size_t v = 0; v < n; ++v) {
                INFO("directed " << directed << " weighted " << weighted << " node " << v);
                if (std::isnan(expected.constraint[v])) {
                    CHECK(std::isnan(holes.constraint()[v]));
                    continue;
                }
                CHECK(holes.constraint()[v] == expected.constraint[v]);
                if (directed || weighted)
                    CHECK(holes.effectiveSize()[v] == expected.effectiveSize[v]);
            }
        }
    }
}
