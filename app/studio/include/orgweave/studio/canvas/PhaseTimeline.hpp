#pragma once
// The phase strip under the canvas (DESIGN.md §6, DOMAIN.md §2.6), drawn only when the document
// has phases: "All phases" and one segment per phase in document order, as wide as its dates when
// every phase has a start and an end (else all equal), with its label and date range; the phase
// shown is highlighted; a tooltip gives the dates, bureaucracy mode and note. Clicking a segment,
// or Left/Right while the canvas has focus, switches phase; a Ghost | Hide toggle decides how
// nodes and ties absent from the phase are drawn.
//
// Switching phase sets the canvas mapping's phase and the analysis phase (measures and gaps follow
// it) and never moves a node: positions stay put so the eye sees what changed.
// Cost per frame: O(phases).

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class PhaseTimeline {
public:
    /// Height of the strip at `scale` (fonts at their default size).
    static float height(float scale);
    /// Whether the strip is drawn: a document with at least one phase.
    static bool wanted(const Workspace& workspace);

    /// Shows `phase` ("" = all phases): canvas mapping and analysis settings. Returns false (and
    /// changes nothing) when the document has no such phase.
    static bool select(Workspace& workspace, const std::string& phase);
    /// The phase `delta` steps from the shown one in "All, p1, p2, …" order, clamped at both ends.
    static void step(Workspace& workspace, int delta);
    /// Forgets a shown phase the document no longer has (deleted, renamed, another document).
    static void keepValid(Workspace& workspace);
    /// "Phase II · 2016–2018" for the status bar; empty when all phases are shown.
    static std::string caption(const core::Model& model, std::string_view phase);
    /// "2013-01 – 2014-06", "from 2013", "until 2014" or empty.
    static std::string dateRange(const core::Phase& phase);

    /// Draws the strip over `area` (screen) into the current window and handles its clicks.
    void draw(Workspace& workspace, const Rect& area, float scale);
    /// Left/Right step the phase (call when the canvas window has focus).
    void handleKeys(Workspace& workspace);

    /// Segment rectangles of the last frame: [0] "All phases", then one per phase (tests).
    const std::vector<Rect>& segments() const { return m_segments; }
    /// The Ghost and Hide buttons of the last frame (tests).
    const Rect& ghostButton() const { return m_ghostButton; }
    const Rect& hideButton() const { return m_hideButton; }

private:
    std::vector<Rect> m_segments;
    Rect m_ghostButton;
    Rect m_hideButton;
};

}  // namespace orgweave::studio
