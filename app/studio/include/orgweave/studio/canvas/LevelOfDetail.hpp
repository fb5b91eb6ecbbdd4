#pragma once
// How the canvas draws this frame, from how much of the network is in view (SceneIndex counts):
// more than kTieBudget ties in view are drawn as a density raster (DensityRaster) instead of one
// line each, and more than kNodeBudget nodes as coloured cells instead of one shape each (the
// organizations, committees, selected, highlighted, marked and haloed nodes stay shapes). Below
// the budgets everything in view is drawn one by one (thin lines and a per-frame density of
// sub-pixel ties above Canvas::kDenseTies). Labels are capped at kMaxLabels drawn and
// kMaxLabelTries tried per frame. Cost: constant.

#include <cstddef>

namespace orgweave::studio {

struct LevelOfDetail {
    static constexpr std::size_t kTieBudget = 20000;
    static constexpr std::size_t kNodeBudget = 8000;
    static constexpr int kMaxLabels = 1500;
    static constexpr int kMaxLabelTries = 2000;

    bool tieDensity = false;   ///< ties as a density raster
    bool nodeDensity = false;  ///< nodes as coloured cells

    /// The level for `ties` and `nodes` in view.
    static LevelOfDetail choose(std::size_t ties, std::size_t nodes);
    bool any() const { return tieDensity || nodeDensity; }
};

}  // namespace orgweave::studio
