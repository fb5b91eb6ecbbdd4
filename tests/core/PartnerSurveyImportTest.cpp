// Trust and value survey (PARTNER style) import: aggregation on a tiny survey computed by hand (means
// per dimension, trust and value, direction, blanks), scores added to an existing directed tie,
// names by id or label, organizations created on request, and malformed cases (a located error and
// an unchanged model).
#include <orgweave/core/PartnerSurveyImport.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace orgweave::core;

namespace {

constexpr const char* kHeader =
    "respondent,partner,reliability,mission,openness,power,involvement,resources\n";

Node node(const std::string& id, NodeKind kind, const std::string& label) {
    Node n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    return n;
}

/// Organizations h ("Hospital"), m ("Municipality"), u ("User organization"); a learning action la;
/// a directed collaborates tie t1 h → m with RC scores.
Model tinyModel() {
    Model model;
    model.nodes = {node("h", NodeKind::Organization, "Hospital"),
                   node("m", NodeKind::Organization, "Municipality"),
                   node("u", NodeKind::Organization, "User organization"),
                   node("la", NodeKind::LearningAction, "Case review")};
    Tie t1;
    t1.id = "t1";
    t1.source = "h";
    t1.target = "m";
    t1.directed = true;
    t1.details.edit().rc = {{"timely", 3.0}};
    model.ties = {t1};
    return model;
}

std::string messages(const PartnerImportResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics)
        out += d.format() + "\n";
    for (const std::string& n : r.notes)
        out += n + "\n";
    return out;
}

const Tie* tieFrom(const Model& model, const std::string& source, const std::string& target) {
    for (const Tie& tie : model.ties) {
        if (tie.isDirected() && tie.source == source && tie.target == target)
            return &tie;
    }
    return nullptr;
}

double attr(const Tie& tie, const std::string& name) {
    REQUIRE(tie.attrs.contains(name));
    return tie.attrs.at(name).get<double>();
}

void requireError(const std::string& text, int line, int column, const std::string& needle) {
    Model model = tinyModel();
    const PartnerImportResult r = importPartnerSurvey(model, text, "partner.csv");
    INFO(text);
    INFO(messages(r));
    REQUIRE_FALSE(r.ok());
    const Diagnostic* first = nullptr;
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == Severity::Error) {
            first = &d;
            break;
        }
    }
    REQUIRE(first != nullptr);
    CHECK(first->file == "partner.csv");
    CHECK(first->line == line);
    if (column > 0)
        CHECK(first->column == column);
    CHECK(first->message.find(needle) != std::string::npos);
    CHECK(model == tinyModel());
}

}  // namespace

TEST_CASE("partner import aggregates responses into trust and value per directed tie", "[partner]") {
    // h rates m twice: reliability (4+2)/2 = 3, mission 3 (one answer), openness (4+4)/2 = 4
    //   → trust (3+3+4)/3 = 10/3; power (1+3)/2 = 2, involvement —, resources 4 → value (2+4)/2 = 3.
    // m rates u once, by label, trust dimensions blank → value only: (2+3+4)/3 = 3.
    const std::string text = std::string(kHeader) +
                             "h,m,4,3,4,1,,4\n"
                             "h,m,2,,4,3,,\n"
                             "Municipality,user organization,,,,2,3,4\n";
    Model model = tinyModel();
    const PartnerImportResult r = importPartnerSurvey(model, text, "dir/partner.csv");
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.responses == 3);
    CHECK(r.tiesUpdated == 1);
    CHECK(r.tiesCreated == 1);

    const Tie* hm = tieFrom(model, "h", "m");
    REQUIRE(hm != nullptr);
    CHECK(hm->id == "t1");
    CHECK(hm->details->rc.at("timely") == 3.0);  // kept
    CHECK(attr(*hm, "partner_reliability") == Approx(3.0));
    CHECK(attr(*hm, "partner_mission") == Approx(3.0));
    CHECK(attr(*hm, "partner_openness") == Approx(4.0));
    CHECK(attr(*hm, "partner_power") == Approx(2.0));
    CHECK_FALSE(hm->attrs.contains("partner_involvement"));
    CHECK(attr(*hm, "partner_resources") == Approx(4.0));
    CHECK(attr(*hm, "partner_trust") == Approx(10.0 / 3.0));
    CHECK(attr(*hm, "partner_value") == Approx(3.0));
    CHECK(hm->attrs.at("partner_respondents").get<int>() == 2);
    CHECK(hm->attrs.at("partner_survey").get<std::string>() == "partner.csv");

    const Tie* mu = tieFrom(model, "m", "u");
    REQUIRE(mu != nullptr);
    CHECK(mu->id == "partner-m-u");
    CHECK(mu->kind == TieKind::Collaborates);
    CHECK_FALSE(mu->attrs.contains("partner_trust"));
    CHECK(attr(*mu, "partner_value") == Approx(3.0));
    CHECK(tieFrom(model, "u", "m") == nullptr);  // directed: m rated u, not the other way
}

TEST_CASE("partner import reads loose headers, semicolons with decimal commas and skips self-ratings",
          "[partner]") {
    const std::string text =
        "\xEF\xBB\xBF"
        "Respondent organization;Partner-Organization;Reliable;Support of mission;"
        "Openness to discussion;Power and influence;Level of involvement;"
        "Resources contributed;Comment\n"
        "h;u;3,5;3;3;2;2;2;\"fine; thanks\"\n"
        "u;u;4;4;4;4;4;4;\n";
    Model model = tinyModel();
    const PartnerImportResult r = importPartnerSurvey(model, text, "partner.csv");
    INFO(messages(r));
    REQUIRE(r.ok());
    const Tie* hu = tieFrom(model, "h", "u");
    REQUIRE(hu != nullptr);
    CHECK(attr(*hu, "partner_reliability") == Approx(3.5));
    CHECK(attr(*hu, "partner_trust") == Approx((3.5 + 3 + 3) / 3.0));
    CHECK(attr(*hu, "partner_value") == Approx(2.0));
    CHECK(messages(r).find("self-rating skipped") != std::string::npos);
    CHECK(messages(r).find("ignoring column \"Comment\"") != std::string::npos);
}

TEST_CASE("partner import creates unknown organizations only when asked", "[partner]") {
    const std::string text = std::string(kHeader) + "h,GP collective,3,3,3,3,3,3\n";
    Model model = tinyModel();
    PartnerImportOptions options;
    options.createOrganizations = true;
    const PartnerImportResult r = importPartnerSurvey(model, text, "partner.csv", options);
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.organizationsCreated == 1);
    const Node* gp = model.findNode("gp-collective");
    REQUIRE(gp != nullptr);
    CHECK(gp->kind == NodeKind::Organization);
    CHECK(gp->label == "GP collective");
    CHECK(tieFrom(model, "h", "gp-collective") != nullptr);
}

TEST_CASE("partner import reports malformed surveys at their place", "[partner]") {
    requireError("", 1, 1, "the survey is empty");
    requireError("respondent,partner,reliability,mission,openness,power,involvement\n", 1, 1,
                 "missing column resources in the header");
    requireError("respondent,partner,reliability,mission,openness,power,involvement,resources,power\n", 1, 77,
                 "appears twice");
    requireError(kHeader, 1, 1, "header but no responses");
    requireError(std::string(kHeader) + "h,m,3,3,3,3,3\n", 2, 1, "this row has 7 fields");
    requireError(std::string(kHeader) + "h,m,3,x,3,3,3,3\n", 2, 7, "mission: \"x\" is not a number");
    requireError(std::string(kHeader) + "h,m,3,3,3,5,3,3\n", 2, 11, "power: 5 is outside the scale");
    requireError(std::string(kHeader) + "h,m,3,3,3,0,3,3\n", 2, 11, "outside the scale; scores are 1 to 4");
    requireError(std::string(kHeader) + "h,Nowhere,3,3,3,3,3,3\n", 2, 3, "unknown name \"Nowhere\"");
    requireError(std::string(kHeader) + "la,m,3,3,3,3,3,3\n", 2, 1, "is a learning_action");
    requireError(std::string(kHeader) + ",m,3,3,3,3,3,3\n", 2, 1, "the name is empty");
    requireError(std::string(kHeader) + "h,h,3,3,3,3,3,3\n", 1, 1, "no ratings between two different");
    requireError(std::string(kHeader) + "h,m,3,\"3,3,3,3,3\n", 2, 0, "");
}

TEST_CASE("partner import keeps survey waves apart and never averages them", "[partner][waves]") {
    Model model = tinyModel();
    model.ties.front().details.edit().rcWave = "w1";  // t1's RC scores belong to the first round
    model.annotations.rcWaves.push_back(RcWave{"w1", "Baseline", "2023-03", "", {}});

    // Round 1 (existing wave): t1 has no trust and value scores yet and gets them.
    PartnerImportOptions first;
    first.wave = "w1";
    const PartnerImportResult r1 =
        importPartnerSurvey(model, std::string(kHeader) + "h,m,2,2,2,2,2,2\n", "baseline.csv", first);
    INFO(messages(r1));
    REQUIRE(r1.ok());
    CHECK(r1.tiesUpdated == 1);
    const Tie* t1 = model.findTie("t1");
    REQUIRE(t1 != nullptr);
    CHECK(t1->attrs.at("partner_wave").get<std::string>() == "w1");
    CHECK(attr(*t1, "partner_trust") == Approx(2.0));

    // Round 2 (a new wave with its date): a new tie for the same pair; round 1 stays as it was.
    PartnerImportOptions second;
    second.wave = "w2";
    second.waveDate = "2024-03";
    const PartnerImportResult r2 =
        importPartnerSurvey(model, std::string(kHeader) + "h,m,4,4,4,4,4,4\n", "follow-up.csv", second);
    INFO(messages(r2));
    REQUIRE(r2.ok());
    CHECK(r2.tiesCreated == 1);
    REQUIRE(model.annotations.rcWaves.size() == 2);
    CHECK(model.annotations.rcWaves.back().id == "w2");
    CHECK(model.annotations.rcWaves.back().date == "2024-03");
    CHECK(attr(*model.findTie("t1"), "partner_trust") == Approx(2.0));
    const Tie* again = model.findTie("partner-h-m");
    REQUIRE(again != nullptr);
    CHECK(again->attrs.at("partner_wave").get<std::string>() == "w2");
    CHECK(attr(*again, "partner_trust") == Approx(4.0));

    // Round 2 again: its own tie is replaced, round 1 still untouched.
    const PartnerImportResult r3 =
        importPartnerSurvey(model, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "follow-up.csv", second);
    REQUIRE(r3.ok());
    CHECK(r3.tiesUpdated == 1);
    CHECK(attr(*model.findTie("partner-h-m"), "partner_trust") == Approx(3.0));
    CHECK(attr(*model.findTie("t1"), "partner_trust") == Approx(2.0));

    // Without a wave, a document with waves is refused and left unchanged.
    const Model before = model;
    const PartnerImportResult noWave =
        importPartnerSurvey(model, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "partner.csv");
    CHECK_FALSE(noWave.ok());
    CHECK(messages(noWave).find("say which wave") != std::string::npos);
    CHECK(model == before);
}

TEST_CASE("a new survey wave is refused while some scores have none", "[partner][waves]") {
    // Trust and value scores without a wave.
    Model model = tinyModel();
    model.ties.front().details.edit().rc.clear();
    REQUIRE(importPartnerSurvey(model, std::string(kHeader) + "h,m,2,2,2,2,2,2\n", "partner.csv").ok());
    PartnerImportOptions wave;
    wave.wave = "w1";
    wave.waveDate = "2024-01";
    const PartnerImportResult refused =
        importPartnerSurvey(model, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "partner.csv", wave);
    CHECK_FALSE(refused.ok());
    CHECK(messages(refused).find("trust and value scores without a wave (tie \"t1\")") != std::string::npos);

    // RC scores without a wave would no longer be used once a wave exists: refused too.
    Model rc = tinyModel();
    const PartnerImportResult rcRefused =
        importPartnerSurvey(rc, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "partner.csv", wave);
    CHECK_FALSE(rcRefused.ok());
    CHECK(messages(rcRefused).find("RC scores without a wave (tie \"t1\")") != std::string::npos);
    CHECK(rc == tinyModel());

    // A new wave needs a date or a phase; a wave date needs a wave.
    PartnerImportOptions undated;
    undated.wave = "w9";
    Model plain = tinyModel();
    plain.ties.front().details.edit().rc.clear();
    CHECK(messages(importPartnerSurvey(plain, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "p.csv", undated))
              .find("--wave-date") != std::string::npos);
    PartnerImportOptions dateOnly;
    dateOnly.waveDate = "2024-01";
    CHECK(messages(importPartnerSurvey(plain, std::string(kHeader) + "h,m,3,3,3,3,3,3\n", "p.csv", dateOnly))
              .find("needs a wave id") != std::string::npos);
}
