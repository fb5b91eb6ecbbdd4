#pragma once
// Keyboard shortcuts in ImGui 1.86 terms. The GLFW backend writes io.KeysDown[] at GLFW's key
// codes, and GLFW numbers the letter keys by their upper-case ASCII code (GLFW_KEY_A == 'A'), so a
// letter shortcut is the letter itself; tests write io.KeysDown['N'] the same way. Named keys
// (Delete, Escape, arrows) go through ImGui's key map.

#include <imgui.h>

namespace orgweave::studio {

/// The letter key ('A'–'Z') went down this frame (no repeat).
inline bool letterPressed(char upperCaseLetter) {
    return ImGui::IsKeyPressed(static_cast<int>(upperCaseLetter), false);
}

/// A named key went down this frame; `repeat` also reports auto-repeat.
inline bool namedKeyPressed(ImGuiKey key, bool repeat = false) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}

/// Ctrl (Cmd on macOS is reported as Super; both count) without Alt.
inline bool commandModifier() {
    const ImGuiIO& io = ImGui::GetIO();
    return (io.KeyCtrl || io.KeySuper) && !io.KeyAlt;
}

/// GLFW's key code of F2 and the others used by the studio (GLFW_KEY_F1 is 290).
inline constexpr int kKeyF1 = 290;
inline constexpr int kKeyF2 = 291;
inline constexpr int kKeyF5 = 294;
inline constexpr int kKeyKeypadSubtract = 333;
inline constexpr int kKeyKeypadAdd = 334;

}  // namespace orgweave::studio
