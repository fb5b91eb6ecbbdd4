// Round trips through every interchange format on every sample and on the rich test model:
// GraphML and GEXF give the same document back; CSV the same nodes, ties and positions; Pajek and
// UCINET DL the fields they carry (ids, ties with their direction and weight, positions for Pajek).
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>
#include <orgweave/core/UcinetDlFormat.hpp>

#include "TestModels.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

using namespace orgweave::core;
namespace fs = std::filesystem;

namespace {

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

std::vector<std::pair<std::string, Model>> roundTripModels() {
    std::vector<std::pair<std::string, Model>> out;
    for (const auto& entry : fs::directory_iterator(ORGWEAVE_SAMPLES_DIR)) {
        if (!isNativeDocumentPath(entry.path()))
            continue;
        LoadResult r = loadDocument(entry.path());
        REQUIRE(r.ok());
        out.emplace_back(entry.path().filename().string(), std::move(*r.model));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    REQUIRE(out.size() >= 5);
    out.emplace_back("richModel()", orgweave::test::richModel());
    return out;
}

std::vector<std::string> ids(const Model& m) {
    std::vector<std::string> out;
    for (const Node& n : m.nodes)
        out.push_back(n.id);
    return out;
}

/// (source, target, directed, weight) of every tie, sorted: what Pajek carries.
std::vector<std::tuple<std::string, std::string, bool, double>> tieKeys(const Model& m) {
    std::vector<std::tuple<std::string, std::string, bool, double>> out;
    for (const Tie& t : m.ties)
        out.emplace_back(t.source, t.target, t.isDirected(), t.weight.value_or(1.0));
    std::sort(out.begin(), out.end());
    return out;
}

/// The adjacency matrix as DL holds it: (row, column) → summed weight, undirected ties both ways.
std::map<std::pair<std::string, std::string>, double> cells(const Model& m) {
    std::map<std::pair<std::string, std::string>, double> out;
    for (const Tie& t : m.ties) {
        out[{t.source, t.target}] += t.weight.value_or(1.0);
        if (!t.isDirected() && t.source != t.target)
            out[{t.target, t.source}] += t.weight.value_or(1.0);
    }
    return out;
}

}  // namespace

TEST_CASE("GraphML round trip gives every sample back exactly", "[formats][roundtrip][graphml]") {
    for (const auto& [name, model] : roundTripModels()) {
        INFO(name);
        const std::string text = writeGraphml(model);
        const LoadResult r = parseGraphml(text, name + ".graphml");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.model->nodes == model.nodes);
        CHECK(r.model->ties == model.ties);
        CHECK(r.model->layout == model.layout);
        CHECK(r.model->annotations == model.annotations);
        CHECK(*r.model == model);
        CHECK(writeGraphml(*r.model) == text);  // and writing is deterministic
    }
}

TEST_CASE("GEXF 1.2 and 1.3 round trips give every sample back exactly", "[formats][roundtrip][gexf]") {
    for (const GexfVersion version : {GexfVersion::V1_2, GexfVersion::V1_3}) {
        for (const auto& [name, model] : roundTripModels()) {
            INFO(name << (version == GexfVersion::V1_2 ? " 1.2" : " 1.3"));
            const std::string text = writeGexf(model, version);
            CHECK(text.find(version == GexfVersion::V1_2 ? "version=\"1.2\"" : "version=\"1.3\"") !=
                  std::string::npos);
            const LoadResult r = parseGexf(text, name + ".gexf");
            INFO(allMessages(r.diagnostics));
            REQUIRE(r.ok());
            CHECK(r.model->nodes == model.nodes);
            CHECK(r.model->ties == model.ties);
            CHECK(r.model->layout == model.layout);
            CHECK(*r.model == model);
        }
    }
}

TEST_CASE("CSV tables round trip nodes ties and positions and warn about the rest",
          "[formats][roundtrip][csv]") {
    for (const auto& [name, model] : roundTripModels()) {
        INFO(name);
        Diagnostics warnings;
        const CsvTables tables = writeCsvTables(model, warnings, name + ".csv");
        for (const Diagnostic& w : warnings)
            CHECK(w.severity == Severity::Warning);
        const bool hasDocument = !model.annotations.phases.empty() || !model.annotations.meta.title.empty();
        if (hasDocument) {
            REQUIRE_FALSE(warnings.empty());
            CHECK(warnings.back().message.find("CSV cannot carry the document's") != std::string::npos);
        }
        const LoadResult r =
            parseCsvTables(tables.nodes, name + ".nodes.csv", tables.ties, name + ".ties.csv");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.model->nodes == model.nodes);
        CHECK(r.model->ties == model.ties);
        CHECK(r.model->layout.positions == model.layout.positions);
    }
}

TEST_CASE("Pajek round trip keeps ids ties directions weights and positions", "[formats][roundtrip][pajek]") {
    for (const auto& [name, model] : roundTripModels()) {
        INFO(name);
        Diagnostics warnings;
        const std::string text = writePajek(model, warnings, name + ".net");
        CHECK_FALSE(warnings.empty());  // every sample has kinds Pajek cannot carry
        const LoadResult r = parsePajek(text, name + ".net");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(ids(*r.model) == ids(model));
        CHECK(tieKeys(*r.model) == tieKeys(model));
        CHECK(r.model->layout.positions == model.layout.positions);
        for (const Node& n : r.model->nodes)
            CHECK(n.kind == NodeKind::Role);
    }
}

TEST_CASE("UCINET DL round trip keeps ids and the adjacency matrix", "[formats][roundtrip][dl]") {
    for (const auto& [name, model] : roundTripModels()) {
        INFO(name);
        Diagnostics warnings;
        const std::string text = writeUcinetDl(model, warnings, name + ".dl");
        CHECK_FALSE(warnings.empty());
        const LoadResult r = parseUcinetDl(text, name + ".dl");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(ids(*r.model) == ids(model));
        CHECK(cells(*r.model) == cells(model));
    }
}

TEST_CASE("saveCsv writes a ties table with its nodes table and loadCsv finds the pair",
          "[formats][roundtrip][csv]") {
    orgweave::test::TempDir dir;
    const Model model = orgweave::test::richModel();
    for (const char* name : {"net.csv", "net.ties.csv", "net.nodes.csv"}) {
        INFO(name);
        Diagnostics warnings;
        saveCsv(model, dir / name, warnings);
        const CsvTablePaths paths = csvTablePaths(dir / name);
        CHECK(fs::exists(paths.nodes));
        CHECK(fs::exists(paths.ties));
        const LoadResult r = loadCsv(dir / name);
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.model->nodes == model.nodes);
        CHECK(r.model->ties == model.ties);
    }
    CHECK(csvTablePaths(dir / "x.csv").nodes == dir / "x.nodes.csv");
    CHECK(csvTablePaths(dir / "x.ties.csv").nodes == dir / "x.nodes.csv");
    CHECK(csvTablePaths(dir / "x.nodes.csv").ties == dir / "x.ties.csv");
}

TEST_CASE("writers report what their format cannot carry", "[formats][warnings]") {
    const Model model = orgweave::test::richModel();
    auto messages = [](const Diagnostics& d) { return allMessages(d); };
    Diagnostics pajek;
    writePajek(model, pajek, "rich.net");
    CHECK(messages(pajek).find("Pajek cannot carry node kinds") != std::string::npos);
    CHECK(messages(pajek).find("Pajek cannot carry containment") != std::string::npos);
    CHECK(messages(pajek).find("Pajek cannot carry the document's") != std::string::npos);
    for (const Diagnostic& d : pajek) {
        CHECK(d.severity == Severity::Warning);
        CHECK(d.file == "rich.net");
    }
    Diagnostics dl;
    writeUcinetDl(model, dl, "rich.dl");
    CHECK(messages(dl).find("UCINET DL cannot carry positions") != std::string::npos);
    CHECK(messages(dl).find("UCINET DL cannot carry tie kinds") != std::string::npos);
}
