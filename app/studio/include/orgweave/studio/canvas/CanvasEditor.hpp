#pragma once
// Direct manipulation on the canvas (yEd-like), proposing edits to the Workspace:
//   click a node or tie selects it; Shift/Ctrl+click toggles; Shift/Ctrl+drag on the background
//   draws a selection box; dragging a node moves the selection (one undo step on release);
//   dragging from the handle of the hovered or selected node (the small ring at its upper right)
//   to another node connects them: the tie kind follows from the pair, a menu asks when several
//   fit, a notice says why when none does; double-click on the background creates a node of the
//   palette's kind (or the kind chosen in the palette is placed by a click); right-click opens a
//   context menu (node: select, frame, pin, delete; background: add a node, paste, select all).
// Keys while the canvas has the mouse or focus: Delete/Backspace, Ctrl+A/C/V/X/D, Escape, F.
// The canvas draws; the editor only reads its hit tests and tells it how far a drag has moved.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class Canvas;

/// This frame's pointer state over the canvas.
struct CanvasInput {
    bool hovered = false;    ///< the pointer is over the canvas (not over the legend or a popup)
    bool activated = false;  ///< a button went down on the canvas this frame
    bool active = false;     ///< a button pressed on the canvas is still down
};

class CanvasEditor {
public:
    /// Handles gestures; returns true when the left drag belongs to the editor (no panning).
    bool handleInput(Canvas& canvas, Workspace& workspace, const CanvasInput& input);
    /// Selection box, connect line, handle and node-placing preview, over the nodes.
    void drawOverlay(ImDrawList* drawList, const Canvas& canvas, const Workspace& workspace) const;
    /// Context and tie-kind menus; call within the canvas window after drawing.
    void drawPopups(Canvas& canvas, Workspace& workspace);
    /// Keyboard shortcuts of the canvas; call once per frame when no text field has focus.
    void handleKeys(Canvas& canvas, Workspace& workspace);

    /// The kind placed by the next click (palette); nullopt: clicks select.
    void setPlacingKind(std::optional<core::NodeKind> kind) { m_placing = kind; }
    std::optional<core::NodeKind> placingKind() const { return m_placing; }
    /// The kind a double-click on the background creates.
    void setDefaultKind(core::NodeKind kind) { m_defaultKind = kind; }
    core::NodeKind defaultKind() const { return m_defaultKind; }

    /// World offset of note `index` while it is dragged (zero otherwise).
    ImVec2 noteOffset(std::size_t index) const {
        return m_gesture == Gesture::MoveNote && m_pressNote == index ? m_dragOffset : ImVec2(0.0f, 0.0f);
    }
    /// Opens the note editor for note `index` of the canvas (double-click does the same).
    void editNote(const Canvas& canvas, std::size_t index);
    /// The note being edited, if any, and its text in the editor.
    const std::optional<std::string>& editedNote() const { return m_noteId; }
    std::string& noteText() { return m_noteText; }

    /// World offset of the nodes being dragged (zero when not dragging).
    ImVec2 dragOffset() const { return m_dragging ? m_dragOffset : ImVec2(0.0f, 0.0f); }
    bool dragging() const { return m_dragging; }
    /// Screen position of a node's connect handle.
    static ImVec2 handlePosition(const Canvas& canvas, std::size_t node);

private:
    enum class Gesture { None, Pending, MoveNodes, MoveNote, Box, Connect, Pan };

    void beginLeft(Canvas& canvas, Workspace& workspace);
    void finishLeft(Canvas& canvas, Workspace& workspace);
    void commitMove(Canvas& canvas, Workspace& workspace);
    std::optional<std::size_t> handleUnder(const Canvas& canvas, const Workspace& workspace,
                                           ImVec2 screen) const;

    Gesture m_gesture = Gesture::None;
    ImVec2 m_pressScreen{};
    std::optional<std::size_t> m_pressNode;
    std::optional<std::size_t> m_pressTie;
    std::optional<std::size_t> m_pressNote;
    bool m_pressToggle = false;
    bool m_dragging = false;
    ImVec2 m_dragOffset{};
    std::optional<std::size_t> m_connectFrom;
    std::optional<std::size_t> m_connectTarget;
    std::optional<core::NodeKind> m_placing;
    core::NodeKind m_defaultKind = core::NodeKind::Role;

    // Menus.
    std::string m_pendingFrom;  ///< tie-kind menu: the two ends
    std::string m_pendingTo;
    std::vector<core::TieKind> m_pendingKinds;
    bool m_openKindMenu = false;
    std::optional<std::size_t> m_contextNode;
    std::optional<std::size_t> m_contextNote;
    std::optional<std::string> m_noteId;  ///< note open in the editor
    std::string m_noteText;
    bool m_noteIsNew = false;  ///< the note editor shows a new note's placeholder, selected
    bool m_openNoteEditor = false;
    ImVec2 m_contextWorld{};
    bool m_openContextMenu = false;
};

}  // namespace orgweave::studio
