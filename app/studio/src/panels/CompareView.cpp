#include "orgweave/studio/panels/CompareView.hpp"
#include "orgweave/core/Translate.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <set>

namespace orgweave::studio {
namespace {

using Change = core::ChangeKind;

ImU32 colourOf(Change change) {
    switch (change) {
        case Change::Added:
            return kMarkAdded;
        case Change::Removed:
            return kMarkRemoved;
        case Change::Changed:
            return kMarkChanged;
    }
    return kMarkChanged;
}

}  // namespace

void CompareView::clear() {
    m_combined = {};
    for (Canvas* canvas : {&m_overlay, &m_before, &m_after}) {
        canvas->setModel(nullptr);
        canvas->setMarks({});
    }
    m_sharedZoom = 0.0f;
}

void CompareView::set(const core::Model& before, const core::Model& after, const core::ModelDiff& diff,
                      const std::string& nameBefore, const std::string& nameAfter) {
    // The combined model: "after", plus what only "before" has.
    m_combined = after;
    std::set<std::string, std::less<>> tieIds;
    for (const core::Tie& tie : m_combined.ties)
        tieIds.insert(tie.id);
    std::map<std::string, std::string> renamed;  ///< removed tie id → id in the combined model
    for (const core::ElementDiff& node : diff.nodes) {
        if (node.change != Change::Removed)
            continue;
        if (const core::Node* old = before.findNode(node.id)) {
            m_combined.nodes.push_back(*old);
            const auto position = before.layout.positions.find(node.id);
            if (position != before.layout.positions.end())
                m_combined.layout.positions.try_emplace(node.id, position->second);
        }
    }
    for (const core::ElementDiff& tie : diff.ties) {
        if (tie.change != Change::Removed)
            continue;
        const core::Tie* old = before.findTie(tie.id);
        if (old == nullptr)
            continue;
        core::Tie copy = *old;
        while (tieIds.contains(copy.id))
            copy.id = "before:" + copy.id;
        tieIds.insert(copy.id);
        renamed[tie.id] = copy.id;
        m_combined.ties.push_back(std::move(copy));
    }
    const auto tieId = [&](const core::ElementDiff& tie) {
        const auto found = renamed.find(tie.id);
        return found == renamed.end() ? tie.id : found->second;
    };

    CanvasMarks overlay;
    CanvasMarks left;
    CanvasMarks right;
    const auto mark = [&](const std::string& id, Change change, bool node) {
        auto& overlayMap = node ? overlay.nodes : overlay.ties;
        auto& leftMap = node ? left.nodes : left.ties;
        auto& rightMap = node ? right.nodes : right.ties;
        overlayMap[id] = colourOf(change);
        switch (change) {
            case Change::Added:
                left.faded.insert(id);
                rightMap[id] = kMarkAdded;
                break;
            case Change::Removed:
                overlay.faded.insert(id);
                leftMap[id] = kMarkRemoved;
                right.faded.insert(id);
                break;
            case Change::Changed:
                leftMap[id] = kMarkChanged;
                rightMap[id] = kMarkChanged;
                break;
        }
    };
    for (const core::ElementDiff& node : diff.nodes)
        mark(node.id, node.change, true);
    for (const core::ElementDiff& tie : diff.ties)
        mark(tieId(tie), tie.change, false);

    overlay.caption = nameBefore + " \xE2\x86\x92 " + nameAfter;
    overlay.key = {{kMarkAdded, core::tr("added")},
                   {kMarkRemoved, core::tr("removed (faded)")},
                   {kMarkChanged, core::tr("changed")}};
    left.caption = core::fill(core::tr("Before: {}"), {nameBefore});
    left.key = {{kMarkRemoved, core::tr("gone after")}, {kMarkChanged, core::tr("changed")}};
    right.caption = core::fill(core::tr("After: {}"), {nameAfter});
    right.key = {{kMarkAdded, core::tr("new")}, {kMarkChanged, core::tr("changed")}};

    for (Canvas* canvas : {&m_overlay, &m_before, &m_after}) {
        canvas->setModel(&m_combined);
        canvas->requestFit();
    }
    m_overlay.setMarks(std::move(overlay));
    m_before.setMarks(std::move(left));
    m_after.setMarks(std::move(right));
    m_before.legend().setVisible(false);
    m_sharedZoom = 0.0f;
}

void CompareView::follow(const Canvas& style) {
    for (Canvas* canvas : {&m_overlay, &m_before, &m_after}) {
        if (canvas->scale() != style.scale())
            canvas->setScale(style.scale());
        if (canvas->regularFont() != style.regularFont() || canvas->boldFont() != style.boldFont())
            canvas->setFonts(style.regularFont(), style.boldFont());
        if (canvas->dark() != style.dark())
            canvas->setDark(style.dark());
    }
}

void CompareView::draw(Mode mode, const Canvas& style, const Rect& area) {
    follow(style);
    if (mode == Mode::Overlay) {
        ImGui::SetCursorScreenPos(area.min);
        ImGui::PushID("compare-overlay");
        m_overlay.draw(area.size());
        ImGui::PopID();
        return;
    }
    const float gap = 6.0f * style.scale();
    const float half = std::max((area.width() - gap) * 0.5f, 1.0f);
    if (m_sharedZoom > 0.0f) {
        for (Canvas* canvas : {&m_before, &m_after}) {
            canvas->camera().setZoom(m_sharedZoom);
            canvas->camera().setPan(m_sharedPan);
        }
    }
    ImGui::SetCursorScreenPos(area.min);
    ImGui::PushID("compare-before");
    m_before.draw(ImVec2(half, area.height()));
    ImGui::PopID();
    ImGui::SetCursorScreenPos(area.min + ImVec2(half + gap, 0.0f));
    ImGui::PushID("compare-after");
    m_after.draw(ImVec2(half, area.height()));
    ImGui::PopID();
    ImGui::GetWindowDrawList()->AddRectFilled(
        area.min + ImVec2(half, 0.0f), area.min + ImVec2(half + gap, area.height()),
        style.dark() ? IM_COL32(60, 64, 72, 255) : IM_COL32(210, 210, 204, 255));
    // Whichever picture moved leads; the other follows next frame.
    const Camera& left = m_before.camera();
    const Camera& right = m_after.camera();
    const bool leftMoved =
        left.zoom() != m_sharedZoom || left.pan().x != m_sharedPan.x || left.pan().y != m_sharedPan.y;
    const bool rightMoved =
        right.zoom() != m_sharedZoom || right.pan().x != m_sharedPan.x || right.pan().y != m_sharedPan.y;
    if (rightMoved || m_sharedZoom == 0.0f) {
        m_sharedZoom = right.zoom();
        m_sharedPan = right.pan();
    } else if (leftMoved) {
        m_sharedZoom = left.zoom();
        m_sharedPan = left.pan();
    }
}

}  // namespace orgweave::studio
