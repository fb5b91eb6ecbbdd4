// The document's one edit gate (Document::propose, EditRules): accepted edits land on the undo
// stack, refused ones leave the model exactly as it was and say why.
#include "TestModels.hpp"

#include <orgweave/core/Commands.hpp>
#include <orgweave/core/Document.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <limits>

using namespace orgweave;
using namespace orgweave::core;
using orgweave::test::makeTie;

TEST_CASE("edit gate: a valid edit is executed and recorded", "[edit-gate]") {
    Document doc(test::richModel());
    Node renamed = *doc.model().findNode("pc");
    renamed.label = "Praksiskonsulent";
    const EditVerdict verdict = doc.propose(std::make_unique<EditNodeCommand>("pc", renamed));
    CHECK(verdict.accepted);
    CHECK(verdict.reason.empty());
    CHECK(doc.model().findNode("pc")->label == "Praksiskonsulent");
    CHECK(doc.history().index() == 1);
    CHECK(doc.isDirty());
    REQUIRE(doc.undo());
    CHECK(doc.model().findNode("pc")->label == "Practice consultant");
}

TEST_CASE("edit gate: an edit that adds an error is reverted exactly and names the error", "[edit-gate]") {
    Document doc(test::richModel());
    const std::string before = writeDocument(doc.model());
    const std::uint64_t revision = doc.revision();
    Node moved = *doc.model().findNode("pc");
    moved.site = "no-such-site";
    const EditVerdict verdict = doc.propose(std::make_unique<EditNodeCommand>("pc", moved));
    CHECK_FALSE(verdict.accepted);
    CHECK(verdict.reason == "site \"no-such-site\" does not exist");
    CHECK(writeDocument(doc.model()) == before);
    CHECK(doc.history().index() == 0);
    CHECK(doc.revision() == revision);
    CHECK_FALSE(doc.isDirty());
}

TEST_CASE("edit gate: a tie between kinds it cannot join is refused", "[edit-gate]") {
    Document doc(test::richModel());
    // member_of goes from a role to a committee, not from an organization to a tool.
    const EditVerdict verdict =
        doc.propose(std::make_unique<AddTieCommand>(makeTie("bad", TieKind::MemberOf, "hf", "chk")));
    CHECK_FALSE(verdict.accepted);
    CHECK(verdict.reason.find("cannot join") != std::string::npos);
    CHECK(doc.model().findTie("bad") == nullptr);
}

TEST_CASE(
    "edit gate: a second tie of one kind between the same nodes is refused, either way round for "
    "undirected kinds",
    "[edit-gate]") {
    Document doc(test::richModel());
    // t9: md collaborates with nl (undirected).
    EditVerdict verdict =
        doc.propose(std::make_unique<AddTieCommand>(makeTie("again", TieKind::Collaborates, "nl", "md")));
    CHECK_FALSE(verdict.accepted);
    CHECK(verdict.reason ==
          "\"Nurse lead\" and \"Municipal director\" are already joined by a collaborates tie");
    // t3: pc → nl is a directed collaboration, so nl → pc is a different tie.
    verdict =
        doc.propose(std::make_unique<AddTieCommand>(makeTie("back", TieKind::Collaborates, "nl", "pc")));
    CHECK_FALSE(verdict.accepted);  // … but t3 says directed, the new tie does not: undirected repeats t3
    Tie directedBack = makeTie("back", TieKind::Collaborates, "nl", "pc");
    directedBack.directed = true;
    CHECK(doc.propose(std::make_unique<AddTieCommand>(directedBack)).accepted);
    // Another kind between the same two is a different relationship.
    CHECK(
        doc.propose(std::make_unique<AddTieCommand>(makeTie("rt", TieKind::ReportsTo, "pc", "nl"))).accepted);
}

TEST_CASE("edit gate: problems the document already had do not block unrelated edits", "[edit-gate]") {
    Model model = test::richModel();
    model.ties.push_back(makeTie("dup", TieKind::Collaborates, "md", "nl"));  // a file from another tool
    Document doc(std::move(model));
    // Renaming one end changes the repeat's message but not the repeat: still accepted.
    Node renamed = *doc.model().findNode("md");
    renamed.label = "Kommunaldirektør";
    CHECK(doc.propose(std::make_unique<EditNodeCommand>("md", renamed)).accepted);
    // Removing an earlier node shifts every index in the diagnostics' places: still accepted.
    CHECK(doc.propose(std::make_unique<RemoveNodeCommand>("chk")).accepted);
    // A third such tie is one repeat more: refused.
    CHECK_FALSE(
        doc.propose(std::make_unique<AddTieCommand>(makeTie("dup2", TieKind::Collaborates, "nl", "md")))
            .accepted);
}

TEST_CASE("edit gate: new warnings are reported but never refuse", "[edit-gate]") {
    Document doc(test::richModel());
    Node moved = *doc.model().findNode("pc");
    moved.organization = "m1";  // its site, the geriatric ward, belongs to the hospital trust
    const EditVerdict verdict = doc.propose(std::make_unique<EditNodeCommand>("pc", moved));
    CHECK(verdict.accepted);
    REQUIRE_FALSE(verdict.warnings.empty());
    CHECK(verdict.warnings.front().find("belongs to") != std::string::npos);
}

TEST_CASE("edit gate: view data goes through it too, and judging resumes after undo", "[edit-gate]") {
    Document doc(test::richModel());
    Layout layout = doc.model().layout;
    layout.positions["pc"] = Point{std::numeric_limits<double>::infinity(), 0.0};
    CHECK_FALSE(doc.propose(std::make_unique<ReplaceLayoutCommand>(layout, "Move")).accepted);
    layout.positions["pc"] = Point{10.0, 20.0};
    layout.pinned.push_back("pc");
    CHECK(doc.propose(std::make_unique<ReplaceLayoutCommand>(layout, "Pin")).accepted);
    REQUIRE(doc.undo());
    // The cached state before the next proposal follows the undo.
    CHECK_FALSE(
        doc.propose(std::make_unique<AddTieCommand>(makeTie("again", TieKind::Collaborates, "md", "nl")))
            .accepted);
    CHECK(doc.propose(std::make_unique<AddTieCommand>(makeTie("new", TieKind::Collaborates, "md", "pc")))
              .accepted);
}
