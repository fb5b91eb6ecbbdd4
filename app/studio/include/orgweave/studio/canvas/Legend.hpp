#pragma once
// The canvas legend: node kinds with their shapes, tie kinds with their line styles, and
// organizations with their colours, as a collapsible box in a corner of the canvas. It lists only
// the kinds present in the document.
//
// Two arrangements: Tall (node and tie kinds side by side, organizations below them) and Wide (all
// three side by side, organizations in as many columns as needed). The canvas picks the corner and
// arrangement that leave the biggest picture when it fits the content (Canvas::requestFit), so the
// legend hides no node where that can be avoided. It follows the theme (setDark), shrinks its text
// (to 75 %) when it would take more than a third of a small canvas, and collapses to its header
// when even that is too big; while gap halos are drawn it keys their colours (critical, warning,
// info). Cost: O(kinds + organizations) per frame.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <array>
#include <span>
#include <string>
#include <vector>

namespace orgweave::studio {

class Legend {
public:
    enum class Corner { TopRight, BottomRight, BottomLeft, TopLeft };
    enum class Arrangement { Tall, Wide };
    static constexpr std::array kCorners{Corner::TopRight, Corner::BottomRight, Corner::BottomLeft,
                                         Corner::TopLeft};
    static constexpr std::array kArrangements{Arrangement::Tall, Arrangement::Wide};

    /// Rebuilds the entries from a document (kinds present, organizations in file order).
    void setContent(const core::Model& model, const Style& style);
    /// Replaces the colour block (organizations by default) with another colouring's heading and
    /// swatches, e.g. "Colour: betweenness" low/high; an empty heading restores the organizations.
    void setColourBlock(std::string heading, std::vector<std::pair<ImU32, std::string>> swatches);
    const std::string& colourHeading() const { return m_colourHeading; }
    /// The node kinds' labels in order, in the language of the last setContent (tests).
    std::vector<std::string> nodeLabels() const {
        std::vector<std::string> out;
        for (const Entry& entry : m_nodeEntries)
            out.push_back(entry.label);
        return out;
    }
    /// The key of the gap halos drawn (colour, "critical" …); empty: no halo block.
    void setHaloKey(std::vector<std::pair<ImU32, std::string>> key);
    bool hasHaloKey() const { return !m_haloEntries.empty(); }
    /// The key of ties coloured by a score ("Ties: RC index", weak/moderate/strong); empty: none.
    void setTieKey(std::string heading, std::vector<std::pair<ImU32, std::string>> key);
    bool hasTieKey() const { return !m_tieScoreEntries.empty(); }
    const std::string& tieKeyHeading() const { return m_tieScoreHeading; }
    /// The key of nodes sized by a measure: `heading` ("Size: betweenness") over a small and a large
    /// dot labelled `low` and `high` ("low (0)", "high (0.42)"); an empty heading: none.
    void setSizeKey(std::string heading, std::string low, std::string high);
    bool hasSizeKey() const { return !m_sizeEntries.empty(); }
    const std::string& sizeKeyHeading() const { return m_sizeHeading; }
    /// The key of nodes shaped by an attribute ("Shape: sector", a shape per value); empty: none.
    void setShapeKey(std::string heading, const std::vector<std::pair<Shape, std::string>>& key);
    bool hasShapeKey() const { return !m_shapeEntries.empty(); }
    const std::string& shapeKeyHeading() const { return m_shapeHeading; }
    /// Dark panel with light text (the dark theme).
    void setDark(bool dark) { m_dark = dark; }
    bool dark() const { return m_dark; }
    /// Text scale the last layout() chose (1, or less on a small canvas).
    float fit() const { return m_fit; }
    /// Background and text colours of the panel in a theme.
    static ImU32 backgroundColor(bool dark);
    static ImU32 textColor(bool dark);

    void setVisible(bool visible) { m_visible = visible; }
    bool visible() const { return m_visible; }
    void setExpanded(bool expanded) { m_expanded = expanded; }
    bool expanded() const { return m_expanded; }
    bool empty() const {
        return m_nodeEntries.empty() && m_tieEntries.empty() && m_organizationEntries.empty();
    }
    void setPlacement(Corner corner, Arrangement arrangement);
    Corner corner() const { return m_corner; }
    Arrangement arrangement() const { return m_arrangement; }

    /// Places the legend in its corner of `canvas` and returns its rectangle (empty when hidden or
    /// empty). Fonts may be null (the current ImGui font is used).
    Rect layout(const Rect& canvas, ImFont* regular, ImFont* bold, float scale);
    /// Whether the legend is shown collapsed (by the user, or because the canvas is too small).
    bool collapsed() const { return !m_expanded || m_autoCollapsed; }
    /// Submits an invisible button over the legend so clicks and wheel turns over it do not reach
    /// the canvas; a click on the header collapses or expands it. Call after layout() and before the
    /// canvas's own item.
    void interact();
    /// Draws the legend laid out by the last layout().
    void draw(ImDrawList* drawList) const;

    const Rect& rect() const { return m_rect; }
    /// Number of entries (rows) the last draw showed, for tests.
    int entriesShown() const { return m_entriesShown; }

private:
    enum class Icon { None, NodeShape, TieLine, Swatch, Halo, ColourLine, ShapeKey, SizeDot };
    struct Entry {
        Icon icon = Icon::None;
        core::NodeKind nodeKind = core::NodeKind::Role;
        core::TieKind tieKind = core::TieKind::Collaborates;
        ImU32 color = 0;
        float thickness = 1.0f;       ///< ColourLine; SizeDot: the dot's radius at scale 1
        Shape shape = Shape::Circle;  ///< ShapeKey
        std::string label;
    };

    /// Measures (drawList == nullptr) or paints the legend at `origin` with organizations in
    /// columns of `organizationRows` rows (at most `organizationColumns` columns, the rest summed
    /// up as "+N more"); returns its size.
    ImVec2 arrange(ImDrawList* drawList, ImVec2 origin, int organizationRows, int organizationColumns) const;
    /// Chooses the organization columns and rows for `canvas` at the current scale; returns the size.
    ImVec2 measure(const Rect& canvas);
    /// The top-left corner of a legend of `size` in its corner of `canvas`.
    ImVec2 cornerOf(const Rect& canvas, ImVec2 size) const;
    bool expandedNow() const { return m_expanded && !m_autoCollapsed; }
    /// A titled block of entries in columns of `rows`; returns its size.
    ImVec2 block(ImDrawList* drawList, ImVec2 topLeft, const char* title, std::span<const Entry> entries,
                 std::size_t rows) const;

    std::vector<Entry> m_nodeEntries;
    std::vector<Entry> m_tieEntries;
    std::vector<Entry> m_organizationEntries;   ///< the colour block shown
    std::vector<Entry> m_organizationSwatches;  ///< the organizations, kept to restore them
    std::vector<Entry> m_haloEntries;
    std::vector<Entry> m_tieScoreEntries;
    std::string m_tieScoreHeading;
    std::vector<Entry> m_shapeEntries;
    std::string m_shapeHeading;
    std::vector<Entry> m_sizeEntries;
    std::string m_sizeHeading;
    bool m_dark = false;
    bool m_autoCollapsed = false;  ///< collapsed by layout() because the canvas is too small
    float m_fit = 1.0f;
    std::string m_colourHeading = "Organizations";
    std::string m_organizationHeading = "Organizations";  ///< with "(N generated colours)"
    bool m_visible = true;
    bool m_expanded = true;
    Corner m_corner = Corner::TopRight;
    Arrangement m_arrangement = Arrangement::Tall;

    // laid out by layout()
    Rect m_canvas;
    Rect m_rect;
    float m_headerHeight = 0.0f;
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    float m_scale = 1.0f;         ///< the caller's scale × m_fit
    float m_baseScale = 1.0f;     ///< the caller's scale
    float m_fontSize = 13.0f;     ///< the regular font's size × m_fit
    bool m_userExpanded = false;  ///< the user opened it on a small canvas: no automatic collapse
    int m_organizationRows = 1;
    int m_organizationColumns = 1;
    mutable int m_entriesShown = 0;
};

}  // namespace orgweave::studio
