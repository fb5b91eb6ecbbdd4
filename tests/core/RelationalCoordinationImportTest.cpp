// Relational coordination survey import: aggregation on a tiny survey computed by hand (means,
// index, counts, direction, blanks), replacement of existing ties, role matching and creation, and
// every malformed case (a located error and an unchanged model).
#include <orgweave/core/RelationalCoordinationImport.hpp>

#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace orgweave::core;

namespace {

constexpr const char* kHeader =
    "respondent_role,rated_role,frequent,timely,accurate,problem_solving,shared_goals,shared_knowledge,"
    "mutual_respect\n";

Node role(const std::string& id, const std::string& label) {
    Node n;
    n.id = id;
    n.kind = NodeKind::Role;
    n.label = label;
    return n;
}

/// Roles a ("Ward nurse"), b ("Home care nurse"), c ("GP"), committee k; a directed tie t1 a → b
/// with an old score and an undirected tie t2 between b and c.
Model tinyModel() {
    Model m;
    m.nodes = {role("a", "Ward nurse"), role("b", "Home care nurse"), role("c", "GP")};
    Node k;
    k.id = "k";
    k.kind = NodeKind::Committee;
    k.label = "Committee";
    m.nodes.push_back(k);
    Tie t1;
    t1.id = "t1";
    t1.source = "a";
    t1.target = "b";
    t1.directed = true;
    t1.details.edit().rc = {{"timely", 2.0}, {"mutual_respect", 1.5}};
    t1.details.edit().note = "kept";
    Tie t2;
    t2.id = "t2";
    t2.source = "c";
    t2.target = "b";
    m.ties = {t1, t2};
    return m;
}

std::string messages(const RcImportResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics)
        out += d.format() + "\n";
    for (const std::string& n : r.notes)
        out += n + "\n";
    return out;
}

RcImportResult importText(Model& model, const std::string& text, bool createRoles = false) {
    RcImportOptions options;
    options.createRoles = createRoles;
    return importRelationalCoordination(model, text, "survey.csv", options);
}

/// The first error is at line:column (column checked when > 0) and says `needle`; the model is unchanged.
void requireError(const std::string& text, int line, int column, const std::string& needle) {
    Model model = tinyModel();
    const RcImportResult r = importText(model, text);
    INFO(text);
    INFO(messages(r));
    REQUIRE_FALSE(r.ok());
    const Diagnostic* error = nullptr;
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == Severity::Error) {
            error = &d;
            break;
        }
    }
    REQUIRE(error != nullptr);
    CHECK(error->file == "survey.csv");
    CHECK(error->line == line);
    if (column > 0)
        CHECK(error->column == column);
    CHECK(error->message.find(needle) != std::string::npos);
    CHECK(model == tinyModel());
}

const Tie* tieFrom(const Model& m, const std::string& source, const std::string& target) {
    for (const Tie& t : m.ties) {
        if (t.kind == TieKind::Collaborates && t.isDirected() && t.source == source && t.target == target)
            return &t;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("rc import aggregates responses into directed ties with means and counts") {
    // a rates b twice (blanks: accurate once, problem_solving never); b rates a once (by label);
    // c rates a once.
    //   a → b: frequent (4+2)/2 = 3, timely (5+3)/2 = 4, accurate 3 (1 answer), problem_solving —,
    //          shared_goals 4, shared_knowledge (4+2)/2 = 3, mutual_respect 5
    //          index = (3+4+3+4+3+5)/6 = 22/6
    const std::string text = std::string(kHeader) +
                             "a,b,4,5,3,,4,4,5\n"
                             "a,b,2,3,,,4,2,5\n"
                             "Home care nurse,a,5,5,5,5,5,5,4\n"
                             "c,a,1,2,3,4,5,1,2\n";
    Model model = tinyModel();
    const RcImportResult r = importText(model, text);
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.responses == 4);
    CHECK(r.tiesUpdated == 1);
    CHECK(r.tiesCreated == 2);
    CHECK(r.rolesCreated == 0);

    const Tie* ab = tieFrom(model, "a", "b");
    REQUIRE(ab != nullptr);
    CHECK(ab->id == "t1");  // replaced, not duplicated
    CHECK(ab->details->note == "kept");
    CHECK(ab->details->rc.size() == 6);
    CHECK(ab->details->rc.count("problem_solving") == 0);
    CHECK(ab->details->rc.at("frequent") == Approx(3.0));
    CHECK(ab->details->rc.at("timely") == Approx(4.0));
    CHECK(ab->details->rc.at("accurate") == Approx(3.0));
    CHECK(ab->details->rc.at("shared_goals") == Approx(4.0));
    CHECK(ab->details->rc.at("shared_knowledge") == Approx(3.0));
    CHECK(ab->details->rc.at("mutual_respect") == Approx(5.0));
    CHECK(ab->attrs.at("rc_index").get<double>() == Approx(22.0 / 6.0));
    CHECK(ab->attrs.at("rc_respondents").get<int>() == 2);
    CHECK(ab->attrs.at("rc_counts").at("frequent").get<int>() == 2);
    CHECK(ab->attrs.at("rc_counts").at("accurate").get<int>() == 1);
    CHECK_FALSE(ab->attrs.at("rc_counts").contains("problem_solving"));
    CHECK(ab->attrs.at("rc_survey").get<std::string>() == "survey.csv");

    // Directed: b's rating of a is its own tie, with its own scores.
    const Tie* ba = tieFrom(model, "b", "a");
    REQUIRE(ba != nullptr);
    CHECK(ba->id == "rc-b-a");
    CHECK(ba->directed == std::optional<bool>(true));
    CHECK(ba->details->rc.size() == 7);
    CHECK(ba->details->rc.at("mutual_respect") == Approx(4.0));
    CHECK(ba->attrs.at("rc_index").get<double>() == Approx(34.0 / 7.0));
    CHECK(ba->attrs.at("rc_respondents").get<int>() == 1);

    const Tie* ca = tieFrom(model, "c", "a");
    REQUIRE(ca != nullptr);
    CHECK(ca->attrs.at("rc_index").get<double>() == Approx(18.0 / 7.0));
    // The replacement is reported as a note naming the tie.
    bool noted = false;
    for (const std::string& n : r.notes)
        noted = noted || (n.find("t1") != std::string::npos && n.find("replaced") != std::string::npos);
    CHECK(noted);
    // The document with its new ties still validates.
    const LoadResult again = parseDocument(writeDocument(model), "x.orgweave.json");
    CHECK(again.ok());
}

TEST_CASE("rc import keeps an undirected tie and adds a directed one beside it") {
    Model model = tinyModel();
    const RcImportResult r = importText(model, std::string(kHeader) + "b,c,3,3,3,3,3,3,3\n");
    INFO(messages(r));
    REQUIRE(r.ok());
    REQUIRE(model.findTie("t2") != nullptr);
    CHECK(model.findTie("t2")->details->rc.empty());
    const Tie* bc = tieFrom(model, "b", "c");
    REQUIRE(bc != nullptr);
    CHECK(bc->details->rc.at("timely") == Approx(3.0));
    bool noted = false;
    for (const std::string& n : r.notes)
        noted = noted || n.find("undirected tie \"t2\"") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("rc import matches header names loosely and reads BOM semicolons and quotes") {
    const std::string text =
        "\xEF\xBB\xBF"
        "Respondent Role;RATED-ROLE;Focal process;Frequent;Timely;Accurate;Problem solving;"
        "Shared goals;Shared-Knowledge;mutual respect;comment\r\n"
        "\"Ward nurse\";b;Discharge;4,5;4;4;4;4;4;4;\"fine; thanks\"\r\n"
        "\r\n"
        "# a comment line\r\n"
        "a;b;Discharge;3,5;4;4;4;4;4;4;\r\n";
    Model model = tinyModel();
    const RcImportResult r = importText(model, text);
    INFO(messages(r));
    REQUIRE(r.ok());
    const Tie* ab = tieFrom(model, "a", "b");
    REQUIRE(ab != nullptr);
    CHECK(ab->details->rc.at("frequent") == Approx(4.0));
    CHECK(ab->attrs.at("rc_focal_process").get<std::string>() == "Discharge");
    bool ignoredNoted = false;
    for (const std::string& n : r.notes)
        ignoredNoted = ignoredNoted || n.find("ignoring column \"comment\"") != std::string::npos;
    CHECK(ignoredNoted);
}

TEST_CASE("rc import skips within-role ratings with a note") {
    Model model = tinyModel();
    const RcImportResult r =
        importText(model, std::string(kHeader) + "a,a,5,5,5,5,5,5,5\na,c,2,2,2,2,2,2,2\n");
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.responses == 1);
    CHECK(tieFrom(model, "a", "a") == nullptr);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes.front().rfind("survey.csv:2: note:", 0) == 0);
}

TEST_CASE("rc import creates unknown roles only when asked") {
    const std::string text =
        std::string(kHeader) + "Care coordinator,a,4,4,4,4,4,4,4\ncare coordinator,b,3,3,3,3,3,3,3\n";
    requireError(text, 2, 1, "unknown role \"Care coordinator\"");
    Model model = tinyModel();
    const RcImportResult r = importText(model, text, true);
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.rolesCreated == 1);
    const Node* created = model.findNode("care-coordinator");
    REQUIRE(created != nullptr);
    CHECK(created->kind == NodeKind::Role);
    CHECK(created->label == "Care coordinator");
    CHECK(tieFrom(model, "care-coordinator", "a") != nullptr);
    CHECK(tieFrom(model, "care-coordinator", "b") != nullptr);  // same role, case aside
}

TEST_CASE("rc import reports malformed surveys at their place") {
    SECTION("empty file") {
        requireError("", 1, 1, "empty");
    }
    SECTION("only a BOM and blank lines") {
        requireError("\xEF\xBB\xBF\n\n", 1, 1, "empty");
    }
    SECTION("header without responses") {
        requireError(kHeader, 1, 1, "no responses");
    }
    SECTION("missing rated role column") {
        requireError(
            "respondent_role,frequent,timely,accurate,problem_solving,shared_goals,shared_knowledge,"
            "mutual_respect\na,5,5,5,5,5,5,5\n",
            1, 1, "missing column rated_role");
    }
    SECTION("missing dimension column") {
        requireError(
            "respondent_role,rated_role,frequent,timely,accurate,problem_solving,shared_goals,"
            "respect\na,b,5,5,5,5,5,5\n",
            1, 1, "missing columns shared_knowledge, mutual_respect");
    }
    SECTION("repeated column") {
        requireError(
            "respondent_role,rated_role,frequent,timely,accurate,problem_solving,shared_goals,"
            "shared_knowledge,mutual_respect,Timely\n",
            1, 114, "appears twice");
    }
    SECTION("value above the scale") {
        requireError(std::string(kHeader) + "a,b,4,6,4,4,4,4,4\n", 2, 7, "timely: 6 is outside the scale");
    }
    SECTION("value below the scale") {
        requireError(std::string(kHeader) + "a,b,4,4,4,4,4,4,0\n", 2, 17, "mutual_respect: 0 is outside");
    }
    SECTION("not a number") {
        requireError(std::string(kHeader) + "a,b,4,4,often,4,4,4,4\n", 2, 9, "\"often\" is not a number");
    }
    SECTION("decimal comma with a comma separator") {
        requireError(std::string(kHeader) + "a,b,4,\"4,5\",4,4,4,4,4\n", 2, 7, "is not a number");
    }
    SECTION("too few fields") {
        requireError(std::string(kHeader) + "a,b,4,4\n", 2, 1, "has 4 fields");
    }
    SECTION("unknown role") {
        requireError(std::string(kHeader) + "a,x,4,4,4,4,4,4,4\n", 2, 3, "unknown role \"x\"");
    }
    SECTION("not a role") {
        requireError(std::string(kHeader) + "a,k,4,4,4,4,4,4,4\n", 2, 3, "is a committee");
    }
    SECTION("empty role") {
        requireError(std::string(kHeader) + ",b,4,4,4,4,4,4,4\n", 2, 1, "the role is empty");
    }
    SECTION("unterminated quote") {
        requireError(std::string(kHeader) + "\"a,b,4,4,4,4,4,4,4\n", 2, 1, "unterminated");
    }
    SECTION("semicolons with a bad value") {
        requireError(
            "respondent_role;rated_role;frequent;timely;accurate;problem_solving;shared_goals;"
            "shared_knowledge;mutual_respect\na;b;4;4;4;4;4;4;5,5\n",
            2, 17, "mutual_respect: 5,5 is outside");
    }
}

TEST_CASE("rc import of the sample survey reproduces the sample's scores") {
    const std::string samples = ORGWEAVE_SAMPLES_DIR;
    const LoadResult loaded = loadDocument(samples + "/relational-coordination.orgweave.json");
    REQUIRE(loaded.ok());
    Model model = *loaded.model;
    // The sample records its survey as wave w1: re-importing the survey names that wave (a document
    // with waves refuses scores without one, so waves are never mixed).
    RcImportOptions options;
    options.wave = "w1";
    const RcImportResult r =
        importRelationalCoordinationFile(model, samples + "/relational-coordination.survey.csv", options);
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.tiesCreated == 0);
    CHECK(r.tiesUpdated == 20);
    for (const Tie& before : loaded.model->ties) {
        if (before.details->rc.empty())
            continue;
        const Tie* after = model.findTie(before.id);
        REQUIRE(after != nullptr);
        CHECK(after->details->rc == before.details->rc);  // exact: ten answers give one decimal exactly
        const int respondents = after->attrs.at("rc_respondents").get<int>();
        CHECK((respondents == 10 || respondents == 11));
        for (const auto& [dimension, count] : after->attrs.at("rc_counts").items())
            CHECK(count.get<int>() == 10);
    }
}
