// CanvasEditor: sections · gestures · finishing a gesture · keys · overlay · menus
#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace orgweave::studio {

namespace {

constexpr ImU32 kHandle = IM_COL32(21, 101, 192, 255);
constexpr ImU32 kBoxFill = IM_COL32(21, 101, 192, 40);
constexpr ImU32 kBoxLine = IM_COL32(21, 101, 192, 200);
constexpr float kDragThreshold = 4.0f;   ///< pixels at scale 1 before a press becomes a drag
constexpr std::size_t kMaxHandles = 20;  ///< selected nodes that show a connect handle

std::string tieKindLabel(core::TieKind kind) {
    return std::string(core::vocabulary::tieKinds().labelOf(core::toString(kind)));
}

core::Point toPoint(ImVec2 world) {
    return {static_cast<double>(world.x), static_cast<double>(world.y)};
}

}  // namespace

// ------------------------------------------------------------------------------------------ gestures

ImVec2 CanvasEditor::handlePosition(const Canvas& canvas, std::size_t node) {
    const float r = canvas.screenRadius(node);
    return canvas.screenPosition(node) +
           ImVec2(0.74f * r + 2.0f * canvas.scale(), -0.74f * r - 2.0f * canvas.scale());
}

std::optional<std::size_t> CanvasEditor::handleUnder(const Canvas& canvas, const Workspace& workspace,
                                                     const CanvasHit& hit) const {
    const float reach = 6.0f * canvas.scale();
    const auto near = [&](std::size_t i) { return length(handlePosition(canvas, i) - hit.pointer) <= reach; };
    if (workspace.selection().nodes().size() <= kMaxHandles) {
        for (const std::string& id : workspace.selection().nodes()) {
            if (const auto i = canvas.indexOf(id); i && near(*i))
                return i;
        }
    }
    if (hit.node && near(*hit.node))
        return hit.node;
    return std::nullopt;
}

bool CanvasEditor::panning() const {
    return m_viewPan || m_gesture == Gesture::Pan ||
           (m_gesture == Gesture::Pending && !m_pressNode && !m_pressTie && !m_pressNote && !m_pressToggle);
}

void CanvasEditor::handleInput(Canvas& canvas, Workspace* workspace, const CanvasHit& hit) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hit.activated) {
        // The left button pans from the background (editing gestures own the rest); the middle
        // button always pans; the right button opens menus.
        const bool middle = ImGui::IsMouseDown(ImGuiMouseButton_Middle);
        const bool left = ImGui::IsMouseDown(ImGuiMouseButton_Left);
        m_viewPan = middle || (workspace == nullptr && left && !hit.node);
    }
    if (workspace != nullptr)
        handleEditing(canvas, *workspace, hit);
    if (!hit.active)
        m_viewPan = false;
    if (hit.active && panning() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f))
        canvas.panBy(io.MouseDelta);
    if (hit.hovered && io.MouseWheel != 0.0f)
        canvas.zoomAt(io.MousePos, std::pow(1.18f, io.MouseWheel));
}

void CanvasEditor::handleEditing(Canvas& canvas, Workspace& workspace, const CanvasHit& hit) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = hit.pointer;
    if (hit.activated && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        m_pressScreen = mouse;
        m_pressToggle = io.KeyShift || io.KeyCtrl;
        m_pressNode.reset();
        m_pressTie.reset();
        m_pressNote.reset();
        m_connectFrom.reset();
        m_connectTarget.reset();
        if (const auto handle = handleUnder(canvas, workspace, hit)) {
            m_gesture = Gesture::Connect;
            m_connectFrom = handle;
        } else {
            m_pressNote = hit.note;
            if (!m_pressNote)
                m_pressNode = hit.node;
            if (!m_pressNote && !m_pressNode)
                m_pressTie = hit.tie;
            if (m_placing && !m_pressNode && !m_pressNote) {
                EditActions::createNode(workspace, *m_placing, toPoint(canvas.camera().screenToWorld(mouse)));
                if (!io.KeyShift)
                    m_placing.reset();  // Shift keeps placing more of the kind
                m_gesture = Gesture::None;
            } else {
                m_gesture = Gesture::Pending;
            }
        }
    }

    if (m_gesture != Gesture::None) {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            const ImVec2 delta = mouse - m_pressScreen;
            if (m_gesture == Gesture::Pending && length(delta) > kDragThreshold * canvas.scale()) {
                if (m_pressNote) {
                    m_gesture = Gesture::MoveNote;
                } else if (m_pressNode) {
                    const std::string& id = canvas.model()->nodes[*m_pressNode].id;
                    if (!workspace.selection().hasNode(id))
                        workspace.selection().selectNode(id, m_pressToggle);
                    m_gesture = Gesture::MoveNodes;
                    m_dragging = true;
                } else {
                    m_gesture = m_pressToggle ? Gesture::Box : Gesture::Pan;
                }
            }
            if (m_gesture == Gesture::MoveNodes || m_gesture == Gesture::MoveNote)
                m_dragOffset = delta / canvas.camera().zoom();
            if (m_gesture == Gesture::Connect) {
                m_connectTarget = hit.node;
                if (m_connectTarget == m_connectFrom)
                    m_connectTarget.reset();
            }
        } else {
            finishLeft(canvas, workspace);
            m_gesture = Gesture::None;
        }
    }

    // Double-click on the background creates a node of the default kind.
    if (hit.hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hit.note) {
        editNote(canvas, *hit.note);
        m_gesture = Gesture::None;
    } else if (hit.hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !hit.node && !hit.tie) {
        EditActions::createNode(workspace, m_defaultKind, toPoint(canvas.camera().screenToWorld(mouse)));
        m_gesture = Gesture::None;  // the second click must not clear the new selection
    }

    // Right click: a context menu for the node under the pointer, or for the background.
    if (hit.hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
        length(ImGui::GetMouseDragDelta(ImGuiMouseButton_Right, 0.0f)) < kDragThreshold * canvas.scale()) {
        m_contextNote = hit.note;
        m_contextNode = m_contextNote ? std::nullopt : hit.node;
        m_contextWorld = canvas.camera().screenToWorld(mouse);
        if (m_contextNode) {
            const std::string& id = canvas.model()->nodes[*m_contextNode].id;
            if (!workspace.selection().hasNode(id))
                workspace.selection().selectNode(id);
        }
        m_openContextMenu = true;
    }
}

// -------------------------------------------------------------------------------- finishing a gesture

void CanvasEditor::finishLeft(Canvas& canvas, Workspace& workspace) {
    const core::Model& model = *canvas.model();
    Selection& selection = workspace.selection();
    switch (m_gesture) {
        case Gesture::MoveNote:
            if (m_pressNote && *m_pressNote < canvas.notes().size()) {
                const CanvasNote& note = canvas.notes()[*m_pressNote];
                CanvasNotes::move(workspace, note.id,
                                  core::Point{note.at.x + m_dragOffset.x, note.at.y + m_dragOffset.y});
            }
            break;
        case Gesture::Pending:  // a click
            if (m_pressNote) {
                break;  // a click on a note: double-click edits it
            }
            if (m_pressNode) {
                const std::string& id = model.nodes[*m_pressNode].id;
                m_pressToggle ? selection.toggleNode(id) : selection.selectNode(id);
            } else if (m_pressTie) {
                const std::string& id = model.ties[*m_pressTie].id;
                m_pressToggle ? selection.toggleTie(id) : selection.selectTie(id);
            } else if (!m_pressToggle) {
                selection.clear();
            }
            break;
        case Gesture::MoveNodes:
            commitMove(canvas, workspace);
            break;
        case Gesture::Box: {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            const Rect box{{std::min(mouse.x, m_pressScreen.x), std::min(mouse.y, m_pressScreen.y)},
                           {std::max(mouse.x, m_pressScreen.x), std::max(mouse.y, m_pressScreen.y)}};
            for (const std::size_t i : canvas.nodesIn(box))
                selection.selectNode(model.nodes[i].id, true);
            break;
        }
        case Gesture::Connect:
            if (m_connectFrom && m_connectTarget) {
                const std::string from = model.nodes[*m_connectFrom].id;
                const std::string to = model.nodes[*m_connectTarget].id;
                const std::vector<core::TieKind> kinds = EditActions::tieKinds(model, from, to);
                if (kinds.empty()) {
                    workspace.notify(EditActions::whyNoTie(model, from, to), true);
                } else if (kinds.size() == 1) {
                    EditActions::connect(workspace, from, to, kinds.front());
                } else {
                    m_pendingFrom = from;
                    m_pendingTo = to;
                    m_pendingKinds = kinds;
                    m_openKindMenu = true;
                }
            }
            break;
        case Gesture::Pan:
        case Gesture::None:
            break;
    }
    m_dragging = false;
    m_dragOffset = ImVec2(0.0f, 0.0f);
    m_connectFrom.reset();
    m_connectTarget.reset();
}

void CanvasEditor::commitMove(Canvas& canvas, Workspace& workspace) {
    if (m_dragOffset.x == 0.0f && m_dragOffset.y == 0.0f)
        return;
    std::map<std::string, core::Point> to;
    for (const std::string& id : workspace.selection().nodes()) {
        if (const auto i = canvas.indexOf(id))
            to.emplace(id, toPoint(canvas.worldPosition(*i) + m_dragOffset));
    }
    if (!to.empty())
        workspace.propose(std::make_unique<core::MoveNodesCommand>(std::move(to)));
}

// ---------------------------------------------------------------------------------------------- keys

void CanvasEditor::handleKeys(Canvas& canvas, Workspace& workspace) {
    if (commandModifier()) {
        if (letterPressed('A'))
            EditActions::selectAll(workspace);
        if (letterPressed('C') || letterPressed('X')) {
            const std::string text = EditActions::copySelection(workspace);
            if (!text.empty()) {
                ImGui::SetClipboardText(text.c_str());
                if (letterPressed('X'))
                    EditActions::deleteSelection(workspace);
            }
        }
        if (letterPressed('V')) {
            const char* text = ImGui::GetClipboardText();
            if (text != nullptr && *text != '\0')
                EditActions::paste(workspace, text, core::Point{40.0, 40.0});
        }
        if (letterPressed('D'))
            EditActions::duplicateSelection(workspace);
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyAlt || io.KeySuper)
        return;
    if (namedKeyPressed(ImGuiKey_Delete) || namedKeyPressed(ImGuiKey_Backspace))
        EditActions::deleteSelection(workspace);
    if (namedKeyPressed(ImGuiKey_Escape)) {
        if (m_placing)
            m_placing.reset();
        else
            workspace.selection().clear();
    }
    if (letterPressed('F')) {
        std::vector<std::size_t> nodes;
        for (const std::string& id : workspace.selection().nodes()) {
            if (const auto i = canvas.indexOf(id))
                nodes.push_back(*i);
        }
        if (nodes.empty())
            canvas.requestFit();
        else
            canvas.frameNodes(nodes);
    }
}

// ------------------------------------------------------------------------------------------- overlay

void CanvasEditor::drawOverlay(ImDrawList* drawList, const Canvas& canvas, const Workspace& workspace) const {
    const float scale = canvas.scale();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (m_gesture == Gesture::Box) {
        const ImVec2 min{std::min(mouse.x, m_pressScreen.x), std::min(mouse.y, m_pressScreen.y)};
        const ImVec2 max{std::max(mouse.x, m_pressScreen.x), std::max(mouse.y, m_pressScreen.y)};
        drawList->AddRectFilled(min, max, kBoxFill);
        drawList->AddRect(min, max, kBoxLine, 0.0f, 0, 1.5f * scale);
    }
    if (m_gesture == Gesture::Connect && m_connectFrom) {
        const ImVec2 from = canvas.screenPosition(*m_connectFrom);
        const ImVec2 to = m_connectTarget ? canvas.screenPosition(*m_connectTarget) : mouse;
        drawList->AddLine(from, to, kHandle, 2.0f * scale);
        if (m_connectTarget) {
            drawList->AddCircle(to, canvas.screenRadius(*m_connectTarget) * 1.4f + 3.0f * scale, kHandle, 0,
                                2.0f * scale);
        }
        return;
    }
    if (m_dragging)
        return;
    // Connect handles: on the selected nodes (a few) and on the node under the pointer.
    const auto drawHandle = [&](std::size_t i) {
        const ImVec2 p = handlePosition(canvas, i);
        const bool hot = length(p - mouse) <= 6.0f * scale;
        drawList->AddCircleFilled(p, (hot ? 5.5f : 4.0f) * scale, IM_COL32(255, 255, 255, 255));
        drawList->AddCircle(p, (hot ? 5.5f : 4.0f) * scale, kHandle, 0, 1.8f * scale);
    };
    if (workspace.selection().nodes().size() <= kMaxHandles) {
        for (const std::string& id : workspace.selection().nodes()) {
            if (const auto i = canvas.indexOf(id))
                drawHandle(*i);
        }
    }
    if (const auto hovered = canvas.hoveredNode())
        drawHandle(*hovered);
    if (m_placing && ImGui::IsWindowHovered()) {
        const std::string text = "Click to place a " + EditActions::kindTitle(*m_placing) + " (Esc cancels)";
        drawList->AddText(mouse + ImVec2(14.0f, 10.0f) * scale, IM_COL32(21, 101, 192, 255), text.c_str());
    }
}

// --------------------------------------------------------------------------------------------- menus

void CanvasEditor::editNote(const Canvas& canvas, std::size_t index) {
    if (index >= canvas.notes().size())
        return;
    m_noteId = canvas.notes()[index].id;
    m_noteText = canvas.notes()[index].text;
    m_noteIsNew = false;
    m_openNoteEditor = true;
}

void CanvasEditor::drawPopups(Canvas& canvas, Workspace& workspace) {
    if (m_openKindMenu) {
        ImGui::OpenPopup("##tie-kind");
        m_openKindMenu = false;
    }
    if (ImGui::BeginPopup("##tie-kind")) {
        ImGui::TextDisabled("%s", core::tr("Which tie?"));
        for (const core::TieKind kind : m_pendingKinds) {
            if (ImGui::MenuItem(tieKindLabel(kind).c_str()))
                EditActions::connect(workspace, m_pendingFrom, m_pendingTo, kind);
            if (ImGui::IsItemHovered()) {
                if (const core::VocabularyEntry* entry =
                        core::vocabulary::tieKinds().find(core::toString(kind))) {
                    ImGui::SetTooltip("%.*s", static_cast<int>(entry->description.size()),
                                      entry->description.data());
                }
            }
        }
        ImGui::EndPopup();
    }

    if (m_openNoteEditor) {
        ImGui::OpenPopup("Note##note-editor");
        m_openNoteEditor = false;
    }
    if (ImGui::BeginPopupModal("Note##note-editor", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::IsWindowAppearing())
            ImGui::SetKeyboardFocusHere();
        ImGui::InputTextMultiline("##note-text", &m_noteText,
                                  ImVec2(360.0f * canvas.scale(), ImGui::GetTextLineHeight() * 6.0f),
                                  m_noteIsNew ? ImGuiInputTextFlags_AutoSelectAll : 0);
        if (ImGui::IsItemActive())
            m_noteIsNew = false;
        if (ImGui::Button(core::tr("Save")) && m_noteId) {
            if (m_noteText.empty())
                CanvasNotes::remove(workspace, *m_noteId);
            else
                CanvasNotes::edit(workspace, *m_noteId, m_noteText);
            m_noteId.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Delete note")) && m_noteId) {
            CanvasNotes::remove(workspace, *m_noteId);
            m_noteId.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Cancel")) || namedKeyPressed(ImGuiKey_Escape)) {
            m_noteId.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (m_openContextMenu) {
        ImGui::OpenPopup("##canvas-context");
        m_openContextMenu = false;
    }
    if (ImGui::BeginPopup("##canvas-context")) {
        const core::Model& model = *canvas.model();
        if (m_contextNote && *m_contextNote < canvas.notes().size()) {
            if (ImGui::MenuItem(core::tr("Edit note")))
                editNote(canvas, *m_contextNote);
            if (ImGui::MenuItem(core::tr("Delete note")))
                CanvasNotes::remove(workspace, canvas.notes()[*m_contextNote].id);
        } else if (m_contextNode && *m_contextNode < model.nodes.size()) {
            const core::Node& node = model.nodes[*m_contextNode];
            ImGui::TextDisabled("%s", node.displayLabel().c_str());
            if (ImGui::MenuItem(core::tr("Frame"), "F"))
                canvas.frameNodes({*m_contextNode});
            const auto& pinned = model.layout.pinned;
            const bool isPinned = std::find(pinned.begin(), pinned.end(), node.id) != pinned.end();
            if (ImGui::MenuItem(isPinned ? "Unpin" : "Pin (layouts keep it in place)")) {
                core::Layout layout = model.layout;
                if (isPinned)
                    std::erase(layout.pinned, node.id);
                else
                    layout.pinned.push_back(node.id);
                workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(
                    std::move(layout), (isPinned ? "Unpin " : "Pin ") + node.displayLabel()));
            }
            if (ImGui::MenuItem(core::tr("Duplicate"), "Ctrl+D"))
                EditActions::duplicateSelection(workspace);
            const bool person = node.kind == core::NodeKind::Role;
            if (ImGui::MenuItem(person ? "What if this leaves?" : "What if this goes?"))
                workspace.requests().post(WhatIfRequest{{node.id}});
            ImGui::Separator();
            if (ImGui::MenuItem(core::tr("Delete"), "Del"))
                EditActions::deleteSelection(workspace);
        } else {
            if (ImGui::BeginMenu(core::tr("Add here"))) {
                for (const core::NodeKind kind : core::kAllNodeKinds) {
                    if (ImGui::MenuItem(EditActions::kindTitle(kind).c_str()))
                        EditActions::createNode(workspace, kind, toPoint(m_contextWorld));
                }
                ImGui::EndMenu();
            }
            if (ImGui::MenuItem(core::tr("Add a note here"))) {
                const std::string id = CanvasNotes::add(workspace, toPoint(m_contextWorld), "Note");
                m_noteId = id;
                m_noteText = "Note";
                m_noteIsNew = true;  // its placeholder text starts selected: typing replaces it
                m_openNoteEditor = true;
            }
            const char* clipboard = ImGui::GetClipboardText();
            if (ImGui::MenuItem(core::tr("Paste"), "Ctrl+V", false,
                                clipboard != nullptr && *clipboard != '\0'))
                EditActions::paste(workspace, clipboard, core::Point{40.0, 40.0});
            if (ImGui::MenuItem(core::tr("Select all"), "Ctrl+A"))
                EditActions::selectAll(workspace);
            if (ImGui::MenuItem(core::tr("Fit to window"), "F"))
                canvas.requestFit();
        }
        ImGui::EndPopup();
    }
}

}  // namespace orgweave::studio
