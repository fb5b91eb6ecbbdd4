#pragma once
// File › Export views as slides: every saved view drawn by layouts' SlideDeck, as one PDF with a
// page per view, or as PNG slides (a chosen "deck.png" writes deck-01-<view-id>.png, … in its
// folder). The file is chosen in a FileDialog; success or failure is a notice.
// Cost: one render (Graphviz) per view on the UI thread.

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/files/FileDialog.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <filesystem>

namespace orgweave::studio {

class SlideExport {
public:
    /// Opens the save dialog next to the document, named after it.
    void open(const Workspace& workspace);
    /// Draws the dialog when open and exports when a file is chosen.
    void draw(Workspace& workspace, float scale, const core::Translator& texts = core::ui());
    bool isOpen() const { return m_dialog.isOpen(); }

    /// Writes the slides for `path` (.pdf: one file; .png: slides named after it in its folder);
    /// false with a notice on failure.
    /// `texts`: the language of the slides' legends (the report language).
    static bool exportTo(Workspace& workspace, const std::filesystem::path& path,
                         const core::Translator& texts = core::ui());

    FileDialog& dialog() { return m_dialog; }

private:
    FileDialog m_dialog;
};

}  // namespace orgweave::studio
