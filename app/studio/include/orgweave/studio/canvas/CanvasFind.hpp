#pragma once
// The find bar over the canvas (Ctrl+F, Edit › Find…): type-ahead over the nodes' labels, ids,
// types and attribute values (NodeSearch); every match gets a ring on the canvas, the current one
// a stronger one. Enter frames and selects the next match (the first on the first Enter),
// Shift+Enter the previous one; Escape or the close button closes the bar. Nodes the view hides
// are not found. Cost: one NodeSearch when the text or the document changes, O(matches) per frame.

#include "orgweave/studio/support/ItemRects.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace orgweave::studio {

class Canvas;
class Workspace;

class CanvasFind {
public:
    /// Shows the bar with the keyboard in its field (the text is kept and selected).
    void open();
    void close();
    bool isOpen() const { return m_open; }
    const std::string& query() const { return m_query; }
    /// Matching nodes (indices into Model::nodes), best first.
    const std::vector<std::size_t>& matches() const { return m_matches; }
    /// Index into matches() of the match Enter framed last; -1 before the first Enter.
    int current() const { return m_current; }

    /// The bar (its own small window at the top of the canvas); call within the canvas's frame.
    void draw(Canvas& canvas, Workspace& workspace);
    /// Rings around the matches, over the nodes.
    void drawHighlights(ImDrawList* drawList, const Canvas& canvas) const;
    /// Where the bar's field and buttons were drawn last frame ("field", "previous", "next", "close").
    const ItemRects& itemRects() const { return m_rects; }

private:
    void refresh(const Canvas& canvas, std::uint64_t revision);
    void step(Canvas& canvas, Workspace& workspace, int direction);

    bool m_open = false;
    bool m_focus = false;
    std::string m_query;
    std::string m_searched;  ///< the query of m_matches
    std::uint64_t m_revision = 0;
    std::vector<std::size_t> m_matches;
    int m_current = -1;
    ItemRects m_rects;
};

}  // namespace orgweave::studio
