#pragma once
// What the canvas tells the rest of the studio about where it looks: it publishes its camera every
// frame (as a core::ViewCamera, so the Views panel can save it in a view). Requests the other way
// (move the camera, present a view) go through the workspace's RequestQueue. Plain data owned by
// the Workspace; no event bus. Cost: constant time.

#include "orgweave/core/Model.hpp"

#include <optional>

namespace orgweave::studio {

class ViewStage {
public:
    /// The canvas's camera last frame (none before the first draw).
    void publishCamera(const core::ViewCamera& camera) { m_current = camera; }
    const std::optional<core::ViewCamera>& currentCamera() const { return m_current; }

private:
    std::optional<core::ViewCamera> m_current;
};

}  // namespace orgweave::studio
