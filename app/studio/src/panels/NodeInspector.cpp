// NodeInspector: sections · identity · committee · leadership · learning action · phases and
// attributes · ties · measures
#include "orgweave/studio/panels/NodeInspector.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/panels/DocumentPickers.hpp"
#include "orgweave/studio/session/EditActions.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>

namespace orgweave::studio {

namespace {

namespace vocab = core::vocabulary;

constexpr ImGuiTreeNodeFlags kOpenSection = ImGuiTreeNodeFlags_DefaultOpen;

std::string_view descriptionOf(const core::Vocabulary& vocabulary, std::string_view id) {
    const core::VocabularyEntry* entry = vocabulary.find(id);
    return entry ? entry->describe() : std::string_view{};
}

/// A vocabulary combo in a form row, tracked for messages; true with `value` changed.
bool vocabularyRow(FieldEditor& fields, VocabularyPicker& picker, const char* label, const char* id,
                   const core::Vocabulary& vocabulary, std::string& value, std::string_view help = {}) {
    // label and help are N_-marked literals (or already translated text): shown in the user's language.
    fields.row(core::tr(label),
               help.empty() ? std::string_view() : std::string_view(core::tr(std::string(help).c_str())));
    const bool changed = picker.combo(id, vocabulary, value);
    fields.track(id);
    return changed;
}

/// The node kind's label in the user's language, in lower case for use inside a sentence.
std::string kindWord(core::NodeKind kind) {
    std::string word = core::tr(std::string(vocab::nodeKinds().labelOf(core::toString(kind))).c_str());
    if (!word.empty() && static_cast<unsigned char>(word[0]) < 0x80)
        word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    return word;
}

}  // namespace

void NodeInspector::reset() {
    m_fields.reset();
    m_attributes.reset();
    m_newContradiction.clear();
}

void NodeInspector::submit(Workspace& workspace, const core::Node& before, const core::Node& after) {
    if (after == before)
        return;
    const std::string id = before.id;
    m_fields.submit(workspace, [id, after] { return std::make_unique<core::EditNodeCommand>(id, after); });
}

void NodeInspector::draw(Workspace& workspace, const core::Node& current) {
    const core::Node node = current;  // the model may change under us when an edit executes
    ImGui::PushID(node.id.c_str());
    drawIdentity(workspace, node);
    if (node.kind == core::NodeKind::Committee)
        drawCommittee(workspace, node);
    if (node.kind == core::NodeKind::Role)
        drawLeadership(workspace, node);
    if (node.kind == core::NodeKind::LearningAction)
        drawLearningAction(workspace, node);
    drawPhasesAndAttributes(workspace, node);
    drawTies(workspace, node);
    drawMeasures(workspace, node);
    ImGui::PopID();
}

// ----------------------------------------------------------------------------------------- identity

void NodeInspector::drawIdentity(Workspace& workspace, const core::Node& node) {
    const core::Model& model = workspace.document().model();
    const std::string kindLabel(vocab::nodeKinds().labelOf(core::toString(node.kind)));
    ImGui::TextDisabled("%s", kindLabel.c_str());
    itemTooltip(descriptionOf(vocab::nodeKinds(), core::toString(node.kind)));
    ImGui::SameLine();
    ImGui::TextUnformatted(node.displayLabel().c_str());
    if (!m_fields.beginForm("##identity"))
        return;

    m_fields.row(core::tr("Id"),
                 core::tr("Stable identifier used in the file and by ties; it cannot be changed here."));
    std::string id = node.id;
    ImGui::InputText("##id", &id, ImGuiInputTextFlags_ReadOnly);
    itemTooltip(core::tr("Read-only: select the text to copy it, or right-click to copy it."));
    if (ImGui::BeginPopupContextItem("##id-menu")) {
        if (ImGui::MenuItem(core::tr("Copy id")))
            ImGui::SetClipboardText(node.id.c_str());
        ImGui::EndPopup();
    }

    m_fields.row(core::tr("Kind"), descriptionOf(vocab::nodeKinds(), core::toString(node.kind)));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(kindLabel.c_str());

    core::Node after = node;
    m_fields.row(core::tr("Label"),
                 core::tr("Shown on the canvas and in reports; the id is shown when empty."));
    if (m_fields.text("##label", node.label, after.label)) {
        // One step; while the node has its automatic id ("role-3"), the id follows the label.
        EditActions::renameNode(workspace, node.id, after.label);
    }

    after = node;
    if (vocabularyRow(
            m_fields, m_picker, core::N_("Type"), "##type", vocab::typesOf(node.kind), after.type,
            core::fill(core::tr("What sort of {} this is (your own type is kept)."), {kindWord(node.kind)})))
        submit(workspace, node, after);

    if (node.kind == core::NodeKind::Site || node.kind == core::NodeKind::Role) {
        after = node;
        m_fields.row(core::tr("Organization"),
                     core::tr("The organization it belongs to (containment, drawn as an outline)."));
        const bool changed =
            pickNode("##organization", model, core::NodeKind::Organization, after.organization);
        m_fields.track("##organization");
        if (changed) {
            if (node.kind == core::NodeKind::Role && !after.site.empty()) {
                const core::Node* site = model.findNode(after.site);
                if (site && !site->organization.empty() && site->organization != after.organization)
                    after.site.clear();  // its site belongs to the old organization
            }
            submit(workspace, node, after);
        }
    }
    if (node.kind == core::NodeKind::Role) {
        after = node;
        m_fields.row(core::tr("Site"),
                     core::tr("The site the role works at, among its organization's sites."));
        const std::string organization = node.organization;
        const bool changed =
            pickNode("##site", model, core::NodeKind::Site, after.site, [&](const core::Node& site) {
                return organization.empty() || site.organization.empty() || site.organization == organization;
            });
        m_fields.track("##site");
        if (changed)
            submit(workspace, node, after);
    }
    if (node.kind == core::NodeKind::LearningAction) {
        after = node;
        m_fields.row(core::tr("Owner"),
                     core::tr("The committee that owns the learning action (its decision home)."));
        const bool changed = pickNode("##owner", model, core::NodeKind::Committee, after.owner);
        m_fields.track("##owner");
        if (changed)
            submit(workspace, node, after);
    }

    after = node;
    m_fields.row(core::tr("Note"), core::tr("Free text for yourself and your readers."));
    if (m_fields.multiline("##note", node.note, after.note, 2.5f))
        submit(workspace, node, after);
    m_fields.endForm();
}

// ---------------------------------------------------------------------------------------- committee

void NodeInspector::drawCommittee(Workspace& workspace, const core::Node& node) {
    if (!ImGui::CollapsingHeader(core::tr("Committee"), kOpenSection) || !m_fields.beginForm("##committee"))
        return;
    core::Node after = node;
    m_fields.row(core::tr("Level"), core::tr("1 partnership, 2 strategic, 3 professional/operational."));
    std::optional<double> level =
        node.committee->level ? std::optional<double>(*node.committee->level) : std::nullopt;
    std::optional<double> typedLevel;
    if (m_fields.number("##level", level, typedLevel, true)) {
        after.committee.edit().level =
            typedLevel ? std::optional<int>(static_cast<int>(std::lround(*typedLevel))) : std::nullopt;
        submit(workspace, node, after);
    }

    after = node;
    if (vocabularyRow(m_fields, m_picker, core::N_("Mandate"), "##mandate", vocab::committeeMandates(),
                      after.committee.edit().mandate, core::N_("What the committee's decisions bind.")))
        submit(workspace, node, after);
    after = node;
    if (vocabularyRow(m_fields, m_picker, core::N_("Decision rule"), "##decision-rule",
                      vocab::decisionRules(), after.committee.edit().decisionRule,
                      core::N_("How the committee decides.")))
        submit(workspace, node, after);

    after = node;
    m_fields.row(core::tr("Meetings / year"), core::tr("How often the committee meets (0 to 366)."));
    std::optional<double> meetings;
    if (m_fields.number("##meetings", node.committee->meetingsPerYear, meetings, false)) {
        after.committee.edit().meetingsPerYear = meetings;
        submit(workspace, node, after);
    }

    after = node;
    if (vocabularyRow(m_fields, m_picker, core::N_("Permanence"), "##permanence", vocab::permanence(),
                      after.committee.edit().permanence,
                      core::N_("Standing, or a time-limited group with an end date.")))
        submit(workspace, node, after);
    if (node.committee->permanence == "time_limited" || !node.committee->endDate.empty()) {
        after = node;
        m_fields.row(core::tr("End date"), core::tr("YYYY, YYYY-MM or YYYY-MM-DD."));
        if (m_fields.text("##end-date", node.committee->endDate, after.committee.edit().endDate))
            submit(workspace, node, after);
    }

    after = node;
    m_fields.row(core::tr("Chair rotates"), core::tr("Whether the chair rotates between the parties."));
    int rotation = !node.committee->chairRotation ? 0 : (*node.committee->chairRotation ? 1 : 2);
    const char* rotations[] = {"(not set)", "yes", "no"};
    const bool rotationChanged = ImGui::Combo("##chair-rotation", &rotation, rotations, 3);
    m_fields.track("##chair-rotation");
    if (rotationChanged) {
        after.committee.edit().chairRotation =
            rotation == 0 ? std::nullopt : std::optional<bool>(rotation == 1);
        submit(workspace, node, after);
    }
    m_fields.endForm();

    ImGui::TextDisabled("%s", core::tr("Characteristics that support learning"));
    after = node;
    const bool characteristicsChanged = m_picker.checklist(
        "##characteristics", vocab::architectureCharacteristics(), after.committee.edit().characteristics);
    m_fields.track("##characteristics");
    if (characteristicsChanged)
        submit(workspace, node, after);
}

// --------------------------------------------------------------------------------------- leadership

void NodeInspector::drawLeadership(Workspace& workspace, const core::Node& node) {
    if (!ImGui::CollapsingHeader(core::tr("Leadership"), kOpenSection) || !m_fields.beginForm("##leadership"))
        return;
    const core::Leadership leadership = node.leadership.value_or(core::Leadership{});
    std::optional<core::Leadership> edited;  // the first change of this frame
    core::Leadership candidate = leadership;

    m_fields.row(core::tr("Behaviours"),
                 core::tr("What this role does to make learning happen (thesis core behaviours first)."));
    if (m_picker.multiCombo("##behaviours", vocab::leadershipBehaviors(), candidate.behaviors) && !edited)
        edited = candidate;
    m_fields.track("##behaviours");
    candidate = leadership;
    m_fields.row(core::tr("Capabilities"), core::tr("Capabilities that fragmented systems need."));
    if (m_picker.multiCombo("##capabilities", vocab::leadershipCapabilities(), candidate.capabilities) &&
        !edited)
        edited = candidate;
    m_fields.track("##capabilities");
    candidate = leadership;
    if (vocabularyRow(m_fields, m_picker, core::N_("Level"), "##leadership-level", vocab::leadershipLevels(),
                      candidate.level, core::N_("Where in the hierarchy the role leads.")) &&
        !edited)
        edited = candidate;
    candidate = leadership;
    if (vocabularyRow(m_fields, m_picker, core::N_("Decision authority"), "##authority",
                      vocab::decisionAuthority(), candidate.authority,
                      core::N_("What the role may decide on its own.")) &&
        !edited)
        edited = candidate;
    m_fields.endForm();
    if (!edited)
        return;
    core::Node after = node;
    const bool empty = edited->behaviors.empty() && edited->capabilities.empty() && edited->level.empty() &&
                       edited->authority.empty() && edited->extra.empty();
    after.leadership = empty ? std::nullopt : edited;
    submit(workspace, node, after);
}

// ---------------------------------------------------------------------------------- learning action

void NodeInspector::drawLearningAction(Workspace& workspace, const core::Node& node) {
    if (!ImGui::CollapsingHeader(core::tr("Learning action"), kOpenSection))
        return;
    const core::Model& model = workspace.document().model();
    if (m_fields.beginForm("##learning")) {
        core::Node after = node;
        m_fields.row(core::tr("Strategies"),
                     core::tr("Strategies of collaborative learning the action follows."));
        bool changed = m_picker.multiCombo("##strategies", vocab::learningStrategies(),
                                           after.learningAction.edit().strategies);
        m_fields.track("##strategies");
        if (changed)
            submit(workspace, node, after);

        after = node;
        m_fields.row(core::tr("Practices"), core::tr("Practices the action uses."));
        changed = m_picker.multiCombo("##practices", vocab::learningPractices(),
                                      after.learningAction.edit().practices);
        m_fields.track("##practices");
        if (changed)
            submit(workspace, node, after);

        after = node;
        m_fields.row(core::tr("Iterations"), core::tr("How many rounds of trying and refining so far."));
        std::optional<double> iterations = node.learningAction->iterations
                                               ? std::optional<double>(*node.learningAction->iterations)
                                               : std::nullopt;
        std::optional<double> typed;
        if (m_fields.number("##iterations", iterations, typed, true)) {
            after.learningAction.edit().iterations =
                typed ? std::optional<int>(static_cast<int>(std::lround(*typed))) : std::nullopt;
            submit(workspace, node, after);
        }

        after = node;
        if (vocabularyRow(m_fields, m_picker, core::N_("Cycle phase"), "##cycle-phase",
                          vocab::learningPhases(), after.learningAction.edit().phase,
                          core::N_("Where the action is in the expansive learning cycle.")))
            submit(workspace, node, after);
        after = node;
        if (vocabularyRow(m_fields, m_picker, core::N_("Status"), "##status", vocab::learningStatus(),
                          after.learningAction.edit().status, core::N_("How far the action has come.")))
            submit(workspace, node, after);

        after = node;
        m_fields.row(core::tr("Facilitator"), core::tr("The role that facilitates the action."));
        changed =
            pickNode("##facilitator", model, core::NodeKind::Role, after.learningAction.edit().facilitator);
        m_fields.track("##facilitator");
        if (changed)
            submit(workspace, node, after);

        after = node;
        m_fields.row(core::tr("Focal process"), core::tr("The work process the action is about."));
        if (m_fields.text("##focal-process", node.learningAction->focalProcess,
                          after.learningAction.edit().focalProcess))
            submit(workspace, node, after);

        after = node;
        m_fields.row(core::tr("Shared tool"), core::tr("The shared tool the action works on."));
        changed = pickNode("##shared-tool", model, core::NodeKind::SharedTool,
                           after.learningAction.edit().sharedTool);
        m_fields.track("##shared-tool");
        if (changed)
            submit(workspace, node, after);
        m_fields.endForm();
    }
    drawContradictions(workspace, node);
}

void NodeInspector::drawContradictions(Workspace& workspace, const core::Node& node) {
    ImGui::TextDisabled(core::tr("Contradictions (%zu)"), node.learningAction->contradictions.size());
    itemTooltip(core::tr("Tensions the action works on, with their level in activity theory."));
    if (!ImGui::BeginTable("##contradictions", 3, ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch, 0.65f);
    ImGui::TableSetupColumn("level", ImGuiTableColumnFlags_WidthStretch, 0.35f);
    ImGui::TableSetupColumn("remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    std::optional<core::Node> after;
    for (std::size_t i = 0; i < node.learningAction->contradictions.size(); ++i) {
        const core::Contradiction& contradiction = node.learningAction->contradictions[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::SetNextItemWidth(-FLT_MIN);
        std::string text;
        if (m_fields.text("##text", contradiction.text, text) && !after) {
            after = node;
            after->learningAction.edit().contradictions[i].text = text;
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::SetNextItemWidth(-FLT_MIN);
        std::string level = contradiction.level;
        const bool levelChanged = m_picker.combo("##level", vocab::contradictionLevels(), level);
        m_fields.track("##level");
        if (levelChanged && !after) {
            after = node;
            after->learningAction.edit().contradictions[i].level = level;
        }
        ImGui::TableSetColumnIndex(2);
        if (ImGui::SmallButton("x") && !after) {
            after = node;
            after->learningAction.edit().contradictions.erase(after->learningAction->contradictions.begin() +
                                                              static_cast<std::ptrdiff_t>(i));
        }
        itemTooltip(core::tr("Remove this contradiction"));
        ImGui::PopID();
    }
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint("##new-contradiction", "a new contradiction",
                                                  &m_newContradiction, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TableSetColumnIndex(2);
    const bool add = ImGui::SmallButton("+");
    itemTooltip(core::tr("Add the contradiction (set its level after adding)"));
    if ((entered || add) && !m_newContradiction.empty() && !after) {
        after = node;
        core::Contradiction contradiction;
        contradiction.text = m_newContradiction;
        after->learningAction.edit().contradictions.push_back(contradiction);
        m_newContradiction.clear();
    }
    ImGui::EndTable();
    if (after)
        submit(workspace, node, *after);
}

// ---------------------------------------------------------------------------- phases and attributes

void NodeInspector::drawPhasesAndAttributes(Workspace& workspace, const core::Node& node) {
    const core::Model& model = workspace.document().model();
    if (!model.annotations.phases.empty() && ImGui::CollapsingHeader(core::tr("Phases"), kOpenSection)) {
        core::Node after = node;
        const bool changed = phaseChecklist("##phases", model.annotations.phases, after.phases);
        m_fields.track("##phases");
        if (changed)
            submit(workspace, node, after);
    }
    if (ImGui::CollapsingHeader(core::tr("Attributes"))) {
        nlohmann::json edited;
        if (m_attributes.draw("##attrs", node.attrs, edited, m_fields)) {
            core::Node after = node;
            after.attrs = edited;
            submit(workspace, node, after);
        }
    }
}

// --------------------------------------------------------------------------------------------- ties

void NodeInspector::drawTies(Workspace& workspace, const core::Node& node) {
    const core::Model& model = workspace.document().model();
    std::size_t count = 0;
    for (const core::Tie& tie : model.ties)
        count += tie.source == node.id || tie.target == node.id ? 1 : 0;
    const std::string header = core::fill(core::tr("Ties ({})"), {std::to_string(count)}) + "###ties";
    if (!ImGui::CollapsingHeader(header.c_str(), kOpenSection))
        return;
    if (count == 0) {
        ImGui::TextDisabled("%s", core::tr("No ties."));
        return;
    }
    std::string clicked;
    if (ImGui::BeginTable("##tie-list", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ImGui::TableSetupColumn("other", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        for (const core::Tie& tie : model.ties) {
            if (tie.source != node.id && tie.target != node.id)
                continue;
            const bool outgoing = tie.source == node.id;
            const std::string& other = outgoing ? tie.target : tie.source;
            std::string kind(core::vocabulary::tieKinds().labelOf(core::toString(tie.kind)));
            if (tie.isDirected())
                kind = (outgoing ? "\xE2\x86\x92 " : "\xE2\x86\x90 ") + kind;  // → or ←
            ImGui::PushID(tie.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (ImGui::Selectable(kind.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                clicked = tie.id;
            m_tieRows.recordLastItem(tie.id);
            itemTooltip(core::fill(core::tr("Tie {}: click to inspect it"), {tie.id}));
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(nodeDisplay(model, other).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!clicked.empty())
        workspace.selection().selectTie(clicked);
}

// ----------------------------------------------------------------------------------------- measures

void NodeInspector::drawMeasures(Workspace& workspace, const core::Node& node) {
    if (!ImGui::CollapsingHeader(core::tr("Measures"), kOpenSection))
        return;
    const std::shared_ptr<const AnalysisSnapshot>& snapshot = workspace.analysis().latest();
    if (!snapshot) {
        ImGui::TextDisabled("%s", workspace.analysis().running() ? core::tr("Computing\xE2\x80\xA6")
                                                                 : core::tr("Not computed yet."));
        return;
    }
    if (!snapshot->analysisError.empty()) {
        ImGui::TextWrapped(core::tr("Measures could not be computed: %s"), snapshot->analysisError.c_str());
        return;
    }
    const core::AnalysisResult& result = snapshot->analysis;
    std::size_t index = result.ids.size();
    for (std::size_t i = 0; i < result.ids.size(); ++i) {
        if (result.ids[i] == node.id) {
            index = i;
            break;
        }
    }
    if (snapshot->structureRevision < workspace.structureRevision())
        ImGui::TextColored(ImVec4(0.62f, 0.40f, 0.0f, 1.0f), "%s",
                           core::tr("Stale: computed before the last edit; updating\xE2\x80\xA6"));
    if (index == result.ids.size()) {
        ImGui::TextDisabled("%s", core::tr("Not in the analysed network."));
        return;
    }
    auto value = [](double v) -> std::string {
        return core::ui().formatNumber(v, 4);  // "–" when undefined
    };
    if (!ImGui::BeginTable("##measures", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg))
        return;
    auto row = [](const char* name, const std::string& text, const char* help) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(name);
        itemTooltip(help);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(text.c_str());
    };
    for (const core::MeasureInfo& m : core::measureCatalogue()) {
        if (m.keyActor)
            row(core::tr(m.label.data()), value(m.value(result, index)), core::tr(m.help.data()));
    }
    const std::string brokerage = index < result.brokerage.size()
                                      ? std::to_string(result.brokerage[index].total())
                                      : std::string("\xE2\x80\x93");
    row(core::tr("Brokerage (total)"), brokerage,
        core::tr("Gould-Fernandez brokerage roles over the organization partition."));
    const bool spanner = index < result.boundarySpanner.size() && result.boundarySpanner[index] != 0;
    const bool multilateral = index < result.multilateral.size() && result.multilateral[index] != 0;
    row(core::tr("Boundary spanner"),
        spanner ? (multilateral ? core::tr("yes (multilateral)") : core::tr("yes")) : core::tr("no"),
        core::tr("Tied into two or more organizations; multilateral when also tied inside its own."));
    ImGui::EndTable();
}

}  // namespace orgweave::studio
