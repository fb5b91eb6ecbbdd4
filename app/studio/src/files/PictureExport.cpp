#include "orgweave/studio/files/PictureExport.hpp"

#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"

#include <exception>
#include <string>
#include <utility>

namespace orgweave::studio {

layouts::RenderOptions PictureExport::optionsFor(const Workspace& workspace) {
    const CanvasMapping& mapping = workspace.mapping();
    layouts::RenderOptions options;
    options.colorBy = mapping.colorBy;
    options.sizeBy = mapping.sizeBy;
    options.phase = mapping.phase;
    options.gaps = mapping.showGapHalos;
    return options;
}

bool PictureExport::exportTo(Workspace& workspace, const std::filesystem::path& path,
                             const core::Translator& texts) {
    if (!workspace.hasDocument())
        return false;
    if (!layouts::renderFormatOf(path)) {
        workspace.notify(core::tr("Not exported: the picture's name must end in .svg, .png or .pdf."), true);
        return false;
    }
    try {
        layouts::RenderOptions options = optionsFor(workspace);
        options.texts = texts;
        layouts::renderDocument(*workspace.model(), options, path);
    } catch (const std::exception& e) {
        workspace.notify(core::fill(core::tr("Not exported: {}"), {e.what()}), true);
        return false;
    }
    workspace.notify(core::fill(core::tr("Exported {}"), {path.filename().string()}));
    return true;
}

void PictureExport::open(const Workspace& workspace, bool fitAll) {
    if (!workspace.hasDocument())
        return;
    m_fitAll = fitAll;
    const std::filesystem::path document = workspace.document().path();
    const std::string name = document.empty() ? std::string("network") : core::documentStem(document);
    m_dialog.setTitle(fitAll ? core::tr("Export the whole network as")
                             : core::tr("Export the current view as"));
    m_dialog.setFilters({{core::tr("SVG picture (*.svg)"), {".svg"}},
                         {core::tr("PNG picture (*.png)"), {".png"}},
                         {core::tr("PDF document (*.pdf)"), {".pdf"}}});
    m_dialog.open(FileDialog::Mode::Save, document.empty() ? std::filesystem::path() : document.parent_path(),
                  name + ".svg");
}

bool PictureExport::exportCanvas(Workspace& workspace, Canvas& canvas, const std::filesystem::path& path,
                                 bool fitAll, Canvas::PictureTitle title) {
    if (!workspace.hasDocument())
        return false;
    if (!layouts::renderFormatOf(path)) {
        workspace.notify(core::tr("Not exported: the picture's name must end in .svg, .png or .pdf."), true);
        return false;
    }
    canvas.requestExport(path, fitAll, std::move(title));
    return true;
}

void PictureExport::draw(Workspace& workspace, Canvas& canvas, float scale) {
    if (const auto result = canvas.takeExportResult()) {
        if (result->error.empty())
            workspace.notify(core::fill(core::tr("Exported {}"), {result->path.filename().string()}));
        else
            workspace.notify(core::fill(core::tr("Not exported: {}"), {result->error}), true);
    }
    if (!m_dialog.isOpen())
        return;
    if (const auto chosen = m_dialog.draw(scale))
        exportCanvas(workspace, canvas, *chosen, m_fitAll);
}

}  // namespace orgweave::studio
