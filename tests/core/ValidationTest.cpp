// Semantic validation: each check with one model where it fires.
#include "TestModels.hpp"

#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

using namespace orgweave;
using namespace orgweave::core;

namespace {

/// The messages of the errors (not warnings) validate() reports.
std::vector<std::string> errors(const Model& model) {
    std::vector<std::string> out;
    for (const auto& d : validate(model)) {
        if (d.severity == Severity::Error)
            out.push_back(d.pointer + " " + d.message);
    }
    return out;
}

bool anyContains(const std::vector<std::string>& messages, const std::string& needle) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("the rich test model is valid", "[validation]") {
    const auto d = validate(test::richModel());
    for (const auto& x : d)
        INFO(x.pointer + " " + x.message);
    CHECK(d.empty());
}

TEST_CASE("each semantic problem is reported with its pointer", "[validation]") {
    Model m = test::richModel();
    std::string expectedPointer;
    std::string expectedText;

    SECTION("duplicate node id") {
        m.nodes[2].id = "m1";
        expectedPointer = "/nodes/2/id";
        expectedText = "duplicate node id \"m1\"";
    }
    SECTION("duplicate tie id") {
        m.ties[3].id = "t1";
        expectedPointer = "/ties/3/id";
        expectedText = "duplicate tie id";
    }
    SECTION("dangling tie source") {
        m.ties[0].source = "nobody";
        expectedPointer = "/ties/0/source";
        expectedText = "source \"nobody\" does not exist";
    }
    SECTION("containment pointing at a missing node") {
        m.findNode("pc")->site = "nowhere";
        expectedPointer = "/nodes/6/site";
        expectedText = "site \"nowhere\" does not exist";
    }
    SECTION("containment pointing at the wrong kind") {
        m.findNode("pc")->organization = "sc";
        expectedPointer = "/nodes/6/organization";
        expectedText = "is a committee, expected an organization";
    }
    SECTION("owner must be a committee") {
        m.findNode("la")->owner = "pc";
        expectedPointer = "/nodes/10/owner";
        expectedText = "owner committee \"pc\" is a role";
    }
    SECTION("member_of between the wrong kinds") {
        m.ties[0].target = "chk";
        expectedPointer = "/ties/0/kind";
        expectedText = "member_of goes from a role";
    }
    SECTION("agreement between non-organizations") {
        m.ties[6].source = "pc";
        expectedPointer = "/ties/6/kind";
        expectedText = "agreement joins two organizations";
    }
    SECTION("closed vocabulary: mandate") {
        m.findNode("sc")->committee.edit().mandate = "binding";
        expectedPointer = "/nodes/4/mandate";
        expectedText = "expected decision_binding, advisory or preparatory";
    }
    SECTION("closed vocabulary: seat") {
        m.ties[0].details.edit().seat = "king";
        expectedPointer = "/ties/0/seat";
        expectedText = "unknown seat \"king\"";
    }
    SECTION("closed vocabulary: leadership level") {
        m.findNode("pc")->leadership->level = "boss";
        expectedPointer = "/nodes/6/leadership/level";
        expectedText = "unknown leadership level";
    }
    SECTION("closed vocabulary: learning phase and status") {
        m.findNode("la")->learningAction.edit().status = "done";
        expectedPointer = "/nodes/10/status";
        expectedText = "unknown status \"done\"";
    }
    SECTION("committee level out of range") {
        m.findNode("sc")->committee.edit().level = 4;
        expectedPointer = "/nodes/4/level";
        expectedText = "expected 1 (partnership)";
    }
    SECTION("context score out of range") {
        m.annotations.context.system["siloed_structures"].score = 0;
        expectedPointer = "/context/system/siloed_structures/score";
        expectedText = "expected 1 to 5";
    }
    SECTION("per-organization context for a missing organization") {
        m.annotations.context.organizations["ghost"]["diverse_actors"] = ContextScore{3, ""};
        expectedPointer = "/context/organizations/ghost";
        expectedText = "organization \"ghost\" does not exist";
    }
    SECTION("RC score out of range and unknown dimension") {
        m.ties[2].details.edit().rc["timely"] = 6.0;
        expectedPointer = "/ties/2/rc/timely";
        expectedText = "between 1 and 5";
    }
    SECTION("unknown RC dimension") {
        m.ties[2].details.edit().rc["friendly"] = 3.0;
        expectedPointer = "/ties/2/rc/friendly";
        expectedText = "unknown relational coordination dimension";
    }
    SECTION("weight must be positive") {
        m.ties[2].weight = -1.0;
        expectedPointer = "/ties/2/weight";
        expectedText = "positive";
    }
    SECTION("undefined phase on a tie") {
        m.ties[6].phases = {"p7"};
        expectedPointer = "/ties/6/phases/0";
        expectedText = "phase \"p7\" is not defined";
    }
    SECTION("phase ends before it starts") {
        m.annotations.phases[0].end = "2012-01";
        expectedPointer = "/phases/0/end";
        expectedText = "ends before it starts";
    }
    SECTION("malformed date") {
        m.annotations.phases[1].start = "spring 2014";
        expectedPointer = "/phases/1/start";
        expectedText = "is not a date";
    }
    SECTION("governance form") {
        m.annotations.governance = "anarchy";
        expectedPointer = "/governance";
        expectedText = "unknown governance form";
    }
    SECTION("represents names an organization") {
        m.ties[1].details.edit().represents.push_back("pc");
        expectedPointer = "/ties/1/represents/2";
        expectedText = "represented organization \"pc\" is a role";
    }
    const auto e = errors(m);
    INFO(Catch::rangeToString(e));
    CHECK(anyContains(e, expectedPointer + " "));
    CHECK(anyContains(e, expectedText));
}

TEST_CASE("open vocabularies keep custom values without complaint", "[validation]") {
    Model m = test::richModel();
    m.findNode("pc")->type = "regional_coordinator";
    m.findNode("pc")->leadership->behaviors.push_back("storytelling");
    m.findNode("sc")->committee.edit().characteristics.push_back("trust_in_each_other");
    m.findNode("la")->learningAction.edit().strategies.push_back("peer_visits");
    m.annotations.context.system["digital_maturity"] = ContextScore{2, "custom factor"};
    CHECK(validate(m).empty());
}

TEST_CASE("warnings do not make a document invalid", "[validation]") {
    Model m = test::richModel();
    m.ties[2].target = m.ties[2].source;  // self-tie
    m.layout.pinned.push_back("ghost");
    const auto d = validate(m);
    CHECK(d.size() == 2);
    CHECK_FALSE(hasErrors(d));
}

TEST_CASE("a learning action without participants is a warning", "[validation]") {
    Model m = test::richModel();
    m.ties.erase(std::remove_if(m.ties.begin(), m.ties.end(),
                                [](const Tie& t) { return t.kind == TieKind::ParticipatesIn; }),
                 m.ties.end());
    const auto d = validate(m);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Warning);
    CHECK(d[0].pointer == "/nodes/10");
    CHECK(d[0].message.find("no participants") != std::string::npos);
}
