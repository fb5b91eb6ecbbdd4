// Built-in vocabularies (DOMAIN.md §2): well-formed tables, open/closed flags, agreement with the
// enums and constants of Model.hpp, lookups.

#include "orgweave/core/Vocabulary.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace orgweave::core;

namespace {

struct Expected {
    const Vocabulary* vocabulary;
    bool open;
    std::size_t count;
};

std::vector<Expected> allVocabularies() {
    namespace v = vocabulary;
    return {
        {&v::nodeKinds(), false, 6},
        {&v::tieKinds(), false, 7},
        {&v::typesOf(NodeKind::Organization), true, 14},
        {&v::typesOf(NodeKind::Site), true, 7},
        {&v::typesOf(NodeKind::Committee), true, 9},
        {&v::typesOf(NodeKind::Role), true, 14},
        {&v::typesOf(NodeKind::SharedTool), true, 6},
        {&v::typesOf(NodeKind::LearningAction), true, 13},
        {&v::contextFactors(), true, 6},
        {&v::governanceForms(), false, 4},
        {&v::committeeMandates(), false, 3},
        {&v::decisionRules(), false, 3},
        {&v::permanence(), false, 2},
        {&v::architectureCharacteristics(), true, 6},
        {&v::seats(), false, 5},
        {&v::leadershipBehaviors(), true, 8},
        {&v::leadershipCapabilities(), true, 3},
        {&v::leadershipLevels(), false, 4},
        {&v::decisionAuthority(), false, 3},
        {&v::learningStrategies(), true, 4},
        {&v::learningPractices(), true, 5},
        {&v::learningPhases(), false, 7},
        {&v::learningStatus(), false, 5},
        {&v::contradictionLevels(), false, 4},
        {&v::rcDimensions(), false, 7},
        {&v::bureaucracyModes(), false, 3},
        {&v::parties(), false, 3},
        {&v::sectors(), true, 8},
        {&v::settings(), false, 4},
        {&v::participation(), false, 2},
        {&v::benchmarkingPurposes(), false, 3},
        {&v::dialogue(), false, 3},
        {&v::recordedElements(), false, 6},
    };
}

std::vector<std::string> idsOf(const Vocabulary& vocabulary) {
    std::vector<std::string> ids;
    for (const VocabularyEntry& entry : vocabulary.entries)
        ids.emplace_back(entry.id);
    return ids;
}

bool isSnakeCase(std::string_view id) {
    return !id.empty() && id.front() != '_' && id.back() != '_' &&
           std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

}  // namespace

TEST_CASE("every vocabulary is well formed", "[vocabulary]") {
    std::set<std::string> names;
    for (const Expected& expected : allVocabularies()) {
        const Vocabulary& vocabulary = *expected.vocabulary;
        INFO("vocabulary " << vocabulary.name);
        CHECK(isSnakeCase(vocabulary.name));
        CHECK(names.insert(std::string(vocabulary.name)).second);
        CHECK(vocabulary.open == expected.open);
        CHECK(vocabulary.entries.size() == expected.count);

        std::set<std::string_view> ids;
        for (const VocabularyEntry& entry : vocabulary.entries) {
            INFO("entry " << entry.id);
            CHECK(isSnakeCase(entry.id));
            CHECK(ids.insert(entry.id).second);
            CHECK_FALSE(entry.label.empty());
            REQUIRE_FALSE(entry.description.empty());
            CHECK(entry.description.back() == '.');
            // One sentence: no full stop before the last character.
            CHECK(entry.description.find(". ") == std::string_view::npos);
            CHECK(vocabulary.find(entry.id) == &entry);
            CHECK(vocabulary.labelOf(entry.id) == entry.label);
        }
    }
}

TEST_CASE("node and tie kinds match the enums of Model.hpp", "[vocabulary]") {
    const Vocabulary& nodes = vocabulary::nodeKinds();
    REQUIRE(nodes.entries.size() == kAllNodeKinds.size());
    for (std::size_t i = 0; i < kAllNodeKinds.size(); ++i) {
        CHECK(nodes.entries[i].id == toString(kAllNodeKinds[i]));
    }

    const Vocabulary& ties = vocabulary::tieKinds();
    REQUIRE(ties.entries.size() == kAllTieKinds.size());
    for (std::size_t i = 0; i < kAllTieKinds.size(); ++i) {
        CHECK(ties.entries[i].id == toString(kAllTieKinds[i]));
    }
}

TEST_CASE("types exist for every node kind and are distinct objects", "[vocabulary]") {
    std::set<const Vocabulary*> seen;
    for (NodeKind kind : kAllNodeKinds) {
        const Vocabulary& types = vocabulary::typesOf(kind);
        INFO("kind " << toString(kind));
        CHECK(types.open);
        CHECK(types.name == std::string(toString(kind)) + "_type");
        CHECK(&vocabulary::typesOf(kind) == &types);  // same static object every call
        CHECK(seen.insert(&types).second);
    }
}

TEST_CASE("relational coordination dimensions equal kRcDimensions in order", "[vocabulary]") {
    const Vocabulary& rc = vocabulary::rcDimensions();
    REQUIRE(rc.entries.size() == kRcDimensions.size());
    for (std::size_t i = 0; i < kRcDimensions.size(); ++i) {
        CHECK(rc.entries[i].id == kRcDimensions[i]);
    }
}

TEST_CASE("closed vocabularies hold exactly the values DOMAIN.md gives", "[vocabulary]") {
    using V = std::vector<std::string>;
    CHECK(idsOf(vocabulary::governanceForms()) ==
          V{"participant_governed", "lead_organization", "network_administrative_organization", "hybrid"});
    CHECK(idsOf(vocabulary::committeeMandates()) == V{"decision_binding", "advisory", "preparatory"});
    CHECK(idsOf(vocabulary::decisionRules()) == V{"consensus", "majority", "none"});
    CHECK(idsOf(vocabulary::permanence()) == V{"standing", "time_limited"});
    CHECK(idsOf(vocabulary::seats()) == V{"chair", "deputy", "member", "secretary", "observer"});
    CHECK(idsOf(vocabulary::leadershipLevels()) == V{"top", "middle", "first_line", "clinical_informal"});
    CHECK(idsOf(vocabulary::decisionAuthority()) == V{"full", "delegated", "none"});
    CHECK(idsOf(vocabulary::learningPhases()) == V{"questioning", "analysis", "modelling", "testing",
                                                   "implementing", "reflecting", "consolidating"});
    CHECK(idsOf(vocabulary::learningStatus()) ==
          V{"idea", "tested", "implemented", "consolidated", "spread"});
    CHECK(idsOf(vocabulary::contradictionLevels()) == V{"primary", "secondary", "tertiary", "quaternary"});
    CHECK(idsOf(vocabulary::bureaucracyModes()) == V{"enabling", "coercive", "mixed"});
}

TEST_CASE("thesis core values come first", "[vocabulary]") {
    const auto behaviors = idsOf(vocabulary::leadershipBehaviors());
    REQUIRE(behaviors.size() >= 3);
    CHECK(behaviors[0] == "providing_support");
    CHECK(behaviors[1] == "building_learning_climate");
    CHECK(behaviors[2] == "facilitating_knowledge_dissemination");

    const auto actions = idsOf(vocabulary::typesOf(NodeKind::LearningAction));
    REQUIRE(actions.size() >= 4);
    CHECK(actions[0] == "cross_site_feedback_on_shared_tool");
    CHECK(actions[1] == "joint_patient_record_review");
    CHECK(actions[2] == "structured_session_conflicting_logics");
    CHECK(actions[3] == "rapid_cocreation_prototyping");
}

TEST_CASE("find and labelOf", "[vocabulary]") {
    const Vocabulary& roles = vocabulary::typesOf(NodeKind::Role);

    const VocabularyEntry* consultant = roles.find("practice_consultant");
    REQUIRE(consultant != nullptr);
    CHECK(consultant->label == "Practice consultant");
    CHECK(roles.contains("practice_consultant"));
    CHECK(roles.labelOf("practice_consultant") == "Practice consultant");

    SECTION("a custom value is kept as its own label") {
        CHECK(roles.find("pharmacist") == nullptr);
        CHECK_FALSE(roles.contains("pharmacist"));
        CHECK(roles.labelOf("pharmacist") == "pharmacist");
        CHECK(roles.labelOf("") == "");
    }

    SECTION("lookups are exact") {
        CHECK_FALSE(roles.contains("Practice_consultant"));
        CHECK_FALSE(roles.contains("practice_consultant "));
        CHECK_FALSE(vocabulary::committeeMandates().contains("binding"));
    }
}
