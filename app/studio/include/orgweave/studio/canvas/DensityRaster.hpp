#pragma once
// The canvas's level of detail for big networks: ties and nodes rasterised into a coarse
// world-space grid and drawn as shaded cells, instead of one line or shape each.
// Ties: each tie is walked along its segment one cell at a time (at most kMaxSteps samples) and
// counted in the cells it crosses; a cell's shade grows with log(1 + count) relative to the 98th
// percentile of the crossed cells (tieShade), so one tie is faint, the crowded parts dark, and a
// network where every cell is crossed by hundreds of ties still shows where it is denser.
// Nodes: a cell takes the fill of its most important node (the lowest label rank), so organizations
// colour the crowd. Cells of equal shade in a row merge into one rectangle (run), so a frame draws
// runs, not cells. The raster covers a world region at one cell size (a fixed number of screen
// pixels, 2.1 to 4.2 px, at a zoom quantised in octaves) and is rebuilt only when the zoom leaves that
// level, the view leaves the region, or the positions or decorations change: panning redraws the
// same runs moved. Cost: build O(n + m × cells per tie, bounded by kMaxSteps); draw O(runs).

#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/canvas/SceneIndex.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace orgweave::studio {

class Painter;

class DensityRaster {
public:
    static constexpr float kCellPixels = 3.0f;  ///< cell side on screen, unscaled
    static constexpr int kMaxSteps = 512;       ///< samples along one tie
    static constexpr int kMaxSide = 2048;       ///< cells along an axis

    struct Run {
        int row = 0;
        int first = 0;  ///< first column
        int last = 0;   ///< last column (inclusive)
        ImU32 color = 0;
    };

    /// World cell size for `zoom` (quantised to octaves) and high-DPI `scale`.
    static float cellFor(float zoom, float scale);
    /// The shade of a cell crossed by `count` ties when `reference` ties make the darkest shade:
    /// alpha from 0.06 to 0.72 along log(1 + count) / log(1 + reference), quantised to 16 steps
    /// (0 when none).
    static ImU32 tieShade(std::uint32_t count, std::uint32_t reference, bool dark);

    /// Whether the raster holds `layers` for the scene as indexed, the cell size and the world view.
    bool fresh(const Scene& scene, float cell, const Rect& worldView, bool ties, bool nodes, bool dark) const;
    /// Rasterises the scene (ties and/or nodes) at `cell` over `region` (world), clipped to the
    /// content.
    void build(const Scene& scene, const SceneIndex& index, float cell, const Rect& region, bool ties,
               bool nodes, bool dark);
    /// Draws the tie runs (then, with `nodes`, the node runs) that meet `view` (screen).
    void drawTies(Painter& painter, const Camera& camera, const Rect& view) const;
    void drawNodes(Painter& painter, const Camera& camera, const Rect& view) const;

    const std::vector<Run>& tieRuns() const { return m_tieRuns; }
    const std::vector<Run>& nodeRuns() const { return m_nodeRuns; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    /// How many times build() ran (tests: panning must not rebuild).
    std::uint64_t builds() const { return m_builds; }

private:
    void drawRuns(const std::vector<Run>& runs, Painter& painter, const Camera& camera,
                  const Rect& view) const;

    std::uint64_t m_generation = ~std::uint64_t{0};
    std::uint64_t m_decorations = ~std::uint64_t{0};
    float m_cell = 0.0f;
    Rect m_region;   ///< the world region rasterised (cell aligned)
    Rect m_content;  ///< the content bounds it was clipped to
    bool m_hasTies = false;
    bool m_hasNodes = false;
    bool m_dark = false;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<Run> m_tieRuns;
    std::vector<Run> m_nodeRuns;
    std::uint64_t m_builds = 0;
    std::uint32_t m_reference = 1;  ///< tie count of the darkest shade in the last build

public:
    /// Tie count drawn in the darkest shade by the last build (98th percentile of crossed cells).
    std::uint32_t reference() const { return m_reference; }
};

}  // namespace orgweave::studio
