#include "orgweave/studio/support/FrameBench.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace orgweave::studio {

void FrameBench::moveCamera(Canvas& canvas, int frame) const {
    if (frame < 2)
        return;  // the first frames fit the network
    const Rect view = canvas.viewport();
    // Pan in a slow circle and zoom in and out by up to 4× around the centre.
    const float t = static_cast<float>(frame);
    canvas.camera().panBy(ImVec2(std::cos(t * 0.05f), std::sin(t * 0.05f)) * 6.0f);
    const float zoomStep = std::sin(t * 0.03f) > 0.0f ? 1.02f : 1.0f / 1.02f;
    canvas.camera().zoomAt(view.center(), zoomStep);
}

void FrameBench::end() {
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    m_samples.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
}

std::string FrameBench::report(std::size_t nodes, std::size_t ties) const {
    std::vector<double> measured(
        m_samples.begin() + std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(m_samples.size())),
        m_samples.end());
    if (measured.empty())
        return "frame_cpu median_ms=nan p95_ms=nan frames=0";
    std::sort(measured.begin(), measured.end());
    const double median = measured[measured.size() / 2];
    const double p95 = measured[std::min(
        measured.size() - 1,
        static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(measured.size()))) - 1)];
    char line[160];
    std::snprintf(line, sizeof line, "frame_cpu median_ms=%.2f p95_ms=%.2f frames=%zu nodes=%zu ties=%zu",
                  median, p95, measured.size(), nodes, ties);
    return line;
}

}  // namespace orgweave::studio
