// The workspace's one request channel: typed requests, the newest of a type wins, each taken once,
// and a replaced document drops what was asked about the old one.
#include "TestDocuments.hpp"
#include "orgweave/studio/session/Requests.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;
using namespace orgweave::studio;

TEST_CASE("requests: each type is held once, the newest wins, a take empties it", "[studio][requests]") {
    RequestQueue queue;
    CHECK_FALSE(queue.has<FocusRequest>());
    queue.post(FocusRequest{{"a"}});
    queue.post(FocusRequest{{"b", "c"}});
    queue.post(ShowPanelRequest{"What if"});
    CHECK(queue.has<FocusRequest>());
    CHECK_FALSE(queue.has<CameraRequest>());
    const auto focus = queue.take<FocusRequest>();
    REQUIRE(focus);
    CHECK(focus->nodeIds == std::vector<std::string>{"b", "c"});
    CHECK_FALSE(queue.take<FocusRequest>());
    // Other types are untouched by a take.
    const auto panel = queue.take<ShowPanelRequest>();
    REQUIRE(panel);
    CHECK(panel->title == "What if");
    queue.post(CameraRequest{std::nullopt, false});
    const auto camera = queue.take<CameraRequest>();
    REQUIRE(camera);
    CHECK_FALSE(camera->camera);
    CHECK_FALSE(camera->smooth);
}

TEST_CASE("requests: a new document drops the old one's requests", "[studio][requests]") {
    Workspace workspace;
    workspace.setDocument(test::smallNetwork());
    workspace.requests().post(WhatIfRequest{{"pc"}});
    workspace.requests().post(PresentRequest{"v1"});
    workspace.newDocument();
    CHECK_FALSE(workspace.requests().has<WhatIfRequest>());
    CHECK_FALSE(workspace.requests().has<PresentRequest>());
}
