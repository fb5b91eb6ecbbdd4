// The gap rules G1–G21 (DOMAIN.md §4, core/src/GapRules.cpp): for every rule a minimal document
// where it fires, one where it is evaluated and stays quiet, and one without the data it needs.
// Then threshold overrides, the rules-file parser, phases, the alignment view and the JSON report.
//
// Sections: document builder · helpers · G1 … G21 · thresholds · settings parsing · phases ·
//           alignment · JSON report
#include "TestModels.hpp"

#include <orgweave/core/Alignment.hpp>
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/GapReportJson.hpp>
#include <orgweave/core/GapSettings.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using namespace orgweave;
using namespace orgweave::core;
using Catch::Matchers::Contains;
using Ids = std::vector<std::string>;

namespace {

// ---- document builder -------------------------------------------------------------------------

/// A small document built node by node. The references returned are valid until the next call.
struct Doc {
    Model m;

    Node& add(Node n) {
        m.nodes.push_back(std::move(n));
        return m.nodes.back();
    }
    Node& org(const std::string& id, const std::string& label, const std::string& type = "municipality") {
        return add(test::makeNode(id, NodeKind::Organization, type, label));
    }
    Node& role(const std::string& id, const std::string& label, const std::string& organization,
               const std::string& type = {}) {
        return add(test::makeNode(id, NodeKind::Role, type, label, organization));
    }
    /// A role with leadership recorded.
    Node& leader(const std::string& id, const std::string& label, const std::string& organization,
                 const std::string& level, std::vector<std::string> behaviors,
                 std::vector<std::string> capabilities = {}, const std::string& authority = {}) {
        Node& n = role(id, label, organization);
        n.leadership = Leadership{std::move(behaviors), std::move(capabilities), level, authority};
        return n;
    }
    Node& site(const std::string& id, const std::string& label, const std::string& organization) {
        return add(test::makeNode(id, NodeKind::Site, "ward", label, organization));
    }
    Node& committee(const std::string& id, const std::string& label, std::optional<int> level = std::nullopt,
                    const std::string& mandate = {}) {
        Node& n = add(test::makeNode(id, NodeKind::Committee, "committee", label));
        n.level = level;
        n.mandate = mandate;
        return n;
    }
    Node& tool(const std::string& id, const std::string& label) {
        return add(test::makeNode(id, NodeKind::SharedTool, "checklist", label));
    }
    Node& action(const std::string& id, const std::string& label, const std::string& owner = {},
                 const std::string& type = "joint_patient_record_review") {
        Node& n = add(test::makeNode(id, NodeKind::LearningAction, type, label));
        n.owner = owner;
        return n;
    }

    Tie& tie(TieKind kind, const std::string& source, const std::string& target) {
        Tie t;
        t.id = "t" + std::to_string(m.ties.size() + 1);
        t.kind = kind;
        t.source = source;
        t.target = target;
        m.ties.push_back(std::move(t));
        return m.ties.back();
    }
    Tie& member(const std::string& who, const std::string& committee, const std::string& seat = "member") {
        Tie& t = tie(TieKind::MemberOf, who, committee);
        t.seat = seat;
        return t;
    }
    Tie& collab(const std::string& a, const std::string& b) { return tie(TieKind::Collaborates, a, b); }
    Tie& takesPart(const std::string& who, const std::string& action) {
        return tie(TieKind::ParticipatesIn, who, action);
    }
    void score(const std::string& factor, int value) {
        m.annotations.context.system[factor] = ContextScore{value, ""};
    }
};

/// A hospital trust and a municipality with one role each.
Doc twoParties() {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.role("h", "Clinic director", "hf");
    d.role("k", "Nurse lead", "m1");
    return d;
}

/// twoParties() plus a learning action both roles take part in, owned by a binding committee
/// where only the hospital sits.
Doc sharedAction() {
    Doc d = twoParties();
    d.committee("c", "Strategic committee", std::nullopt, "decision_binding");
    d.member("h", "c");
    d.action("la", "Discharge pilot", "c");
    d.takesPart("h", "la");
    d.takesPart("k", "la");
    return d;
}

// ---- helpers ----------------------------------------------------------------------------------

std::vector<Finding> findingsOf(const GapReport& report, std::string_view rule) {
    std::vector<Finding> out;
    for (const Finding& f : report.findings) {
        if (f.rule == rule)
            out.push_back(f);
    }
    return out;
}

const NotEvaluated* skipped(const GapReport& report, std::string_view rule) {
    for (const NotEvaluated& n : report.notEvaluated) {
        if (n.rule == rule)
            return &n;
    }
    return nullptr;
}

GapSettings settingsFrom(const std::string& json) {
    GapSettingsResult r = parseGapSettings(json, "rules.json");
    for (const Diagnostic& d : r.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(r.settings);
    return *r.settings;
}

GapReport gaps(const Doc& d, const GapSettings& settings = {}) {
    return findGaps(d.m, settings);
}

/// The rule was evaluated and found nothing.
void checkQuiet(const GapReport& report, std::string_view rule) {
    INFO("rule " << rule);
    const NotEvaluated* n = skipped(report, rule);
    INFO("not evaluated: " << (n ? n->reason : std::string("-")));
    CHECK(n == nullptr);
    const auto found = findingsOf(report, rule);
    for (const Finding& f : found)
        UNSCOPED_INFO(f.rule << ": " << f.explanation);
    CHECK(found.empty());
}

/// The rule was not evaluated, says why, and found nothing.
void checkSkipped(const GapReport& report, std::string_view rule, const std::string& reason) {
    INFO("rule " << rule);
    const NotEvaluated* n = skipped(report, rule);
    REQUIRE(n != nullptr);
    CHECK(
        n->title ==
        std::string(gapRules()[static_cast<std::size_t>(std::stoi(std::string(rule.substr(1))) - 1)].title));
    CHECK_THAT(n->reason, Contains(reason));
    CHECK(findingsOf(report, rule).empty());
}

/// Exactly one finding of the rule; returns it.
Finding single(const GapReport& report, std::string_view rule) {
    INFO("rule " << rule);
    CHECK(skipped(report, rule) == nullptr);
    const auto found = findingsOf(report, rule);
    REQUIRE(found.size() == 1);
    CHECK(
        found.front().title ==
        std::string(gapRules()[static_cast<std::size_t>(std::stoi(std::string(rule.substr(1))) - 1)].title));
    CHECK_FALSE(found.front().suggestion.empty());
    return found.front();
}

}  // namespace

// ---- the rule table ---------------------------------------------------------------------------

TEST_CASE("the gap rules are G1 to G21 in order, each with a title and a condition", "[gaps]") {
    const auto& rules = gapRules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i].id == "G" + std::to_string(i + 1));
        CHECK_FALSE(rules[i].title.empty());
        CHECK_FALSE(rules[i].firesWhen.empty());
    }
}

TEST_CASE("an empty document produces no findings and lists every rule as not evaluated", "[gaps]") {
    const GapReport r = findGaps(Model{});
    CHECK(r.findings.empty());
    CHECK(r.notEvaluated.size() == 21);
    for (const GapRuleInfo& rule : gapRules()) {
        INFO(rule.id);
        CHECK(skipped(r, rule.id) != nullptr);
    }
}

// ---- G1 orphan learning action ----------------------------------------------------------------

TEST_CASE("G1 orphan learning action fires when two organizations in an action share no committee",
          "[gaps]") {
    Doc d = twoParties();
    d.action("la", "Discharge pilot");
    d.takesPart("h", "la");
    d.takesPart("k", "la");
    const Finding f = single(gaps(d), "G1");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Architecture});
    CHECK(f.nodes == Ids{"la", "hf", "m1"});
    CHECK_THAT(f.explanation,
               Contains("Hospital trust") && Contains("Halden") && Contains("Discharge pilot"));
}

TEST_CASE("G1 orphan learning action does not fire when a committee seats both organizations", "[gaps]") {
    Doc d = twoParties();
    d.committee("c", "Professional committee");
    d.member("h", "c");
    d.member("k", "c");
    d.action("la", "Discharge pilot");
    d.takesPart("h", "la");
    d.takesPart("k", "la");
    checkQuiet(gaps(d), "G1");
}

TEST_CASE("G1 orphan learning action: a seat that only represents the other party is not a shared seat",
          "[gaps]") {
    Doc d = twoParties();
    d.committee("c", "Professional committee");
    d.member("h", "c").represents = {"m1"};
    d.action("la", "Discharge pilot");
    d.takesPart("h", "la");
    d.takesPart("k", "la");
    CHECK(single(gaps(d), "G1").nodes == Ids{"la", "hf", "m1"});
}

TEST_CASE("G1 orphan learning action is not evaluated without learning actions", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G1", "no learning actions");
}

// ---- G2 no decision home ----------------------------------------------------------------------

TEST_CASE("G2 no decision home fires when a learning action has no owner", "[gaps]") {
    Doc d = twoParties();
    d.action("la", "Discharge pilot");
    const Finding f = single(gaps(d), "G2");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Architecture});
    CHECK(f.nodes == Ids{"la"});
    CHECK_THAT(f.explanation, Contains("Discharge pilot") && Contains("no owner"));
}

TEST_CASE("G2 no decision home fires when no committee in the owner's chain is decision-binding", "[gaps]") {
    Doc d = twoParties();
    d.committee("wg", "Discharge group", 3, "preparatory");
    d.committee("pc", "Professional committee", 3, "advisory");
    d.tie(TieKind::ReportsTo, "wg", "pc");
    d.action("la", "Discharge pilot", "wg");
    const Finding f = single(gaps(d), "G2");
    CHECK(f.nodes == Ids{"la", "wg", "pc"});
    CHECK_THAT(f.explanation, Contains("Discharge pilot") && Contains("Discharge group"));
}

TEST_CASE("G2 no decision home does not fire when the owner reports to a decision-binding committee",
          "[gaps]") {
    Doc d = twoParties();
    d.committee("wg", "Discharge group", 3, "preparatory");
    d.committee("sc", "Strategic committee", 2, "decision_binding");
    d.tie(TieKind::ReportsTo, "wg", "sc");
    d.action("la", "Discharge pilot", "wg");
    checkQuiet(gaps(d), "G2");
}

TEST_CASE("G2 no decision home is not evaluated without learning actions", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G2", "no learning actions");
}

// ---- G3 unrepresented organization -----------------------------------------------------------

TEST_CASE("G3 unrepresented organization fires critical when an organization has no level-1/2 seat at all",
          "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2);
    d.member("h", "sc");
    const Finding f = single(gaps(d), "G3");
    CHECK(f.severity == FindingSeverity::Critical);
    CHECK(f.elements == std::vector<Element>{Element::Architecture});
    CHECK(f.nodes == Ids{"m1"});
    CHECK_THAT(f.explanation, Contains("Halden"));
}

TEST_CASE("G3 unrepresented organization fires as info when another party's seat represents it", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2);
    d.member("h", "sc").represents = {"hf", "m1"};
    const Finding f = single(gaps(d), "G3");
    CHECK(f.severity == FindingSeverity::Info);
    CHECK(f.nodes == Ids{"h", "m1"});  // the representing member, then who it speaks for
    CHECK_THAT(f.explanation,
               Contains("Halden") && Contains("no seat of its own") && Contains("speaks for it"));
}

TEST_CASE("G3 unrepresented organization does not fire when every organization has a seat", "[gaps]") {
    Doc d = twoParties();
    d.committee("pm", "Partnership meeting", 1);
    d.member("h", "pm");
    d.member("k", "pm");
    checkQuiet(gaps(d), "G3");
}

TEST_CASE("G3 unrepresented organization is not evaluated without level-1/2 committees", "[gaps]") {
    Doc d = twoParties();
    d.committee("wg", "Discharge group", 3);
    d.committee("x", "Unlevelled forum");
    checkSkipped(gaps(d), "G3", "level 1");
}

// ---- G4 parity breach -------------------------------------------------------------------------

namespace {
/// An equal-partners committee with `hospital` hospital seats, `municipal` seats from Halden and the
/// three voices as observers.
Doc parityDoc(int hospital, int municipal) {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.committee("sc", "Strategic committee", 2).characteristics = {"equality_of_parties"};
    for (int i = 1; i <= hospital; ++i) {
        d.role("h" + std::to_string(i), "Clinic director " + std::to_string(i), "hf");
        d.member("h" + std::to_string(i), "sc");
    }
    for (int i = 1; i <= municipal; ++i) {
        d.role("k" + std::to_string(i), "Municipal director " + std::to_string(i), "m1");
        d.member("k" + std::to_string(i), "sc");
    }
    d.role("u", "User representative", "", "user_representative");
    d.role("g", "GP", "", "gp");
    d.role("e", "Union representative", "", "employee_representative");
    for (const char* who : {"u", "g", "e"})
        d.member(who, "sc", "observer");
    return d;
}
}  // namespace

TEST_CASE("G4 parity breach fires when hospital:municipal seats are outside the parity range", "[gaps]") {
    const Finding f = single(gaps(parityDoc(3, 2)), "G4");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Architecture});
    CHECK(f.nodes == Ids{"sc"});
    CHECK_THAT(f.explanation, Contains("Strategic committee") && Contains("3 hospital and 2 municipal"));
}

TEST_CASE("G4 parity breach fires when an equal-partners committee lacks user, GP and employee voices",
          "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2).characteristics = {"equality_of_parties"};
    d.member("h", "sc");
    d.member("k", "sc");
    d.role("g", "GP", "", "gp");
    d.member("g", "sc", "observer");
    const Finding f = single(gaps(d), "G4");
    CHECK(f.nodes == Ids{"sc"});
    CHECK_THAT(f.explanation, Contains("Strategic committee") && Contains("users and employees"));
    CHECK_THAT(f.explanation, !Contains("GPs"));
}

TEST_CASE("G4 parity breach does not fire for balanced seats with every voice present", "[gaps]") {
    // 2 hospital seats against 1 + 1 municipal seats: ratio 1, although the parties differ.
    Doc d = parityDoc(2, 1);
    d.org("m2", "Råde");
    d.role("j", "Municipal director", "m2");
    d.member("j", "sc");
    checkQuiet(gaps(d), "G4");
}

TEST_CASE("G4 parity breach applies to level-1/2 committees when the network claims equality", "[gaps]") {
    Doc d = parityDoc(3, 2);
    d.m.nodes[2].characteristics.clear();
    d.m.annotations.characteristics = {"equality_of_parties"};
    CHECK(single(gaps(d), "G4").nodes == Ids{"sc"});
}

TEST_CASE("G4 parity breach is not evaluated without a committee for equal partners", "[gaps]") {
    Doc d = parityDoc(3, 1);
    d.m.nodes[2].characteristics.clear();
    checkSkipped(gaps(d), "G4", "equality_of_parties");
}

// ---- G5 leaderless participation --------------------------------------------------------------

TEST_CASE(
    "G5 leaderless participation fires when no role of a participating organization shows a core behaviour",
    "[gaps]") {
    Doc d = sharedAction();
    d.m.findNode("h")->leadership = Leadership{{"providing_support"}, {}, "middle", ""};
    d.m.findNode("k")->leadership = Leadership{{"making_demands"}, {}, "middle", ""};
    const Finding f = single(gaps(d), "G5");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Leadership, Element::Learning});
    CHECK(f.nodes == Ids{"m1", "la"});
    CHECK_THAT(f.explanation, Contains("Halden") && Contains("Discharge pilot"));
}

TEST_CASE(
    "G5 leaderless participation does not fire when every participating organization has a core behaviour",
    "[gaps]") {
    Doc d = sharedAction();
    d.m.findNode("h")->leadership = Leadership{{"providing_support"}, {}, "middle", ""};
    // Any role of the organization counts, not only the participant.
    d.leader("k2", "Head of home care", "m1", "middle", {"building_learning_climate"});
    checkQuiet(gaps(d), "G5");
}

TEST_CASE("G5 leaderless participation is not evaluated without leadership or learning actions", "[gaps]") {
    checkSkipped(gaps(sharedAction()), "G5", "no role has leadership");
    Doc d = twoParties();
    d.m.findNode("h")->leadership = Leadership{{"providing_support"}, {}, "middle", ""};
    checkSkipped(gaps(d), "G5", "no learning actions");
}

// ---- G6 single-level leadership ---------------------------------------------------------------

TEST_CASE("G6 single-level leadership fires when behaviours are recorded only at the top", "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.leader("cd", "Clinic director", "hf", "top", {"providing_support"});
    d.leader("md", "Department head", "hf", "middle", {"educating"});
    d.leader("nl", "Nurse", "hf", "first_line", {});  // a level without behaviours does not count
    const Finding f = single(gaps(d), "G6");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Leadership, Element::Architecture});
    CHECK(f.nodes == Ids{"cd"});
    CHECK_THAT(f.explanation, Contains("Clinic director") && Contains("only at the top"));
}

TEST_CASE("G6 single-level leadership fires when behaviours are recorded only at the first line", "[gaps]") {
    Doc d;
    d.org("m1", "Halden");
    d.leader("nl", "Nurse lead", "m1", "first_line", {"building_learning_climate"});
    d.leader("gp", "GP", "m1", "clinical_informal", {"role_modelling"});
    const Finding f = single(gaps(d), "G6");
    CHECK(f.nodes == Ids{"nl", "gp"});
    CHECK_THAT(f.explanation, Contains("Nurse lead") && Contains("GP") && Contains("only at the first line"));
}

TEST_CASE("G6 single-level leadership does not fire with leadership at the top and at the first line",
          "[gaps]") {
    Doc d;
    d.org("m1", "Halden");
    d.leader("md", "Municipal director", "m1", "top", {"making_demands"});
    d.leader("nl", "Nurse lead", "m1", "first_line", {"building_learning_climate"});
    checkQuiet(gaps(d), "G6");
}

TEST_CASE("G6 single-level leadership is not evaluated without leadership levels", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G6", "no role has leadership");
    Doc d = twoParties();
    d.m.findNode("h")->leadership = Leadership{{"providing_support"}, {}, "", ""};
    d.m.findNode("k")->leadership = Leadership{{"educating"}, {}, "middle", ""};
    checkSkipped(gaps(d), "G6", "at the top or the first line");
}

// ---- G7 mandate without authority -------------------------------------------------------------

TEST_CASE("G7 mandate without authority fires when a voting member of a binding committee has no authority",
          "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.leader("h", "Clinic director", "hf", "top", {}, {}, "full");
    d.leader("k", "Nurse lead", "m1", "first_line", {}, {}, "none");
    d.leader("o", "Observer", "m1", "first_line", {}, {}, "none");
    d.committee("sc", "Strategic committee", 2, "decision_binding");
    d.member("h", "sc");
    const std::string seat = d.member("k", "sc").id;
    d.member("o", "sc", "observer");  // observers need no authority
    const Finding f = single(gaps(d), "G7");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Leadership, Element::Architecture});
    CHECK(f.nodes == Ids{"sc", "k"});
    CHECK(f.ties == Ids{seat});
    CHECK_THAT(f.explanation, Contains("Strategic committee") && Contains("Nurse lead"));
    CHECK_THAT(f.explanation, !Contains("Observer"));
}

TEST_CASE("G7 mandate without authority fires when restricted autonomy scores high", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2, "decision_binding");
    d.member("h", "sc");
    d.score("restricted_autonomy", 4);
    const Finding f = single(gaps(d), "G7");
    CHECK(f.nodes == Ids{"sc"});
    CHECK_THAT(f.explanation, Contains("Strategic committee") && Contains("score 4"));
}

TEST_CASE("G7 mandate without authority does not fire when members can decide and autonomy is moderate",
          "[gaps]") {
    Doc d = twoParties();
    d.m.findNode("k")->leadership = Leadership{{}, {}, "middle", "delegated"};
    d.committee("sc", "Strategic committee", 2, "decision_binding");
    d.member("h", "sc");
    d.member("k", "sc");
    d.score("restricted_autonomy", 3);
    checkQuiet(gaps(d), "G7");
}

TEST_CASE("G7 mandate without authority is not evaluated without a decision-binding committee", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2, "advisory");
    d.score("restricted_autonomy", 5);
    checkSkipped(gaps(d), "G7", "decision-binding");
}

// ---- G8 single boundary spanner ---------------------------------------------------------------

namespace {
/// Two organizations with two roles each, tied inside, and one tie across (h1 — k1).
Doc oneBridge() {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.role("h1", "Practice consultant", "hf");
    d.role("h2", "Ward nurse", "hf");
    d.role("k1", "Home care lead", "m1");
    d.role("k2", "Nurse lead", "m1");
    d.collab("h1", "h2");
    d.collab("k1", "k2");
    d.collab("h1", "k1");
    return d;
}
}  // namespace

TEST_CASE(
    "G8 single boundary spanner fires critical when one role is the only link between two organizations",
    "[gaps]") {
    // h1 — k1 is the only tie across: either leaving cuts the link, so both are named.
    const auto found = findingsOf(gaps(oneBridge()), "G8");
    REQUIRE(found.size() == 2);
    for (const Finding& f : found) {
        CHECK(f.severity == FindingSeverity::Critical);
        CHECK(f.elements == std::vector<Element>{Element::Architecture});
        CHECK_THAT(f.explanation, Contains("Hospital trust") && Contains("Halden") && Contains("only link"));
    }
    CHECK(found[0].nodes == Ids{"h1", "hf", "m1"});
    CHECK_THAT(found[0].explanation, Contains("Practice consultant"));
    CHECK(found[1].nodes == Ids{"k1", "hf", "m1"});
    CHECK_THAT(found[1].explanation, Contains("Home care lead"));
}

TEST_CASE("G8 single boundary spanner fires as a warning when an organization is present through one role",
          "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.role("pc", "Practice consultant", "hf");
    d.role("k1", "Home care lead", "m1");
    d.role("k2", "Nurse lead", "m1");
    d.collab("pc", "k1");
    d.collab("pc", "k2");
    const Finding f = single(gaps(d), "G8");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.nodes == Ids{"pc", "hf", "m1"});
    CHECK_THAT(f.explanation,
               Contains("Hospital trust") && Contains("Practice consultant") && Contains("Halden"));
}

TEST_CASE("G8 single boundary spanner does not fire with two independent links", "[gaps]") {
    Doc d = oneBridge();
    d.collab("h2", "k2");
    checkQuiet(gaps(d), "G8");
}

TEST_CASE("G8 single boundary spanner is not evaluated with fewer than two organizations or no roles",
          "[gaps]") {
    Doc one;
    one.org("hf", "Hospital trust", "hospital_trust");
    one.role("h", "Clinic director", "hf");
    checkSkipped(gaps(one), "G8", "fewer than two organizations");
    Doc noRoles;
    noRoles.org("hf", "Hospital trust", "hospital_trust");
    noRoles.org("m1", "Halden");
    checkSkipped(gaps(noRoles), "G8", "no roles");
}

// ---- G9 overloaded broker ---------------------------------------------------------------------

namespace {
/// A practice consultant on `committees` committees, each with one other member: the star's hub.
Doc brokerDoc(int committees) {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.role("pc", "Practice consultant", "hf");
    for (int i = 1; i <= committees; ++i) {
        const std::string n = std::to_string(i);
        d.role("y" + n, "Member " + n, "m1");
        d.committee("c" + n, "Committee " + n, 3);
        d.member("pc", "c" + n);
        d.member("y" + n, "c" + n);
    }
    return d;
}
}  // namespace

TEST_CASE("G9 overloaded broker fires when a top broker sits on more than 4 committees", "[gaps]") {
    const Finding f = single(gaps(brokerDoc(5)), "G9");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Architecture, Element::Leadership});
    CHECK(f.nodes == Ids{"pc"});
    CHECK_THAT(f.explanation, Contains("Practice consultant") && Contains("5 committees"));
}

TEST_CASE("G9 overloaded broker does not fire for a top broker on 4 committees", "[gaps]") {
    checkQuiet(gaps(brokerDoc(4)), "G9");
}

TEST_CASE("G9 overloaded broker does not fire for a busy member who brokers nothing", "[gaps]") {
    // Everyone sits on the same five committees: many seats, no betweenness.
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.role("a", "A", "hf");
    d.role("b", "B", "hf");
    for (int i = 1; i <= 5; ++i) {
        d.committee("c" + std::to_string(i), "Committee", 3);
        d.member("a", "c" + std::to_string(i));
        d.member("b", "c" + std::to_string(i));
    }
    checkQuiet(gaps(d), "G9");
}

TEST_CASE("G9 overloaded broker is not evaluated with fewer than two roles", "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.role("h", "Clinic director", "hf");
    checkSkipped(gaps(d), "G9", "fewer than two roles");
}

// ---- G10 confirmed silo -----------------------------------------------------------------------

namespace {
/// Two triangles of roles, one per organization, joined by one tie: E-I = (1 − 6) / 7 ≈ −0.71.
Doc siloDoc(int siloScore) {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    for (const char* r : {"h1", "h2", "h3"})
        d.role(r, r, "hf");
    for (const char* r : {"k1", "k2", "k3"})
        d.role(r, r, "m1");
    d.collab("h1", "h2");
    d.collab("h2", "h3");
    d.collab("h1", "h3");
    d.collab("k1", "k2");
    d.collab("k2", "k3");
    d.collab("k1", "k3");
    d.collab("h1", "k1");
    d.score("siloed_structures", siloScore);
    return d;
}
}  // namespace

TEST_CASE("G10 confirmed silo fires when siloed structures score high and the E-I index confirms it",
          "[gaps]") {
    const Finding f = single(gaps(siloDoc(4)), "G10");
    CHECK(f.severity == FindingSeverity::Critical);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Architecture});
    CHECK(f.nodes.empty());
    CHECK_THAT(f.explanation, Contains("scored 4") && Contains("-0.71"));
}

TEST_CASE("G10 confirmed silo does not fire when the ties cross organizations", "[gaps]") {
    Doc d = siloDoc(5);
    d.collab("h2", "k2");
    d.collab("h3", "k3");
    d.collab("h1", "k2");  // E-I = (4 − 6) / 10 = −0.2
    checkQuiet(gaps(d), "G10");
}

TEST_CASE("G10 confirmed silo does not fire when siloed structures score low", "[gaps]") {
    checkQuiet(gaps(siloDoc(3)), "G10");
}

TEST_CASE("G10 confirmed silo is not evaluated without a score or without ties between roles", "[gaps]") {
    Doc d = siloDoc(4);
    d.m.annotations.context.system.clear();
    checkSkipped(gaps(d), "G10", "siloed structures");
    Doc noTies = twoParties();
    noTies.score("siloed_structures", 5);
    checkSkipped(gaps(noTies), "G10", "no ties between roles");
}

// ---- G11 diverse actors not at the table ------------------------------------------------------

TEST_CASE("G11 diverse actors not at the table fires when level-2/3 committees lack the voices", "[gaps]") {
    Doc d = twoParties();
    d.committee("pc", "Professional committee", 3);
    d.member("h", "pc");
    d.member("k", "pc");
    d.role("u", "User representative", "", "user_representative");
    d.member("u", "pc", "observer");
    d.committee("pm", "Partnership meeting", 1);  // level 1 is not where the work is shaped
    d.score("diverse_actors", 4);
    const Finding f = single(gaps(d), "G11");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Architecture});
    CHECK(f.nodes == Ids{"pc"});
    CHECK_THAT(f.explanation, Contains("score 4") && Contains("GPs and employee representatives"));
    CHECK_THAT(f.explanation, !Contains("users"));
}

TEST_CASE("G11 diverse actors not at the table does not fire when users, GPs and employees sit there",
          "[gaps]") {
    Doc d = twoParties();
    d.org("gpc", "GP collective", "gp_collective");
    d.role("gp", "GP", "gpc");  // a GP by organization type
    d.role("u", "User representative", "", "user_representative");
    d.role("e", "Union representative", "", "employee_representative");
    d.committee("sc", "Strategic committee", 2);
    d.committee("pc", "Professional committee", 3);
    d.member("gp", "sc");
    d.member("u", "pc", "observer");
    d.member("e", "pc");
    d.score("diverse_actors", 5);
    checkQuiet(gaps(d), "G11");
}

TEST_CASE("G11 diverse actors not at the table is not evaluated without a score or level-2/3 committees",
          "[gaps]") {
    Doc d = twoParties();
    d.committee("pc", "Professional committee", 3);
    checkSkipped(gaps(d), "G11", "diverse actors");
    Doc top = twoParties();
    top.committee("pm", "Partnership meeting", 1);
    top.score("diverse_actors", 5);
    checkSkipped(gaps(top), "G11", "level 2 or 3");
}

// ---- G12 slow architecture for fast change ----------------------------------------------------

namespace {
Doc slowDoc(double meetings) {
    Doc d = twoParties();
    Node& sc = d.committee("sc", "Strategic committee", 2);
    sc.permanence = "standing";
    sc.meetingsPerYear = meetings;
    d.committee("pm", "Partnership meeting", 1);  // no meetings recorded: ignored
    d.action("la", "Discharge pilot", "sc").iterations = 1;
    d.score("emergent_change", 4);
    return d;
}
}  // namespace

TEST_CASE("G12 slow architecture for fast change fires when everything is standing, slow and one-shot",
          "[gaps]") {
    const Finding f = single(gaps(slowDoc(4)), "G12");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Architecture, Element::Learning});
    CHECK_THAT(f.explanation, Contains("score 4") && Contains("at most 4 times a year"));
}

TEST_CASE("G12 slow architecture for fast change does not fire when anything is fast", "[gaps]") {
    SECTION("a committee meets more than 4 times a year") {
        checkQuiet(gaps(slowDoc(6)), "G12");
    }
    SECTION("a time-limited group exists") {
        Doc d = slowDoc(4);
        d.committee("wg", "Discharge group", 3).permanence = "time_limited";
        checkQuiet(gaps(d), "G12");
    }
    SECTION("a learning action iterates") {
        Doc d = slowDoc(4);
        d.m.findNode("la")->iterations = 3;
        checkQuiet(gaps(d), "G12");
    }
    SECTION("a learning action follows iterative refinement") {
        Doc d = slowDoc(4);
        d.m.findNode("la")->strategies = {"iterative_refinement"};
        checkQuiet(gaps(d), "G12");
    }
}

TEST_CASE("G12 slow architecture for fast change is not evaluated without its data", "[gaps]") {
    Doc noScore = slowDoc(4);
    noScore.m.annotations.context.system.clear();
    checkSkipped(gaps(noScore), "G12", "emergent change");
    Doc noCommittees = twoParties();
    noCommittees.score("emergent_change", 5);
    checkSkipped(gaps(noCommittees), "G12", "no committees");
    Doc noMeetings = slowDoc(4);
    noMeetings.m.findNode("sc")->meetingsPerYear.reset();
    checkSkipped(gaps(noMeetings), "G12", "how often");
}

// ---- G13 unresourced learning -----------------------------------------------------------------

TEST_CASE("G13 unresourced learning fires when no one in the learning actions frees resources", "[gaps]") {
    Doc d = sharedAction();
    d.leader("cfo", "Finance director", "hf", "top",
             {"freeing_resources_for_learning"});  // not in the action
    d.score("restricted_resources", 4);
    const Finding f = single(gaps(d), "G13");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Leadership, Element::Learning});
    CHECK(f.nodes == Ids{"la"});
    CHECK_THAT(f.explanation, Contains("score 4"));
}

TEST_CASE(
    "G13 unresourced learning does not fire when a participant frees resources or leads under constraints",
    "[gaps]") {
    Doc d = sharedAction();
    d.score("restricted_resources", 5);
    SECTION("a participant frees resources") {
        d.m.findNode("k")->leadership = Leadership{{"freeing_resources_for_learning"}, {}, "middle", ""};
    }
    SECTION("the facilitator leads under constraints") {
        d.leader("f", "Facilitator", "m1", "middle", {}, {"leading_under_resource_constraints"});
        d.m.findNode("la")->facilitator = "f";
    }
    checkQuiet(gaps(d), "G13");
}

TEST_CASE("G13 unresourced learning is not evaluated without a score or learning actions", "[gaps]") {
    checkSkipped(gaps(sharedAction()), "G13", "restricted resources");
    Doc d = twoParties();
    d.score("restricted_resources", 5);
    checkSkipped(gaps(d), "G13", "no learning actions");
}

// ---- G14 shared goals missing under many drivers ----------------------------------------------

TEST_CASE("G14 shared goals missing fires when no committee records shared goals", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2).characteristics = {"equality_of_parties"};
    d.score("multiple_external_drivers", 4);
    const Finding f = single(gaps(d), "G14");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Context, Element::Architecture});
    CHECK_THAT(f.explanation, Contains("score 4") && Contains("no committee records shared goals"));
}

TEST_CASE("G14 shared goals missing fires when shared goals are declared but rated weak", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2).characteristics = {"shared_goals"};
    d.collab("h", "k").rc = {{"shared_goals", 3.0}, {"timely", 5.0}};
    d.score("multiple_external_drivers", 5);
    const Finding f = single(gaps(d), "G14");
    CHECK_THAT(f.explanation, Contains("weak (mean 3.00)"));
}

TEST_CASE("G14 shared goals missing does not fire when a committee has shared goals", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2).characteristics = {"shared_goals"};
    d.collab("h", "k").rc = {{"shared_goals", 4.0}};
    d.score("multiple_external_drivers", 5);
    checkQuiet(gaps(d), "G14");
}

TEST_CASE("G14 shared goals missing is not evaluated without a score for external drivers", "[gaps]") {
    Doc d = twoParties();
    d.committee("sc", "Strategic committee", 2);
    checkSkipped(gaps(d), "G14", "external drivers");
}

// ---- G15 stalled cycle ------------------------------------------------------------------------

TEST_CASE("G15 stalled cycle fires for an action stuck in questioning without a disseminator", "[gaps]") {
    Doc d = sharedAction();
    d.leader("dir", "Director", "hf", "top", {"making_demands"});  // leadership data exists
    d.m.findNode("la")->phase = "questioning";
    const Finding f = single(gaps(d), "G15");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Leadership});
    CHECK(f.nodes == Ids{"la"});
    CHECK_THAT(f.explanation, Contains("Discharge pilot") && Contains("still in questioning"));
}

TEST_CASE("G15 stalled cycle fires for an action implemented without reflecting", "[gaps]") {
    Doc d = sharedAction();
    d.leader("dir", "Director", "hf", "top", {"making_demands"});  // leadership data exists
    d.m.findNode("la")->phase = "implementing";
    d.m.findNode("la")->iterations = 1;
    const Finding f = single(gaps(d), "G15");
    CHECK(f.nodes == Ids{"la"});
    CHECK_THAT(f.explanation, Contains("Discharge pilot") && Contains("without a round of reflection"));
}

TEST_CASE("G15 stalled cycle does not fire when the cycle moves or someone spreads knowledge", "[gaps]") {
    Doc d = sharedAction();
    d.leader("dir", "Director", "hf", "top", {"making_demands"});  // leadership data exists
    Node& la = *d.m.findNode("la");
    SECTION("implementing after several iterations") {
        la.phase = "implementing";
        la.iterations = 3;
    }
    SECTION("questioning with a participant who disseminates") {
        la.phase = "questioning";
        d.m.findNode("k")->leadership =
            Leadership{{"facilitating_knowledge_dissemination"}, {}, "first_line", ""};
    }
    SECTION("analysis with a facilitator who disseminates") {
        la.phase = "analysis";
        la.facilitator = "f";
        d.leader("f", "Facilitator", "hf", "middle", {"facilitating_knowledge_dissemination"});
    }
    SECTION("testing") {
        la.phase = "testing";
    }
    checkQuiet(gaps(d), "G15");
}

TEST_CASE("G15 stalled cycle is not evaluated without learning actions", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G15", "no learning actions");
}

// ---- G16 unmanaged contradiction --------------------------------------------------------------

TEST_CASE("G16 unmanaged contradiction fires when a contradiction has no one to manage it", "[gaps]") {
    Doc d = sharedAction();
    d.leader("dir", "Director", "hf", "top", {"making_demands"});  // leadership data exists
    d.m.findNode("la")->contradictions = {Contradiction{"Hospital speed vs municipal capacity", "secondary"}};
    const Finding f = single(gaps(d), "G16");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Leadership});
    CHECK(f.nodes == Ids{"la"});
    CHECK_THAT(f.explanation,
               Contains("Discharge pilot") && Contains("Hospital speed vs municipal capacity"));
}

TEST_CASE("G16 unmanaged contradiction does not fire when someone manages it or a session is linked",
          "[gaps]") {
    Doc d = sharedAction();
    d.leader("dir", "Director", "hf", "top", {"making_demands"});  // leadership data exists
    d.m.findNode("la")->contradictions = {Contradiction{"Hospital speed vs municipal capacity", "secondary"}};
    SECTION("a participant manages contradictions") {
        d.m.findNode("h")->leadership = Leadership{{}, {"contradiction_management"}, "middle", ""};
    }
    SECTION("a structured session with the same owner") {
        d.action("ss", "Logics workshop", "c", "structured_session_conflicting_logics");
    }
    SECTION("a structured session sharing a participant") {
        d.action("ss", "Logics workshop", "", "structured_session_conflicting_logics");
        d.takesPart("k", "ss");
    }
    checkQuiet(gaps(d), "G16");
}

TEST_CASE("G16 unmanaged contradiction is not evaluated without learning actions", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G16", "no learning actions");
}

// ---- G17 weak relational base -----------------------------------------------------------------

TEST_CASE("G17 weak relational base fires when participants of different organizations rate RC weak",
          "[gaps]") {
    Doc d = sharedAction();
    const std::string tie = d.collab("h", "k").id;
    d.m.ties.back().rc = {{"timely", 3.0}, {"shared_goals", 3.0}};
    d.role("h2", "Ward nurse", "hf");
    d.collab("h", "h2").rc = {{"timely", 1.0}};  // inside one organization and outside the action
    const Finding f = single(gaps(d), "G17");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Relational});
    CHECK(f.nodes == Ids{"la"});
    CHECK(f.ties == Ids{tie});
    CHECK_THAT(f.explanation, Contains("Discharge pilot") && Contains("mean 3.00 of 5 over 1 tie"));
}

TEST_CASE("G17 weak relational base does not fire when RC between participants is moderate", "[gaps]") {
    Doc d = sharedAction();
    d.collab("h", "k").rc = {{"timely", 3.5}, {"shared_goals", 4.0}};
    checkQuiet(gaps(d), "G17");
}

TEST_CASE("G17 weak relational base is not evaluated without RC scores or learning actions", "[gaps]") {
    Doc d = sharedAction();
    d.collab("h", "k");
    checkSkipped(gaps(d), "G17", "relational coordination");
    Doc noActions = twoParties();
    noActions.collab("h", "k").rc = {{"timely", 2.0}};
    checkSkipped(gaps(noActions), "G17", "no learning actions");
}

// ---- G18 open feedback loop on a shared tool --------------------------------------------------

namespace {
Doc toolDoc() {
    Doc d = twoParties();
    d.site("ward", "Geriatric ward", "hf");
    d.site("hc", "Home care", "m1");
    d.tool("chk", "Discharge checklist");
    d.tie(TieKind::Uses, "ward", "chk");
    d.tie(TieKind::Uses, "hc", "chk");
    return d;
}
}  // namespace

TEST_CASE("G18 open feedback loop fires when a tool used at two sites has no cross-site feedback", "[gaps]") {
    Doc d = toolDoc();
    // Feedback of another type, or on another tool, does not close the loop.
    d.action("la", "Checklist review", "", "joint_patient_record_review").sharedTool = "chk";
    const Finding f = single(gaps(d), "G18");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning, Element::Architecture});
    CHECK(f.nodes == Ids{"chk", "hc", "ward"});
    CHECK(f.ties == Ids{"t1", "t2"});
    CHECK_THAT(f.explanation, Contains("Discharge checklist") && Contains("2 sites") &&
                                  Contains("Home care") && Contains("Geriatric ward"));
}

TEST_CASE("G18 open feedback loop does not fire when a cross-site feedback action works on the tool",
          "[gaps]") {
    Doc d = toolDoc();
    d.action("la", "Feedback on the checklist", "", "cross_site_feedback_on_shared_tool").sharedTool = "chk";
    checkQuiet(gaps(d), "G18");
}

TEST_CASE("G18 open feedback loop does not fire for a tool used at one site", "[gaps]") {
    Doc d = toolDoc();
    d.m.ties.pop_back();
    checkQuiet(gaps(d), "G18");
}

TEST_CASE("G18 open feedback loop is not evaluated without shared tools", "[gaps]") {
    checkSkipped(gaps(twoParties()), "G18", "no shared tools");
}

// ---- G19 governance mismatch ------------------------------------------------------------------

namespace {
/// A hospital trust with an agreement with each of three municipalities (a star).
Doc leadDoc() {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.org("m2", "Råde");
    d.org("m3", "Sarpsborg");
    for (const char* m : {"m1", "m2", "m3"})
        d.tie(TieKind::Agreement, "hf", m);
    d.m.annotations.governance = "lead_organization";
    d.m.annotations.characteristics = {"equality_of_parties"};
    return d;
}
}  // namespace

TEST_CASE(
    "G19 governance mismatch fires when a lead organization holds the betweenness of an 'equal' network",
    "[gaps]") {
    const Finding f = single(gaps(leadDoc()), "G19");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Architecture, Element::Context});
    CHECK(f.nodes == Ids{"hf"});
    CHECK_THAT(f.explanation, Contains("Hospital trust") && Contains("100%"));
}

TEST_CASE("G19 governance mismatch fires as info for shared governance with many participants", "[gaps]") {
    Doc d = leadDoc();
    d.m.annotations.governance = "participant_governed";
    const Finding f = single(gaps(d, settingsFrom(R"({"shared_governance_max_organizations": 3})")), "G19");
    CHECK(f.severity == FindingSeverity::Info);
    CHECK_THAT(f.explanation, Contains("all 4 participants"));
}

TEST_CASE("G19 governance mismatch does not fire when the governance fits", "[gaps]") {
    Doc d = leadDoc();
    SECTION("a lead organization that does not claim equality") {
        d.m.annotations.characteristics.clear();
    }
    SECTION("shared governance among few parties") {
        d.m.annotations.governance = "participant_governed";
    }
    SECTION("a network administrative organization") {
        d.m.annotations.governance = "network_administrative_organization";
    }
    checkQuiet(gaps(d), "G19");
}

TEST_CASE("G19 governance mismatch is not evaluated without a governance form", "[gaps]") {
    Doc d = leadDoc();
    d.m.annotations.governance.clear();
    checkSkipped(gaps(d), "G19", "governance form");
}

// ---- G20 no region-wide reflection ------------------------------------------------------------

TEST_CASE("G20 no region-wide reflection fires when nothing brings every organization together", "[gaps]") {
    Doc d = twoParties();
    d.org("m2", "Råde");
    d.committee("sc", "Strategic committee", 2);
    d.member("h", "sc");
    d.member("k", "sc");
    const Finding f = single(gaps(d), "G20");
    CHECK(f.severity == FindingSeverity::Warning);
    CHECK(f.elements == std::vector<Element>{Element::Learning});
    CHECK_THAT(f.explanation, Contains("all 3 organizations"));
}

TEST_CASE("G20 no region-wide reflection does not fire when a committee or an action includes everyone",
          "[gaps]") {
    Doc d = twoParties();
    d.org("m2", "Råde");
    SECTION("a committee, one seat representing two municipalities") {
        d.committee("pm", "Partnership meeting", 1);
        d.member("h", "pm");
        d.member("k", "pm").represents = {"m1", "m2"};
    }
    SECTION("a learning action with every organization") {
        d.role("j", "Nurse lead", "m2");
        d.action("la", "Region-wide reflection", "", "region_wide_reflection");
        for (const char* who : {"h", "k", "j"})
            d.takesPart(who, "la");
    }
    checkQuiet(gaps(d), "G20");
}

TEST_CASE("G20 no region-wide reflection is not evaluated with fewer than two organizations", "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    checkSkipped(gaps(d), "G20", "fewer than two organizations");
}

// ---- G21 one-sided spanner --------------------------------------------------------------------

namespace {
/// A practice consultant tied to two municipalities and not to the ward nurse of its own trust.
Doc spannerDoc() {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.org("m1", "Halden");
    d.org("m2", "Råde");
    d.role("pc", "Practice consultant", "hf");
    d.role("h2", "Ward nurse", "hf");
    d.role("k", "Nurse lead", "m1");
    d.role("j", "Home care lead", "m2");
    d.collab("pc", "k");
    d.collab("pc", "j");
    return d;
}
}  // namespace

TEST_CASE("G21 one-sided spanner fires when a boundary spanner has no tie inside its organization",
          "[gaps]") {
    const Finding f = single(gaps(spannerDoc()), "G21");
    CHECK(f.severity == FindingSeverity::Info);
    CHECK(f.elements == std::vector<Element>{Element::Architecture});
    CHECK(f.nodes == Ids{"pc", "hf"});
    CHECK_THAT(f.explanation, Contains("Practice consultant") && Contains("2 other organizations") &&
                                  Contains("Hospital trust"));
}

TEST_CASE("G21 one-sided spanner does not fire when the spanner is tied at home", "[gaps]") {
    Doc d = spannerDoc();
    SECTION("tied to a colleague") {
        d.collab("pc", "h2");
    }
    SECTION("no colleague modelled at all") {
        d.m.nodes.erase(d.m.nodes.begin() + 4);
    }
    checkQuiet(gaps(d), "G21");
}

TEST_CASE("G21 one-sided spanner is not evaluated with fewer than two organizations, or when disabled",
          "[gaps]") {
    Doc d;
    d.org("hf", "Hospital trust", "hospital_trust");
    d.role("h", "Clinic director", "hf");
    checkSkipped(gaps(d), "G21", "fewer than two organizations");
    checkSkipped(gaps(spannerDoc(), settingsFrom(R"({"disabled": ["G21"]})")), "G21", "disabled");
}

// ---- thresholds -------------------------------------------------------------------------------

TEST_CASE("context_high 3 makes G10 fire on a score of 3 where the default 4 does not", "[gaps]") {
    const Doc d = siloDoc(3);
    checkQuiet(gaps(d), "G10");
    checkQuiet(gaps(d, settingsFrom(R"({"context_high": 4})")), "G10");
    CHECK_THAT(single(gaps(d, settingsFrom(R"({"context_high": 3})")), "G10").explanation,
               Contains("scored 3"));
}

TEST_CASE("silo_ei_index moves the E-I threshold of G10", "[gaps]") {
    const Doc d = siloDoc(4);
    single(gaps(d), "G10");
    checkQuiet(gaps(d, settingsFrom(R"({"silo_ei_index": -0.8})")), "G10");
}

TEST_CASE("parity_min and parity_max move the G4 parity range", "[gaps]") {
    const Doc tooManyHospital = parityDoc(3, 2);  // 1.5
    single(gaps(tooManyHospital), "G4");
    checkQuiet(gaps(tooManyHospital, settingsFrom(R"({"parity_max": 1.6})")), "G4");
    const Doc tooFewHospital = parityDoc(2, 3);  // 0.67
    single(gaps(tooFewHospital), "G4");
    checkQuiet(gaps(tooFewHospital, settingsFrom(R"({"parity_min": 0.6})")), "G4");
    // A tight range turns a 1:1 ratio across three parties into a breach.
    Doc balanced = parityDoc(2, 1);
    balanced.org("m2", "Råde");
    balanced.role("j", "Municipal director", "m2");
    balanced.member("j", "sc");
    checkQuiet(gaps(balanced), "G4");
    const Finding f = single(gaps(balanced, settingsFrom(R"({"parity_min": 1.1, "parity_max": 1.2})")), "G4");
    CHECK_THAT(f.suggestion, Contains("1.10") && Contains("1.20"));
}

TEST_CASE("overload_committees changes how many committees make a broker overloaded (G9)", "[gaps]") {
    const Doc d = brokerDoc(4);
    checkQuiet(gaps(d), "G9");
    CHECK_THAT(single(gaps(d, settingsFrom(R"({"overload_committees": 3})")), "G9").explanation,
               Contains("4 committees"));
    checkQuiet(gaps(brokerDoc(5), settingsFrom(R"({"overload_committees": 5})")), "G9");
}

TEST_CASE("rc_weak moves the weak band of G17 and G14", "[gaps]") {
    Doc d = sharedAction();
    d.committee("sc", "Strategic committee", 2).characteristics = {"shared_goals"};
    d.collab("h", "k").rc = {{"timely", 3.0}, {"shared_goals", 3.0}};
    d.score("multiple_external_drivers", 4);
    single(gaps(d), "G17");
    single(gaps(d), "G14");
    const GapReport lenient = gaps(d, settingsFrom(R"({"rc_weak": 2.5})"));
    checkQuiet(lenient, "G17");
    checkQuiet(lenient, "G14");
}

TEST_CASE("slow_meetings_per_year moves what counts as slow in G12", "[gaps]") {
    const Doc d = slowDoc(6);
    checkQuiet(gaps(d), "G12");
    single(gaps(d, settingsFrom(R"({"slow_meetings_per_year": 6})")), "G12");
}

TEST_CASE("disabled rules move to not evaluated and produce no findings", "[gaps]") {
    const GapSettings s = settingsFrom(R"({"disabled": ["G21", "G8"]})");
    const GapReport r = gaps(spannerDoc(), s);
    checkSkipped(r, "G21", "disabled in the rules settings");
    checkSkipped(r, "G8", "disabled in the rules settings");
    const GapReport normal = gaps(spannerDoc());
    CHECK(skipped(normal, "G21") == nullptr);
}

// ---- settings parsing -------------------------------------------------------------------------

namespace {
/// The single error of parsing `text`; the settings must be absent.
Diagnostic parseError(const std::string& text) {
    const GapSettingsResult r = parseGapSettings(text, "rules.json");
    CHECK_FALSE(r.settings);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics.front().severity == Severity::Error);
    CHECK(r.diagnostics.front().file == "rules.json");
    return r.diagnostics.front();
}
}  // namespace

TEST_CASE("parseGapSettings reads every threshold", "[gaps]") {
    const GapSettingsResult r = parseGapSettings(R"({
        "context_high": 3, "parity_min": 0.5, "parity_max": 2, "silo_ei_index": -0.25,
        "overload_committees": 6, "broker_top_share": 0.2, "rc_weak": 3, "rc_strong": 4.5,
        "slow_meetings_per_year": 6, "shared_governance_max_organizations": 20,
        "lead_betweenness_share": 0.6, "disabled": ["G21", "G3"]
    })",
                                                 "rules.json");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.settings);
    const GapSettings& s = *r.settings;
    CHECK(s.contextHigh == 3);
    CHECK(s.parityMin == 0.5);
    CHECK(s.parityMax == 2.0);
    CHECK(s.siloEiIndex == -0.25);
    CHECK(s.overloadCommittees == 6);
    CHECK(s.brokerTopShare == 0.2);
    CHECK(s.rcWeak == 3.0);
    CHECK(s.rcStrong == 4.5);
    CHECK(s.slowMeetingsPerYear == 6);
    CHECK(s.sharedGovernanceMaxOrganizations == 20);
    CHECK(s.leadBetweennessShare == 0.6);
    CHECK(s.disabled == std::set<std::string, std::less<>>{"G21", "G3"});
}

TEST_CASE("parseGapSettings keeps the defaults for an empty object", "[gaps]") {
    const GapSettingsResult r = parseGapSettings("{}", "rules.json");
    REQUIRE(r.settings);
    CHECK(r.settings->contextHigh == 4);
    CHECK(r.settings->parityMin == 0.8);
    CHECK(r.settings->parityMax == 1.25);
    CHECK(r.settings->overloadCommittees == 4);
    CHECK(r.settings->rcWeak == 3.5);
    CHECK(r.settings->disabled.empty());
}

TEST_CASE("parseGapSettings reports an unknown key with line and column", "[gaps]") {
    const Diagnostic d = parseError("{\n  \"context_high\": 3,\n  \"colour\": 1\n}");
    CHECK(d.pointer == "/colour");
    CHECK(d.line == 3);
    CHECK(d.column > 0);
    CHECK_THAT(d.message, Contains("unknown setting \"colour\"") && Contains("context_high"));
    CHECK_THAT(d.format(), Contains("rules.json:3:"));
}

TEST_CASE("parseGapSettings reports a value of the wrong type", "[gaps]") {
    Diagnostic d = parseError("{\n  \"context_high\": \"high\"\n}");
    CHECK(d.pointer == "/context_high");
    CHECK(d.line == 2);
    CHECK_THAT(d.message, Contains("whole number"));
    d = parseError(R"({"context_high": 3.5})");
    CHECK_THAT(d.message, Contains("whole number"));
    d = parseError(R"({"rc_weak": "3.5"})");
    CHECK(d.pointer == "/rc_weak");
    d = parseError(R"({"disabled": "G21"})");
    CHECK(d.pointer == "/disabled");
    CHECK_THAT(d.message, Contains("list of rule ids"));
}

TEST_CASE("parseGapSettings reports a value out of range", "[gaps]") {
    Diagnostic d = parseError(R"({"context_high": 6})");
    CHECK(d.pointer == "/context_high");
    CHECK(d.line == 1);
    CHECK_THAT(d.message, Contains("1 to 5"));
    d = parseError(R"({"broker_top_share": 1.5})");
    CHECK(d.pointer == "/broker_top_share");
    d = parseError(R"({"rc_weak": 0.5})");
    CHECK(d.pointer == "/rc_weak");
    d = parseError(R"({"overload_committees": -1})");
    CHECK(d.pointer == "/overload_committees");
}

TEST_CASE("parseGapSettings reports invalid JSON with line and column", "[gaps]") {
    Diagnostic d = parseError("{\n  \"context_high\": ,\n}");
    CHECK_THAT(d.message, Contains("invalid JSON"));
    CHECK(d.line == 2);
    CHECK(d.column > 0);
    d = parseError("[4]");
    CHECK_THAT(d.message, Contains("JSON object"));
}

TEST_CASE("parseGapSettings rejects unknown rule ids in disabled", "[gaps]") {
    const GapSettingsResult r =
        parseGapSettings("{\"disabled\": [\"G21\", \"G22\", \"G01\", 3]}", "rules.json");
    CHECK_FALSE(r.settings);
    REQUIRE(r.diagnostics.size() == 3);
    CHECK(r.diagnostics[0].pointer == "/disabled/1");
    CHECK_THAT(r.diagnostics[0].message, Contains("unknown rule \"G22\""));
    CHECK(r.diagnostics[1].pointer == "/disabled/2");
    CHECK(r.diagnostics[2].pointer == "/disabled/3");
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.line == 1);
        CHECK(d.column > 0);
    }
}

TEST_CASE("parseGapSettings rejects parity_min above parity_max", "[gaps]") {
    Diagnostic d = parseError(R"({"parity_min": 1.5, "parity_max": 1.2})");
    CHECK(d.pointer == "/parity_min");
    CHECK_THAT(d.message, Contains("larger than"));
    // Against the default maximum, too.
    d = parseError(R"({"parity_min": 2})");
    CHECK(d.pointer == "/parity_min");
}

TEST_CASE("loadGapSettings reports a missing file", "[gaps]") {
    const test::TempDir dir;
    const GapSettingsResult r = loadGapSettings(dir / "missing.json");
    CHECK_FALSE(r.settings);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK_THAT(r.diagnostics.front().message, Contains("cannot open"));
}

// ---- phases -----------------------------------------------------------------------------------

namespace {
Doc phasedDoc() {
    Doc d = twoParties();
    d.m.findNode("k")->phases = {"p2"};
    d.action("la", "Discharge pilot");
    d.takesPart("h", "la");
    d.takesPart("k", "la");
    Phase p1;
    p1.id = "p1";
    p1.label = "Commissioning";
    p1.context = Context{};
    p1.context->system["siloed_structures"] = ContextScore{5, "separate budgets"};
    Phase p2;
    p2.id = "p2";
    p2.label = "Joint venture";
    d.m.annotations.phases = {p1, p2};
    d.score("siloed_structures", 2);
    // Roles in silos: three in each organization, tied inside, one tie across.
    for (const char* r : {"h2", "h3"})
        d.role(r, r, "hf");
    for (const char* r : {"k2", "k3"})
        d.role(r, r, "m1");
    d.collab("h", "h2");
    d.collab("h2", "h3");
    d.collab("h", "h3");
    d.collab("k2", "k3");
    d.collab("h", "k2");
    return d;
}
}  // namespace

TEST_CASE("findGaps in a phase leaves out nodes limited to other phases", "[gaps]") {
    const Doc d = phasedDoc();
    // The whole document and phase p2: the nurse lead of Halden takes part, so G1 fires.
    CHECK(single(findGaps(d.m), "G1").nodes == Ids{"la", "hf", "m1"});
    CHECK(single(findGaps(d.m, {}, "p2"), "G1").nodes == Ids{"la", "hf", "m1"});
    // Phase p1: the nurse lead does not exist yet; only the hospital takes part.
    checkQuiet(findGaps(d.m, {}, "p1"), "G1");
}

TEST_CASE("findGaps in a phase uses the phase's context scores", "[gaps]") {
    const Doc d = phasedDoc();
    // Document: siloed structures 2. Phase p1: 5. Phase p2 has no scores of its own.
    checkQuiet(findGaps(d.m), "G10");
    checkQuiet(findGaps(d.m, {}, "p2"), "G10");
    CHECK_THAT(single(findGaps(d.m, {}, "p1"), "G10").explanation, Contains("scored 5"));
}

TEST_CASE("findGaps throws for a phase the document does not define", "[gaps]") {
    const Doc d = phasedDoc();
    CHECK_THROWS_AS(findGaps(d.m, {}, "p3"), std::invalid_argument);
    CHECK_THROWS_WITH(findGaps(d.m, {}, "p3"), Contains("p3"));
    CHECK_THROWS_AS(findGaps(Model{}, {}, "p1"), std::invalid_argument);
}

// ---- alignment --------------------------------------------------------------------------------

namespace {
/// Exactly one finding: G1 (learning ↔ architecture, warning) about the hospital trust and Halden;
/// Råde is named by nothing (G20, which would name the region, is disabled).
GapReport oneWarning(Doc& d) {
    d = sharedAction();
    d.org("m2", "Råde");
    return gaps(d, settingsFrom(R"({"disabled": ["G20"]})"));
}
}  // namespace

TEST_CASE("alignment: one learning-architecture warning weighs 3 in both cells and costs 15 points",
          "[gaps]") {
    Doc d;
    const GapReport r = oneWarning(d);
    for (const Finding& f : r.findings)
        UNSCOPED_INFO(f.rule << ": " << f.explanation);
    REQUIRE(r.findings.size() == 1);
    REQUIRE(r.findings.front().rule == "G1");
    const Alignment& a = r.alignment;
    // kAlignmentElements: context 0, architecture 1, leadership 2, learning 3.
    for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = 0; j < 4; ++j) {
            const bool pair = (i == 1 && j == 3) || (i == 3 && j == 1);
            INFO(i << "," << j);
            CHECK(a.weights[i][j] == (pair ? 3 : 0));
            CHECK(a.counts[i][j] == (pair ? 1 : 0));
        }
    }
    CHECK(a.elementScores == std::array<int, 4>{100, 85, 100, 85});
    CHECK(a.organizationScores == std::map<std::string, int>{{"hf", 85}, {"m1", 85}, {"m2", 100}});
}

TEST_CASE("alignment: single-element findings sit on the diagonal and scores stop at 0", "[gaps]") {
    Doc d = twoParties();
    d.site("ward", "Geriatric ward", "hf");
    d.role("n", "Ward nurse", "", "");
    d.m.nodes.back().site = "ward";  // organization through the site
    auto finding = [](FindingSeverity s, std::vector<Element> e, Ids nodes) {
        Finding f;
        f.rule = "G0";
        f.severity = s;
        f.elements = std::move(e);
        f.nodes = std::move(nodes);
        return f;
    };
    std::vector<Finding> findings{
        finding(FindingSeverity::Critical, {Element::Context}, {"n"}),
        finding(FindingSeverity::Info, {Element::Learning, Element::Relational}, {"k", "unknown"}),
    };
    Alignment a = computeAlignment(d.m, findings);
    CHECK(a.weights[0][0] == 6);
    CHECK(a.counts[0][0] == 1);
    CHECK(a.weights[1][3] == 1);  // relational coordination counts as architecture
    CHECK(a.weights[3][1] == 1);
    CHECK(a.elementScores == std::array<int, 4>{70, 95, 100, 95});
    CHECK(a.organizationScores == std::map<std::string, int>{{"hf", 70}, {"m1", 95}});
    for (int i = 0; i < 4; ++i)
        findings.push_back(finding(FindingSeverity::Critical, {Element::Context}, {"hf"}));
    a = computeAlignment(d.m, findings);
    CHECK(a.elementScores[0] == 0);
    CHECK(a.organizationScores.at("hf") == 0);
    CHECK(severityWeight(FindingSeverity::Info) == 1);
    CHECK(severityWeight(FindingSeverity::Warning) == 3);
    CHECK(severityWeight(FindingSeverity::Critical) == 6);
}

// ---- JSON report ------------------------------------------------------------------------------

TEST_CASE("gapReportToJson writes findings, alignment and not_evaluated", "[gaps]") {
    Doc d;
    const GapReport r = oneWarning(d);
    const nlohmann::ordered_json j = gapReportToJson(r, d.m);
    REQUIRE(j.is_object());
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == Ids{"findings", "alignment", "not_evaluated"});

    REQUIRE(j["findings"].size() == 1);
    const auto& f = j["findings"][0];
    CHECK(f["rule"] == "G1");
    CHECK(f["title"] == "Orphan learning action");
    CHECK(f["severity"] == "warning");
    CHECK(f["elements"] == nlohmann::ordered_json::array({"learning", "architecture"}));
    CHECK(f["nodes"] == nlohmann::ordered_json::array({"la", "hf", "m1"}));
    CHECK(f["ties"].is_array());
    CHECK(f["explanation"].get<std::string>() == r.findings.front().explanation);
    CHECK(f.contains("suggestion"));

    const auto& a = j["alignment"];
    CHECK(a["elements"] ==
          nlohmann::ordered_json::array({"context", "architecture", "leadership", "learning"}));
    CHECK(a["matrix"][1][3] == 3);
    CHECK(a["counts"][3][1] == 1);
    CHECK(a["scores"]["learning"] == 85);
    CHECK(a["scores"]["leadership"] == 100);
    REQUIRE(a["organizations"].size() == 3);
    CHECK(a["organizations"][2] == nlohmann::ordered_json{{"id", "m2"}, {"label", "Råde"}, {"score", 100}});

    CHECK(j["not_evaluated"].size() == r.notEvaluated.size());
    const auto g20 = std::find_if(j["not_evaluated"].begin(), j["not_evaluated"].end(),
                                  [](const auto& n) { return n["rule"] == "G20"; });
    REQUIRE(g20 != j["not_evaluated"].end());
    CHECK((*g20)["title"] == "No region-wide reflection");
    CHECK((*g20)["reason"] == "disabled in the rules settings");
}

TEST_CASE("rules settings refuse whole numbers that do not fit and crossed RC bands", "[gaps][settings]") {
    const GapSettingsResult huge = parseGapSettings("{\"overload_committees\": 4294967300}", "rules.json");
    CHECK_FALSE(huge.settings);
    REQUIRE_FALSE(huge.diagnostics.empty());
    CHECK(huge.diagnostics[0].line == 1);
    const GapSettingsResult crossed =
        parseGapSettings("{\"rc_weak\": 4.5, \"rc_strong\": 4.0}", "rules.json");
    CHECK_FALSE(crossed.settings);
    CHECK_THAT(crossed.diagnostics[0].message, Contains("rc_weak"));
}
