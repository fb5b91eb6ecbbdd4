// PresentationMode: sections · entering and leaving · frame · bands
#include "orgweave/studio/session/PresentationMode.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/session/ViewActions.hpp"
#include "orgweave/studio/support/Keys.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace orgweave::studio {

namespace {

constexpr ImU32 kTitleBand = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kTitleText = IM_COL32(24, 28, 33, 255);
constexpr ImU32 kRule = IM_COL32(214, 218, 224, 255);
constexpr ImU32 kCaptionBand = IM_COL32(30, 42, 56, 255);
constexpr ImU32 kCaptionText = IM_COL32(250, 250, 250, 255);
constexpr ImU32 kCounterText = IM_COL32(178, 190, 204, 255);
constexpr float kCanvasScale = 1.25f;  // nodes and lines larger than at the desk

constexpr ImGuiWindowFlags kWindowFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav |
    ImGuiWindowFlags_NoScrollbar;

}  // namespace

// ------------------------------------------------------------------------------ entering and leaving

PresentationMode::PresentationMode() {
    m_canvas.setReadOnly(true);
    m_canvas.setMinimapVisible(false);
    m_canvas.setHint({});
}

void PresentationMode::setFonts(ImFont* text, ImFont* bold, ImFont* title) {
    m_text = text;
    m_bold = bold;
    m_title = title;
    m_canvas.setFonts(text, bold);
}

std::size_t PresentationMode::slideCount(const Workspace& workspace) const {
    if (!workspace.hasDocument())
        return 0;
    return std::max<std::size_t>(1, workspace.model()->annotations.views.size());
}

bool PresentationMode::enter(Workspace& workspace, const std::string& viewId) {
    if (!workspace.hasDocument()) {
        workspace.notify(core::tr("Nothing to present: open a document first."), true);
        return false;
    }
    const core::Model& model = *workspace.model();
    std::size_t index = 0;
    if (!viewId.empty()) {
        index = ViewActions::indexOf(model, viewId);
        if (index == model.annotations.views.size()) {
            workspace.notify(
                core::fill(core::tr("Cannot present: the document has no view \"{}\"."), {viewId}), true);
            return false;
        }
    }
    if (!m_active) {
        m_savedMapping = workspace.mapping();
        m_savedSelection.assign(workspace.selection().nodes().begin(), workspace.selection().nodes().end());
    }
    m_canvas.setWorkspace(&workspace);
    m_canvas.setScale(m_scale * kCanvasScale);
    m_canvas.legend().setVisible(true);
    m_canvas.setModel(&model);
    m_shownGeneration = workspace.generation();
    m_shownRevision = workspace.revision();
    m_active = true;
    go(workspace, index, false);
    return true;
}

void PresentationMode::leave(Workspace& workspace) {
    if (!m_active)
        return;
    m_active = false;
    workspace.mapping() = m_savedMapping;
    workspace.selection().setNodes(m_savedSelection);
    (void)workspace.requests().take<CameraRequest>();  // the desk's canvas keeps its own camera
    m_canvas.setModel(nullptr);
}

void PresentationMode::go(Workspace& workspace, std::size_t index, bool smooth) {
    const std::size_t count = slideCount(workspace);
    if (count == 0)
        return;
    m_current = std::min(index, count - 1);
    const auto& views = workspace.model()->annotations.views;
    if (views.empty())
        ViewActions::applyWholeNetwork(workspace);
    else
        ViewActions::apply(workspace, views[m_current], smooth, false);
}

std::string PresentationMode::counterText(const Workspace& workspace) const {
    return std::to_string(m_current + 1) + " / " + std::to_string(slideCount(workspace));
}

// -------------------------------------------------------------------------------------------- frame

void PresentationMode::handleKeys(Workspace& workspace) {
    if (namedKeyPressed(ImGuiKey_Escape)) {
        leave(workspace);
        return;
    }
    const std::size_t count = slideCount(workspace);
    if (namedKeyPressed(ImGuiKey_RightArrow, true) || namedKeyPressed(ImGuiKey_Space, true) ||
        namedKeyPressed(ImGuiKey_PageDown, true) || namedKeyPressed(ImGuiKey_DownArrow, true)) {
        if (m_current + 1 < count)
            go(workspace, m_current + 1);
    } else if (namedKeyPressed(ImGuiKey_LeftArrow, true) || namedKeyPressed(ImGuiKey_PageUp, true) ||
               namedKeyPressed(ImGuiKey_UpArrow, true)) {
        if (m_current > 0)
            go(workspace, m_current - 1);
    } else if (namedKeyPressed(ImGuiKey_Home)) {
        go(workspace, 0);
    } else if (namedKeyPressed(ImGuiKey_End)) {
        go(workspace, count - 1);
    }
}

void PresentationMode::draw(Workspace& workspace) {
    if (!m_active)
        return;
    if (!workspace.hasDocument()) {
        leave(workspace);
        return;
    }
    if (workspace.generation() != m_shownGeneration) {
        m_shownGeneration = workspace.generation();
        m_shownRevision = workspace.revision();
        m_canvas.setModel(workspace.model());
        go(workspace, 0, false);
    } else if (workspace.revision() != m_shownRevision) {
        m_shownRevision = workspace.revision();
        m_canvas.modelChanged();
    }
    handleKeys(workspace);
    if (!m_active)
        return;

    const core::Model& model = *workspace.model();
    const core::View* view =
        m_current < model.annotations.views.size() ? &model.annotations.views[m_current] : nullptr;
    std::string title =
        view != nullptr ? (view->title.empty() ? view->id : view->title) : model.annotations.meta.title;
    if (title.empty())
        title = core::tr("The network");
    const std::string caption = view != nullptr ? view->caption : model.annotations.meta.description;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const Rect full{viewport->Pos, viewport->Pos + viewport->Size};
    const float titleSize = Theme::kTitleSize * m_scale;
    const float textSize = Theme::kLargeSize * m_scale;
    const float pad = std::round(textSize * 0.75f);
    // Title: one line, shrunk (down to 60 %) to fit the width.
    m_titleRect = {full.min, {full.max.x, full.min.y + std::round(titleSize * 1.2f + 2.0f * pad * 0.8f)}};
    const float captionBand = captionHeight(caption, full.width(), full.height() / 3.0f);
    m_captionRect = {{full.min.x, full.max.y - captionBand}, full.max};
    m_canvasRect = {{full.min.x, m_titleRect.max.y}, {full.max.x, m_captionRect.min.y}};

    ImGui::SetNextWindowPos(full.min);
    ImGui::SetNextWindowSize(full.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##presentation", nullptr, kWindowFlags)) {
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        ImGui::SetCursorScreenPos(m_canvasRect.min);
        m_canvas.draw(m_canvasRect.size());
        drawTitle(drawList, m_titleRect, title);
        drawCaption(drawList, m_captionRect, caption, counterText(workspace));
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

// -------------------------------------------------------------------------------------------- bands

void PresentationMode::drawTitle(ImDrawList* drawList, const Rect& band, const std::string& title) const {
    ImFont* font = m_title != nullptr ? m_title : ImGui::GetFont();
    float size = Theme::kTitleSize * m_scale;
    const float available = band.width() * 0.92f;
    const float width = font->CalcTextSizeA(size, 1e9f, 0.0f, title.c_str()).x;
    if (width > available)
        size = std::max(size * 0.6f, size * available * 0.97f / width);  // a little slack: one line
    drawList->AddRectFilled(band.min, band.max, kTitleBand);
    drawList->AddLine({band.min.x, band.max.y - 1.0f}, {band.max.x, band.max.y - 1.0f}, kRule, 1.0f);
    const ImVec2 text = font->CalcTextSizeA(size, 1e9f, available, title.c_str());
    const ImVec2 at{std::round(band.center().x - std::min(text.x, available) * 0.5f),
                    std::round(band.center().y - text.y * 0.5f)};
    drawList->PushClipRect(band.min, band.max, true);
    drawList->AddText(font, size, at, kTitleText, title.c_str(), nullptr, available);
    drawList->PopClipRect();
}

float PresentationMode::captionHeight(const std::string& caption, float width, float maxHeight) const {
    ImFont* font = m_text != nullptr ? m_text : ImGui::GetFont();
    const float size = Theme::kLargeSize * m_scale;
    const float pad = std::round(size * 0.75f);
    const float wrap = width - 2.0f * pad - size * 5.0f;  // room for the counter on the right
    const float text = caption.empty() ? size : font->CalcTextSizeA(size, 1e9f, wrap, caption.c_str()).y;
    return std::min(std::round(text + 2.0f * pad), std::max(maxHeight, size * 2.0f));
}

void PresentationMode::drawCaption(ImDrawList* drawList, const Rect& band, const std::string& caption,
                                   const std::string& counter) const {
    ImFont* font = m_text != nullptr ? m_text : ImGui::GetFont();
    const float size = Theme::kLargeSize * m_scale;
    const float pad = std::round(size * 0.75f);
    const float wrap = band.width() - 2.0f * pad - size * 5.0f;
    drawList->AddRectFilled(band.min, band.max, kCaptionBand);
    drawList->PushClipRect(band.min, band.max, true);
    if (!caption.empty())
        drawList->AddText(font, size, band.min + ImVec2(pad, pad), kCaptionText, caption.c_str(), nullptr,
                          wrap);
    const float counterSize = size * 0.8f;
    const ImVec2 counterExtent = font->CalcTextSizeA(counterSize, 1e9f, 0.0f, counter.c_str());
    drawList->AddText(font, counterSize,
                      {band.max.x - pad - counterExtent.x, band.max.y - pad - counterExtent.y}, kCounterText,
                      counter.c_str());
    drawList->PopClipRect();
}

}  // namespace orgweave::studio
