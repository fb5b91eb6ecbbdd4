// The measure catalogue, the CSV writer and parallelFor: the shared pieces every measure and every
// output uses.
#include <orgweave/core/AnalysisCsv.hpp>
#include <orgweave/core/AnalysisJson.hpp>
#include <orgweave/core/MeasureCatalogue.hpp>
#include <orgweave/core/MeasureOptions.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace orgweave::core;

namespace {

/// Two roles of two organizations and one lone role, analysed for real.
AnalysisResult smallAnalysis() {
    Model m;
    for (const char* id : {"a", "b", "c"}) {
        Node n;
        n.id = id;
        n.kind = NodeKind::Role;
        m.nodes.push_back(n);
    }
    m.nodes[0].label = "Ann, \"the\" GP";
    m.nodes[0].organization = "x";
    m.nodes[1].organization = "y";
    Tie t;
    t.id = "t";
    t.kind = TieKind::Collaborates;
    t.source = "a";
    t.target = "b";
    m.ties.push_back(t);
    const AnalysisOptions options;
    return analyze(m, options);
}

}  // namespace

TEST_CASE("the catalogue lists every measure once, in the JSON key order", "[measures][catalogue]") {
    std::set<std::string_view> ids;
    for (const MeasureInfo& m : measureCatalogue()) {
        INFO(m.id);
        CHECK(ids.insert(m.id).second);
        CHECK_FALSE(m.label.empty());
        CHECK_FALSE(m.help.empty());
        CHECK(findMeasure(m.id) == &m);
        if (m.keyActor) {
            CHECK_FALSE(m.plain.empty());
            CHECK(m.values != nullptr);
        }
        CHECK((m.values != nullptr) == (m.shape == MeasureShape::Number));
    }
    CHECK(findMeasure("nosuch") == nullptr);
    CHECK(findMeasure("constraint")->rankingTitle() == "Constraint (lowest)");

    // The node keys of the JSON form appear in catalogue order.
    const AnalysisResult r = smallAnalysis();
    const auto node = analysisToJson(r)["nodes"][0];
    std::vector<std::string> keys;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (findMeasure(it.key()) != nullptr)
            keys.push_back(it.key());
    }
    std::vector<std::string> expected;
    for (const MeasureInfo& m : measureCatalogue()) {
        if (m.shape != MeasureShape::Network)
            expected.emplace_back(m.id);
    }
    CHECK(keys == expected);
}

TEST_CASE("catalogue accessors read the result", "[measures][catalogue]") {
    const AnalysisResult r = smallAnalysis();
    CHECK(findMeasure("degree")->value(r, 0) == Approx(0.5));
    CHECK(std::isnan(findMeasure("constraint")->value(r, 2)));  // an isolate
    CHECK_FALSE(std::isnan(findMeasure("boundary_spanner")->value(r, 0)));
    CHECK(findMeasure("brokerage")->value(r, 0) == 0.0);
    CHECK(std::isnan(findMeasure("degree")->value(r, 99)));
    CHECK(findMeasure("betweenness")->column(r).size() == 3);
    CHECK(findMeasure("bridges")->column(r).empty());
}

TEST_CASE("the analysis CSV quotes by RFC 4180 and states a sampled bound", "[measures][csv]") {
    AnalysisResult r = smallAnalysis();
    const std::string csv = analysisCsv(r);
    CHECK(csv.rfind("id,label,kind,group,degree,betweenness,closeness,harmonic,eigenvector,pagerank,", 0) ==
          0);
    CHECK(csv.find("\na,\"Ann, \"\"the\"\" GP\",role,x,0.5,") != std::string::npos);
    CHECK(csv.find(",brokerage_coordinator,") != std::string::npos);
    CHECK(csv.find("boundary_spanner,multilateral,groups_reached,articulation_point,community\n") !=
          std::string::npos);  // who is in which community last (issue 18)
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 4);
    CHECK(csv.find('#') == std::string::npos);

    r.approximate = true;
    r.sourcesUsed = 2;
    r.betweennessErrorBound = 0.125;
    r.betweennessConfidence = 0.95;
    r.harmonicErrorBound = 0.25;
    const std::string sampled = analysisCsv(r);
    CHECK(sampled.rfind("# betweenness, closeness and harmonic are estimated from 2 of 3 sources; every "
                        "betweenness is within +-0.125 of the exact value with 95% probability; every "
                        "harmonic/(n-1) is within +-0.25 with the same probability; closeness has no "
                        "bound of its own\nid,",
                        0) == 0);
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("parallelFor covers every index once, on the workers asked for", "[measures][parallel]") {
    MeasureOptions options;
    options.threads = 2;
    std::vector<std::atomic<int>> seen(1000);
    std::atomic<unsigned> maxWorker{0};
    REQUIRE(parallelFor(seen.size(), 7, options, "test",
                        [&](unsigned worker, std::size_t begin, std::size_t end) {
                            unsigned previous = maxWorker.load();
                            while (worker > previous && !maxWorker.compare_exchange_weak(previous, worker)) {
                            }
                            for (std::size_t i = begin; i < end; ++i)
                                ++seen[i];
                        }));
    for (const auto& count : seen)
        CHECK(count.load() == 1);
    CHECK(maxWorker.load() < workerCount(seen.size(), 7, options));
    CHECK(workerCount(3, 7, options) == 1);
    CHECK(workerCount(0, 7, options) == 1);
}

TEST_CASE("parallelFor stops on cancel and passes exceptions on", "[measures][parallel]") {
    std::atomic<bool> cancel{true};
    MeasureOptions options;
    options.threads = 2;
    options.cancel = &cancel;
    std::atomic<int> ran{0};
    CHECK_FALSE(parallelFor(100, 1, options, "test", [&](unsigned, std::size_t, std::size_t) { ++ran; }));
    CHECK(ran.load() == 0);

    cancel = false;
    CHECK_THROWS_AS(parallelFor(100, 1, options, "test",
                                [&](unsigned, std::size_t begin, std::size_t) {
                                    if (begin == 42)
                                        throw std::runtime_error("boom");
                                }),
                    std::runtime_error);
}
