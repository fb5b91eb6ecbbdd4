#pragma once
// The Gaps panel: the checks of the latest analysis as evidence (DOMAIN.md §4). On top, how many
// checks passed of those evaluated and each element's alignment score "k of n · %" (grey "not
// recorded" where nothing was evaluated), with the phase assessed. Then the gaps, grouped by the pair
// of elements they relate ("Collaborative learning – Architecture"), each group a collapsing header
// with its gaps, its "k of n pass" and its worst severity. A finding shows its rule, title, severity
// (colour and letter, so it reads without colour too), explanation and suggestion; clicking it
// selects and frames its nodes and limits the canvas's gap halos to its rule. The checks that passed
// are listed with why they hold, and those that could not be evaluated with what they need. Results
// of an older revision stay visible, marked stale. Cost per frame: O(evaluations) (a regional
// network has tens to a few hundred).

#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapEngine.hpp"
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
    static std::string elementsLabel(const std::vector<core::Element>& elements);

    /// Whether findings of this severity are shown.
    bool showsSeverity(core::FindingSeverity severity) const { return m_show[index(severity)]; }
    void setShowSeverity(core::FindingSeverity severity, bool show) { m_show[index(severity)] = show; }

    // Read-only views for tests.
    /// Indices (into latest()->gaps.findings) of the findings drawn last frame, in drawing order.
    const std::vector<std::size_t>& drawnFindings() const { return m_drawn; }
    /// Screen rectangle of the clickable title of the k-th drawn finding.
    Rect findingRect(std::size_t k) const { return k < m_drawnRects.size() ? m_drawnRects[k] : Rect{}; }
    /// Screen rectangle of a control last frame: "show/critical", "show/warning", "show/info" (the
    /// severity filter), "halos", "clear-focus", "summary", "passed" (empty when not drawn).
    Rect itemRect(const std::string& name) const;
    /// Indices (into latest()->gaps.evaluations) of the passed checks drawn last frame (the
    /// "Passed" section open).
    const std::vector<std::size_t>& drawnPasses() const { return m_drawnPasses; }
    /// The summary line drawn last frame ("17 of 24 checks pass · …").
    const std::string& summary() const { return m_summary; }
    /// Findings that pass the severity filter in the latest report.
    std::size_t visibleCount(const Workspace& workspace) const;

private:
    static std::size_t index(core::FindingSeverity severity) { return static_cast<std::size_t>(severity); }
    void drawFinding(Workspace& workspace, const core::Finding& finding, std::size_t findingIndex);
    void drawSummary(const core::GapReport& report);
    /// Records the last item's rectangle under `name` (itemRect).
    void remember(const std::string& name);
    void drawPasses(Workspace& workspace, const core::GapReport& report);

    std::array<bool, 3> m_show{true, true, true};  ///< by FindingSeverity
    std::vector<std::size_t> m_drawn;
    std::vector<Rect> m_drawnRects;
    std::vector<std::size_t> m_drawnPasses;
    std::string m_summary;
    std::map<std::string, Rect> m_items;
};

}  // namespace orgweave::studio
