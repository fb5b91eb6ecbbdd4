#pragma once
// A smooth camera move between two saved cameras (core::ViewCamera: world centre and zoom per
// 1000 pixels of picture height): the centre moves and the zoom changes geometrically, both eased
// in and out (smoothstep) over `duration` seconds. Also converts between the canvas Camera and a
// ViewCamera for a given viewport. Cost: constant time per step.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/canvas/Camera.hpp"

namespace orgweave::studio {

class CameraTween {
public:
    static constexpr double kDuration = 0.6;  ///< seconds

    /// The saved form of `camera` for its viewport.
    static core::ViewCamera capture(const Camera& camera);
    /// Points `camera` (whose viewport is set) at `view`.
    static void apply(Camera& camera, const core::ViewCamera& view);
    /// Ease in-out of t in [0, 1] (smoothstep).
    static double ease(double t);

    void start(const core::ViewCamera& from, const core::ViewCamera& to, double duration = kDuration);
    void stop() { m_active = false; }
    bool active() const { return m_active; }
    /// Advances by `seconds` and returns the camera to show now (the target once finished).
    core::ViewCamera advance(double seconds);
    const core::ViewCamera& target() const { return m_to; }
    /// Fraction of the move done, 0…1 (1 when inactive).
    double progress() const { return m_active ? m_elapsed / m_duration : 1.0; }

private:
    core::ViewCamera m_from;
    core::ViewCamera m_to;
    double m_duration = kDuration;
    double m_elapsed = 0.0;
    bool m_active = false;
};

}  // namespace orgweave::studio
