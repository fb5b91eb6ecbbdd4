// Ctrl+F: the find bar over the canvas, through the real main window headless. Type-ahead over
// labels, ids and attribute values, every match ringed on the canvas, Enter frames and selects the
// next match, Shift+Enter the previous one, Escape closes.
#include "CanvasDriver.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/studio/canvas/NodeSearch.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace orgweave;
using studio::operator-;
using studio::test::CanvasDriver;

namespace {

constexpr int kEnter = 257;
constexpr int kEscape = 256;
constexpr ImU32 kMatchRing = IM_COL32(230, 140, 0, 255);

std::vector<std::string> matchedIds(CanvasDriver& d) {
    std::vector<std::string> ids;
    for (const std::size_t i : d.window.canvas().editor().find().matches())
        ids.push_back(d.model().nodes[i].id);
    return ids;
}

/// Whether node `id` is near the middle of the canvas.
bool framed(CanvasDriver& d, const char* id) {
    const studio::Rect view = d.window.canvas().viewport();
    return studio::length(d.at(id) - view.center()) < 0.1f * view.width();
}

}  // namespace

TEST_CASE("find bar: Ctrl+F, type-ahead, Enter frames the next match, Shift+Enter the previous",
          "[studio][find]") {
    CanvasDriver d;
    const studio::CanvasFind& find = d.window.canvas().editor().find();
    d.key('F', true);
    d.frame();
    REQUIRE(find.isOpen());

    d.type("dir");
    CHECK(matchedIds(d) == std::vector<std::string>{"hs-dir", "m1-dir", "m2-dir"});  // the ids
    d.type("ector d");
    CHECK(matchedIds(d) == std::vector<std::string>{"m2-dir"});  // "Municipal director Dalvik"
    CHECK(find.current() == -1);
    CHECK(d.imgui.hasVertexColor(kMatchRing));
    CHECK(d.steps() == 0);

    d.key('A', true);  // select the text in the field and start again
    d.type("director");
    REQUIRE(matchedIds(d) == std::vector<std::string>{"hs-dir", "m1-dir", "m2-dir"});
    d.key(kEnter);
    CHECK(find.current() == 0);
    CHECK(d.window.workspace().selection().singleNode() == "hs-dir");
    CHECK(framed(d, "hs-dir"));
    d.key(kEnter);
    CHECK(d.window.workspace().selection().singleNode() == "m1-dir");
    CHECK(framed(d, "m1-dir"));
    d.key(kEnter, false, true);  // Shift+Enter
    CHECK(d.window.workspace().selection().singleNode() == "hs-dir");
    d.key(kEnter, false, true);
    CHECK(d.window.workspace().selection().singleNode() == "m2-dir");  // wraps around

    d.key(kEscape);
    CHECK_FALSE(find.isOpen());
    CHECK_FALSE(d.imgui.hasVertexColor(kMatchRing));
    CHECK(d.steps() == 0);
}

TEST_CASE("find bar: attribute values and types are found too; nothing for nonsense", "[studio][find]") {
    CanvasDriver d;
    core::Node node = *d.model().findNode("la");
    node.attrs["contact"] = "kari.nordmann@fjordby.kommune.no";
    node.attrs["budget"] = 125000;
    d.window.workspace().propose(std::make_unique<core::EditNodeCommand>("la", node));
    d.frame();

    d.key('F', true);
    d.type("kari.nordmann");
    CHECK(matchedIds(d) == std::vector<std::string>{"la"});
    d.key('A', true);
    d.type("125000");
    CHECK(matchedIds(d) == std::vector<std::string>{"la"});
    d.key('A', true);
    d.type("zzzz-nothing");
    CHECK(matchedIds(d).empty());
    d.key(kEnter);  // nothing to frame: nothing happens
    CHECK(d.window.workspace().selection().empty());

    // Ranking: a label that starts with the text comes before one that contains it.
    const std::vector<std::size_t> ranked = studio::NodeSearch::find(d.model(), "committee");
    REQUIRE(ranked.size() >= 2);
    CHECK(d.model().nodes[ranked[0]].label.find("committee") != std::string::npos);
    CHECK(studio::NodeSearch::rank(*d.model().findNode("rc"), "strat") == 0);
    CHECK(studio::NodeSearch::rank(*d.model().findNode("rc"), "committee") == 1);
    CHECK(studio::NodeSearch::rank(*d.model().findNode("rc"), "rc") == 2);
    CHECK(studio::NodeSearch::rank(*d.model().findNode("rc"), "strategic_comm") == 3);  // the type
    CHECK(studio::NodeSearch::rank(*d.model().findNode("rc"), "fjordby") == -1);
}
