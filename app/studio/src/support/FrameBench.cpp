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

void FrameBench::begin() {
    const auto now = std::chrono::steady_clock::now();
    if (!m_samples.empty())  // the whole previous frame: its draw, rendering, presenting, waiting
        m_periods.push_back(std::chrono::duration<double, std::milli>(now - m_start).count());
    m_start = now;
}

void FrameBench::end() {
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    m_samples.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
}

FrameBench::Summary FrameBench::summarize(const std::vector<double>& samples) const {
    // Frame k of `samples` is frame k of the run; the first two build caches and fit.
    std::vector<double> all;
    std::vector<double> fit;
    std::vector<double> pan;
    for (std::size_t k = 2; k < samples.size(); ++k) {
        all.push_back(samples[k]);
        (panning(static_cast<int>(k)) ? pan : fit).push_back(samples[k]);
    }
    const auto median = [](std::vector<double>& part) {
        if (part.empty())
            return std::nan("");
        std::sort(part.begin(), part.end());
        return part[part.size() / 2];
    };
    Summary summary;
    summary.frames = all.size();
    summary.median = median(all);
    summary.fitMedian = median(fit);
    summary.panMedian = median(pan);
    if (!all.empty()) {
        summary.p95 = all[std::min(
            all.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(all.size()))) - 1)];
    }
    return summary;
}

std::string FrameBench::report(std::size_t nodes, std::size_t ties) const {
    const Summary cpu = summarize(m_samples);
    const Summary wall = summarize(m_periods);
    char line[400];
    std::snprintf(line, sizeof line,
                  "frame_cpu median_ms=%.2f p95_ms=%.2f fit_median_ms=%.2f pan_median_ms=%.2f frames=%zu "
                  "nodes=%zu ties=%zu | frame_wall median_ms=%.2f p95_ms=%.2f fit_median_ms=%.2f "
                  "pan_median_ms=%.2f frames=%zu",
                  cpu.median, cpu.p95, cpu.fitMedian, cpu.panMedian, cpu.frames, nodes, ties, wall.median,
                  wall.p95, wall.fitMedian, wall.panMedian, wall.frames);
    return line;
}

}  // namespace orgweave::studio
