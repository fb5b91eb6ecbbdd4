// `orgweave import-rc`: survey responses into directed RC ties; exit 0 / 1 (with file:line:col) / 2.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const fs::path kRcSample = fs::path(ORGWEAVE_SAMPLES_DIR) / "relational-coordination.orgweave.json";
const fs::path kRcSurvey = fs::path(ORGWEAVE_SAMPLES_DIR) / "relational-coordination.survey.csv";

constexpr const char* kHeader =
    "respondent_role,rated_role,frequent,timely,accurate,problem_solving,shared_goals,shared_knowledge,"
    "mutual_respect\n";

/// Imports `survey` (written into the scratch folder) into the RC sample.
Run importSurvey(const Scratch& scratch, const std::string& survey, const std::string& extra = "") {
    const fs::path csv = scratch / "survey.csv";
    writeText(csv, survey);
    return scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(csv) + " --out " +
                            quote(scratch / "out.orgweave.json") + " --wave w1 " + extra);
}

nlohmann::json tieById(const nlohmann::json& doc, const std::string& id) {
    for (const auto& t : doc.at("ties")) {
        if (t.at("id") == id)
            return t;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("import-rc of the sample survey writes the scores and counts", "[cli][import-rc]") {
    Scratch scratch;
    const fs::path out = scratch / "rc.orgweave.json";
    const Run run = scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(kRcSurvey) + " --out " +
                                     quote(out) + " --wave w1");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("0 new and 20 updated RC ties") != std::string::npos);
    CHECK(run.err.find("RC scores replaced") != std::string::npos);
    const auto doc = nlohmann::json::parse(readText(out));
    int withCounts = 0;
    for (const auto& t : doc.at("ties")) {
        if (!t.contains("rc"))
            continue;
        CHECK(t.at("directed") == true);
        CHECK(t.at("attrs").at("rc_survey") == "relational-coordination.survey.csv");
        CHECK(t.at("attrs").at("rc_focal_process") == "Discharge of frail elderly patients");
        ++withCounts;
    }
    CHECK(withCounts == 20);
    // "Home care nurse" rates "Discharge coordinator": the weakest tie of the sample, timely 2.1.
    const auto weak = tieById(doc, "t32");
    REQUIRE_FALSE(weak.is_null());
    CHECK(weak.at("source") == "hc-nurse");
    CHECK(weak.at("rc").at("timely").get<double>() == Approx(2.1));
    CHECK(weak.at("note") == "Discharge messages arrive after the patient; medication changes are missing");
}

TEST_CASE("import-rc adds a directed tie with hand-computed means", "[cli][import-rc]") {
    Scratch scratch;
    // GP, south practice rates the home care nurse: two responses, one blank.
    const Run run = importSurvey(scratch, std::string(kHeader) +
                                              "gp-south,Home care nurse,2,3,4,5,1,2,\n"
                                              "\"GP, south practice\",hc-nurse,4,3,4,5,1,2,4\n");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto doc = nlohmann::json::parse(readText(scratch / "out.orgweave.json"));
    const auto tie = tieById(doc, "rc-gp-south-hc-nurse");
    REQUIRE_FALSE(tie.is_null());
    CHECK(tie.at("directed") == true);
    CHECK(tie.at("source") == "gp-south");
    CHECK(tie.at("target") == "hc-nurse");
    CHECK(tie.at("rc").at("frequent").get<double>() == Approx(3.0));
    CHECK(tie.at("rc").at("mutual_respect").get<double>() == Approx(4.0));
    CHECK(tie.at("attrs").at("rc_respondents") == 2);
    CHECK(tie.at("attrs").at("rc_counts").at("mutual_respect") == 1);
    CHECK(tie.at("attrs").at("rc_index").get<double>() == Approx((3.0 + 3 + 4 + 5 + 1 + 2 + 4) / 7.0));
}

TEST_CASE("import-rc reads a BOM and semicolons", "[cli][import-rc]") {
    Scratch scratch;
    const Run run = importSurvey(scratch,
                                 "\xEF\xBB\xBFRespondent role;Rated role;Frequent;Timely;Accurate;"
                                 "Problem-solving;Shared goals;Shared knowledge;Mutual respect\n"
                                 "gp-south;ger;3,5;3;3;3;3;3;3\n");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto doc = nlohmann::json::parse(readText(scratch / "out.orgweave.json"));
    bool found = false;
    for (const auto& t : doc.at("ties")) {
        if (t.at("source") == "gp-south" && t.at("target") == "ger" && t.contains("rc")) {
            CHECK(t.at("rc").at("frequent").get<double>() == Approx(3.5));
            found = true;
        }
    }
    CHECK(found);
}

TEST_CASE("import-rc rejects malformed surveys with exit 1 and the place", "[cli][import-rc]") {
    struct Case {
        const char* what;
        std::string survey;
        const char* where;
        const char* says;
    };
    const std::string header = kHeader;
    const Case cases[] = {
        {"empty file", "", "survey.csv:1:1: error:", "empty"},
        {"missing column", "respondent_role,frequent\nger,4\n",
         "survey.csv:1:1: error:", "missing columns rated_role"},
        {"bad value", header + "ger,gp-north,4,4,4,9,4,4,4\n",
         "survey.csv:2:20: error:", "outside the scale"},
        {"not a number", header + "ger,gp-north,4,4,x,4,4,4,4\n", "survey.csv:2:18: error:", "not a number"},
        {"unknown role", header + "ger,gp-west,4,4,4,4,4,4,4\n",
         "survey.csv:2:5: error:", "unknown role \"gp-west\""},
        {"semicolons with a bad value",
         "respondent_role;rated_role;frequent;timely;accurate;problem_solving;"
         "shared_goals;shared_knowledge;mutual_respect\nger;gp-north;4;4;4;4;4;4;-1\n",
         "survey.csv:2:26: error:", "outside the scale"},
        {"BOM and wrong field count", "\xEF\xBB\xBF" + header + "ger,gp-north,4\n",
         "survey.csv:2:1: error:", "fields"},
    };
    for (const Case& c : cases) {
        Scratch scratch;
        const Run run = importSurvey(scratch, c.survey);
        INFO(c.what);
        INFO(run.err);
        CHECK(run.status == 1);
        CHECK(run.err.find(c.where) != std::string::npos);
        CHECK(run.err.find(c.says) != std::string::npos);
        CHECK_FALSE(fs::exists(scratch / "out.orgweave.json"));
    }
}

TEST_CASE("import-rc creates unknown roles when asked", "[cli][import-rc]") {
    Scratch scratch;
    const std::string survey = std::string(kHeader) + "Pharmacist,ger,4,4,4,4,4,4,4\n";
    CHECK(importSurvey(scratch, survey).status == 1);
    const Run run = importSurvey(scratch, survey, "--create-roles");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("1 role added") != std::string::npos);
    const auto doc = nlohmann::json::parse(readText(scratch / "out.orgweave.json"));
    bool created = false;
    for (const auto& n : doc.at("nodes"))
        created = created || (n.at("id") == "pharmacist" && n.at("kind") == "role");
    CHECK(created);
}

TEST_CASE("import-rc wrong usage exits 2", "[cli][import-rc]") {
    Scratch scratch;
    writeText(scratch / "survey.csv", std::string(kHeader) + "ger,gp-north,4,4,4,4,4,4,4\n");
    const Run noOut = scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(scratch / "survey.csv"));
    CHECK(noOut.status == 2);
    const Run noSurvey =
        scratch.orgweave("import-rc " + quote(kRcSample) + " --out " + quote(scratch / "o.orgweave.json"));
    CHECK(noSurvey.status == 2);
    const Run readOnly =
        scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(scratch / "survey.csv") +
                         " --wave w1 --out " + quote(scratch / "o.xyz"));
    CHECK(readOnly.status == 2);
    CHECK(readOnly.err.find("o.xyz") != std::string::npos);
}

TEST_CASE("import-rc --wave keeps earlier waves and diff compares them", "[cli][import-rc][waves]") {
    Scratch scratch;
    const fs::path out = scratch / "two-waves.orgweave.json";
    const Run noWave =
        scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(kRcSurvey) + " --out " + quote(out));
    CHECK(noWave.status == 1);
    CHECK(noWave.err.find("--wave") != std::string::npos);
    const Run undated = scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(kRcSurvey) +
                                         " --out " + quote(out) + " --wave w2");
    CHECK(undated.status == 1);
    CHECK(undated.err.find("--wave-date") != std::string::npos);
    const Run run = scratch.orgweave("import-rc " + quote(kRcSample) + " " + quote(kRcSurvey) + " --out " +
                                     quote(out) + " --wave w2 --wave-date 2022-03");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto doc = nlohmann::json::parse(readText(out));
    CHECK(doc.at("rc_waves").size() == 2);
    int w1 = 0, w2 = 0;
    for (const auto& t : doc.at("ties")) {
        if (!t.contains("rc_wave"))
            continue;
        (t.at("rc_wave") == "w1" ? w1 : w2) += 1;
    }
    CHECK(w1 == 20);  // the first wave is kept as it was
    CHECK(w2 == 20);
    // The gaps use the latest wave only and say which.
    const Run gaps = scratch.orgweave("gaps " + quote(out) + " --format json");
    REQUIRE(gaps.status == 0);
    CHECK(nlohmann::json::parse(gaps.out).at("rc_wave") == "w2");
    // diff compares the two waves dimension by dimension, with the network's RC index on each side.
    const Run diff = scratch.orgweave("diff " + quote(out) + " --waves w1 w2 --format json");
    INFO(diff.err);
    REQUIRE(diff.status == 0);
    const auto rc = nlohmann::json::parse(diff.out).at("relational_coordination");
    CHECK(rc.at("before").at("wave") == "w1");
    CHECK(rc.at("after").at("wave") == "w2");
    CHECK(rc.at("before").at("ties") == 20);
    CHECK(rc.at("after").at("dimensions").at("timely").is_number());
    CHECK(rc.at("after").at("index").is_number());
    const Run text = scratch.orgweave("diff " + quote(out) + " --waves w1 w2");
    CHECK(text.out.find("RC index of the network") != std::string::npos);
    CHECK(scratch.orgweave("diff " + quote(out) + " --waves w1 w9").status == 1);
}
