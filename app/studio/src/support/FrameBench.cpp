#include "orgweave/studio/support/FrameBench.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace orgweave::studio {

void FrameBench::moveCamera(Canvas& canvas, int frame) const {
    if (frame < 2 || !panning(frame))
        return;  // the first half shows the whole network, as fitted
    // Pan in a slow circle, 6 px a frame, at the fit-all zoom.
    const float t = static_cast<float>(frame);
    canvas.camera().panBy(ImVec2(std::cos(t * 0.05f), std::sin(t * 0.05f)) * 6.0f);
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
    // Medians of each half (frame k of m_samples is frame k of the run).
    const auto medianOf = [this](bool pan) {
        std::vector<double> part;
        for (std::size_t k = 2; k < m_samples.size(); ++k) {
            if (panning(static_cast<int>(k)) == pan)
                part.push_back(m_samples[k]);
        }
        if (part.empty())
            return std::nan("");
        std::sort(part.begin(), part.end());
        return part[part.size() / 2];
    };
    std::sort(measured.begin(), measured.end());
    const double median = measured[measured.size() / 2];
    const double p95 = measured[std::min(
        measured.size() - 1,
        static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(measured.size()))) - 1)];
    char line[224];
    std::snprintf(line, sizeof line,
                  "frame_cpu median_ms=%.2f p95_ms=%.2f fit_median_ms=%.2f pan_median_ms=%.2f frames=%zu "
                  "nodes=%zu ties=%zu",
                  median, p95, medianOf(false), medianOf(true), measured.size(), nodes, ties);
    return line;
}

}  // namespace orgweave::studio
