#pragma once
// File › Export picture: what the canvas shows as SVG, PNG or PDF, recorded from the canvas's own
// drawing (Canvas::requestExport: the same scene, camera, labels, notes, ghosts, halos and legend;
// issue 18). The file is chosen in a FileDialog and written atomically after the next frame;
// success or failure is a notice. `orgweave render --view` takes the same path headless
// (HeadlessPicture.hpp). exportTo() is the older path: layouts' renderer (Graphviz) with the
// canvas's mapping, as `orgweave render` without --view draws it. Cost: one recorded frame on the
// UI thread.

#include "orgweave/layouts/Renderer.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/files/FileDialog.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <filesystem>

namespace orgweave::studio {

class PictureExport {
public:
    /// Opens the save dialog next to the document, named after it; the picture shows the current
    /// view, or with `fitAll` the whole network framed (File › Export picture › Current view / Fit all).
    void open(const Workspace& workspace, bool fitAll = false);
    /// Whether the open (or last) dialog exports the whole network.
    bool fitAll() const { return m_fitAll; }
    /// Draws the dialog when open and asks `canvas` for the picture when a file is chosen; reports
    /// the outcome of the canvas's last export as a notice.
    void draw(Workspace& workspace, Canvas& canvas, float scale);
    /// Asks `canvas` to export its next frame to `path`; false with a notice for a bad extension.
    /// The one path of every canvas picture: the menu's and `orgweave render`'s (HeadlessPicture,
    /// which adds a `title` band).
    static bool exportCanvas(Workspace& workspace, Canvas& canvas, const std::filesystem::path& path,
                             bool fitAll = false, Canvas::PictureTitle title = {});
    bool isOpen() const { return m_dialog.isOpen(); }

    /// The render options the canvas's mapping stands for.
    static layouts::RenderOptions optionsFor(const Workspace& workspace);
    /// Exports to `path` (format by extension); false with a notice on failure.
    /// `texts`: the language of the legend (the report language).
    static bool exportTo(Workspace& workspace, const std::filesystem::path& path,
                         const core::Translator& texts = core::ui());

    FileDialog& dialog() { return m_dialog; }

private:
    FileDialog m_dialog;
    bool m_fitAll = false;
};

}  // namespace orgweave::studio
