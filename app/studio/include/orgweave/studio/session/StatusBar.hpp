#pragma once
// The status line at the bottom of the studio: the document's title (meta.title, else the file
// name) and how many nodes and ties of each kind it has, e.g.
// "Regional committee  ·  52 nodes: 14 organizations, 9 committees, …  ·  120 ties: 60 member of, …".
// Cost: O(nodes + ties) per summary; the window caches it per document.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <string>

namespace orgweave::studio {

class StatusBar {
public:
    /// "14 organizations, 9 committees" style counts (kinds with zero left out).
    static std::string nodeCounts(const core::Model& model);
    static std::string tieCounts(const core::Model& model);
    /// The whole line for a document; `fallbackTitle` is used when meta.title is empty.
    static std::string summary(const core::Model& model, const std::string& fallbackTitle);
    /// The line with totals only ("Title · 61 nodes · 53 ties"), for narrow windows.
    static std::string shortSummary(const core::Model& model, const std::string& fallbackTitle);

    /// Sets the text shown by draw(); `shortText` replaces it (with the full text as a tooltip)
    /// when the window is too narrow.
    void setText(std::string text, std::string shortText = {});
    const std::string& text() const { return m_text; }
    /// Draws the bar as a borderless window over `area` (screen rectangle).
    void draw(const Rect& area) const;

private:
    std::string m_text;
    std::string m_shortText;
};

}  // namespace orgweave::studio
