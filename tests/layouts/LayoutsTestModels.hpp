#pragma once
// Small documents shared by the layouts tests.

#include "../common/ModelBuilders.hpp"

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <filesystem>
#include <string>

namespace orgweave::test {

/// A hospital trust, two municipalities, two committees, roles, a site, a tool and a learning
/// action, with every field and annotation set somewhere (so round trips exercise them all).
inline core::Model smallRegion() {
    using namespace core;
    Model m;
    m.annotations.meta.title = "Mini region";
    m.annotations.meta.description = "Two municipalities and a hospital trust";
    m.annotations.meta.sources = {"hand-made for tests"};
    m.annotations.meta.extra["license"] = "CC0";
    m.annotations.context.system["siloed_structures"] = ContextScore{4, "three sectors"};
    m.annotations.context.organizations["m1"]["restricted_resources"] = ContextScore{5, ""};
    m.annotations.governance = "participant_governed";
    m.annotations.characteristics = {"shared_goals"};
    m.annotations.phases = {
        Phase{"p1", "Phase I", "2013-01", "2014-06", "start", "enabling", std::nullopt, {}}};
    View view;
    view.id = "v1";
    view.title = "Who spans the boundary?";
    view.colorBy = "organization";
    view.sizeBy = "betweenness";
    view.highlighted = {"pc"};
    m.annotations.views = {view};

    Node hf = makeNode("hf", NodeKind::Organization, "hospital_trust", "Hospital trust");
    hf.attrs["sector"] = "specialist_care";
    hf.attrs["beds"] = 612;
    hf.attrs["tags"] = nlohmann::json::array({"a", "b"});
    Node m1 = makeNode("m1", NodeKind::Organization, "municipality", "Halden");
    Node m2 = makeNode("m2", NodeKind::Organization, "municipality", "Råde");
    Node ward = makeNode("ger", NodeKind::Site, "ward", "Geriatric ward", "hf");
    Node home = makeNode("m1-home", NodeKind::Site, "home_care", "Home care", "m1");
    Node sc = makeNode("sc", NodeKind::Committee, "strategic_committee", "Strategic committee");
    sc.committee.edit().level = 2;
    sc.committee.edit().mandate = "decision_binding";
    sc.committee.edit().decisionRule = "consensus";
    sc.committee.edit().meetingsPerYear = 4;
    sc.committee.edit().permanence = "standing";
    sc.committee.edit().chairRotation = true;
    sc.committee.edit().characteristics = {"equality_of_parties", "shared_goals"};
    sc.note = "Meets \"quarterly\", in Sarpsborg";
    Node wg = makeNode("wg", NodeKind::Committee, "working_group", "Discharge group");
    wg.committee.edit().level = 3;
    wg.committee.edit().permanence = "time_limited";
    wg.committee.edit().endDate = "2015-06";
    wg.committee.edit().meetingsPerYear = 10.5;
    Node pc = makeNode("pc", NodeKind::Role, "practice_consultant", "Practice consultant", "hf", "ger");
    pc.leadership =
        Leadership{{"providing_support"}, {"cross_boundary_leadership"}, "middle", "delegated", {}};
    Node md = makeNode("md", NodeKind::Role, "municipal_director", "Municipal director", "m1");
    md.leadership = Leadership{{"making_demands"}, {}, "top", "full", {}};
    md.phases = {"p1"};
    Node nl = makeNode("nl", NodeKind::Role, "nurse_lead", "Nurse lead", "m2");
    nl.extra["x-colour"] = "teal";
    Node hn = makeNode("hn", NodeKind::Role, "home_nurse", "Home nurse", "m1", "m1-home");
    Node tool = makeNode("chk", NodeKind::SharedTool, "checklist", "Discharge checklist");
    Node la = makeNode("la", NodeKind::LearningAction, "cross_site_feedback_on_shared_tool",
                       "Feedback on the checklist", "", "", "sc");
    la.learningAction.edit().strategies = {"iterative_refinement", "participatory_approach"};
    la.learningAction.edit().practices = {"prototypes"};
    la.learningAction.edit().iterations = 3;
    la.learningAction.edit().phase = "testing";
    la.learningAction.edit().status = "tested";
    la.learningAction.edit().facilitator = "pc";
    la.learningAction.edit().focalProcess = "discharge of frail elderly";
    la.learningAction.edit().sharedTool = "chk";
    la.learningAction.edit().contradictions = {
        Contradiction{"Hospital speed vs municipal capacity", "secondary", {}}};
    m.nodes = {hf, m1, m2, ward, home, sc, wg, pc, md, nl, hn, tool, la};

    Tie t1 = makeTie("t1", TieKind::MemberOf, "pc", "sc");
    t1.details.edit().seat = "member";
    t1.details.edit().represents = {"hf"};
    Tie t2 = makeTie("t2", TieKind::MemberOf, "md", "sc");
    t2.details.edit().seat = "chair";
    t2.details.edit().represents = {"m1", "m2"};
    Tie t3 = makeTie("t3", TieKind::Collaborates, "pc", "nl");
    t3.weight = 2.5;
    t3.details.edit().rc = {{"timely", 3.4}, {"shared_goals", 4.0}};
    t3.directed = true;
    t3.details.edit().label = "weekly calls";
    Tie t4 = makeTie("t4", TieKind::ReportsTo, "wg", "sc");
    Tie t5 = makeTie("t5", TieKind::ParticipatesIn, "nl", "la");
    Tie t6 = makeTie("t6", TieKind::ParticipatesIn, "ger", "la");
    Tie t7 = makeTie("t7", TieKind::Uses, "ger", "chk");
    Tie t8 = makeTie("t8", TieKind::Uses, "m1-home", "chk");
    Tie t9 = makeTie("t9", TieKind::Agreement, "hf", "m1");
    t9.attrs["signed"] = "2012";
    t9.phases = {"p1"};
    Tie t10 = makeTie("t10", TieKind::Agreement, "hf", "m2");
    t10.details.edit().note = "renewed";
    Tie t11 = makeTie("t11", TieKind::Collaborates, "hn", "pc");
    t11.directed = false;
    Tie t12 = makeTie("t12", TieKind::MemberOf, "nl", "wg");
    m.ties = {t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12};

    m.layout.positions = {{"hf", {120.0, 80.0}}, {"m1", {-3.25, 0.0}}, {"la", {1e-7, 123456.789}}};
    m.layout.pinned = {"hf"};
    m.layout.extra["zoom"] = 1.5;
    m.extra["x-generator"] = "tests";
    return m;
}

/// `model` as the native reader gives it back (the form every comparison uses).
inline core::Model normalized(const core::Model& model) {
    core::LoadResult r = core::parseDocument(core::writeDocument(model), "normalized");
    return r.model ? *r.model : model;
}

inline std::filesystem::path samplePath() {
    return std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json";
}

}  // namespace orgweave::test
