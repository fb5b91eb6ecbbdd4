// CanvasEditor: sections · gestures · finishing a gesture · keys · overlay · menus
#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/canvas/NodeSearch.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/support/Keys.hpp"
#include "orgweave/studio/support/MenuItems.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace orgweave::studio {

namespace {

constexpr ImU32 kHandle = IM_COL32(21, 101, 192, 255);
constexpr ImU32 kBoxFill = IM_COL32(21, 101, 192, 40);
constexpr ImU32 kBoxLine = IM_COL32(21, 101, 192, 200);
constexpr float kDragThreshold = 4.0f;    ///< pixels at scale 1 before a press becomes a drag
constexpr std::size_t kMaxHandles = 20;   ///< selected nodes that show a connect handle
constexpr float kMinHandleRadius = 6.0f;  ///< pixels at scale 1: smaller nodes show no handle
constexpr float kRimWidth = 5.0f;         ///< pixels at scale 1 inside a node's edge that start a tie

std::string tieKindLabel(core::TieKind kind) {
    return std::string(core::vocabulary::tieKinds().labelOf(core::toString(kind)));
}

core::Point toPoint(ImVec2 world) {
    return {static_cast<double>(world.x), static_cast<double>(world.y)};
}

/// Whether `pointer` lies on the rim of node `node`: from a few pixels inside its edge (at least
/// the outer 45 % of small nodes) out to the reach of Canvas::nodeAt.
bool rimAt(const Canvas& canvas, std::size_t node, ImVec2 pointer) {
    const float r = canvas.screenRadius(node);
    const float d = length(pointer - canvas.screenPosition(node));
    const float inner = std::max(r - kRimWidth * canvas.scale(), r * 0.55f);
    return d >= inner && d <= r * 1.2f + 2.0f * canvas.scale();
}

/// A short hint beside the pointer, on a pale pill so it reads over ties and labels.
void drawPointerHint(ImDrawList* drawList, ImVec2 at, const char* text, float scale) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pad = ImVec2(5.0f, 2.0f) * scale;
    drawList->AddRectFilled(at - pad, at + size + pad, IM_COL32(255, 255, 255, 235), 4.0f * scale);
    drawList->AddRect(at - pad, at + size + pad, IM_COL32(21, 101, 192, 160), 4.0f * scale);
    drawList->AddText(at, kHandle, text);
}

/// Alt or Ctrl held: a drag from a node ties it.
bool tieModifier() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyAlt || io.KeyCtrl;
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
    // A handle counts only on a node large enough to show one, and not where the pointer is on
    // another node (dense networks: a press between nodes pans, it never grabs a handle).
    const float reach = 6.0f * canvas.scale();
    const auto near = [&](std::size_t i) {
        return canvas.screenRadius(i) >= kMinHandleRadius * canvas.scale() && (!hit.node || *hit.node == i) &&
               length(handlePosition(canvas, i) - hit.pointer) <= reach;
    };
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

bool CanvasEditor::onRim(const Canvas& canvas, const CanvasHit& hit) {
    return hit.node && rimAt(canvas, *hit.node, hit.pointer);
}

bool CanvasEditor::startsTie(const Canvas& canvas, const CanvasHit& hit) const {
    return hit.node && (m_connectMode || tieModifier() || onRim(canvas, hit));
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
        m_pressConnects = false;
        m_connectFrom.reset();
        m_connectTarget.reset();
        if (const auto handle = handleUnder(canvas, workspace, hit)) {
            m_gesture = Gesture::Connect;
            m_connectFrom = handle;
        } else {
            m_pressNote = hit.note;
            if (!m_pressNote) {
                m_pressNode = hit.node;
                m_pressConnects = startsTie(canvas, hit);
            }
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
                } else if (m_pressNode && m_pressConnects) {
                    m_gesture = Gesture::Connect;
                    m_connectFrom = m_pressNode;
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

    // Double-click on the background creates a node of the default kind; on a node it edits the
    // node's label in place.
    if (hit.hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hit.note) {
        editNote(canvas, *hit.note);
        m_gesture = Gesture::None;
    } else if (hit.hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hit.node) {
        editLabel(canvas.model()->nodes[*hit.node].id);
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
            if (m_connectFrom && m_connectTarget)
                proposeTie(workspace, model.nodes[*m_connectFrom].id, model.nodes[*m_connectTarget].id);
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

void CanvasEditor::proposeTie(Workspace& workspace, const std::string& from, const std::string& to) {
    if (!workspace.hasDocument())
        return;
    const core::Model& model = *workspace.model();
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
        if (m_connectMode)
            m_connectMode = false;
        else if (m_placing)
            m_placing.reset();
        else
            workspace.selection().clear();
    }
    if (letterPressed('C'))
        m_connectMode = !m_connectMode;
    if (ImGui::IsKeyPressed(kKeyF2, false)) {
        if (const std::optional<std::string> node = workspace.selection().singleNode())
            editLabel(*node);
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
    m_find.drawHighlights(drawList, canvas);
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
        if (canvas.screenRadius(i) < kMinHandleRadius * scale)
            return;
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
    if (const auto hovered = canvas.hoveredNode()) {
        drawHandle(*hovered);
        // The rim (or Alt/Ctrl, or connect mode) ties: a ring on the node's edge, the hand cursor
        // and a word saying so; the centre moves the node.
        if (m_connectMode || tieModifier() || rimAt(canvas, *hovered, mouse)) {
            const float r = canvas.screenRadius(*hovered);
            drawList->AddCircle(canvas.screenPosition(*hovered), r + 1.0f * scale, kHandle, 0,
                                std::min(kRimWidth, std::max(2.0f, r * 0.3f)) * scale);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            drawPointerHint(drawList, mouse + ImVec2(16.0f, -26.0f) * scale,
                            core::tr("Drag to another node to tie"), scale);
        } else {
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
        }
    }
    if (m_connectMode && ImGui::IsWindowHovered()) {
        drawPointerHint(drawList, mouse + ImVec2(16.0f, -26.0f) * scale,
                        core::tr("Connect mode: drag from one node to another (C or Esc leaves)"), scale);
    } else if (m_placing && ImGui::IsWindowHovered()) {
        std::string kind(core::toString(*m_placing));
        std::replace(kind.begin(), kind.end(), '_', ' ');
        const std::string text =
            core::fill(core::tr("Click to place {} (Esc cancels)"), {core::withArticle(kind)});
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

void CanvasEditor::editLabel(const std::string& id) {
    m_labelNode = id;
    m_labelText.clear();  // filled from the document when the editor is drawn
    m_labelFocus = true;
}

void CanvasEditor::openConnectTo(const std::string& id) {
    m_connectSource = id;
    m_connectFilter.clear();
    m_openConnectTo = true;
}

void CanvasEditor::drawNodeMenu(Canvas& canvas, Workspace& workspace, std::size_t index) {
    const core::Model& model = *canvas.model();
    const core::Node& node = model.nodes[index];
    const std::string id = node.id;  // the node may go or change while the menu acts
    ImGui::TextDisabled("%s", node.displayLabel().c_str());
    if (recordedMenuItem(m_menuRects, core::tr("Rename"), "F2"))
        editLabel(id);
    if (recordedMenuItem(m_menuRects, core::tr("Select neighbours"))) {
        workspace.selection().selectNode(id);
        EditActions::selectNeighbours(workspace);
    }
    if (recordedMenuItem(m_menuRects, core::tr("Connect to\xE2\x80\xA6")))
        openConnectTo(id);
    if (recordedMenuItem(m_menuRects, core::tr("Frame"), "F"))
        canvas.frameNodes({index});
    const auto& pinned = model.layout.pinned;
    const bool isPinned = std::find(pinned.begin(), pinned.end(), id) != pinned.end();
    if (ImGui::MenuItem(isPinned ? core::tr("Unpin") : core::tr("Pin (layouts keep it in place)"))) {
        core::Layout layout = model.layout;
        if (isPinned)
            std::erase(layout.pinned, id);
        else
            layout.pinned.push_back(id);
        workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(
            std::move(layout),
            core::fill(isPinned ? core::tr("Unpin {}") : core::tr("Pin {}"), {node.displayLabel()})));
        return;
    }
    if (ImGui::MenuItem(core::tr("Duplicate"), "Ctrl+D"))
        EditActions::duplicateSelection(workspace);
    const bool person = node.kind == core::NodeKind::Role;
    if (recordedMenuItem(m_menuRects,
                         person ? core::tr("What if this leaves?") : core::tr("What if this goes?")))
        workspace.requests().post(WhatIfRequest{{id}});
    ImGui::Separator();
    if (ImGui::MenuItem(core::tr("Delete"), "Del"))
        EditActions::deleteSelection(workspace);
}

void CanvasEditor::drawLabelEditor(Canvas& canvas, Workspace& workspace) {
    if (!m_labelNode)
        return;
    const core::Node* node =
        workspace.model() != nullptr ? workspace.model()->findNode(*m_labelNode) : nullptr;
    const std::optional<std::size_t> index = canvas.indexOf(*m_labelNode);
    if (node == nullptr || !index) {
        m_labelNode.reset();  // the node went (undo, another edit)
        return;
    }
    if (m_labelFocus && m_labelText.empty())
        m_labelText = node->label;
    const float scale = canvas.scale();
    const float width = std::max(180.0f * scale, ImGui::CalcTextSize(m_labelText.c_str()).x + 40.0f * scale);
    const ImVec2 at = canvas.screenPosition(*index);
    ImGui::SetNextWindowPos(at, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (m_labelFocus)
        ImGui::SetNextWindowFocus();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(3.0f, 3.0f) * scale);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##label-editor", nullptr, flags)) {
        const bool appearing = m_labelFocus;
        if (m_labelFocus) {
            ImGui::SetKeyboardFocusHere();
            m_labelFocus = false;
        }
        ImGui::SetNextItemWidth(width);
        const bool enter = ImGui::InputTextWithHint(
            "##label", core::tr("Label"), &m_labelText,
            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        m_menuRects.recordLastItem("label editor");
        const bool escape = namedKeyPressed(ImGuiKey_Escape);
        // Enter, or a click elsewhere, commits; Escape cancels.
        const bool left = !appearing && !ImGui::IsItemActive() && !enter;
        if (escape) {
            m_labelNode.reset();
        } else if (enter || left) {
            const std::string id = *m_labelNode;
            m_labelNode.reset();
            std::string text = m_labelText;
            const auto first = text.find_first_not_of(" \t");
            const auto last = text.find_last_not_of(" \t");
            text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
            if (!text.empty())
                EditActions::renameNode(workspace, id, text);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void CanvasEditor::drawConnectTo(Canvas& canvas, Workspace& workspace) {
    if (m_openConnectTo) {
        ImGui::OpenPopup("##connect-to");
        m_openConnectTo = false;
    }
    const float scale = canvas.scale();
    ImGui::SetNextWindowSizeConstraints(ImVec2(320.0f * scale, 0.0f), ImVec2(480.0f * scale, 420.0f * scale));
    if (!ImGui::BeginPopup("##connect-to"))
        return;
    const core::Model& model = *canvas.model();
    const core::Node* source = model.findNode(m_connectSource);
    if (source == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextDisabled("%s",
                        core::fill(core::tr("Tie {} to\xE2\x80\xA6"), {source->displayLabel()}).c_str());
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1.0f);
    const bool enter = ImGui::InputTextWithHint("##connect-filter", core::tr("Type to find a node"),
                                                &m_connectFilter, ImGuiInputTextFlags_EnterReturnsTrue);
    m_menuRects.recordLastItem("connect filter");
    // The nodes that can be tied to the source, best matches first, with the kind the pair makes.
    struct Candidate {
        std::size_t index;
        std::vector<core::TieKind> kinds;
    };
    std::vector<Candidate> candidates;
    constexpr std::size_t kMaxShown = 200;
    for (const std::size_t i : NodeSearch::find(model, m_connectFilter)) {
        if (candidates.size() == kMaxShown)
            break;
        if (model.nodes[i].id == source->id || canvas.hidden(i))
            continue;
        std::vector<core::TieKind> kinds = EditActions::tieKinds(model, source->id, model.nodes[i].id);
        if (!kinds.empty())
            candidates.push_back({i, std::move(kinds)});
    }
    std::optional<std::string> chosen;
    if (enter && !candidates.empty())
        chosen = model.nodes[candidates.front().index].id;  // Enter takes the best match
    const float rows = static_cast<float>(std::clamp<std::size_t>(candidates.size(), 1, 12));
    if (ImGui::BeginChild("##connect-list", ImVec2(0.0f, rows * ImGui::GetTextLineHeightWithSpacing() +
                                                             ImGui::GetStyle().WindowPadding.y))) {
        for (const Candidate& candidate : candidates) {
            const core::Node& node = model.nodes[candidate.index];
            ImGui::PushID(node.id.c_str());
            if (ImGui::Selectable(node.displayLabel().c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                chosen = node.id;
            m_menuRects.recordLastItem(node.displayLabel());
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 120.0f * scale);
            ImGui::TextDisabled("%s", candidate.kinds.size() == 1
                                          ? tieKindLabel(candidate.kinds.front()).c_str()
                                          : core::tr("which tie?"));
            ImGui::PopID();
        }
        if (candidates.empty())
            ImGui::TextDisabled("%s", core::tr("No node can be tied to it by that name."));
    }
    ImGui::EndChild();
    if (namedKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    if (chosen) {
        ImGui::CloseCurrentPopup();
        const std::string from = m_connectSource;
        ImGui::EndPopup();
        proposeTie(workspace, from, *chosen);
        return;
    }
    ImGui::EndPopup();
}

void CanvasEditor::drawPopups(Canvas& canvas, Workspace& workspace) {
    m_find.draw(canvas, workspace);
    drawLabelEditor(canvas, workspace);
    drawConnectTo(canvas, workspace);
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
                    ImGui::SetTooltip("%s", entry->describe().data());
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
            drawNodeMenu(canvas, workspace, *m_contextNode);
        } else {
            if (ImGui::BeginMenu(core::tr("Add here"))) {
                for (const core::NodeKind kind : core::kAllNodeKinds) {
                    if (ImGui::MenuItem(EditActions::kindTitle(kind).c_str()))
                        EditActions::createNode(workspace, kind, toPoint(m_contextWorld));
                }
                ImGui::EndMenu();
            }
            if (ImGui::MenuItem(core::tr("Add a note here"))) {
                const std::string id = CanvasNotes::add(workspace, toPoint(m_contextWorld), core::tr("Note"));
                m_noteId = id;
                m_noteText = core::tr("Note");
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
