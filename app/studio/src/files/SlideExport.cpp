#include "orgweave/studio/files/SlideExport.hpp"

#include "orgweave/core/Text.hpp"
#include "orgweave/layouts/SlideDeck.hpp"
#include "orgweave/studio/files/PictureExport.hpp"

#include <exception>
#include <string>

namespace orgweave::studio {

bool SlideExport::exportTo(Workspace& workspace, const std::filesystem::path& path,
                           const core::Translator& texts) {
    if (!workspace.hasDocument())
        return false;
    const auto format = layouts::renderFormatOf(path);
    if (format != layouts::RenderFormat::Pdf && format != layouts::RenderFormat::Png) {
        workspace.notify(core::tr("Not exported: slides are a .pdf file or .png pictures."), true);
        return false;
    }
    layouts::SlideDeckOptions options;
    options.base.gaps = PictureExport::optionsFor(workspace).gaps;
    options.base.texts = texts;
    try {
        const layouts::SlideDeck deck(*workspace.model(), options);
        if (format == layouts::RenderFormat::Pdf) {
            deck.writePdf(path);
            workspace.notify(core::fill(
                core::trn("Exported {} slide to {}", "Exported {} slides to {}", deck.slides().size()),
                {std::to_string(deck.slides().size()), path.filename().string()}));
        } else {
            const std::filesystem::path folder =
                path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
            const auto written = deck.writePngs(folder, path.stem().string());
            workspace.notify(core::fill(
                core::trn("Exported {} slide as {}", "Exported {} slides as {}", written.size()),
                {std::to_string(written.size()),
                 written.front().filename().string() + (written.size() > 1 ? ", \xE2\x80\xA6" : "")}));
        }
    } catch (const std::exception& e) {
        workspace.notify(core::fill(core::tr("Not exported: {}"), {e.what()}), true);
        return false;
    }
    return true;
}

void SlideExport::open(const Workspace& workspace) {
    if (!workspace.hasDocument())
        return;
    const std::filesystem::path document = workspace.document().path();
    const std::string name = document.empty() ? std::string("network") : core::documentStem(document);
    m_dialog.setTitle(core::tr("Export the views as slides"));
    m_dialog.setFilters({{core::tr("PDF, a page per view (*.pdf)"), {".pdf"}},
                         {core::tr("PNG slides, one per view (*.png)"), {".png"}}});
    m_dialog.open(FileDialog::Mode::Save, document.empty() ? std::filesystem::path() : document.parent_path(),
                  name + "-slides.pdf");
}

void SlideExport::draw(Workspace& workspace, float scale, const core::Translator& texts) {
    if (!m_dialog.isOpen())
        return;
    if (const auto chosen = m_dialog.draw(scale))
        exportTo(workspace, *chosen, texts);
}

}  // namespace orgweave::studio
