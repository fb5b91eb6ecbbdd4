// Every node measure against networkx 2.8 (to 1e-9; eigenvector and PageRank, both iterated to
// tol=1e-12 on either side, to 1e-10) and brokerage against R sna (exactly), on the
// committed reference data sets of tests/reference (generate.sh regenerates them).
#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/GraphmlFormat.hpp>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace orgweave::core;
using nlohmann::json;

namespace {

const std::string kData = std::string(ORGWEAVE_SOURCE_DIR) + "/tests/reference/data/";

json readJson(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    return json::parse(in);
}

/// node → {w_I, w_O, b_IO, b_OI, b_O, t}
std::map<std::string, std::vector<std::uint64_t>> readSna(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::string line;
    std::getline(in, line);
    std::map<std::string, std::vector<std::uint64_t>> rows;
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        std::string node, value;
        std::getline(fields, node, ',');
        std::vector<std::uint64_t> counts;
        while (std::getline(fields, value, ','))
            counts.push_back(std::stoull(value));
        rows[node] = counts;
    }
    return rows;
}

/// Closed-form measures agree to rounding; 1e-9 leaves room for a different summation order.
constexpr double kExact = 1e-9;
/// Power iterations stopped by the same rule at tol=1e-12 on both sides.
constexpr double kConverged = 1e-10;

void checkValue(const json& expected, double actual, const std::string& what, double margin = kExact) {
    INFO(what);
    if (expected.is_null()) {
        CHECK(std::isnan(actual));
    } else {
        CHECK(actual == Approx(expected.get<double>()).margin(margin).epsilon(0));
    }
}

}  // namespace

TEST_CASE("node and network measures equal networkx 2.8", "[measures][reference]") {
    const std::string name = GENERATE(as<std::string>{}, "krackhardt_kite", "karate", "florentine", "lesmis",
                                      "davis", "sbm", "directed");
    const json reference = readJson(kData + name + ".networkx.json");
    LoadResult loaded = loadGraphml(kData + name + ".graphml");
    INFO(name);
    REQUIRE(loaded.ok());
    AnalysisOptions options;
    options.lens.directed = reference["graph"]["directed"].get<bool>();
    const json& partition = reference["graph"]["partition_attribute"];
    if (!partition.is_null()) {
        options.partition = partition.get<std::string>();
        options.partitionChosen = true;
    }
    const AnalysisResult r = analyze(*loaded.model, options);
    REQUIRE(r.nodeCount() == reference["graph"]["nodes"].get<std::size_t>());
    CHECK(r.network.ties == reference["graph"]["edges"].get<std::size_t>());
    CHECK(r.network.density == Approx(reference["network"]["density"].get<double>()).margin(1e-12));
    CHECK(r.network.components == reference["network"]["components"].get<std::size_t>());

    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        const json& x = reference["nodes"][r.ids[v]];
        const std::string node = name + " node " + r.ids[v] + " ";
        checkValue(x["degree_centrality"], r.degree[v], node + "degree");
        checkValue(x["betweenness_centrality"], r.betweenness[v], node + "betweenness");
        checkValue(x["closeness_centrality"], r.closeness[v], node + "closeness");
        checkValue(x["harmonic_centrality"], r.harmonic[v], node + "harmonic");
        checkValue(x["eigenvector_centrality"], r.eigenvector[v], node + "eigenvector", kConverged);
        checkValue(x["pagerank"], r.pagerank[v], node + "pagerank", kConverged);
        checkValue(x["clustering"], r.clustering[v], node + "clustering");
        checkValue(x["constraint"], r.constraint[v], node + "constraint");
        checkValue(x["effective_size"], r.effectiveSize[v], node + "effective size");
        if (x["effective_size"].is_number() && x["degree"].get<double>() > 0 && !options.lens.directed) {
            checkValue(x["effective_size"].get<double>() / x["degree"].get<double>(), r.efficiency[v],
                       node + "efficiency");
        }
        if (x.contains("ei_index"))
            checkValue(x["ei_index"], r.eiIndex[v], node + "E-I");
    }

    std::vector<std::string> articulation;
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        if (r.articulationPoint[v])
            articulation.push_back(r.ids[v]);
    }
    std::vector<std::string> expectedArticulation = reference["network"]["articulation_points"];
    std::sort(articulation.begin(), articulation.end());
    std::sort(expectedArticulation.begin(), expectedArticulation.end());
    CHECK(articulation == expectedArticulation);

    std::set<std::pair<std::string, std::string>> bridges;
    for (auto [a, b] : r.bridges)
        bridges.emplace(std::min(r.ids[a], r.ids[b]), std::max(r.ids[a], r.ids[b]));
    std::set<std::pair<std::string, std::string>> expectedBridges;
    for (const auto& pair : reference["network"]["bridges"]) {
        const std::string a = pair[0], b = pair[1];
        expectedBridges.emplace(std::min(a, b), std::max(a, b));
    }
    CHECK(bridges == expectedBridges);

    if (!partition.is_null()) {
        CHECK(r.network.partitionModularity ==
              Approx(reference["network"]["modularity"].get<double>()).margin(1e-9));
        CHECK(r.network.eiIndex == Approx(reference["network"]["ei_index"].get<double>()).margin(1e-12));
        CHECK(r.network.externalTies == reference["network"]["external_ties"].get<std::uint64_t>());
        CHECK(r.network.internalTies == reference["network"]["internal_ties"].get<std::uint64_t>());
        for (std::size_t g = 0; g < r.groups.size(); ++g) {
            const json& expected = reference["groups"][r.partition.groupIds[g]];
            CHECK(r.groups[g].size == expected["size"].get<std::size_t>());
            CHECK(r.groups[g].internalTies == expected["internal_ties"].get<std::uint64_t>());
            CHECK(r.groups[g].externalTies == expected["external_ties"].get<std::uint64_t>());
            checkValue(expected["ei_index"], r.groups[g].eiIndex, "group E-I " + r.partition.groupIds[g]);
        }
    }
}

TEST_CASE("brokerage equals R sna brokerage() exactly, compared by pattern", "[measures][reference]") {
    const std::string name = GENERATE(as<std::string>{}, "karate", "davis", "sbm", "directed");
    const json reference = readJson(kData + name + ".networkx.json");
    const auto sna = readSna(kData + name + ".sna-brokerage.csv");
    LoadResult loaded = loadGraphml(kData + name + ".graphml");
    REQUIRE(loaded.ok());
    AnalysisOptions options;
    options.lens.directed = reference["graph"]["directed"].get<bool>();
    options.partition = reference["graph"]["partition_attribute"].get<std::string>();
    options.partitionChosen = true;
    options.measures = {"brokerage"};
    const AnalysisResult r = analyze(*loaded.model, options);
    REQUIRE(sna.size() == r.nodeCount());
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        INFO(name << " node " << r.ids[v]);
        const auto& expected = sna.at(r.ids[v]);
        const BrokerageCounts& b = r.brokerage[v];
        CHECK(b.coordinator == expected[0]);     // w_I  A→A→A
        CHECK(b.consultant == expected[1]);      // w_O  A→B→A
        CHECK(b.representative == expected[2]);  // b_IO A→A→B
        CHECK(b.gatekeeper == expected[3]);      // b_OI A→B→B
        CHECK(b.liaison == expected[4]);         // b_O  A→B→C
        CHECK(b.total() == expected[5]);
    }
}
