#include "orgweave/studio/canvas/SpatialGrid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace orgweave::studio {

SpatialGrid::CellRange SpatialGrid::cellsOf(const Rect& box) const {
    CellRange range;
    if (m_columns == 0 || box.max.x < m_bounds.min.x || box.max.y < m_bounds.min.y ||
        box.min.x > m_bounds.max.x || box.min.y > m_bounds.max.y)
        return range;
    const auto column = [&](float x) {
        return std::clamp(static_cast<int>(std::floor((x - m_bounds.min.x) / m_cell)), 0, m_columns - 1);
    };
    const auto row = [&](float y) {
        return std::clamp(static_cast<int>(std::floor((y - m_bounds.min.y) / m_cell)), 0, m_rows - 1);
    };
    range.x0 = column(box.min.x);
    range.x1 = column(box.max.x);
    range.y0 = row(box.min.y);
    range.y1 = row(box.max.y);
    return range;
}

void SpatialGrid::build(std::span<const Rect> boxes, const std::vector<bool>* skip, float perCell) {
    m_boxes.assign(boxes.begin(), boxes.end());
    m_start.clear();
    m_items.clear();
    m_large.clear();
    m_stamp.assign(m_boxes.size(), 0);
    m_query = 0;
    m_columns = 0;
    m_rows = 0;
    const auto skipped = [&](std::size_t k) { return skip != nullptr && k < skip->size() && (*skip)[k]; };
    std::size_t kept = 0;
    Rect bounds{{std::numeric_limits<float>::max(), std::numeric_limits<float>::max()},
                {std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()}};
    for (std::size_t k = 0; k < m_boxes.size(); ++k) {
        if (skipped(k))
            continue;
        const Rect& box = m_boxes[k];
        bounds.min = ImVec2(std::min(bounds.min.x, box.min.x), std::min(bounds.min.y, box.min.y));
        bounds.max = ImVec2(std::max(bounds.max.x, box.max.x), std::max(bounds.max.y, box.max.y));
        ++kept;
    }
    if (kept == 0)
        return;
    m_bounds = bounds;
    // Square cells, about `perCell` items each, at most kMaxSide along an axis.
    const float width = std::max(bounds.width(), 1e-3f);
    const float height = std::max(bounds.height(), 1e-3f);
    const float cells = std::max(1.0f, static_cast<float>(kept) / std::max(perCell, 0.5f));
    m_cell = std::sqrt(width * height / cells);
    m_cell = std::max({m_cell, width / static_cast<float>(kMaxSide), height / static_cast<float>(kMaxSide)});
    m_columns = std::clamp(static_cast<int>(std::ceil(width / m_cell)), 1, kMaxSide);
    m_rows = std::clamp(static_cast<int>(std::ceil(height / m_cell)), 1, kMaxSide);
    const std::size_t cellCount = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
    // Two passes: count per cell, then fill (compressed rows).
    m_start.assign(cellCount + 1, 0);
    const auto each = [&](auto&& visit) {
        for (std::size_t k = 0; k < m_boxes.size(); ++k) {
            if (skipped(k))
                continue;
            const CellRange r = cellsOf(m_boxes[k]);
            if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > kMaxCellsPerItem) {
                visit(k, nullptr);
                continue;
            }
            for (int y = r.y0; y <= r.y1; ++y) {
                for (int x = r.x0; x <= r.x1; ++x) {
                    const std::size_t cell =
                        static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns) +
                        static_cast<std::size_t>(x);
                    visit(k, &cell);
                }
            }
        }
    };
    each([&](std::size_t k, const std::size_t* cell) {
        if (cell == nullptr)
            m_large.push_back(static_cast<std::uint32_t>(k));
        else
            ++m_start[*cell + 1];
    });
    for (std::size_t c = 0; c < cellCount; ++c)
        m_start[c + 1] += m_start[c];
    m_items.resize(m_start[cellCount]);
    std::vector<std::uint32_t> fill(m_start.begin(), m_start.end() - 1);
    each([&](std::size_t k, const std::size_t* cell) {
        if (cell != nullptr)
            m_items[fill[*cell]++] = static_cast<std::uint32_t>(k);
    });
}

void SpatialGrid::query(const Rect& world, std::vector<std::uint32_t>& out) const {
    if (m_columns == 0)
        return;
    if (++m_query == 0) {  // wrapped: forget the old stamps
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_query = 1;
    }
    const auto touches = [&](const Rect& box) {
        return box.min.x <= world.max.x && world.min.x <= box.max.x && box.min.y <= world.max.y &&
               world.min.y <= box.max.y;
    };
    const CellRange r = cellsOf(world);
    for (int y = r.y0; y <= r.y1; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns);
        for (std::uint32_t at = m_start[row + static_cast<std::size_t>(r.x0)],
                           end = m_start[row + static_cast<std::size_t>(r.x1) + 1];
             at < end; ++at) {
            const std::uint32_t item = m_items[at];
            if (m_stamp[item] == m_query || !touches(m_boxes[item]))
                continue;
            m_stamp[item] = m_query;
            out.push_back(item);
        }
    }
    for (const std::uint32_t item : m_large) {
        if (touches(m_boxes[item]))
            out.push_back(item);
    }
}

std::size_t SpatialGrid::count(const Rect& world) const {
    if (m_columns == 0)
        return 0;
    // Items in the cells overlapped, counted without listing (an item in several cells counts once
    // per cell: an upper estimate, exact for points).
    const CellRange r = cellsOf(world);
    std::size_t total = 0;
    for (int y = r.y0; y <= r.y1; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns);
        total +=
            m_start[row + static_cast<std::size_t>(r.x1) + 1] - m_start[row + static_cast<std::size_t>(r.x0)];
    }
    for (const std::uint32_t item : m_large) {
        const Rect& box = m_boxes[item];
        if (box.min.x <= world.max.x && world.min.x <= box.max.x && box.min.y <= world.max.y &&
            world.min.y <= box.max.y)
            ++total;
    }
    return total;
}

}  // namespace orgweave::studio
