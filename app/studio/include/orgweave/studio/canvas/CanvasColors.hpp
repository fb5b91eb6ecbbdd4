#pragma once
// The canvas's own colours (page, labels, hint, hover and selection rings) for the light and the
// dark page, shared by the canvas and its parts (scene, label placement, minimap).

#include <imgui.h>

namespace orgweave::studio::canvas_colors {

inline constexpr ImU32 kBackground = IM_COL32(249, 249, 246, 255);
inline constexpr ImU32 kLabelText = IM_COL32(31, 35, 40, 255);
inline constexpr ImU32 kLabelBackground = IM_COL32(255, 255, 255, 212);
inline constexpr ImU32 kHintText = IM_COL32(110, 116, 124, 255);
// Dark theme: a dark slate page, light labels on dark plates.
inline constexpr ImU32 kDarkBackground = IM_COL32(32, 35, 40, 255);
inline constexpr ImU32 kDarkLabelText = IM_COL32(232, 234, 237, 255);
inline constexpr ImU32 kDarkLabelBackground = IM_COL32(32, 35, 40, 205);
inline constexpr ImU32 kDarkHintText = IM_COL32(160, 166, 174, 255);
inline constexpr ImU32 kHoverRing = IM_COL32(255, 160, 0, 255);
inline constexpr ImU32 kSelection = IM_COL32(21, 101, 192, 255);

inline ImU32 background(bool dark) {
    return dark ? kDarkBackground : kBackground;
}
inline ImU32 labelText(bool dark) {
    return dark ? kDarkLabelText : kLabelText;
}

}  // namespace orgweave::studio::canvas_colors
