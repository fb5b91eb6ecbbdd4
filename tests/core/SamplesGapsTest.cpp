// The gap rules on the documented samples (samples/README.md): for each sample, and for each phase of
// the phased ones, the exact set of rule ids that fire. A change in a rule or in a sample that changes
// which rules fire shows up here; when the change is intended, update the expected set (and the
// sample's section in samples/README.md, which explains why each rule fires).
//
// Sections: helpers · regional committee · fonna-like · innlandet-like · midcounty-frailty ·
//           relational coordination
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

using namespace orgweave::core;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

using RuleSet = std::set<std::string>;

Model loadSample(const std::string& name) {
    const auto path = std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / (name + ".orgweave.json");
    LoadResult r = loadDocument(path);
    INFO(path.string());
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());  // no errors and no warnings
    return *r.model;
}

/// The ids of the rules with at least one finding, for the whole document or one phase.
RuleSet firedRules(const Model& model, const std::string& phase = {}) {
    RuleSet fired;
    for (const Finding& finding : findGaps(model, GapSettings{}, phase).findings)
        fired.insert(finding.rule);
    return fired;
}

}  // namespace

// ---- regional committee -----------------------------------------------------------------------
// Owned by someone else and may still change: if this fails because the sample changed, update the
// set from `orgweave gaps samples/regional-committee.orgweave.json`.

TEST_CASE("regional committee sample fires its documented gap rules", "[samples][gaps]") {
    const Model model = loadSample("regional-committee");
    CHECK(firedRules(model) == RuleSet{"G5", "G8", "G16", "G17", "G18", "G19", "G21"});
}

// ---- fonna-like -------------------------------------------------------------------------------

TEST_CASE("fonna-like sample fires its documented gap rules", "[samples][gaps]") {
    const Model model = loadSample("fonna-like");
    CHECK(model.annotations.governance == "network_administrative_organization");
    CHECK(firedRules(model) == RuleSet{"G2", "G4", "G8", "G9", "G15", "G18", "G21"});
}

// ---- innlandet-like ---------------------------------------------------------------------------

TEST_CASE("innlandet-like sample fires its documented gap rules in every phase", "[samples][gaps]") {
    const Model model = loadSample("innlandet-like");
    REQUIRE(model.annotations.phases.size() == 2);
    SECTION("whole document") {
        CHECK(firedRules(model) == RuleSet{"G2", "G4", "G7", "G15", "G19"});
    }
    SECTION("p1 advisory committee with regional sub-committees") {
        CHECK(firedRules(model, "p1") == RuleSet{"G2", "G3", "G4", "G11", "G12", "G14", "G15", "G19"});
    }
    SECTION("p2 health community") {
        CHECK(firedRules(model, "p2") == RuleSet{"G7", "G19"});
    }
}

// ---- midcounty-frailty ------------------------------------------------------------------------

TEST_CASE("midcounty frailty sample fires its documented gap rules in every phase", "[samples][gaps]") {
    const Model model = loadSample("midcounty-frailty");
    REQUIRE(model.annotations.phases.size() == 4);
    SECTION("whole document") {
        CHECK(firedRules(model) == RuleSet{"G3", "G5", "G8", "G15", "G18", "G20"});
    }
    SECTION("p1 formal commissioning") {
        CHECK(firedRules(model, "p1") == RuleSet{"G3", "G5", "G6", "G8", "G10", "G15", "G18", "G20"});
    }
    SECTION("p2 devolved front line work without steering") {
        CHECK(firedRules(model, "p2") == RuleSet{"G2", "G5", "G8", "G16", "G18", "G20"});
    }
    SECTION("p3 top down reversal with turnover") {
        CHECK(firedRules(model, "p3") == RuleSet{"G5", "G6", "G7", "G8", "G12", "G13", "G14", "G15", "G18"});
    }
    SECTION("p4 joint venture with enabling steering") {
        CHECK(firedRules(model, "p4") == RuleSet{"G3", "G5", "G8"});
    }
}

// ---- relational coordination ------------------------------------------------------------------

TEST_CASE("relational coordination sample fires its documented gap rules", "[samples][gaps]") {
    const Model model = loadSample("relational-coordination");
    CHECK(firedRules(model) == RuleSet{"G1", "G3", "G17", "G18"});
}

TEST_CASE("together the samples exercise every gap rule", "[samples][gaps]") {
    RuleSet all;
    for (const char* name : {"regional-committee", "fonna-like", "innlandet-like", "midcounty-frailty",
                             "relational-coordination"}) {
        const Model model = loadSample(name);
        const RuleSet whole = firedRules(model);
        all.insert(whole.begin(), whole.end());
        for (const Phase& phase : model.annotations.phases) {
            const RuleSet inPhase = firedRules(model, phase.id);
            all.insert(inPhase.begin(), inPhase.end());
        }
    }
    RuleSet expected;
    for (const GapRuleInfo& rule : gapRules())
        expected.insert(std::string(rule.id));
    CHECK(all == expected);
}
