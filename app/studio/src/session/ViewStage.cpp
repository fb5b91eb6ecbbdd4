#include "orgweave/studio/session/ViewStage.hpp"

#include <utility>

namespace orgweave::studio {

std::optional<ViewStage::CameraRequest> ViewStage::takeCameraRequest() {
    return std::exchange(m_cameraRequest, std::nullopt);
}

std::optional<std::string> ViewStage::takePresentationRequest() {
    return std::exchange(m_presentation, std::nullopt);
}

}  // namespace orgweave::studio
