#pragma once
// Framing the canvas's picture: fit() puts every visible node of the scene in view (labels and
// node sizes included), trying each legend corner and arrangement and keeping the one that gives
// the biggest picture; frame() zooms to some nodes (never past twice the fitted zoom). It keeps
// the view fitted while the viewport or legend changes until the user pans or zooms
// (userMoved()), and chooses the node size factor: gentle growth with zoom from the fitted zoom,
// smaller nodes in dense pictures. Cost: fit() O(n) per legend placement tried (8 at most).

#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace orgweave::studio {

class CanvasFit {
public:
    /// Fit at the next frame and keep fitting until the user moves the view.
    void request() {
        m_pending = true;
        m_follow = true;
    }
    bool pending() const { return m_pending; }
    bool follows() const { return m_follow; }
    /// The user panned or zoomed, or the view was moved on request: stop fitting.
    void userMoved() {
        m_follow = false;
        m_pending = false;
    }
    /// The network was edited: the view stops following the fit (a fit already asked for still
    /// happens), so nodes never jump away from the cursor while the user builds.
    void keepView() { m_follow = false; }
    /// The viewport or the legend's rectangle changed: re-fit a view that follows the fit.
    void layoutChanged() {
        if (m_follow)
            m_pending = true;
    }
    /// The legend's rectangle this frame; a change counts as layoutChanged().
    void trackLegend(const Rect& legend);
    /// Presentation: the fitted picture always lies beside the legend, never under it.
    void setClearOfLegend(bool clear) { m_clearOfLegend = clear; }

    /// Fits the visible nodes into the camera's viewport, placing the legend where it hides least.
    void fit(Camera& camera, const Scene& scene, Legend& legend, ImFont* regular, ImFont* bold, float scale);
    /// Fits if a fit is pending.
    void fitIfPending(Camera& camera, const Scene& scene, Legend& legend, ImFont* regular, ImFont* bold,
                      float scale);
    /// Frames these nodes (indices into Model::nodes) at a comfortable zoom; stops following the fit.
    void frame(Camera& camera, const Scene& scene, const std::vector<std::size_t>& nodes, float scale);

    /// Node radius factor at the camera's zoom: √(zoom / fitted zoom) within 0.6…2.2, times the
    /// high-DPI scale and the density factor of the last fit.
    float sizeFactor(const Camera& camera, float scale) const;

private:
    bool m_pending = true;
    bool m_clearOfLegend = false;
    bool m_follow = true;
    float m_referenceZoom = 1.0f;  ///< zoom of the last fit; node sizes grow gently from it
    float m_density = 1.0f;        ///< node size factor chosen at the last fit (dense pictures: smaller)
    Rect m_lastLegend;             ///< the legend's rectangle last frame
};

}  // namespace orgweave::studio
