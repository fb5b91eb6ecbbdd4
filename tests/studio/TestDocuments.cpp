#include "TestDocuments.hpp"

#include <string>

namespace orgweave::studio::test {

namespace {

core::Node node(std::string id, core::NodeKind kind, std::string type, std::string label,
                std::string organization = {}) {
    core::Node n;
    n.id = std::move(id);
    n.kind = kind;
    n.type = std::move(type);
    n.label = std::move(label);
    n.organization = std::move(organization);
    return n;
}

core::Tie tie(std::string id, core::TieKind kind, std::string source, std::string target) {
    core::Tie t;
    t.id = std::move(id);
    t.kind = kind;
    t.source = std::move(source);
    t.target = std::move(target);
    return t;
}

}  // namespace

core::Model smallNetwork(bool withPositions) {
    using K = core::NodeKind;
    using T = core::TieKind;
    core::Model model;
    model.annotations.meta.title = "Small test network";
    model.nodes = {
        node("hs", K::Organization, "hospital_trust", "Hospital trust"),
        node("m1", K::Organization, "municipality", "Fjordby municipality"),
        node("m2", K::Organization, "municipality", "Dalvik municipality"),
        node("hs-ward", K::Site, "ward", "Geriatric ward", "hs"),
        node("m1-home", K::Site, "home_care", "Home care Fjordby", "m1"),
        node("rc", K::Committee, "strategic_committee", "Strategic committee"),
        node("pc", K::Committee, "professional_committee", "Professional committee"),
        node("hs-dir", K::Role, "clinic_director", "Clinic director", "hs"),
        node("pk", K::Role, "practice_consultant", "Practice consultant", "hs"),
        node("m1-dir", K::Role, "municipal_director", "Municipal director Fjordby", "m1"),
        node("m2-dir", K::Role, "municipal_director", "Municipal director Dalvik", "m2"),
        node("tool", K::SharedTool, "discharge_template", "Discharge template"),
        node("la", K::LearningAction, "joint_patient_record_review", "Joint record review"),
    };
    model.nodes[5].committee.edit().level = 2;
    model.nodes[6].committee.edit().level = 3;
    model.nodes[7].site = "hs-ward";
    model.nodes[12].owner = "pc";
    model.ties = {
        tie("t1", T::MemberOf, "hs-dir", "rc"),        tie("t2", T::MemberOf, "m1-dir", "rc"),
        tie("t3", T::MemberOf, "m2-dir", "rc"),        tie("t4", T::MemberOf, "pk", "pc"),
        tie("t5", T::ReportsTo, "pc", "rc"),           tie("t6", T::Collaborates, "pk", "m1-dir"),
        tie("t7", T::ParticipatesIn, "m1-home", "la"), tie("t8", T::ParticipatesIn, "hs-ward", "la"),
        tie("t9", T::Uses, "m1-home", "tool"),         tie("t10", T::Maintains, "hs-ward", "tool"),
        tie("t11", T::Agreement, "hs", "m1"),          tie("t12", T::Collaborates, "hs-dir", "m1-dir"),
        tie("t13", T::MemberOf, "m1-dir", "pc"),       tie("t14", T::Collaborates, "m1-dir", "pc"),
    };
    if (withPositions) {
        model.layout.positions = {
            {"hs", {0.0, 0.0}},          {"m1", {600.0, 0.0}},        {"m2", {600.0, 420.0}},
            {"hs-ward", {-60.0, 120.0}}, {"m1-home", {680.0, 120.0}}, {"rc", {300.0, 160.0}},
            {"pc", {300.0, 320.0}},      {"hs-dir", {80.0, 110.0}},   {"pk", {40.0, 240.0}},
            {"m1-dir", {520.0, 140.0}},  {"m2-dir", {520.0, 400.0}},  {"tool", {300.0, -80.0}},
            {"la", {300.0, 460.0}},
        };
    }
    return model;
}

}  // namespace orgweave::studio::test
