#include "orgweave/studio/files/HeadlessPicture.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/layouts/LayoutEngine.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/layouts/Renderer.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/files/PictureExport.hpp"
#include "orgweave/studio/session/ViewActions.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::studio {

namespace {

/// "a, b, c" of `names`.
template <typename Names>
std::string listOf(const Names& names) {
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

/// The error for an unknown `what` ("view", "phase"…) named `id` among `known`.
PictureError unknown(const char* message, const std::string& id, const std::vector<std::string>& known,
                     const char* noneMessage) {
    if (known.empty())
        return PictureError(core::fill(noneMessage, {id}));
    return PictureError(core::fill(message, {id, listOf(known)}));
}

const core::View* findView(const core::Model& model, const std::string& id) {
    for (const core::View& view : model.annotations.views) {
        if (view.id == id)
            return &view;
    }
    std::vector<std::string> known;
    for (const core::View& view : model.annotations.views)
        known.push_back(view.id);
    throw unknown(core::tr("unknown view '{}' (known: {})"), id, known,
                  core::tr("unknown view '{}': the document has no views"));
}

/// Checks the mapping's names against the model, as the renderer does, with the user's words.
void checkMapping(const core::Model& model, const CanvasMapping& mapping) {
    if (!mapping.sizeBy.empty() && !layouts::isNodeMeasure(mapping.sizeBy)) {
        throw PictureError(core::fill(core::tr("unknown measure '{}' (known: {})"),
                                      {mapping.sizeBy, listOf(layouts::nodeMeasureNames())}));
    }
    if (!layouts::needsAnalysis(mapping.colorBy) &&
        layouts::colourNodes(model, mapping.colorBy, nullptr).nothingToColour) {
        throw PictureError(core::fill(core::tr("cannot colour by '{}': no node has it"), {mapping.colorBy}));
    }
    if (!mapping.tieColorBy.empty()) {
        const std::vector<std::string> scores = layouts::tieScoreNames(model);
        if (std::find(scores.begin(), scores.end(), mapping.tieColorBy) == scores.end()) {
            throw PictureError(core::fill(core::tr("unknown tie score '{}' (known: {})"),
                                          {mapping.tieColorBy, listOf(scores)}));
        }
    }
}

/// An ImGui context of its own for the picture; the caller's context is current again after.
class OwnContext {
public:
    OwnContext() : m_previous(ImGui::GetCurrentContext()), m_context(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(m_context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DeltaTime = 1.0f / 60.0f;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // big draw lists, as the GL backend
    }
    ~OwnContext() {
        ImGui::DestroyContext(m_context);
        ImGui::SetCurrentContext(m_previous);
    }
    OwnContext(const OwnContext&) = delete;
    OwnContext& operator=(const OwnContext&) = delete;

private:
    ImGuiContext* m_previous;
    ImGuiContext* m_context;
};

/// One frame with the canvas filling the display, as the studio's canvas area.
void drawFrame(Workspace& workspace, Canvas& canvas) {
    workspace.update();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##picture", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    canvas.draw();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::Render();
}

}  // namespace

void HeadlessPicture::render(const core::Model& document, const HeadlessPictureOptions& options,
                             const std::filesystem::path& out) {
    if (!layouts::renderFormatOf(out))
        throw PictureError(core::tr("the picture must be .svg, .png or .pdf"));
    const core::View* view = options.viewId.empty() ? nullptr : findView(document, options.viewId);
    Canvas::PictureTitle title;
    title.title = !options.title.empty()                    ? options.title
                  : view != nullptr && !view->title.empty() ? view->title
                                                            : document.annotations.meta.title;
    if (view != nullptr)
        title.caption = view->caption;

    core::Model model = document;
    try {
        model.layout.positions = layouts::completePositions(document, options.engine);
    } catch (const std::exception& e) {  // an unknown engine, a graph too large for it
        throw PictureError(e.what());
    }

    Workspace workspace;
    workspace.setDocument(std::move(model));
    CanvasMapping& mapping = workspace.mapping();
    if (view != nullptr)
        ViewActions::apply(workspace, *view, false, false);
    if (!options.colorBy.empty())
        mapping.colorBy = options.colorBy;
    if (!options.sizeBy.empty())
        mapping.sizeBy = options.sizeBy;
    mapping.tieColorBy = options.tiesBy;
    mapping.showGapHalos = options.gaps;
    const std::string phase = options.phase.empty() ? mapping.phase : options.phase;
    if (!PhaseTimeline::select(workspace, phase)) {
        std::vector<std::string> known;
        for (const core::Phase& p : workspace.model()->annotations.phases)
            known.push_back(p.id);
        throw unknown(core::tr("unknown phase '{}' (known: {})"), phase, known,
                      core::tr("unknown phase '{}': the document has no phases"));
    }
    checkMapping(*workspace.model(), mapping);

    Theme theme;  // owns the font files the atlas borrows: made before the context, gone after it
    const OwnContext context;
    ImGuiIO& io = ImGui::GetIO();
    theme.wantCharacters(Theme::charactersOf(*workspace.model()));
    theme.loadFonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int atlasWidth = 0;
    int atlasHeight = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlasWidth, &atlasHeight);  // built on the CPU; never shown
    Theme::applyStyle(ImGui::GetStyle(), 1.0f, ThemeKind::Light);

    Canvas canvas;
    canvas.setWorkspace(&workspace);
    canvas.setModel(workspace.model());
    canvas.setFonts(theme.regular(), theme.bold());
    const float width = static_cast<float>(std::clamp(options.width, kMinSide, kMaxSide));
    const float height = static_cast<float>(std::clamp(options.height, kMinSide, kMaxSide));
    const float band = canvas.titleBandHeight(title, width);
    io.DisplaySize = ImVec2(width, std::max(height - band, static_cast<float>(kMinSide) / 2.0f));

    workspace.update();  // measures and gap findings before the first frame, so nothing pops in late
    workspace.analysis().waitUntilIdle();
    drawFrame(workspace, canvas);
    drawFrame(workspace, canvas);
    PictureExport::exportCanvas(workspace, canvas, out, true, title);
    drawFrame(workspace, canvas);
    const auto result = canvas.takeExportResult();
    if (!result)
        throw PictureError(core::tr("the canvas drew no picture"));
    if (!result->error.empty())
        throw PictureError(result->error);
}

}  // namespace orgweave::studio
