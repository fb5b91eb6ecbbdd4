#pragma once
// Menu entries that remember where they were drawn (ItemRects, keyed by their label), so tier-1
// tests open menus and choose entries by label through the real menu, as a user does.
// Cost: one record per entry drawn, only while its menu is open.

#include "orgweave/studio/support/ItemRects.hpp"

#include <imgui.h>

namespace orgweave::studio {

/// ImGui::BeginMenu, recording the menu's header under `label`.
inline bool beginRecordedMenu(ItemRects& rects, const char* label, bool enabled = true) {
    const bool open = ImGui::BeginMenu(label, enabled);
    rects.recordLastItem(label);
    return open;
}

/// ImGui::MenuItem, recording the entry under `label`.
inline bool recordedMenuItem(ItemRects& rects, const char* label, const char* shortcut = nullptr,
                             bool selected = false, bool enabled = true) {
    const bool chosen = ImGui::MenuItem(label, shortcut, selected, enabled);
    rects.recordLastItem(label);
    return chosen;
}

/// ImGui::MenuItem with a toggled flag, recording the entry under `label`.
inline bool recordedMenuItem(ItemRects& rects, const char* label, const char* shortcut, bool* selected,
                             bool enabled = true) {
    const bool chosen = ImGui::MenuItem(label, shortcut, selected, enabled);
    rects.recordLastItem(label);
    return chosen;
}

}  // namespace orgweave::studio
