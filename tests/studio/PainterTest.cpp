#include "HeadlessImGui.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <catch2/catch.hpp>

using orgweave::studio::Painter;
using orgweave::studio::Shape;

TEST_CASE("painter: convex hull is clockwise on screen and drops inner points", "[studio][painter]") {
    const std::vector<ImVec2> points{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {5, 5}, {3, 7}, {10, 5}};
    const std::vector<ImVec2> hull = Painter::convexHull(points);
    REQUIRE(hull.size() == 4);
    float area = 0.0f;
    for (std::size_t i = 0; i < hull.size(); ++i) {
        const ImVec2 a = hull[i];
        const ImVec2 b = hull[(i + 1) % hull.size()];
        area += a.x * b.y - b.x * a.y;
    }
    CHECK(area > 0.0f);  // positive shoelace sum = clockwise with y pointing down (ImGui's order)
    CHECK(Painter::convexHull({{1, 1}, {1, 1}}).size() == 1);
}

TEST_CASE("painter: polygon outlines have the expected corners", "[studio][painter]") {
    CHECK(Painter::outlineOf(Shape::Diamond, {0, 0}, 10).size() == 4);
    CHECK(Painter::outlineOf(Shape::Hexagon, {0, 0}, 10).size() == 6);
    CHECK(Painter::outlineOf(Shape::Triangle, {0, 0}, 10).size() == 3);
    CHECK(Painter::outlineOf(Shape::Star, {0, 0}, 10).size() == 10);
    CHECK(Painter::outlineOf(Shape::RoundedRect, {0, 0}, 10).size() == 4);
}

TEST_CASE("theme: fonts load at a readable size and scale with the display", "[studio][theme]") {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    orgweave::studio::Theme theme;
    theme.loadFonts(*io.Fonts, 2.0f);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    REQUIRE(theme.regular() != nullptr);
    REQUIRE(theme.bold() != nullptr);
    CHECK(theme.regular()->FontSize >= 28.0f);  // 15 px × 2
    if (theme.hasTrueTypeFont()) {
        CHECK(theme.regular()->FindGlyphNoFallback(0x2014) != nullptr);  // — em dash
        CHECK(theme.regular()->FindGlyphNoFallback(0x00F8) != nullptr);  // ø
    } else {
        WARN("DejaVu Sans not found; the built-in font is used");
    }
    ImGuiStyle style;
    orgweave::studio::Theme::applyStyle(style, 2.0f);
    CHECK(style.FramePadding.x == Approx(16.0f));
    ImGui::DestroyContext();
}
