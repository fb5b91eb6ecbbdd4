#pragma once
// File › Export picture: the document as SVG, PNG or PDF, drawn by layouts' renderer with the
// canvas's current mapping (colour by, size by, phase, gap halos) and the same style table, with
// its title and legend inside the picture. The file is chosen in a FileDialog and written
// atomically; success or failure is a notice. Cost: one render (Graphviz) on the UI thread.

#include "orgweave/layouts/Renderer.hpp"
#include "orgweave/studio/files/FileDialog.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <filesystem>

namespace orgweave::studio {

class PictureExport {
public:
    /// Opens the save dialog next to the document, named after it.
    void open(const Workspace& workspace);
    /// Draws the dialog when open and exports when a file is chosen.
    void draw(Workspace& workspace, float scale);
    bool isOpen() const { return m_dialog.isOpen(); }

    /// The render options the canvas's mapping stands for.
    static layouts::RenderOptions optionsFor(const Workspace& workspace);
    /// Exports to `path` (format by extension); false with a notice on failure.
    static bool exportTo(Workspace& workspace, const std::filesystem::path& path);

    FileDialog& dialog() { return m_dialog; }

private:
    FileDialog m_dialog;
};

}  // namespace orgweave::studio
