#pragma once
// The Phases panel (DESIGN.md §6, DOMAIN.md §2.6): the document's phases in order, each a
// collapsible section (the one shown on the canvas opens by itself) whose header gives its label,
// dates and how many nodes and ties exist in it. Open, a phase shows every field (id, label,
// start, end, bureaucracy mode, note), buttons to move it up or down (or drag its header onto
// another), to delete it, to show it on the canvas, to limit the selection to it or add the
// selection to it, and "Context scores…", which opens the Model panel on that phase's scores.
// "New phase" appends p1, p2, … with a label "Phase <k>".
//
// Every change is one undo step: field edits are one EditAnnotationsCommand; a new id, a deletion
// and selection changes are one CommandGroup built by core/PhaseEdits.hpp, which also updates the
// `phases` of nodes and ties and the `phase` of views.
//
// Deleting a phase asks first. Nodes and ties that exist in that phase alone cannot be left "in no
// phase" (an empty list means every phase), so the question says how many there are and offers:
// "Delete phase, keep them" (the default, like deleting a tag or a time interval in Kumu or Gephi:
// the items stay and then exist in every phase) or "Delete phase and them" (they are removed with
// their ties). Either is one undo step. Cost per frame: O(phases · (nodes + ties)) for the counts,
// recomputed only when the document changes.

#include "orgweave/core/PhaseEdits.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/panels/VocabularyPicker.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace orgweave::studio {

class ModelPanel;

class PhasesPanel final : public Panel {
public:
    /// `model`: the Model panel that "Context scores…" opens on a phase (null: no such button).
    explicit PhasesPanel(ModelPanel* model = nullptr) : m_model(model) {}

    const char* title() const override { return core::N_("Phases"); }
    void draw(Workspace& workspace) override;

    /// The phase whose section is open ("" = none).
    const std::string& expanded() const { return m_expanded; }
    void expand(std::string phase) { m_expanded = std::move(phase); }
    /// Fields of the open phase and the messages under them (tests).
    const FieldEditor& fields() const { return m_fields; }
    /// Buttons of the last frame by their label ("New phase", "Up", "Down", "Delete", "Limit",
    /// "Add", "Show", "Context", "Keep", "Remove", "Cancel") and section headers ("header").
    const ItemRects& rects() const { return m_rects; }
    /// The delete question while it is open (empty otherwise).
    const std::string& deleteQuestion() const { return m_question; }

private:
    void refreshCounts(const Workspace& workspace);
    void drawPhase(Workspace& workspace, std::size_t index);
    void drawFields(Workspace& workspace, std::size_t index);
    void drawActions(Workspace& workspace, std::size_t index);
    void drawDeleteQuestion(Workspace& workspace);
    void addPhase(Workspace& workspace);
    void movePhase(Workspace& workspace, std::size_t from, std::size_t to);
    void editPhase(Workspace& workspace, std::size_t index, const core::Phase& after,
                   const std::string& what);
    void rename(Workspace& workspace, const std::string& from, const std::string& to);
    bool button(const char* label, const char* key, bool enabled = true);

    ModelPanel* m_model = nullptr;
    FieldEditor m_fields;
    VocabularyPicker m_picker;
    ItemRects m_rects;
    std::string m_expanded;
    std::string m_followed;  ///< the canvas phase last seen (a new one opens its section)
    std::string m_deleting;  ///< phase id of the open delete question
    std::string m_question;
    bool m_askDelete = false;  ///< open the question at the next drawDeleteQuestion()
    std::vector<core::PhaseUsage> m_counts;
    std::uint64_t m_countsRevision = ~std::uint64_t{0};
};

}  // namespace orgweave::studio
