#pragma once
// The RC matrix (issue 18): tie quality between roles as a role × role heat map. A row is the rating
// role (a tie's source: A rates B), a column the rated role; a cell is the tie's score by the chosen
// tie score (layouts::tieScoreNames: the RC index or one dimension, DOMAIN.md §2.5, coloured weak,
// moderate or strong with the Gaps settings' bands; PARTNER trust and value or any numeric tie
// attribute, low to high, layouts::TieScoreScale), its value written inside. Rows and columns are the
// roles, organizations, sites and committees with a scored tie (PARTNER rates organizations). Sorted by
// organization, then profession (the role's type), then label, or by profession first; only roles
// with a scored tie take part. Hovering a cell names both roles and the value; a click selects the
// tie. "Colour the canvas" draws the ties in the same bands. Cost: O(roles² + ties) per frame for
// the visible cells (the matrix is rebuilt only when the document or the choice changes).

#include "orgweave/core/Translate.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/panels/Panel.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::studio {

class RcMatrixPanel : public Panel {
public:
    enum class SortBy { Organization, Profession };

    const char* title() const override { return core::N_("RC matrix"); }
    void draw(Workspace& workspace) override;

    /// Shows `score` from now on; until a score is chosen (here or in the panel's menu), the panel
    /// shows the first score of layouts::tieScoreNames() that some tie has (the RC index when none).
    void setScore(std::string score) {
        m_score = std::move(score);
        m_scoreChosen = true;
    }
    const std::string& score() const { return m_score; }
    void setSortBy(SortBy sortBy) { m_sortBy = sortBy; }
    /// The role ids in row (and column) order after the last draw.
    const std::vector<std::string>& roles() const { return m_roles; }
    /// Cells with a score after the last draw.
    std::size_t scoredCells() const { return m_cells.size(); }

private:
    void rebuild(const core::Model& model, std::string_view phase);

    std::string m_score = "rc_index";
    bool m_scoreChosen = false;
    SortBy m_sortBy = SortBy::Organization;
    std::vector<std::string> m_roles;
    std::vector<std::string> m_labels;  ///< by row
    std::vector<std::string> m_groups;  ///< organization (or profession) label by row
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::string>>
        m_cells;  ///< → score, tie id
    const core::Model* m_builtFor = nullptr;
    std::uint64_t m_builtRevision = ~std::uint64_t{0};
    std::string m_builtScore;
    std::string m_builtPhase;  ///< the phase whose survey wave the cells show
    SortBy m_builtSort = SortBy::Organization;
    double m_rcWeak = 3.5;
    double m_rcStrong = 4.0;
    layouts::TieScoreScale m_scale;
};

}  // namespace orgweave::studio
