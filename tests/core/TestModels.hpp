#pragma once
// Small documents shared by the core tests.

#include "../common/ModelBuilders.hpp"

#include <orgweave/core/Model.hpp>

#include <filesystem>
#include <random>
#include <string>

namespace orgweave::test {

/// A hospital trust, two municipalities, a committee, three roles, a site, a tool and a learning
/// action, with every kind of annotation set somewhere (so round trips exercise every field).
inline core::Model richModel() {
    using namespace core;
    Model m;
    m.annotations.meta.title = "Mini region";
    m.annotations.meta.description = "Two municipalities and a hospital trust";
    m.annotations.meta.sources = {"hand-made for tests"};
    m.annotations.meta.extra["license"] = "CC0";

    Node hf = makeNode("hf", NodeKind::Organization, "hospital_trust", "Hospital trust");
    hf.attrs["sector"] = "specialist_care";
    hf.attrs["beds"] = 612;
    Node m1 = makeNode("m1", NodeKind::Organization, "municipality", "Halden");
    Node m2 = makeNode("m2", NodeKind::Organization, "municipality", "Råde");
    Node ward = makeNode("ger", NodeKind::Site, "ward", "Geriatric ward", "hf");
    Node sc = makeNode("sc", NodeKind::Committee, "strategic_committee", "Strategic committee");
    sc.committee.edit().level = 2;
    sc.committee.edit().mandate = "decision_binding";
    sc.committee.edit().decisionRule = "consensus";
    sc.committee.edit().meetingsPerYear = 4;
    sc.committee.edit().permanence = "standing";
    sc.committee.edit().chairRotation = true;
    sc.committee.edit().characteristics = {"equality_of_parties", "shared_goals"};
    Node wg = makeNode("wg", NodeKind::Committee, "working_group", "Discharge group");
    wg.committee.edit().level = 3;
    wg.committee.edit().permanence = "time_limited";
    wg.committee.edit().endDate = "2015-06";
    Node pc = makeNode("pc", NodeKind::Role, "practice_consultant", "Practice consultant", "hf", "ger");
    pc.leadership = Leadership{{"providing_support"}, {"cross_boundary_leadership"}, "middle", "delegated"};
    Node md = makeNode("md", NodeKind::Role, "municipal_director", "Municipal director", "m1");
    md.leadership = Leadership{{"making_demands"}, {}, "top", "full"};
    md.phases = {"p1"};
    Node nl = makeNode("nl", NodeKind::Role, "nurse_lead", "Nurse lead", "m2");
    nl.extra["x-colour"] = "teal";
    Node tool = makeNode("chk", NodeKind::SharedTool, "checklist", "Discharge checklist");
    Node la = makeNode("la", NodeKind::LearningAction, "cross_site_feedback_on_shared_tool",
                       "Feedback on the checklist");
    la.owner = "sc";
    la.learningAction.edit().strategies = {"iterative_refinement", "participatory_approach"};
    la.learningAction.edit().practices = {"prototypes"};
    la.learningAction.edit().iterations = 3;
    la.learningAction.edit().phase = "testing";
    la.learningAction.edit().status = "tested";
    la.learningAction.edit().facilitator = "pc";
    la.learningAction.edit().focalProcess = "discharge of frail elderly";
    la.learningAction.edit().sharedTool = "chk";
    la.learningAction.edit().contradictions = {
        Contradiction{"Hospital speed vs municipal capacity", "secondary"}};
    m.nodes = {hf, m1, m2, ward, sc, wg, pc, md, nl, tool, la};

    auto tie = [](std::string id, TieKind kind, std::string s, std::string t) {
        Tie x;
        x.id = std::move(id);
        x.kind = kind;
        x.source = std::move(s);
        x.target = std::move(t);
        return x;
    };
    Tie t1 = tie("t1", TieKind::MemberOf, "pc", "sc");
    t1.details.edit().seat = "member";
    t1.details.edit().represents = {"hf"};
    Tie t2 = tie("t2", TieKind::MemberOf, "md", "sc");
    t2.details.edit().seat = "chair";
    t2.details.edit().represents = {"m1", "m2"};
    Tie t3 = tie("t3", TieKind::Collaborates, "pc", "nl");
    t3.weight = 2.5;
    t3.details.edit().rc = {{"timely", 3.4}, {"shared_goals", 4.0}};
    t3.directed = true;
    Tie t4 = tie("t4", TieKind::ParticipatesIn, "nl", "la");
    Tie t5 = tie("t5", TieKind::ParticipatesIn, "pc", "la");
    Tie t6 = tie("t6", TieKind::Uses, "ger", "chk");
    Tie t7 = tie("t7", TieKind::Agreement, "hf", "m1");
    t7.attrs["signed"] = "2012-07-01";
    t7.phases = {"p1", "p2"};
    Tie t8 = tie("t8", TieKind::ReportsTo, "wg", "sc");
    Tie t9 = tie("t9", TieKind::Collaborates, "md", "nl");
    m.ties = {t1, t2, t3, t4, t5, t6, t7, t8, t9};

    m.annotations.context.system["siloed_structures"] = ContextScore{4, "Separate budgets"};
    m.annotations.context.system["diverse_actors"] = ContextScore{5, ""};
    m.annotations.context.organizations["m1"]["restricted_resources"] = ContextScore{4, "Small municipality"};
    m.annotations.governance = "participant_governed";
    m.annotations.characteristics = {"shared_goals"};
    Phase p1;
    p1.id = "p1";
    p1.label = "Phase I";
    p1.start = "2013-01";
    p1.end = "2014-06";
    p1.bureaucracyMode = "enabling";
    p1.context = Context{};
    p1.context->system["emergent_change"] = ContextScore{2, ""};
    Phase p2;
    p2.id = "p2";
    p2.label = "Phase II";
    p2.start = "2014-07";
    p2.end = "2016-12";
    m.annotations.phases = {p1, p2};
    View v;
    v.id = "v1";
    v.title = "Who spans the boundary?";
    v.caption = "Practice consultants bridge.";
    v.colorBy = "organization";
    v.sizeBy = "betweenness";
    v.highlighted = {"pc"};
    v.filter["kinds"] = {"role"};
    m.annotations.views = {v};

    m.layout.positions = {{"hf", {120.0, 80.0}}, {"m1", {-40.5, 12.25}}, {"pc", {60.0, 30.0}}};
    m.layout.pinned = {"hf"};
    m.extra["x-tool"] = {{"name", "test"}};
    return m;
}

/// A fresh, empty folder under the system temp folder, removed on destruction.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("orgweave-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

}  // namespace orgweave::test
