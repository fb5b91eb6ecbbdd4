// What XML cannot hold (raw C0 control characters, &#0;, lone surrogates) is read as U+FFFD by the
// GraphML and GEXF readers, raw or as a reference, so a model they return writes and reads back
// unchanged. Found by the GraphML fuzz target: a raw U+0014 in a committee's type was kept, written
// as &#20; and read back as U+FFFD.
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orgweave::core;

namespace {

bool warns(const LoadResult& r, const std::string& text) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::Warning && d.message.find(text) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("XML readers: a raw control character is read as U+FFFD and round-trips", "[formats][hostile]") {
    const std::string graphml =
        "<?xml version=\"1.0\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "<graph edgedefault=\"undirected\">\n"
        "<node id=\"a\"><data key=\"l\">Ann\x14Lee</data></node>\n"
        "<node id=\"b\"><data key=\"l\">Bob&#1;</data></node>\n"
        "<edge source=\"a\" target=\"b\"/>\n"
        "</graph></graphml>\n";
    const LoadResult r = parseGraphml(graphml, "raw.graphml");
    REQUIRE(r.ok());
    CHECK(r.model->findNode("a")->label == "Ann\xEF\xBF\xBDLee");
    CHECK(r.model->findNode("b")->label == "Bob\xEF\xBF\xBD");
    CHECK(warns(r, "2 character(s) such as U+0014 that XML cannot hold"));
    const LoadResult back = parseGraphml(writeGraphml(*r.model), "back.graphml");
    REQUIRE(back.ok());
    CHECK(*back.model == *r.model);

    const std::string gexf =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        "<graph defaultedgetype=\"undirected\">\n"
        "<nodes><node id=\"a\" label=\"Ann\x01Lee\"/><node id=\"b\" label=\"Bob\"/></nodes>\n"
        "<edges><edge id=\"e\" source=\"a\" target=\"b\"/></edges>\n"
        "</graph></gexf>\n";
    const LoadResult g = parseGexf(gexf, "raw.gexf");
    REQUIRE(g.ok());
    CHECK(g.model->findNode("a")->label == "Ann\xEF\xBF\xBDLee");
    CHECK(warns(g, "1 character(s) such as U+0001 that XML cannot hold"));
    const LoadResult gBack = parseGexf(writeGexf(*g.model), "back.gexf");
    REQUIRE(gBack.ok());
    CHECK(*gBack.model == *g.model);
}
