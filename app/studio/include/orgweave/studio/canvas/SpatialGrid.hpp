#pragma once
// A uniform bucket grid over world-space boxes (a node is a point box, a tie the box of its two
// ends), for the canvas's culling and hit tests: query(rect) lists the items whose box overlaps a
// world rectangle, each once. A box that spans more than kMaxCellsPerItem cells is not bucketed
// but kept on a "large" list every query checks (long ties of a big network). The grid is built
// once per change of positions (Canvas keys it by the scene's generation and decorations), never
// per frame. Cost: build O(items + cells); query O(cells overlapped + items found + large items).

#include "orgweave/studio/support/VecMath.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace orgweave::studio {

class SpatialGrid {
public:
    static constexpr int kMaxCellsPerItem = 16;
    static constexpr int kMaxSide = 1024;  ///< at most this many cells along an axis

    /// Buckets `boxes` (item k is boxes[k]); `skip[k]` (when given) leaves item k out. About
    /// `perCell` items per cell on average.
    void build(std::span<const Rect> boxes, const std::vector<bool>* skip = nullptr, float perCell = 4.0f);
    /// Appends the items overlapping `world` (boxes touching it count) to `out`, each once.
    void query(const Rect& world, std::vector<std::uint32_t>& out) const;
    /// How many items query(world) would return, without listing them (an upper estimate when
    /// large items are involved: they are counted when their box overlaps).
    std::size_t count(const Rect& world) const;

    /// Calls `visit(item)` for the items whose cell range meets `world` (an item may come twice and
    /// its box need not overlap: the caller tests) until it returns true; true when one did.
    template <class Visit>
    bool any(const Rect& world, Visit&& visit) const {
        if (m_columns == 0)
            return false;
        const CellRange r = cellsOf(world);
        for (int y = r.y0; y <= r.y1; ++y) {
            const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns);
            const std::uint32_t end = m_start[row + static_cast<std::size_t>(r.x1) + 1];
            for (std::uint32_t at = m_start[row + static_cast<std::size_t>(r.x0)]; at < end; ++at) {
                if (visit(m_items[at]))
                    return true;
            }
        }
        for (const std::uint32_t item : m_large) {
            if (visit(item))
                return true;
        }
        return false;
    }

    std::size_t size() const { return m_boxes.size(); }
    bool empty() const { return m_boxes.empty(); }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    std::size_t largeCount() const { return m_large.size(); }

private:
    struct CellRange {
        int x0 = 0, y0 = 0, x1 = -1, y1 = -1;
    };
    CellRange cellsOf(const Rect& box) const;

    std::vector<Rect> m_boxes;
    Rect m_bounds;
    float m_cell = 1.0f;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::uint32_t> m_start;  ///< CSR: items of cell c are m_items[m_start[c] … m_start[c+1])
    std::vector<std::uint32_t> m_items;
    std::vector<std::uint32_t> m_large;
    mutable std::vector<std::uint32_t> m_stamp;  ///< per item: the query that last listed it
    mutable std::uint32_t m_query = 0;
};

}  // namespace orgweave::studio
