#pragma once
// Direct manipulation on the canvas (yEd-like), proposing edits to the Workspace:
//   click a node or tie selects it; Shift/Ctrl+click toggles; Shift/Ctrl+drag on the background
//   draws a selection box; dragging a node from its centre moves the selection (one undo step on
//   release); a drag that starts on a node's rim (its outer ring, a few pixels wide, which lights
//   up with a hand cursor on hover), with Alt or Ctrl held anywhere on the node, in connect mode
//   (C toggles it), or from the handle of the hovered or selected node (the small ring at its
//   upper right) ties it to the node where it ends: the tie kind follows from the pair, a menu
//   asks when several fit, a notice says why when none does; double-click on the background
//   creates a node of the palette's kind (or the kind chosen in the palette is placed by a
//   click); double-click or F2 on a node edits its label in place (Enter commits one undo step,
//   Escape cancels, a click elsewhere commits); right-click opens a context menu (node: rename,
//   select neighbours, connect to…, frame, pin, duplicate, what if this leaves, delete;
//   background: add a node, paste, select all); Ctrl+F opens the find bar (CanvasFind).
// A drag pans only when it starts on empty background; handles are taken only where the pointer is
// on no other node and the node is large enough to show one, so in dense networks a pan never
// grabs a handle.
// Keys while the canvas has the mouse or focus: Delete/Backspace, Ctrl+A/C/V/X/D, Escape, F, F2, C.
// The editor is the one owner of pointer input on the canvas (as imgui-node-editor has one
// current action): the canvas computes one hit snapshot per frame (CanvasHit) and the editor's
// current gesture decides what it means, panning included (drag on the background or with the
// middle button, the wheel zooms). A read-only canvas (no workspace) gets only pan and zoom.
// The canvas draws; the editor reads the snapshot and tells it how far a drag has moved.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/canvas/CanvasFind.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class Canvas;

/// This frame's pointer over the canvas, taken once before anything acts on it.
struct CanvasHit {
    ImVec2 pointer{};
    bool hovered = false;             ///< the pointer is over the canvas (not over the legend or a popup)
    bool activated = false;           ///< a button went down on the canvas this frame
    bool active = false;              ///< a button pressed on the canvas is still down
    std::optional<std::size_t> node;  ///< topmost visible node under the pointer (Model::nodes)
    std::optional<std::size_t> tie;   ///< tie within a few pixels when no node is (Model::ties)
    std::optional<std::size_t> note;  ///< note under the pointer
};

class CanvasEditor {
public:
    /// Decides what this frame's pointer input means and acts on it: editing gestures with a
    /// workspace, and for every canvas pan (drag on the background, middle drag) and wheel zoom.
    void handleInput(Canvas& canvas, Workspace* workspace, const CanvasHit& hit);
    /// Whether the current gesture moves the view.
    bool panning() const;
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

    /// Connect mode (key C): a drag from anywhere on a node ties it to another.
    void setConnectMode(bool on) { m_connectMode = on; }
    bool connectMode() const { return m_connectMode; }
    /// Whether a press at the pointer of `hit` would start a tie (rim, Alt/Ctrl, connect mode).
    bool startsTie(const Canvas& canvas, const CanvasHit& hit) const;
    /// Whether the pointer of `hit` lies on the rim of the node under it.
    static bool onRim(const Canvas& canvas, const CanvasHit& hit);

    /// Opens the in-place label editor on node `id` (double-click, F2, the menu's Rename).
    void editLabel(const std::string& id);
    /// The node whose label is being edited in place, if any, and the text in the editor.
    const std::optional<std::string>& editedLabel() const { return m_labelNode; }
    const std::string& labelText() const { return m_labelText; }

    /// Opens the "Connect to…" list for node `id` (the node menu does the same).
    void openConnectTo(const std::string& id);
    /// Proposes a tie from `from` to `to` as the connect gesture does: made when one kind fits,
    /// a menu when several do, a notice saying why when none does.
    void proposeTie(Workspace& workspace, const std::string& from, const std::string& to);

    /// The find bar (Ctrl+F).
    CanvasFind& find() { return m_find; }
    const CanvasFind& find() const { return m_find; }
    /// Entries of the canvas's menus and lists drawn last frame, by label (for tests).
    const ItemRects& menuRects() const { return m_menuRects; }

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
                                           const CanvasHit& hit) const;
    void handleEditing(Canvas& canvas, Workspace& workspace, const CanvasHit& hit);
    void drawLabelEditor(Canvas& canvas, Workspace& workspace);
    void drawConnectTo(Canvas& canvas, Workspace& workspace);
    void drawNodeMenu(Canvas& canvas, Workspace& workspace, std::size_t index);

    Gesture m_gesture = Gesture::None;
    bool m_viewPan = false;  ///< a middle drag, or a left drag off the nodes of a read-only canvas
    ImVec2 m_pressScreen{};
    std::optional<std::size_t> m_pressNode;
    std::optional<std::size_t> m_pressTie;
    std::optional<std::size_t> m_pressNote;
    bool m_pressToggle = false;
    bool m_pressConnects = false;  ///< the press would tie its node when dragged
    bool m_connectMode = false;
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
    // In-place label editor.
    std::optional<std::string> m_labelNode;
    std::string m_labelText;
    bool m_labelFocus = false;
    // "Connect to…" list.
    std::string m_connectSource;
    std::string m_connectFilter;
    bool m_openConnectTo = false;
    CanvasFind m_find;
    ItemRects m_menuRects;
};

}  // namespace orgweave::studio
