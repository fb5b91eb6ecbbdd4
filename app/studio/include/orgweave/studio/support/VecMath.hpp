#pragma once
// Small arithmetic on ImVec2 for the studio's drawing code (ImGui 1.86 keeps its own operators
// internal). The operators live in orgweave::studio so they never clash with imgui_internal.h.
// Cost: inline, constant time.

#include <imgui.h>

#include <cmath>

namespace orgweave::studio {

inline ImVec2 operator+(ImVec2 a, ImVec2 b) {
    return {a.x + b.x, a.y + b.y};
}
inline ImVec2 operator-(ImVec2 a, ImVec2 b) {
    return {a.x - b.x, a.y - b.y};
}
inline ImVec2 operator*(ImVec2 a, float s) {
    return {a.x * s, a.y * s};
}
inline ImVec2 operator*(float s, ImVec2 a) {
    return {a.x * s, a.y * s};
}
inline ImVec2 operator/(ImVec2 a, float s) {
    return {a.x / s, a.y / s};
}
inline ImVec2& operator+=(ImVec2& a, ImVec2 b) {
    a.x += b.x;
    a.y += b.y;
    return a;
}

inline float dot(ImVec2 a, ImVec2 b) {
    return a.x * b.x + a.y * b.y;
}
inline float length(ImVec2 a) {
    return std::sqrt(dot(a, a));
}
/// Unit vector along `a`, or (0, 0) for a zero vector.
inline ImVec2 normalized(ImVec2 a) {
    const float len = length(a);
    return len > 1e-6f ? a / len : ImVec2(0.0f, 0.0f);
}
/// `a` turned a quarter turn (counter-clockwise in y-up terms).
inline ImVec2 perpendicular(ImVec2 a) {
    return {-a.y, a.x};
}

/// Axis-aligned rectangle in screen or world space.
struct Rect {
    ImVec2 min{0.0f, 0.0f};
    ImVec2 max{0.0f, 0.0f};

    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 size() const { return {width(), height()}; }
    ImVec2 center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
    bool contains(ImVec2 p) const { return p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y; }
    bool overlaps(const Rect& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
    bool empty() const { return width() <= 0.0f || height() <= 0.0f; }
};

}  // namespace orgweave::studio
