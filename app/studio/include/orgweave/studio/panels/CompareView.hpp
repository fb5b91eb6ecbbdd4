#pragma once
// What the Compare panel shows in place of the canvas: the two compared networks as one overlay,
// or side by side. Both modes draw one combined model (the "after" network plus what only the
// "before" one has, at its own positions when "after" has none), so positions and the camera are
// the same in every picture and the eye sees what changed:
//   overlay       added nodes and ties ringed bluish green, removed ones faded with a vermillion
//                 ring, changed ones blue;
//   side by side  left "before" (what was added later faded), right "after" (what was removed
//                 faded); panning or zooming one moves the other.
// Read-only canvases: nothing here edits the document. Cost: O(nodes + ties) to build, then the
// canvas's per-frame cost once (overlay) or twice (side by side).

#include "orgweave/core/Model.hpp"
#include "orgweave/core/ModelDiff.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"

#include <string>

namespace orgweave::studio {

class CompareView {
public:
    enum class Mode { Overlay, SideBySide };

    /// Builds the combined model of `before` and `after` (each already limited to its phase) and
    /// the marks of `diff` (diffModels(before, after)).
    void set(const core::Model& before, const core::Model& after, const core::ModelDiff& diff,
             const std::string& nameBefore, const std::string& nameAfter);
    void clear();
    bool empty() const { return m_combined.nodes.empty(); }

    /// Draws into the current window, filling `area`, with the main canvas's scale, fonts and theme.
    void draw(Mode mode, const Canvas& style, const Rect& area);

    /// The combined model (tests).
    const core::Model& combined() const { return m_combined; }
    const Canvas& overlayCanvas() const { return m_overlay; }
    const Canvas& beforeCanvas() const { return m_before; }
    const Canvas& afterCanvas() const { return m_after; }

private:
    void follow(const Canvas& style);

    core::Model m_combined;
    Canvas m_overlay;
    Canvas m_before;
    Canvas m_after;
    ImVec2 m_sharedPan{0.0f, 0.0f};
    float m_sharedZoom = 0.0f;  ///< 0: not yet shared (the canvases fit themselves)
};

}  // namespace orgweave::studio
