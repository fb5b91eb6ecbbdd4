#pragma once
// The Gaps panel: the gap findings of the latest analysis (DOMAIN.md §4), grouped by the pair of
// elements they relate ("Collaborative learning – Architecture"), each group a collapsing header with its
// count and worst severity. A finding shows its rule, title, severity (colour and letter, so it reads without
// colour too), explanation and suggestion; clicking it selects and frames its nodes and limits the canvas's
// gap halos to its rule. Rules that could not be evaluated are listed with their reason. Results of an older
// revision stay visible, marked stale. Cost per frame: O(findings) (a regional network has tens).

#include "orgweave/core/Finding.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace orgweave::studio {

class GapsPanel final : public Panel {
public:
    const char* title() const override { return core::N_("Gaps"); }
    void draw(Workspace& workspace) override;

    /// "Collaborative learning – Architecture" for a finding's elements ("Architecture" for one element).
    static std::string elementPairLabel(const core::Finding& finding);

    /// Whether findings of this severity are shown.
    bool showsSeverity(core::FindingSeverity severity) const { return m_show[index(severity)]; }
    void setShowSeverity(core::FindingSeverity severity, bool show) { m_show[index(severity)] = show; }

    // Read-only views for tests.
    /// Indices (into latest()->gaps.findings) of the findings drawn last frame, in drawing order.
    const std::vector<std::size_t>& drawnFindings() const { return m_drawn; }
    /// Screen rectangle of the clickable title of the k-th drawn finding.
    Rect findingRect(std::size_t k) const { return k < m_drawnRects.size() ? m_drawnRects[k] : Rect{}; }
    /// Screen rectangle of a control last frame: "show/critical", "show/warning", "show/info" (the
    /// severity filter), "halos", "clear-focus" (empty when not drawn).
    Rect itemRect(const std::string& name) const;
    /// Findings that pass the severity filter in the latest report.
    std::size_t visibleCount(const Workspace& workspace) const;

private:
    static std::size_t index(core::FindingSeverity severity) { return static_cast<std::size_t>(severity); }
    void drawFinding(Workspace& workspace, const core::Finding& finding, std::size_t findingIndex);

    std::array<bool, 3> m_show{true, true, true};  ///< by FindingSeverity
    std::vector<std::size_t> m_drawn;
    std::vector<Rect> m_drawnRects;
    std::map<std::string, Rect> m_items;
};

}  // namespace orgweave::studio
