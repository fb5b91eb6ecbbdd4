#pragma once
// The Measures panel: the latest analysis of the open document (Workspace::analysis()) as a
// sortable, filterable table of every node's measures, with the network summary above it, the
// analysis options (lens, partition), "Colour by" and "Size by" choices for the canvas
// (Workspace::mapping()) and an export as CSV (core::analysisCsv, written atomically). Column
// labels and help come from core's measure catalogue.
//
// Conventions follow DOMAIN.md §3 and core::analyze; undefined values (NaN) show as "–". Results
// computed for an older revision stay visible, marked stale. Clicking a row selects its node,
// double-clicking also frames it on the canvas. Cost per frame: O(visible rows) (clipped); a sort
// or a new filter costs O(n log n) once.

#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/AnalysisService.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class MeasuresPanel final : public Panel {
public:
    /// The table's columns, in their default order (the user can drag them).
    enum Column : int {
        Label,
        Degree,
        Betweenness,
        Closeness,
        Harmonic,
        Eigenvector,
        PageRank,
        Clustering,
        Constraint,
        EffectiveSize,
        Brokerage,
        EiIndex,
        BoundarySpanner,
        Group,  ///< after the measures, so that a narrow panel shows measures first
        Kind,
        ColumnCount
    };

    /// Header text of a column ("Betweenness").
    static std::string_view columnName(int column);
    /// The measure name the canvas mapping and `analyze` use ("betweenness"); empty for text columns.
    static std::string_view measureKey(int column);
    /// One sentence explaining the column, with its convention (the header's tooltip).
    static std::string_view columnHelp(int column);

    /// The value of a numeric column for graph node `node` (NaN when undefined or not computed).
    static double value(const core::AnalysisResult& result, int column, std::size_t node);
    /// The cell text as the table and the CSV show it ("–" for undefined in the table, "" in CSV).
    static std::string cellText(const core::AnalysisResult& result, int column, std::size_t node,
                                bool forCsv = false);
    /// The whole analysis as CSV (core::analysisCsv, the dialect of `orgweave analyze --format csv`).
    static std::string csv(const core::AnalysisResult& result);

    const char* title() const override { return core::N_("Measures"); }
    void draw(Workspace& workspace) override;

    // Read-only views for tests and the screenshot review.
    /// Graph node indices of the rows in display order (after filter and sort).
    const std::vector<std::size_t>& rowOrder() const { return m_order; }
    /// Screen rectangle of a column's header last frame (empty when hidden or not drawn).
    const Rect& headerRect(int column) const { return m_headerRects[static_cast<std::size_t>(column)]; }
    /// Screen rectangle of a displayed row last frame (empty when clipped away).
    Rect rowRect(std::size_t displayRow) const;
    /// Screen rectangle of a control last frame: "colour-by", "size-by" (the combos) and, while a
    /// combo is open, its items as "colour-by/<name>" and "size-by/<name>"; "cancel" while an
    /// analysis runs, "compute" after it was cancelled (empty when not drawn).
    Rect itemRect(const std::string& name) const;
    /// Writes the latest table to `path` atomically; false (with `error`) on failure.
    bool exportCsv(const Workspace& workspace, const std::filesystem::path& path, std::string& error) const;

    /// Communities listed in the last frame (0 when the section is closed or not computed).
    int communitiesShown() const { return m_communitiesShown; }

    void setFilter(std::string_view text);
    void setColumnVisible(int column, bool visible) { m_visible[static_cast<std::size_t>(column)] = visible; }

private:
    void drawStatus(Workspace& workspace);
    void drawOptions(Workspace& workspace);
    void drawMapping(Workspace& workspace);
    void drawSummary(const AnalysisSnapshot& snapshot);
    /// Who is in which community, largest first; a click on a member selects it.
    void drawCommunities(Workspace& workspace, const AnalysisSnapshot& snapshot);
    void drawTable(Workspace& workspace, const AnalysisSnapshot& snapshot);
    void drawExportPopup(Workspace& workspace);
    void rebuildOrder(const core::AnalysisResult& result);
    bool matchesFilter(const core::AnalysisResult& result, std::size_t node) const;

    std::shared_ptr<const AnalysisSnapshot> m_shown;  ///< snapshot the order was built for
    std::vector<std::size_t> m_order;
    int m_sortColumn = -1;  ///< -1: document order
    bool m_sortDescending = false;
    bool m_orderDirty = true;
    std::array<char, 128> m_filter{};
    std::array<bool, ColumnCount> m_visible{};
    bool m_visibleInitialized = false;
    std::array<Rect, ColumnCount> m_headerRects{};
    std::size_t m_firstRectRow = 0;
    std::vector<Rect> m_rowRects;  ///< rows m_firstRectRow … drawn last frame
    std::map<std::string, Rect> m_items;
    std::vector<std::string> colourAttributes(const Workspace& workspace);
    int m_communitiesShown = 0;
    std::vector<std::string> m_attributes;  ///< colourAttributes() of the model and revision below
    const core::Model* m_attributesFor = nullptr;
    std::uint64_t m_attributesRevision = 0;
    std::array<char, 512> m_exportPath{};
    std::string m_exportError;
    bool m_openExport = false;
};

}  // namespace orgweave::studio
