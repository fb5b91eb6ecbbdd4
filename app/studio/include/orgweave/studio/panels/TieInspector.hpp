#pragma once
// The Inspector's page for one selected tie: its kind (a combo of the kinds valid between its
// ends), source and target (click one to select that node), direction, weight, label, note, seat
// and represents (member_of), the seven relational coordination dimensions as sliders 1–5 with a
// "not rated" state, phases and attrs.
//
// Convention: every change is one EditTieCommand through FieldEditor::submit; a slider commits on
// release. Cost per frame: O(nodes) for labels; the valid kinds are computed once per tie and
// document revision (seven validations of a two-node model).

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/panels/AttributeTable.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/VocabularyPicker.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace orgweave::studio {

class TieInspector {
public:
    void draw(Workspace& workspace, const core::Tie& tie);
    void reset();
    FieldEditor& fields() { return m_fields; }
    const FieldEditor& fields() const { return m_fields; }
    /// Where the source and target ("source", "target") were drawn last frame (tests).
    const ItemRects& ends() const { return m_ends; }

private:
    void drawEnds(Workspace& workspace, const core::Tie& tie);
    void drawMembership(Workspace& workspace, const core::Tie& tie);
    void drawCoordination(Workspace& workspace, const core::Tie& tie);
    void submit(Workspace& workspace, const core::Tie& before, const core::Tie& after);

    FieldEditor m_fields;
    VocabularyPicker m_picker;
    AttributeTable m_attributes;
    ItemRects m_ends;
};

}  // namespace orgweave::studio
