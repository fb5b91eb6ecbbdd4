#include "orgweave/studio/canvas/Camera.hpp"

#include <catch2/catch.hpp>

using orgweave::studio::Camera;
using orgweave::studio::Rect;

namespace {

void requireNear(ImVec2 a, ImVec2 b, float tolerance = 1e-3f) {
    REQUIRE(a.x == Approx(b.x).margin(tolerance));
    REQUIRE(a.y == Approx(b.y).margin(tolerance));
}

}  // namespace

TEST_CASE("camera: world to screen and back round-trips", "[studio][camera]") {
    Camera camera;
    camera.setViewport({100.0f, 50.0f}, {800.0f, 600.0f});
    camera.setZoom(2.5f);
    camera.setPan({-40.0f, 30.0f});
    for (const ImVec2 world : {ImVec2{0.0f, 0.0f}, ImVec2{123.5f, -77.25f}, ImVec2{-1000.0f, 2000.0f}}) {
        requireNear(camera.screenToWorld(camera.worldToScreen(world)), world);
    }
    for (const ImVec2 screen : {ImVec2{100.0f, 50.0f}, ImVec2{512.0f, 384.0f}}) {
        requireNear(camera.worldToScreen(camera.screenToWorld(screen)), screen);
    }
    // screen = viewportMin + pan + world × zoom
    requireNear(camera.worldToScreen({10.0f, 20.0f}), {100.0f - 40.0f + 25.0f, 50.0f + 30.0f + 50.0f});
}

TEST_CASE("camera: zoom at the cursor keeps the point under it fixed", "[studio][camera]") {
    Camera camera;
    camera.setViewport({0.0f, 20.0f}, {1000.0f, 700.0f});
    camera.setPan({37.0f, -12.0f});
    const ImVec2 cursor{640.0f, 333.0f};
    const ImVec2 before = camera.screenToWorld(cursor);
    camera.zoomAt(cursor, 1.5f);
    REQUIRE(camera.zoom() == Approx(1.5f));
    requireNear(camera.screenToWorld(cursor), before);
    camera.zoomAt(cursor, 0.2f);
    REQUIRE(camera.zoom() == Approx(0.3f));
    requireNear(camera.screenToWorld(cursor), before);
    requireNear(camera.worldToScreen(before), cursor);
}

TEST_CASE("camera: zoom is clamped and ignores nonsense factors", "[studio][camera]") {
    Camera camera;
    camera.zoomAt({0.0f, 0.0f}, 1e9f);
    REQUIRE(camera.zoom() == Approx(Camera::kMaxZoom));
    camera.zoomAt({0.0f, 0.0f}, 0.0f);
    camera.zoomAt({0.0f, 0.0f}, -2.0f);
    REQUIRE(camera.zoom() == Approx(Camera::kMaxZoom));
    camera.setZoom(1e-12f);
    REQUIRE(camera.zoom() == Approx(Camera::kMinZoom));
}

TEST_CASE("camera: panning moves the picture by the screen delta", "[studio][camera]") {
    Camera camera;
    camera.setViewport({0.0f, 0.0f}, {800.0f, 600.0f});
    camera.setZoom(3.0f);
    const ImVec2 world{5.0f, 7.0f};
    const ImVec2 before = camera.worldToScreen(world);
    camera.panBy({12.0f, -30.0f});
    requireNear(camera.worldToScreen(world), {before.x + 12.0f, before.y - 30.0f});
}

TEST_CASE("camera: fit frames a world rectangle with a margin", "[studio][camera]") {
    Camera camera;
    camera.setViewport({0.0f, 30.0f}, {1000.0f, 600.0f});
    const Rect world{{-100.0f, -50.0f}, {300.0f, 150.0f}};  // 400 × 200
    const Rect screen = camera.viewport();
    camera.fit(world, screen, 20.0f);
    // limited by x: (1000 - 40) / 400 = 2.4; y would allow (600 - 40) / 200 = 2.8
    REQUIRE(camera.zoom() == Approx(2.4f));
    const ImVec2 topLeft = camera.worldToScreen(world.min);
    const ImVec2 bottomRight = camera.worldToScreen(world.max);
    REQUIRE(topLeft.x == Approx(20.0f));
    REQUIRE(bottomRight.x == Approx(980.0f));
    REQUIRE((topLeft.y + bottomRight.y) * 0.5f == Approx(screen.center().y));

    SECTION("a single point is centred at the fallback zoom") {
        camera.fit(Rect{{5.0f, 5.0f}, {5.0f, 5.0f}}, screen, 20.0f, 1.0f);
        REQUIRE(camera.zoom() == Approx(1.0f));
        requireNear(camera.worldToScreen({5.0f, 5.0f}), screen.center());
    }
}
