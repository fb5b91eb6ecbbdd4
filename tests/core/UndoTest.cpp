// The undo stack and the commands: exact inverses, dirty flag, revisions, random sequences.
#include "TestModels.hpp"

#include <orgweave/core/Commands.hpp>
#include <orgweave/core/Document.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace orgweave;
using namespace orgweave::core;

TEST_CASE("removing a node removes what names it, and undo restores all of it", "[undo]") {
    Document doc(test::richModel());
    const Model before = doc.model();
    doc.execute(std::make_unique<RemoveNodeCommand>("hf"));
    const Model& m = doc.model();
    CHECK(m.findNode("hf") == nullptr);
    CHECK(m.findNode("ger")->organization.empty());  // containment cleared
    CHECK(m.findNode("pc")->organization.empty());
    CHECK(m.findTie("t7") == nullptr);                    // agreement removed
    CHECK(m.findTie("t1")->details->represents.empty());  // representation removed
    CHECK(m.layout.positions.count("hf") == 0);
    CHECK(m.layout.pinned.empty());
    CHECK(validate(m).empty());  // still a valid document
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
    REQUIRE(doc.redo());
    CHECK(doc.model().findNode("hf") == nullptr);
}

TEST_CASE("removing a role clears facilitator and view highlights", "[undo]") {
    Document doc(test::richModel());
    const Model before = doc.model();
    doc.execute(std::make_unique<RemoveNodeCommand>("pc"));
    CHECK(doc.model().findNode("la")->learningAction->facilitator.empty());
    CHECK(doc.model().annotations.views[0].highlighted.empty());
    CHECK(validate(doc.model()).empty());
    doc.undo();
    CHECK(doc.model() == before);
}

TEST_CASE("each command is undone exactly", "[undo]") {
    const Model original = test::richModel();
    Document doc(original);
    Node added = test::makeNode("new", NodeKind::Role, "gp", "GP");
    Tie tie;
    tie.id = "tnew";
    tie.kind = TieKind::Collaborates;
    tie.source = "new";
    tie.target = "pc";
    Node edited = *original.findNode("sc");
    edited.committee.edit().meetingsPerYear = 6;
    Tie editedTie = *original.findTie("t3");
    editedTie.weight = 9;
    Annotations annotations = original.annotations;
    annotations.governance = "hybrid";
    Layout layout;
    layout.positions["hf"] = {0, 0};

    std::vector<CommandPtr> commands;
    commands.push_back(std::make_unique<AddNodeCommand>(added, Point{5, 5}));
    commands.push_back(std::make_unique<AddTieCommand>(tie));
    commands.push_back(std::make_unique<EditNodeCommand>("sc", edited));
    commands.push_back(std::make_unique<EditTieCommand>("t3", editedTie));
    commands.push_back(std::make_unique<RemoveTieCommand>("t5"));
    commands.push_back(std::make_unique<EditAnnotationsCommand>(annotations, "Set governance"));
    commands.push_back(
        std::make_unique<MoveNodesCommand>(std::map<std::string, Point>{{"m2", {1, 2}}, {"hf", {3, 4}}}));
    commands.push_back(std::make_unique<ReplaceLayoutCommand>(layout, "Layout"));
    std::vector<Model> states{original};
    for (auto& command : commands) {
        doc.execute(std::move(command));
        states.push_back(doc.model());
    }
    CHECK(doc.model().findNode("new") != nullptr);
    CHECK(doc.model().annotations.governance == "hybrid");
    for (std::size_t i = states.size() - 1; i > 0; --i) {
        REQUIRE(doc.undo());
        CHECK(doc.model() == states[i - 1]);
    }
    CHECK_FALSE(doc.undo());
    for (std::size_t i = 1; i < states.size(); ++i) {
        REQUIRE(doc.redo());
        CHECK(doc.model() == states[i]);
    }
    CHECK_FALSE(doc.redo());
}

TEST_CASE("a group is one undo step", "[undo]") {
    Document doc(test::richModel());
    const Model before = doc.model();
    std::vector<CommandPtr> group;
    group.push_back(std::make_unique<RemoveTieCommand>("t1"));
    group.push_back(std::make_unique<RemoveTieCommand>("t2"));
    group.push_back(std::make_unique<RemoveNodeCommand>("sc"));
    doc.execute(std::make_unique<CommandGroup>(std::move(group), "Dissolve committee"));
    CHECK(doc.history().size() == 1);
    CHECK(doc.history().at(0).description() == "Dissolve committee");
    doc.undo();
    CHECK(doc.model() == before);
}

TEST_CASE("revisions and the dirty flag", "[undo]") {
    test::TempDir dir;
    Document doc(test::richModel(), dir / "d.orgweave.json");
    CHECK_FALSE(doc.isDirty());
    doc.execute(std::make_unique<MoveNodesCommand>(std::map<std::string, Point>{{"hf", {1, 1}}}));
    CHECK(doc.isDirty());
    CHECK(doc.revision() == 1);
    CHECK(doc.structureRevision() == 0);  // a move is view data
    doc.execute(std::make_unique<RemoveTieCommand>("t9"));
    CHECK(doc.structureRevision() == 1);
    doc.save();
    CHECK_FALSE(doc.isDirty());
    doc.undo();
    CHECK(doc.isDirty());
    CHECK(doc.revision() == 3);
    doc.redo();
    CHECK_FALSE(doc.isDirty());
    doc.undo();
    doc.execute(std::make_unique<RemoveTieCommand>("t8"));  // the saved state is gone from history
    CHECK(doc.isDirty());
    doc.undo();
    CHECK(doc.isDirty());
    LoadResult saved = loadDocument(dir / "d.orgweave.json");
    REQUIRE(saved.ok());
    CHECK(saved.model->findTie("t9") == nullptr);
}

namespace {

/// One random, valid command on the current model.
CommandPtr randomCommand(const Model& m, std::mt19937& rng, int& counter) {
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const int choice = std::uniform_int_distribution<int>(0, 8)(rng);
    const std::string fresh = "r" + std::to_string(counter++);
    switch (choice) {
        case 0: {
            Node n = test::makeNode(fresh, kAllNodeKinds[pick(kAllNodeKinds.size())], "", "Random " + fresh);
            return std::make_unique<AddNodeCommand>(n, Point{double(pick(500)), double(pick(500))},
                                                    m.nodes.empty() ? 0 : pick(m.nodes.size() + 1));
        }
        case 1:
            if (m.nodes.empty())
                break;
            return std::make_unique<RemoveNodeCommand>(m.nodes[pick(m.nodes.size())].id);
        case 2: {
            if (m.nodes.empty())
                break;
            Node n = m.nodes[pick(m.nodes.size())];
            n.label += "'";
            n.attrs["touched"] = counter;
            return std::make_unique<EditNodeCommand>(n.id, n);
        }
        case 3: {
            if (m.nodes.size() < 2)
                break;
            Tie t;
            t.id = fresh;
            t.kind = TieKind::Collaborates;
            t.source = m.nodes[pick(m.nodes.size())].id;
            t.target = m.nodes[pick(m.nodes.size())].id;
            return std::make_unique<AddTieCommand>(t, m.ties.empty() ? 0 : pick(m.ties.size() + 1));
        }
        case 4:
            if (m.ties.empty())
                break;
            return std::make_unique<RemoveTieCommand>(m.ties[pick(m.ties.size())].id);
        case 5: {
            if (m.ties.empty())
                break;
            Tie t = m.ties[pick(m.ties.size())];
            t.weight = double(pick(9) + 1);
            return std::make_unique<EditTieCommand>(t.id, t);
        }
        case 6: {
            if (m.nodes.empty())
                break;
            std::map<std::string, Point> to;
            for (int i = 0; i < 3; ++i)
                to[m.nodes[pick(m.nodes.size())].id] = {double(pick(900)), double(pick(900))};
            return std::make_unique<MoveNodesCommand>(to);
        }
        case 7: {
            Annotations a = m.annotations;
            a.meta.title += "!";
            a.context.system["emergent_change"] = ContextScore{int(pick(5)) + 1, fresh};
            return std::make_unique<EditAnnotationsCommand>(a, "Edit context");
        }
        default: {
            std::vector<CommandPtr> group;
            group.push_back(randomCommand(m, rng, counter));
            return std::make_unique<CommandGroup>(std::move(group), "Group");
        }
    }
    Node n = test::makeNode(fresh, NodeKind::Role);
    return std::make_unique<AddNodeCommand>(n);
}

}  // namespace

TEST_CASE("random command sequences undone completely give back the original, redone the final",
          "[undo][property]") {
    const unsigned seed = GENERATE(range(1u, 41u));
    std::mt19937 rng(seed);
    Document doc(test::richModel());
    const Model original = doc.model();
    int counter = 0;
    const int steps = std::uniform_int_distribution<int>(1, 60)(rng);
    for (int i = 0; i < steps; ++i)
        doc.execute(randomCommand(doc.model(), rng, counter));
    const Model final = doc.model();
    // A model made only by commands stays writable and readable.
    CHECK(parseDocument(writeDocument(final), "random.orgweave.json").diagnostics.size() <
          final.nodes.size() + final.ties.size() + 200);
    while (doc.undo()) {
    }
    CHECK(doc.model() == original);
    CHECK_FALSE(doc.isDirty());
    while (doc.redo()) {
    }
    CHECK(doc.model() == final);
}

TEST_CASE("undo texts name ties by the labels of their ends, not by ids", "[undo]") {
    Model model;
    Node role;
    role.id = "pc";
    role.kind = NodeKind::Role;
    role.label = "Practice consultant";
    Node committee;
    committee.id = "sc";
    committee.kind = NodeKind::Committee;
    committee.label = "Strategic committee";
    Node other;
    other.id = "gp";
    other.kind = NodeKind::Role;
    other.label = "GP";
    model.nodes = {role, committee, other};
    Document doc(model);

    Tie member;
    member.id = "t1";
    member.kind = TieKind::MemberOf;
    member.source = "pc";
    member.target = "sc";
    doc.execute(std::make_unique<AddTieCommand>(member));
    CHECK(doc.history().at(0).description() == "Add 'Practice consultant' to 'Strategic committee'");

    Tie collaborates;
    collaborates.id = "t2";
    collaborates.kind = TieKind::Collaborates;
    collaborates.source = "pc";
    collaborates.target = "gp";
    doc.execute(std::make_unique<AddTieCommand>(collaborates));
    CHECK(doc.history().at(1).description() == "Add tie: 'Practice consultant' collaborates with 'GP'");

    collaborates.weight = 2.0;
    doc.execute(std::make_unique<EditTieCommand>("t2", collaborates));
    CHECK(doc.history().at(2).description() == "Edit tie: 'Practice consultant' collaborates with 'GP'");

    doc.execute(std::make_unique<RemoveTieCommand>("t1"));
    CHECK(doc.history().at(3).description() == "Remove 'Practice consultant' from 'Strategic committee'");
    for (std::size_t i = 0; i < doc.history().size(); ++i)
        CHECK(doc.history().at(i).description().find("'pc'") == std::string::npos);
}
