#pragma once
// `orgweave-studio FILE --bench-frames N`: measures how long the CPU takes to prepare a frame
// (from the start of the window's draw to the end of ImGui::Render, not the GPU) while the
// canvas shows the whole network and then pans across it, and reports one line:
// "frame_cpu median_ms=X p95_ms=Y fit_median_ms=F pan_median_ms=P frames=N nodes=… ties=… |
// frame_wall median_ms=… p95_ms=… fit_median_ms=… pan_median_ms=… frames=…". frame_wall is the whole
// frame, from one draw's start to the next one's: drawing, OpenGL rendering (software under Xvfb),
// presenting and whatever else the loop does, as a user would feel it.
// The camera path is deterministic: the first frame fits; the first half of the frames keep that
// fit-all view still (fit_median_ms), the second half pan in a slow circle at the fit-all zoom,
// a few pixels per frame (pan_median_ms); median_ms and p95_ms are over both.
// Cost: O(N) samples kept.

#include "orgweave/studio/canvas/Canvas.hpp"

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

namespace orgweave::studio {

class FrameBench {
public:
    explicit FrameBench(int frames) : m_frames(frames) {}
    /// Whether frame `frame` (0-based) belongs to the panning half.
    bool panning(int frame) const { return frame >= m_frames / 2; }

    /// Moves the camera for frame `frame` (0-based) before it is drawn.
    void moveCamera(Canvas& canvas, int frame) const;
    /// Marks the start and end of a frame's CPU work.
    void begin();
    void end();

    bool done() const { return static_cast<int>(m_samples.size()) >= m_frames; }
    const std::vector<double>& samples() const { return m_samples; }
    /// The report line (frames after the first two, which build caches and fit).
    std::string report(std::size_t nodes, std::size_t ties) const;

private:
    int m_frames = 0;
    std::chrono::steady_clock::time_point m_start;
    std::vector<double> m_samples;  ///< milliseconds of the window's draw, per frame
    std::vector<double> m_periods;  ///< milliseconds of each whole frame (draw start to draw start)

    struct Summary {
        double median = std::nan("");
        double p95 = std::nan("");
        double fitMedian = std::nan("");
        double panMedian = std::nan("");
        std::size_t frames = 0;
    };
    Summary summarize(const std::vector<double>& samples) const;
};

}  // namespace orgweave::studio
