#pragma once
// Help › Keyboard shortcuts: every shortcut of the studio in one table, grouped (files, editing,
// the canvas, view, phases, presenting), drawn as a window that closes with Escape or its button.
// The table is the one list of shortcuts: menus show the same key texts, and a test checks that
// every shortcut a menu shows is listed here. Cost: nothing until opened.

#include <span>
#include <string_view>

namespace orgweave::studio {

struct Shortcut {
    std::string_view group;   ///< "Files", "Editing", "Canvas", "View", "Phases", "Presenting"
    std::string_view keys;    ///< as menus show it: "Ctrl+S", "Delete", "F"
    std::string_view action;  ///< what it does, in the user's words
};

class ShortcutsWindow {
public:
    /// Every shortcut, grouped in the order the window shows them.
    static std::span<const Shortcut> all();

    void open() { m_open = true; }
    bool isOpen() const { return m_open; }
    /// Draws the window when open (centred, scaled by `scale`).
    void draw(float scale);

private:
    bool m_open = false;
};

}  // namespace orgweave::studio
