// The flat id tables behind NodeIndex and Validation's duplicate checks (IdTable.hpp, private to
// core): first one wins on duplicate ids, missing ids are absent, growing keeps every entry, and
// the index keeps its own copy of the ids. Also PositionsJson (the readers' positions object).
#include "../../core/src/IdTable.hpp"
#include "../../core/src/PositionsJson.hpp"

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NodeIndex.hpp>
#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace orgweave::core;

namespace {

Model modelWithIds(const std::vector<std::string>& ids) {
    Model model;
    for (const std::string& id : ids) {
        Node node;
        node.id = id;
        model.nodes.push_back(node);
    }
    return model;
}

}  // namespace

TEST_CASE("IdTable keeps the first index of each id and finds nothing for missing ids", "[index]") {
    const std::vector<std::string> ids{"a", "b", "a", "", "c", "b", ""};
    const auto idOf = [&ids](std::uint32_t i) -> std::string_view { return ids[i]; };
    IdTable table;  // no room reserved: grows from nothing
    std::vector<std::uint32_t> firstOf;
    for (std::uint32_t i = 0; i < ids.size(); ++i)
        firstOf.push_back(table.insert(ids[i], i, idOf));
    CHECK(firstOf == std::vector<std::uint32_t>{IdTable::kNone, IdTable::kNone, 0, IdTable::kNone,
                                                IdTable::kNone, 1, 3});
    CHECK(table.size() == 4);
    CHECK(table.find("a", idOf) == 0);
    CHECK(table.find("b", idOf) == 1);
    CHECK(table.find("", idOf) == 3);
    CHECK(table.find("c", idOf) == 4);
    CHECK(table.find("d", idOf) == IdTable::kNone);
    CHECK(table.find("aa", idOf) == IdTable::kNone);
    CHECK(IdTable().find("a", idOf) == IdTable::kNone);
}

TEST_CASE("IdTable keeps every entry while it grows", "[index]") {
    std::vector<std::string> ids;
    for (int i = 0; i < 20000; ++i)
        ids.push_back("r" + std::to_string(i));
    ids.push_back("a somewhat longer id with spaces and ünïcödé, longer than eight bytes");
    const auto idOf = [&ids](std::uint32_t i) -> std::string_view { return ids[i]; };
    IdTable table(3);
    for (std::uint32_t i = 0; i < ids.size(); ++i)
        REQUIRE(table.insert(ids[i], i, idOf) == IdTable::kNone);
    for (std::uint32_t i = 0; i < ids.size(); ++i)
        REQUIRE(table.find(ids[i], idOf) == i);
    CHECK(table.find("r20000", idOf) == IdTable::kNone);
    CHECK(table.find("r-1", idOf) == IdTable::kNone);
    CHECK(table.size() == ids.size());
    CHECK(IdTable::hash("r1") != IdTable::hash("r2"));
    CHECK(IdTable::hash("abcdefgh1") != IdTable::hash("abcdefgh2"));
}

TEST_CASE("NodeIndex finds the first node of an id and nothing for missing ids", "[index]") {
    const Model model = modelWithIds({"org", "r1", "org", "r2", "", "r1"});
    const NodeIndex index(model);
    CHECK(index.size() == 4);  // org, r1, r2 and the empty id
    CHECK(index.find("org") == 0u);
    CHECK(index.find("r1") == 1u);
    CHECK(index.find("r2") == 3u);
    CHECK(index.find("") == 4u);
    CHECK_FALSE(index.find("r3"));
    CHECK_FALSE(index.find("or"));
    CHECK_FALSE(NodeIndex().find("org"));
    CHECK(NodeIndex().size() == 0);
}

TEST_CASE("NodeIndex keeps its own copy of the ids", "[index]") {
    Model model = modelWithIds({"a", "b"});
    const NodeIndex index(model);
    const NodeIndex copy = index;
    model.nodes[0].id = "renamed";
    Model moved = std::move(model);
    moved.nodes.clear();
    CHECK(index.find("a") == 0u);
    CHECK(copy.find("b") == 1u);
    CHECK_FALSE(index.find("renamed"));
}

TEST_CASE("validation reports each duplicate node and tie id once per repeat, in order", "[index]") {
    Model model = modelWithIds({"a", "b", "a", "a"});
    for (const char* id : {"t1", "t2", "t1", "", "t2"}) {
        Tie tie;
        tie.id = id;
        tie.source = "a";
        tie.target = "b";
        model.ties.push_back(tie);
    }
    std::vector<std::string> pointers;
    for (const Diagnostic& d : validate(model)) {
        if (d.message.find("duplicate") != std::string::npos ||
            d.message.find("empty id") != std::string::npos)
            pointers.push_back(d.pointer);
    }
    CHECK(pointers ==
          std::vector<std::string>{"/nodes/2/id", "/nodes/3/id", "/ties/2/id", "/ties/3", "/ties/4/id"});
}

TEST_CASE("validation of many ties keeps the diagnostics in tie order", "[index]") {
    // Above a few thousand ties the id checks and the other tie checks run on two threads; their
    // diagnostics are merged tie by tie, the id problem first, as a single pass would give them.
    Model model = modelWithIds({"a", "b"});
    for (int i = 0; i < 6000; ++i) {
        Tie tie;
        tie.id = "t" + std::to_string(i);
        tie.source = "a";
        tie.target = "b";
        model.ties.push_back(tie);
    }
    model.ties[0].source = "missing";
    model.ties[10].id = "t3";
    model.ties[10].source = "zz";
    model.ties[4500].id.clear();
    model.ties[4500].weight = -1.0;
    model.ties[5000].id = "t4999";
    model.ties[5999].target = "nowhere";
    std::vector<std::string> pointers;
    for (const Diagnostic& d : validate(model))
        pointers.push_back(d.pointer);
    CHECK(pointers == std::vector<std::string>{"/ties/0/source", "/ties/10/id", "/ties/10/source",
                                               "/ties/4500", "/ties/4500/weight", "/ties/5000/id",
                                               "/ties/5999/target"});
}

TEST_CASE("positions built by a reader keep the first place and the last value of an id", "[interop]") {
    PositionsJson positions;
    CHECK(positions.empty());
    positions.set("b", 1.0, 2.0);
    positions.set("a", 3.0, 4.0);
    positions.set("b", 5.0, 6.0);  // as ordered_json's operator[] would: same place, new value
    for (int i = 0; i < 3000; ++i)
        positions.set("n" + std::to_string(i), i, -i);
    CHECK_FALSE(positions.empty());
    const nlohmann::ordered_json object = positions.toJson();
    REQUIRE(object.size() == 3002);
    auto it = object.begin();
    CHECK(it.key() == "b");
    CHECK(*it == nlohmann::ordered_json::array({5.0, 6.0}));
    ++it;
    CHECK(it.key() == "a");
    CHECK(object["n2999"] == nlohmann::ordered_json::array({2999.0, -2999.0}));
    CHECK(object.dump() == nlohmann::ordered_json::parse(object.dump()).dump());  // a well-formed object
}
