#pragma once
// The alignment view of DOMAIN.md §4 drawn for the Model panel: the 4×4 matrix of elements as a
// heat map (white → amber → red by the cell's severity weight, the number of findings in the
// cell, a tooltip listing the findings of that pair of elements), the element scores as bars
// (0–100) and the organization scores as a list sorted worst first, with bars.
//
// Convention: a finding counts in the cells of every pair of the elements it relates, relational
// coordination counting as architecture; a finding about one element counts on the diagonal (as
// core::computeAlignment). Cost per frame: O(findings) for the hovered cell, O(organizations) for
// the list.

#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/Model.hpp"

#include <imgui.h>

#include <optional>
#include <utility>
#include <vector>

namespace orgweave::studio {

class AlignmentHeatMap {
public:
    /// Draws the matrix, the element bars and the organization list.
    void draw(const core::Model& model, const core::GapReport& gaps);

    /// The findings counted in cell (row, column), by index into `gaps.findings`.
    static std::vector<std::size_t> findingsOf(const core::GapReport& gaps, std::size_t row,
                                               std::size_t column);
    /// Fill colour of a cell of this weight when the largest weight is `maxWeight`.
    /// Fill of a cell: grey when nothing was evaluated ("not recorded"), white when every evaluation
    /// passes, through amber to red as the weighted share of gaps grows.
    static ImU32 cellColor(const core::AlignmentScore& score);

    /// Whether the matrix was drawn last frame, and the cell the mouse was over (tests).
    bool drawn() const { return m_drawn; }
    std::optional<std::pair<std::size_t, std::size_t>> hoveredCell() const { return m_hovered; }
    /// Findings listed in the tooltip last frame (empty without one).
    const std::vector<std::size_t>& tooltipFindings() const { return m_tooltip; }
    /// Screen rectangle of cell (row, column) last frame.
    std::pair<ImVec2, ImVec2> cellRect(std::size_t row, std::size_t column) const;

private:
    void drawMatrix(const core::GapReport& gaps);
    void drawScores(const core::Model& model, const core::GapReport& gaps);

    bool m_drawn = false;
    ImVec2 m_origin{0.0f, 0.0f};  ///< top-left of cell (0, 0)
    float m_cell = 0.0f;
    std::optional<std::pair<std::size_t, std::size_t>> m_hovered;
    std::vector<std::size_t> m_tooltip;
};

}  // namespace orgweave::studio
