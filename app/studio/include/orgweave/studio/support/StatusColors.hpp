#pragma once
// Text colours the panels use for status lines (stale results, errors, gap severities), chosen for
// the current ImGui theme: darker shades on a light window background, lighter ones on a dark one.
// Hues from the Okabe–Ito palette (colour-blind safe); meaning is never carried by colour alone.
// Cost: O(1), reads the current style.

#include <imgui.h>

namespace orgweave::studio {

/// Whether the current window background is dark (luminance below one half).
inline bool darkBackground() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z < 0.5f;
}

/// Amber: stale results, warnings.
inline ImVec4 amberText() {
    return darkBackground() ? ImVec4(0.95f, 0.70f, 0.25f, 1.0f) : ImVec4(0.66f, 0.40f, 0.0f, 1.0f);
}
/// Red (vermillion): errors, critical findings.
inline ImVec4 redText() {
    return darkBackground() ? ImVec4(1.0f, 0.47f, 0.35f, 1.0f) : ImVec4(0.76f, 0.18f, 0.0f, 1.0f);
}
/// Blue: information.
inline ImVec4 blueText() {
    return darkBackground() ? ImVec4(0.45f, 0.72f, 1.0f, 1.0f) : ImVec4(0.0f, 0.40f, 0.70f, 1.0f);
}

}  // namespace orgweave::studio
