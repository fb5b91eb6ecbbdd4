#pragma once
// What the Views panel and presentation mode ask of the canvas and the main window, and what the
// canvas tells them back, without knowing each other: the canvas publishes its camera every frame
// (as a core::ViewCamera, so it can be saved in a view), takes camera requests (move there
// smoothly or at once, or frame the visible nodes) at its next draw, and the main window takes
// requests to present. Plain data owned by the Workspace; no event bus. Cost: constant time.

#include "orgweave/core/Model.hpp"

#include <optional>
#include <string>

namespace orgweave::studio {

class ViewStage {
public:
    /// Where the canvas should look next.
    struct CameraRequest {
        std::optional<core::ViewCamera> camera;  ///< none: frame the visible nodes
        bool smooth = true;                      ///< ease there (CameraTween) rather than jump
    };

    /// The canvas's camera last frame (none before the first draw).
    void publishCamera(const core::ViewCamera& camera) { m_current = camera; }
    const std::optional<core::ViewCamera>& currentCamera() const { return m_current; }

    void requestCamera(std::optional<core::ViewCamera> camera, bool smooth) {
        m_cameraRequest = CameraRequest{camera, smooth};
    }
    std::optional<CameraRequest> takeCameraRequest();
    bool hasCameraRequest() const { return m_cameraRequest.has_value(); }

    /// Asks the main window to enter presentation mode at this view ("" = the first).
    void requestPresentation(std::string viewId) { m_presentation = std::move(viewId); }
    std::optional<std::string> takePresentationRequest();

private:
    std::optional<core::ViewCamera> m_current;
    std::optional<CameraRequest> m_cameraRequest;
    std::optional<std::string> m_presentation;
};

}  // namespace orgweave::studio
