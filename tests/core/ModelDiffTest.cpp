// diffModels on tiny hand-made documents: added, removed and changed nodes and ties, ties matched
// by their ends when their ids differ, positions and (for phase copies) phase lists ignored.
#include "TestModels.hpp"

#include <orgweave/core/ModelDiff.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace orgweave::core;
using orgweave::test::makeNode;
using orgweave::test::makeTie;

namespace {

// before:  a — b — c        after:  a* — b     a — d      (a relabelled, c gone, d new)
//            t1  t2                   t1 (weight 2)  t3
Model beforeModel() {
    Model m;
    m.nodes = {makeNode("a", NodeKind::Role, "gp", "Anna"), makeNode("b", NodeKind::Role, "nurse_lead", "Bo"),
               makeNode("c", NodeKind::Role, "geriatrician", "Cai")};
    m.ties = {makeTie("t1", TieKind::Collaborates, "a", "b"), makeTie("t2", TieKind::Collaborates, "b", "c")};
    m.layout.positions["a"] = Point{0, 0};
    return m;
}

Model afterModel() {
    Model m = beforeModel();
    m.nodes[0].label = "Anna (GP)";
    m.nodes.erase(m.nodes.begin() + 2);
    m.nodes.push_back(makeNode("d", NodeKind::Role, "practice_consultant", "Dag"));
    m.ties[0].weight = 2.0;
    m.ties.erase(m.ties.begin() + 1);
    m.ties.push_back(makeTie("t3", TieKind::Collaborates, "a", "d"));
    m.layout.positions["a"] = Point{300, 40};
    return m;
}

const ElementDiff* entry(const std::vector<ElementDiff>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const ElementDiff& d) { return d.id == id; });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("diffModels finds added removed and changed nodes and ties", "[diff]") {
    const ModelDiff diff = diffModels(beforeModel(), afterModel());
    REQUIRE(diff.nodes.size() == 3);
    CHECK(diff.count(ChangeKind::Added, false) == 1);
    CHECK(diff.count(ChangeKind::Removed, false) == 1);
    CHECK(diff.count(ChangeKind::Changed, false) == 1);
    // Removed and changed in the order of `before`, then added.
    CHECK(diff.nodes[0].id == "a");
    CHECK(diff.nodes[1].id == "c");
    CHECK(diff.nodes[2].id == "d");

    const ElementDiff* a = entry(diff.nodes, "a");
    REQUIRE(a);
    CHECK(a->change == ChangeKind::Changed);
    CHECK(a->label == "Anna (GP)");
    REQUIRE(a->fields.size() == 1);  // the position moved too, but positions are not semantic
    CHECK(a->fields[0].field == "label");
    CHECK(a->fields[0].before == "Anna");
    CHECK(a->fields[0].after == "Anna (GP)");
    CHECK(entry(diff.nodes, "c")->change == ChangeKind::Removed);
    CHECK(entry(diff.nodes, "d")->change == ChangeKind::Added);
    CHECK(entry(diff.nodes, "d")->kind == "role");

    REQUIRE(diff.ties.size() == 3);
    const ElementDiff* t1 = entry(diff.ties, "t1");
    REQUIRE(t1);
    CHECK(t1->change == ChangeKind::Changed);
    REQUIRE(t1->fields.size() == 1);
    CHECK(t1->fields[0].field == "weight");
    CHECK(t1->fields[0].before.empty());
    CHECK(t1->fields[0].after == "2");
    CHECK(entry(diff.ties, "t2")->change == ChangeKind::Removed);
    CHECK(entry(diff.ties, "t2")->label == "Bo — Cai");
    CHECK(entry(diff.ties, "t3")->change == ChangeKind::Added);
    CHECK(entry(diff.ties, "t3")->source == "a");
    CHECK(entry(diff.ties, "t3")->target == "d");
    CHECK(toString(ChangeKind::Changed) == "changed");
}

TEST_CASE("diffModels of a document with itself is empty even when positions moved", "[diff]") {
    Model moved = beforeModel();
    moved.layout.positions["b"] = Point{5, 5};
    moved.layout.pinned = {"b"};
    CHECK(diffModels(beforeModel(), moved).empty());
}

TEST_CASE("diffModels matches ties with different ids by kind and ends", "[diff]") {
    Model before = beforeModel();
    Model after = beforeModel();
    // Another file: same relationships, other ids; the undirected b—c tie written the other way round.
    after.ties[0].id = "e1";
    after.ties[1] = makeTie("e2", TieKind::Collaborates, "c", "b");
    CHECK(diffModels(before, after).empty());

    SECTION("a matched tie that changed reports both ids") {
        after.ties[1].weight = 3.0;
        const ModelDiff diff = diffModels(before, after);
        REQUIRE(diff.ties.size() == 1);
        CHECK(diff.ties[0].change == ChangeKind::Changed);
        CHECK(diff.ties[0].id == "e2");
        CHECK(diff.ties[0].beforeId == "t2");
        REQUIRE(diff.ties[0].fields.size() == 1);
        CHECK(diff.ties[0].fields[0].field == "weight");
    }
    SECTION("a directed tie reversed is a different relationship") {
        before.ties[1] = makeTie("t2", TieKind::ReportsTo, "b", "c");
        after.ties[1] = makeTie("e2", TieKind::ReportsTo, "c", "b");
        const ModelDiff diff = diffModels(before, after);
        CHECK(diff.count(ChangeKind::Removed, true) == 1);
        CHECK(diff.count(ChangeKind::Added, true) == 1);
    }
}

TEST_CASE("diffModels compares phase lists unless told to ignore them", "[diff]") {
    Model before = beforeModel();
    Model after = beforeModel();
    after.nodes[1].phases = {"p2"};
    const ModelDiff diff = diffModels(before, after);
    REQUIRE(diff.nodes.size() == 1);
    CHECK(diff.nodes[0].fields[0].field == "phases");
    CHECK(diff.nodes[0].fields[0].after == "p2");
    DiffOptions options;
    options.ignorePhases = true;
    CHECK(diffModels(before, after, options).empty());
}

TEST_CASE("diffModels names changed attributes and leadership fields in file spelling", "[diff]") {
    Model before = beforeModel();
    Model after = beforeModel();
    after.nodes[0].attrs["sector"] = "primary_care";
    after.nodes[1].leadership = Leadership{};
    after.nodes[1].leadership->behaviors = {"providing_support", "educating"};
    const ModelDiff diff = diffModels(before, after);
    REQUIRE(diff.nodes.size() == 2);
    CHECK(diff.nodes[0].fields[0].field == "attrs.sector");
    CHECK(diff.nodes[0].fields[0].after == "primary_care");
    CHECK(diff.nodes[1].fields[0].field == "leadership.behaviors");
    CHECK(diff.nodes[1].fields[0].after == "providing_support, educating");
}
