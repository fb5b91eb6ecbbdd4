#pragma once
// The Inspector panel: every field of the selection (DESIGN.md §6). One node: NodeInspector; one
// tie: TieInspector; several items: how many of each kind and the fields they can share (phases;
// organization of sites and roles), set at once as one CommandGroup; nothing: the document's meta
// (title, description, sources).
//
// Convention: edits are commands checked against core validation before they run (FieldEditor);
// a refused edit leaves the document unchanged and says why under the field. Text commits when the
// field is left, sliders on release, so one edit is one undo step. Cost per frame: O(nodes + ties).

#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/NodeInspector.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/panels/TieInspector.hpp"

#include <cstdint>
#include <string>

namespace orgweave::studio {

class InspectorPanel final : public Panel {
public:
    const char* title() const override { return core::N_("Inspector"); }
    void draw(Workspace& workspace) override;

    /// The message under the last refused or warned field of the page shown (tests).
    const std::string& message() const;
    /// The pages' form state: where fields were drawn and their messages (tests).
    const NodeInspector& nodePage() const { return m_node; }
    const TieInspector& tiePage() const { return m_tie; }
    const FieldEditor& otherPage() const { return m_fields; }

private:
    void drawSeveral(Workspace& workspace);
    void drawMeta(Workspace& workspace);

    NodeInspector m_node;
    TieInspector m_tie;
    FieldEditor m_fields;  ///< several items and meta
    std::string m_newSource;
    std::uint64_t m_selectionRevision = ~std::uint64_t{0};
    enum class Page { None, Node, Tie, Several, Meta } m_page = Page::None;
};

}  // namespace orgweave::studio
