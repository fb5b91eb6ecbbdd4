#pragma once
// A picture of a document drawn by the studio's own canvas without a window (issue 18, "export
// equals the screen"; `orgweave render`). It opens an ImGui context of its own (no window, no GL;
// the caller's context, if any, is current again afterwards), builds the studio's fonts with the
// scripts the document uses merged in (Theme), puts the document in a Workspace, applies a saved
// view as the Views panel does (ViewActions::apply) and the phase as the phase strip does
// (PhaseTimeline::select), waits for the analysis (measures and gap findings), draws the canvas a
// few frames at the picture's size and exports its fit-all frame through
// PictureExport::exportCanvas, the path of File › Export picture › Fit all. Nodes without a
// position are laid out first (layouts::completePositions with `engine`). With a title the
// picture keeps its size: the title band comes off the canvas's height.
// Cost: one copy of the model, the analysis, the font atlas (plus the fallback fonts a document's
// scripts need) and three canvas frames, O(nodes + ties) each.

#include "orgweave/core/Model.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace orgweave::studio {

/// What cannot be drawn (an unknown view, phase, measure or tie score, a bad file name, a failed
/// write); the message is for the user, in the user's language.
class PictureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct HeadlessPictureOptions {
    /// A saved view (its phase, colouring, sizing, filter, highlights, title and caption); empty: none.
    std::string viewId;
    /// Each replaces the view's choice when not empty (CanvasMapping's meaning): node colour, node
    /// size (a measure), tie colour and width (a tie score, layouts::tieScoreNames), the phase.
    std::string colorBy;
    std::string sizeBy;
    std::string tiesBy;
    std::string phase;
    /// The title band: this title, else the view's, else the document's (no band when all are empty).
    std::string title;
    /// Halos around the nodes gap findings name.
    bool gaps = false;
    /// Layout engine for nodes without a position (layouts::layoutEngineNames()).
    std::string engine = "auto";
    /// The picture's size in pixels (PNG is written at twice this).
    int width = 1600;
    int height = 1000;
};

class HeadlessPicture {
public:
    static constexpr int kMinSide = 200;
    static constexpr int kMaxSide = 8000;
    /// Draws `model` as `options` say and writes `out` (.svg, .png or .pdf), atomically. Throws
    /// PictureError with a message naming what is wrong.
    static void render(const core::Model& model, const HeadlessPictureOptions& options,
                       const std::filesystem::path& out);
};

}  // namespace orgweave::studio
