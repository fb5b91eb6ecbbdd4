// `orgweave import-partner`: a trust and value survey (PARTNER style) into directed ties with trust
// and value; exit 0 / 1 (with file:line:col) / 2.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const fs::path kMidcounty = fs::path(ORGWEAVE_SAMPLES_DIR) / "midcounty-frailty.orgweave.json";
const fs::path kPartnerSurvey = fs::path(ORGWEAVE_SAMPLES_DIR) / "midcounty-frailty.partner.csv";

constexpr const char* kHeader =
    "respondent,partner,reliability,mission,openness,power,involvement,resources\n";

Run importSurvey(const Scratch& scratch, const std::string& survey, const std::string& extra = "") {
    const fs::path csv = scratch / "partner.csv";
    writeText(csv, survey);
    return scratch.orgweave("import-partner " + quote(kMidcounty) + " " + quote(csv) + " --out " +
                            quote(scratch / "out.orgweave.json") + " " + extra);
}

nlohmann::json directedTie(const nlohmann::json& doc, const std::string& source, const std::string& target) {
    for (const auto& t : doc.at("ties")) {
        if (t.at("source") == source && t.at("target") == target && t.value("directed", false))
            return t;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("import-partner of the sample survey writes trust and value on directed ties",
          "[cli][import-partner]") {
    Scratch scratch;
    const fs::path out = scratch / "partner.orgweave.json";
    const Run run = scratch.orgweave("import-partner " + quote(kMidcounty) + " " + quote(kPartnerSurvey) +
                                     " --out " + quote(out));
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("22 responses into 20 new and 0 updated ties") != std::string::npos);
    const auto doc = nlohmann::json::parse(readText(out));
    // acute rates asc twice: reliability 2, mission 2.5, openness 1.5 → trust 2; power 2,
    // involvement 1.5, resources 2 → value 5.5 / 3.
    const auto acuteAsc = directedTie(doc, "acute", "asc");
    REQUIRE(acuteAsc != nullptr);
    CHECK(acuteAsc.at("kind") == "collaborates");
    const auto& attrs = acuteAsc.at("attrs");
    CHECK(attrs.at("partner_mission").get<double>() == Approx(2.5));
    CHECK(attrs.at("partner_trust").get<double>() == Approx(2.0));
    CHECK(attrs.at("partner_value").get<double>() == Approx(5.5 / 3.0));
    CHECK(attrs.at("partner_respondents") == 2);
    CHECK(attrs.at("partner_survey") == "midcounty-frailty.partner.csv");
    // The written document validates.
    CHECK(scratch.orgweave("validate " + quote(out)).status == 0);
}

TEST_CASE("import-partner rejects malformed surveys with exit 1 and the place", "[cli][import-partner]") {
    struct Case {
        const char* what;
        std::string survey;
        const char* where;
        const char* says;
    };
    const std::string header = kHeader;
    const Case cases[] = {
        {"empty file", "", "partner.csv:1:1: error:", "empty"},
        {"missing column", "respondent,partner,reliability\nccg,acute,3\n",
         "partner.csv:1:1: error:", "missing columns mission, openness"},
        {"bad value", header + "ccg,acute,3,3,3,7,3,3\n", "partner.csv:2:17: error:", "outside the scale"},
        {"not a number", header + "ccg,acute,3,high,3,3,3,3\n", "partner.csv:2:13: error:", "not a number"},
        {"unknown name", header + "ccg,Council,3,3,3,3,3,3\n",
         "partner.csv:2:5: error:", "unknown name \"Council\""},
        {"wrong field count", header + "ccg,acute,3\n", "partner.csv:2:1: error:", "fields"},
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

TEST_CASE("import-partner creates organizations when asked and wrong usage exits 2",
          "[cli][import-partner]") {
    Scratch scratch;
    const std::string survey = std::string(kHeader) + "ccg,County council,3,3,3,3,3,3\n";
    CHECK(importSurvey(scratch, survey).status == 1);
    const Run run = importSurvey(scratch, survey, "--create-organizations");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("1 organization added") != std::string::npos);
    const auto doc = nlohmann::json::parse(readText(scratch / "out.orgweave.json"));
    CHECK(directedTie(doc, "ccg", "county-council") != nullptr);

    const Run noOut =
        scratch.orgweave("import-partner " + quote(kMidcounty) + " " + quote(scratch / "partner.csv"));
    CHECK(noOut.status == 2);
    const Run badOut =
        scratch.orgweave("import-partner " + quote(kMidcounty) + " " + quote(scratch / "partner.csv") +
                         " --out " + quote(scratch / "o.xyz"));
    CHECK(badOut.status == 2);
}

TEST_CASE("import-partner takes survey waves like import-rc", "[cli][import-partner]") {
    Scratch scratch;
    const fs::path first = scratch / "first.orgweave.json";
    const Run baseline =
        scratch.orgweave("import-partner " + quote(kMidcounty) + " " + quote(kPartnerSurvey) + " --out " +
                         quote(first) + " --wave w1 --wave-date 2023-05");
    INFO(baseline.err);
    REQUIRE(baseline.status == 0);
    const auto doc = nlohmann::json::parse(readText(first));
    REQUIRE(doc.contains("rc_waves"));
    CHECK(doc.at("rc_waves").at(0).at("id") == "w1");
    const auto acuteAsc = directedTie(doc, "acute", "asc");
    REQUIRE(acuteAsc != nullptr);
    CHECK(acuteAsc.at("attrs").at("partner_wave") == "w1");

    // Without --wave, a document with waves is refused (exit 1) and nothing is written.
    const fs::path second = scratch / "second.orgweave.json";
    const Run noWave = scratch.orgweave("import-partner " + quote(first) + " " + quote(kPartnerSurvey) +
                                        " --out " + quote(second));
    CHECK(noWave.status == 1);
    CHECK(noWave.err.find("--wave") != std::string::npos);
    CHECK_FALSE(fs::exists(second));
}
