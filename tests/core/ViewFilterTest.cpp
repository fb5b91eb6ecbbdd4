// Saved views: the camera in the file (round trip, malformed values) and the filter's meaning.
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Validation.hpp>
#include <orgweave/core/ViewFilter.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

#include <string>

using namespace orgweave::core;

namespace {

// Two organizations with a site and a role each, a committee both roles sit on:
//
//   hosp ── hosp-ward ── doc ──member_of──▶ com ◀──member_of── nurse ── muni-home ── muni
//
std::string document(const std::string& views) {
    return R"({
  "format": "orgweave", "version": 1,
  "nodes": [
    {"id": "hosp", "kind": "organization", "type": "hospital_trust"},
    {"id": "muni", "kind": "organization", "type": "municipality"},
    {"id": "hosp-ward", "kind": "site", "type": "ward", "organization": "hosp"},
    {"id": "muni-home", "kind": "site", "type": "home_care", "organization": "muni"},
    {"id": "doc", "kind": "role", "type": "geriatrician", "organization": "hosp", "site": "hosp-ward"},
    {"id": "nurse", "kind": "role", "type": "nurse_lead", "organization": "muni", "site": "muni-home"},
    {"id": "com", "kind": "committee", "type": "professional_committee"}
  ],
  "ties": [
    {"id": "t1", "kind": "member_of", "source": "doc", "target": "com"},
    {"id": "t2", "kind": "member_of", "source": "nurse", "target": "com"},
    {"id": "t3", "kind": "collaborates", "source": "doc", "target": "nurse"}
  ],
  "views": )" +
           views + "\n}";
}

Model load(const std::string& views) {
    LoadResult r = parseDocument(document(views), "views.orgweave.json");
    std::string messages;
    for (const Diagnostic& d : r.diagnostics)
        messages += d.format() + "\n";
    INFO(messages);
    REQUIRE(r.ok());
    return std::move(*r.model);
}

std::vector<std::string> visibleIds(const Model& model, const nlohmann::json& filter) {
    const ViewFilter f = ViewFilter::fromJson(filter);
    const std::vector<bool> visible = f.visibleNodes(model);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        if (visible[i])
            ids.push_back(model.nodes[i].id);
    }
    return ids;
}

}  // namespace

TEST_CASE("a view camera survives a round trip", "[format][views]") {
    const Model model =
        load(R"([{"id": "v1", "title": "Roles", "camera": {"x": 120.5, "y": -40, "zoom": 1.75}},
                                 {"id": "v2"}])");
    REQUIRE(model.annotations.views[0].camera.has_value());
    CHECK(model.annotations.views[0].camera->x == 120.5);
    CHECK(model.annotations.views[0].camera->y == -40.0);
    CHECK(model.annotations.views[0].camera->zoom == 1.75);
    CHECK_FALSE(model.annotations.views[1].camera.has_value());

    const std::string written = writeDocument(model);
    CHECK(written.find("\"camera\"") != std::string::npos);
    LoadResult again = parseDocument(written, "again.orgweave.json");
    REQUIRE(again.ok());
    CHECK(again.model->annotations.views == model.annotations.views);
}

TEST_CASE("a malformed camera is reported with its line and column", "[format][views]") {
    struct Case {
        const char* views;
        const char* expected;
    };
    const Case cases[] = {
        {R"([{"id": "v1", "camera": {"x": "left", "y": 0, "zoom": 1}}])", "\"x\" must be a number"},
        {R"([{"id": "v1", "camera": {"x": 0, "y": 0, "zoom": 0}}])", "\"zoom\" must be greater than 0"},
        {R"([{"id": "v1", "camera": {"x": 0, "zoom": 2}}])", "the camera needs \"y\""},
        {R"([{"id": "v1", "camera": [0, 0, 1]}])", "\"camera\" must be an object"},
        {R"([{"id": "v1", "camera": {"x": 0, "y": 0, "zoom": 1, "tilt": 3}}])",
         "unknown camera field \"tilt\""},
    };
    for (const Case& c : cases) {
        INFO(c.views);
        LoadResult r = parseDocument(document(c.views), "bad.orgweave.json");
        CHECK_FALSE(r.ok());
        // The first error (a version 1 document also carries the migration's notice, a warning).
        const auto firstError =
            std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::Error; });
        REQUIRE(firstError != r.diagnostics.end());
        const Diagnostic& d = *firstError;
        CHECK(d.message.find(c.expected) != std::string::npos);
        CHECK(d.line > 0);
        CHECK(d.column > 0);
        CHECK(d.format().rfind("bad.orgweave.json:", 0) == 0);
    }
}

TEST_CASE("the view filter combines keys with AND and values with OR", "[views][filter]") {
    const Model model = load("[]");
    CHECK(visibleIds(model, nlohmann::json::object()).size() == model.nodes.size());
    CHECK(visibleIds(model, {{"kinds", {"role"}}}) == std::vector<std::string>{"doc", "nurse"});
    CHECK(visibleIds(model, {{"kinds", {"role", "committee"}}}) ==
          std::vector<std::string>{"doc", "nurse", "com"});
    // An organization admits itself, its sites and its roles; committees belong to nobody.
    CHECK(visibleIds(model, {{"organizations", {"hosp"}}}) ==
          std::vector<std::string>{"hosp", "hosp-ward", "doc"});
    CHECK(visibleIds(model, {{"organizations", {"hosp"}}, {"kinds", {"role"}}}) ==
          std::vector<std::string>{"doc"});
    CHECK(visibleIds(model, {{"types", {"nurse_lead", "ward"}}}) ==
          std::vector<std::string>{"hosp-ward", "nurse"});
    CHECK(visibleIds(model, {{"types", {"nurse_lead"}}, {"organizations", {"hosp"}}}).empty());
}

TEST_CASE("a tie with a hidden end is hidden", "[views][filter]") {
    const Model model = load("[]");
    const ViewFilter filter = ViewFilter::fromJson({{"kinds", {"role"}}});
    const Model shown = filter.apply(model);
    REQUIRE(shown.nodes.size() == 2);
    REQUIRE(shown.ties.size() == 1);
    CHECK(shown.ties[0].id == "t3");  // the two member_of ties end at the hidden committee
    CHECK(ViewFilter::fromJson(filter.toJson()) == filter);
}

TEST_CASE("validation warns about unknown filter keys", "[views][filter][validation]") {
    const Model model = load(R"([{"id": "v1", "filter": {"kinds": ["role"], "colour": "red"}}])");
    const Diagnostics diagnostics = validate(model);
    bool warned = false;
    for (const Diagnostic& d : diagnostics) {
        if (d.message.find("unknown filter key \"colour\"") != std::string::npos) {
            warned = true;
            CHECK(d.severity == Severity::Warning);
            CHECK(d.pointer == "/views/0/filter/colour");
        }
    }
    CHECK(warned);
    CHECK(ViewFilter::unknownKeys(model.annotations.views[0].filter) == std::vector<std::string>{"colour"});
}
