// DensityRaster: sections · cells and shades · building · drawing
#include "orgweave/studio/canvas/DensityRaster.hpp"

#include "orgweave/studio/canvas/Painter.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace orgweave::studio {

// -------------------------------------------------------------------------------- cells and shades

float DensityRaster::cellFor(float zoom, float scale) {
    const float level = std::round(std::log2(std::max(zoom, Camera::kMinZoom)));
    return kCellPixels * scale / std::exp2(level);
}

ImU32 DensityRaster::tieShade(std::uint32_t count, std::uint32_t reference, bool dark) {
    if (count == 0)
        return 0;
    const float share = std::clamp(std::log1p(static_cast<float>(count)) /
                                       std::log1p(static_cast<float>(std::max<std::uint32_t>(reference, 1))),
                                   0.0f, 1.0f);
    const float alpha = std::round((0.06f + 0.66f * share) * 16.0f) / 16.0f;
    const ImU32 ink = dark ? IM_COL32(225, 230, 240, 255) : IM_COL32(60, 70, 90, 255);
    return Style::withAlpha(ink, alpha);
}

bool DensityRaster::fresh(const Scene& scene, float cell, const Rect& worldView, bool ties, bool nodes,
                          bool dark) const {
    if (scene.generation() != m_generation || scene.decorations() != m_decorations || cell != m_cell ||
        dark != m_dark || (ties && !m_hasTies) || (nodes && !m_hasNodes))
        return false;
    // The part of the view that shows content must lie inside the region.
    const Rect seen{{std::max(worldView.min.x, m_content.min.x), std::max(worldView.min.y, m_content.min.y)},
                    {std::min(worldView.max.x, m_content.max.x), std::min(worldView.max.y, m_content.max.y)}};
    if (seen.width() < 0.0f || seen.height() < 0.0f)
        return true;  // nothing of the content in view
    return seen.min.x >= m_region.min.x && seen.min.y >= m_region.min.y && seen.max.x <= m_region.max.x &&
           seen.max.y <= m_region.max.y;
}

// ----------------------------------------------------------------------------------------- building

void DensityRaster::build(const Scene& scene, const SceneIndex& index, float cell, const Rect& region,
                          bool ties, bool nodes, bool dark) {
    ++m_builds;
    m_generation = scene.generation();
    m_decorations = scene.decorations();
    m_cell = cell;
    m_dark = dark;
    m_hasTies = ties;
    m_hasNodes = nodes;
    m_tieRuns.clear();
    m_nodeRuns.clear();
    // The content (node positions, a cell of margin) within the requested region, on the cell lattice.
    m_content = index.contentBounds();
    m_content.min = m_content.min - ImVec2(cell, cell);
    m_content.max = m_content.max + ImVec2(cell, cell);
    Rect area{{std::max(region.min.x, m_content.min.x), std::max(region.min.y, m_content.min.y)},
              {std::min(region.max.x, m_content.max.x), std::min(region.max.y, m_content.max.y)}};
    if (area.width() < 0.0f || area.height() < 0.0f) {
        m_region = region;
        m_columns = 0;
        m_rows = 0;
        return;
    }
    area.min = ImVec2(std::floor(area.min.x / cell) * cell, std::floor(area.min.y / cell) * cell);
    m_columns = std::clamp(static_cast<int>(std::ceil((area.max.x - area.min.x) / cell)) + 1, 1, kMaxSide);
    m_rows = std::clamp(static_cast<int>(std::ceil((area.max.y - area.min.y) / cell)) + 1, 1, kMaxSide);
    area.max = area.min + ImVec2(static_cast<float>(m_columns), static_cast<float>(m_rows)) * cell;
    m_region = area;
    const std::size_t cells = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
    const auto cellIndex = [&](ImVec2 p, std::size_t& out) {
        const float fx = (p.x - area.min.x) / cell;
        const float fy = (p.y - area.min.y) / cell;
        if (fx < 0.0f || fy < 0.0f || fx >= static_cast<float>(m_columns) || fy >= static_cast<float>(m_rows))
            return false;
        out =
            static_cast<std::size_t>(fy) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(fx);
        return true;
    };
    const auto emitRuns = [&](const auto& colorAt, std::vector<Run>& runs) {
        for (int y = 0; y < m_rows; ++y) {
            int x = 0;
            while (x < m_columns) {
                const ImU32 color =
                    colorAt(static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns) +
                            static_cast<std::size_t>(x));
                int end = x;
                while (end + 1 < m_columns &&
                       colorAt(static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns) +
                               static_cast<std::size_t>(end + 1)) == color)
                    ++end;
                if ((color & IM_COL32_A_MASK) != 0)
                    runs.push_back({y, x, end, color});
                x = end + 1;
            }
        }
    };
    const std::vector<Scene::NodeItem>& items = scene.nodes();
    if (ties) {
        std::vector<std::uint32_t> counts(cells, 0);
        std::vector<std::uint32_t> found;
        index.ties().query(area, found);
        for (const std::uint32_t t : found) {
            const Scene::TieItem& tie = scene.ties()[t];
            if (index.isSpecialTie(t))
                continue;  // drawn one by one
            const ImVec2 a = items[tie.source].world;
            const ImVec2 b = items[tie.target].world;
            const float cellsLong = std::max(std::abs(b.x - a.x), std::abs(b.y - a.y)) / cell;
            const int steps = std::clamp(static_cast<int>(std::ceil(cellsLong)), 1, kMaxSteps);
            const ImVec2 step = (b - a) / static_cast<float>(steps);
            std::size_t last = std::numeric_limits<std::size_t>::max();
            ImVec2 p = a;
            for (int k = 0; k <= steps; ++k, p = p + step) {
                std::size_t at = 0;
                if (cellIndex(p, at) && at != last) {
                    ++counts[at];
                    last = at;
                }
            }
        }
        // The darkest shade for the 98th percentile of the crossed cells: contrast wherever the
        // network is, however many ties cross a cell.
        std::vector<std::uint32_t> crossed;
        for (const std::uint32_t c : counts) {
            if (c != 0)
                crossed.push_back(c);
        }
        m_reference = 1;
        if (!crossed.empty()) {
            const auto at = crossed.begin() + static_cast<std::ptrdiff_t>(crossed.size() * 98 / 100);
            std::nth_element(crossed.begin(), at, crossed.end());
            m_reference = std::max<std::uint32_t>(*at, 4);
        }
        emitRuns([&](std::size_t c) { return tieShade(counts[c], m_reference, dark); }, m_tieRuns);
    }
    if (nodes) {
        constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
        std::vector<std::uint32_t> best(cells, kNone);  // node index with the lowest rank
        std::vector<std::uint32_t> found;
        index.nodes().query(area, found);
        for (const std::uint32_t i : found) {
            std::size_t at = 0;
            if (index.isSpecialNode(i) || !cellIndex(items[i].world, at))
                continue;
            if (best[at] == kNone || index.rank(i) < index.rank(best[at]))
                best[at] = i;
        }
        emitRuns(
            [&](std::size_t c) {
                if (best[c] == kNone)
                    return ImU32{0};
                const Scene::NodeItem& node = items[best[c]];
                return node.ghost ? Style::withAlpha(node.style.fill, 0.2f) : node.style.fill;
            },
            m_nodeRuns);
    }
}

// ------------------------------------------------------------------------------------------ drawing

void DensityRaster::drawRuns(const std::vector<Run>& runs, Painter& painter, const Camera& camera,
                             const Rect& view) const {
    const float side = m_cell * camera.zoom();
    const ImVec2 origin = camera.worldToScreen(m_region.min);
    // Rows are in order: skip to the first visible one.
    const int firstRow = static_cast<int>(std::floor((view.min.y - origin.y) / side)) - 1;
    const auto begin = std::lower_bound(runs.begin(), runs.end(), firstRow,
                                        [](const Run& run, int row) { return run.row < row; });
    for (auto it = begin; it != runs.end(); ++it) {
        const Run& run = *it;
        const float top = origin.y + static_cast<float>(run.row) * side;
        if (top > view.max.y)
            break;
        const float left = origin.x + static_cast<float>(run.first) * side;
        const float right = origin.x + static_cast<float>(run.last + 1) * side;
        if (right < view.min.x || left > view.max.x || top + side < view.min.y)
            continue;
        painter.rect({left, top}, {right, top + side}, run.color, 0, 0.0f, 0.0f);
    }
}

void DensityRaster::drawTies(Painter& painter, const Camera& camera, const Rect& view) const {
    drawRuns(m_tieRuns, painter, camera, view);
}

void DensityRaster::drawNodes(Painter& painter, const Camera& camera, const Rect& view) const {
    drawRuns(m_nodeRuns, painter, camera, view);
}

}  // namespace orgweave::studio
