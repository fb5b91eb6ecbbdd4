#pragma once
// The Model panel: the four-element model of DOMAIN.md (§2.1, §4). The network governance form
// and the network-wide architecture characteristics; context scores (a slider 1–5 per context
// factor with a note, a "not scored" state) for the whole system and, in a collapsible section
// each, for every organization, either for the document or for one of its phases; and the
// alignment view of the latest analysis (AlignmentHeatMap), marked stale while it is recomputed.
//
// Convention: every change is one EditAnnotationsCommand (a slider commits once on release).
// Cost per frame: O(organizations · factors) plus the heat map's.

#include "orgweave/studio/panels/AlignmentHeatMap.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/panels/VocabularyPicker.hpp"

#include <optional>
#include <string>

namespace orgweave::studio {

class ModelPanel final : public Panel {
public:
    const char* title() const override { return core::N_("Model"); }
    void draw(Workspace& workspace) override;

    /// The phase whose context is edited ("" = the document's own context).
    const std::string& phaseScope() const { return m_phase; }
    void setPhaseScope(std::string phase) { m_phase = std::move(phase); }
    const AlignmentHeatMap& heatMap() const { return m_heatMap; }
    const FieldEditor& fields() const { return m_fields; }

private:
    void drawArchitecture(Workspace& workspace);
    void drawContext(Workspace& workspace);
    /// Sliders and notes of one scope; true with `edited` and `description` on a change.
    bool drawScores(const char* id, const core::ContextScores& scores, core::ContextScores& edited,
                    std::string& description);
    void drawAlignment(Workspace& workspace);
    void submit(Workspace& workspace, core::Annotations after, std::string description);

    FieldEditor m_fields;
    VocabularyPicker m_picker;
    AlignmentHeatMap m_heatMap;
    std::string m_phase;
};

}  // namespace orgweave::studio
