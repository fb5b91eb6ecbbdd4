#pragma once
// The Inspector's page for one selected node: identity (id, kind), label, type, note, containment
// pickers, the fields of its kind (committee, role leadership, learning action), phases, attrs,
// its ties (click one to select it) and its measures from the latest analysis (marked stale when
// the analysis is older than the document's structure).
//
// Convention: every change is one EditNodeCommand through FieldEditor::submit (checked against
// core validation first). Changing a role's organization also clears a site of another
// organization, in the same command. Cost per frame: O(nodes + ties) (ties list, pickers).

#include "orgweave/studio/panels/AttributeTable.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/VocabularyPicker.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <string>

namespace orgweave::studio {

class NodeInspector {
public:
    void draw(Workspace& workspace, const core::Node& node);
    /// Forgets live edits and messages (another node was selected).
    void reset();
    FieldEditor& fields() { return m_fields; }
    const FieldEditor& fields() const { return m_fields; }
    const VocabularyPicker& picker() const { return m_picker; }
    /// Where each row of the ties list (by tie id) was drawn last frame (tests).
    const ItemRects& tieRows() const { return m_tieRows; }

private:
    void drawIdentity(Workspace& workspace, const core::Node& node);
    void drawCommittee(Workspace& workspace, const core::Node& node);
    void drawLeadership(Workspace& workspace, const core::Node& node);
    void drawLearningAction(Workspace& workspace, const core::Node& node);
    void drawContradictions(Workspace& workspace, const core::Node& node);
    void drawPhasesAndAttributes(Workspace& workspace, const core::Node& node);
    void drawTies(Workspace& workspace, const core::Node& node);
    void drawMeasures(Workspace& workspace, const core::Node& node);
    /// Submits `after` as the node's new content unless it equals `before`.
    void submit(Workspace& workspace, const core::Node& before, const core::Node& after);

    FieldEditor m_fields;
    VocabularyPicker m_picker;
    AttributeTable m_attributes;
    ItemRects m_tieRows;
    std::string m_newContradiction;
};

}  // namespace orgweave::studio
