// ComparePanel: sections · sides · evaluation · canvas · drawing
#include "orgweave/studio/panels/ComparePanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/PhaseFilter.hpp"
#include "orgweave/studio/files/FileActions.hpp"
#include "orgweave/studio/panels/ComparisonSections.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/support/StatusColors.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <imgui.h>

namespace orgweave::studio {

// --------------------------------------------------------------------------------------------- sides

void ComparePanel::resetFor(Workspace& workspace) {
    m_generation = workspace.generation();
    m_job.reset();
    m_result.reset();
    m_error.clear();
    m_view.clear();
    m_before = {};
    m_after = {};
    if (const core::Model* model = workspace.model();
        model != nullptr && model->annotations.phases.size() >= 2) {
        m_before.phase = model->annotations.phases[0].id;
        m_after.phase = model->annotations.phases[1].id;
        m_dirty = true;
    }
}

void ComparePanel::setBefore(Workspace& workspace, Side side) {
    m_before = std::move(side);
    start(workspace);
}

void ComparePanel::setAfter(Workspace& workspace, Side side) {
    m_after = std::move(side);
    start(workspace);
}

bool ComparePanel::loadBeforeFile(Workspace& workspace, const std::filesystem::path& path) {
    core::LoadResult loaded = FileActions::readDocument(path);
    if (!loaded.ok()) {
        std::string message = core::fill(core::tr("Could not compare with {}"), {path.filename().string()});
        for (const core::Diagnostic& diagnostic : loaded.diagnostics) {
            if (diagnostic.severity == core::Severity::Error) {
                message += ": " + diagnostic.format();
                break;
            }
        }
        workspace.notify(message, true);
        return false;
    }
    Side side;
    side.file = std::make_shared<const core::Model>(std::move(*loaded.model));
    side.path = path;
    setBefore(workspace, std::move(side));
    return true;
}

std::string ComparePanel::nameOf(const Workspace& workspace, const Side& side) const {
    if (side.file)
        return side.path.filename().string();
    const core::Model* model = workspace.model();
    if (side.phase.empty() || model == nullptr)
        return core::tr("This document");
    const core::Phase* phase = model->findPhase(side.phase);
    return phase != nullptr ? phase->displayLabel() : side.phase;
}

// ---------------------------------------------------------------------------------------- evaluation

void ComparePanel::start(Workspace& workspace) {
    m_dirty = false;
    m_error.clear();
    if (!workspace.hasDocument())
        return;
    const core::Model& document = workspace.document().model();
    // A phase the document lost (deleted, renamed) falls back to the whole document.
    for (Side* side : {&m_before, &m_after}) {
        if (!side->file && !side->phase.empty() && document.findPhase(side->phase) == nullptr)
            side->phase.clear();
    }
    if (m_before == m_after) {
        m_job.reset();
        m_result.reset();
        m_view.clear();
        m_error = core::tr("Both sides are the same: choose another phase or a file to compare with.");
        return;
    }
    m_comparedRevision = workspace.structureRevision();
    core::Model before = m_before.file ? *m_before.file : document;
    core::Model after = m_after.file ? *m_after.file : document;
    const std::string phaseBefore = m_before.file ? std::string() : m_before.phase;
    const std::string phaseAfter = m_after.file ? std::string() : m_after.phase;
    const std::string nameBefore = nameOf(workspace, m_before);
    const std::string nameAfter = nameOf(workspace, m_after);
    m_job = std::make_unique<BackgroundJob<Outcome>>([before = std::move(before), after = std::move(after),
                                                      phaseBefore, phaseAfter, nameBefore, nameAfter] {
        Outcome outcome;
        outcome.comparison = core::compareModels(before, phaseBefore, after, phaseAfter);
        outcome.comparison.nameBefore = nameBefore;
        outcome.comparison.nameAfter = nameAfter;
        outcome.before = core::modelInPhase(before, phaseBefore);
        outcome.after = core::modelInPhase(after, phaseAfter);
        return outcome;
    });
}

void ComparePanel::poll() {
    if (m_job == nullptr || !m_job->ready())
        return;
    auto outcome = m_job->take();
    m_job.reset();
    if (auto* done = std::get_if<Outcome>(&outcome)) {
        m_view.set(done->before, done->after, done->comparison.structure, done->comparison.nameBefore,
                   done->comparison.nameAfter);
        m_result = std::move(done->comparison);
        m_error.clear();
    } else {
        m_result.reset();
        m_view.clear();
        m_error = std::get<std::string>(outcome);
    }
}

void ComparePanel::finish(Workspace& workspace) {
    if (m_dirty)
        start(workspace);
    if (m_job != nullptr)
        m_job->wait();
    poll();
}

// -------------------------------------------------------------------------------------------- canvas

bool ComparePanel::replacesCanvas() const {
    return m_show != Show::List && !m_view.empty();
}

void ComparePanel::drawInsteadOfCanvas(Workspace& /*workspace*/, const Canvas& canvas, const Rect& area) {
    m_view.draw(m_show == Show::Overlay ? CompareView::Mode::Overlay : CompareView::Mode::SideBySide, canvas,
                area);
}

// ------------------------------------------------------------------------------------------- drawing

bool ComparePanel::sidePicker(Workspace& workspace, const char* label, Side& side, bool allowFile) {
    const core::Model& model = workspace.document().model();
    bool changed = false;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string preview = std::string(label) + ": " + nameOf(workspace, side);
    if (ImGui::BeginCombo(label[0] == 'B' ? "##before" : "##after", preview.c_str())) {
        if (ImGui::Selectable(core::tr("This document (every phase)"), !side.file && side.phase.empty())) {
            side = {};
            changed = true;
        }
        for (const core::Phase& phase : model.annotations.phases) {
            ImGui::PushID(phase.id.c_str());
            const std::string text = core::fill(core::tr("Phase: {}"), {phase.displayLabel()});
            if (ImGui::Selectable(text.c_str(), !side.file && side.phase == phase.id)) {
                side = {};
                side.phase = phase.id;
                changed = true;
            }
            ImGui::PopID();
        }
        if (allowFile) {
            if (side.file)
                ImGui::Selectable(core::fill(core::tr("File: {}"), {side.path.filename().string()}).c_str(),
                                  true);
            if (ImGui::Selectable(core::tr("Another file\xE2\x80\xA6"))) {
                const std::filesystem::path folder = workspace.document().path().empty()
                                                         ? std::filesystem::path()
                                                         : workspace.document().path().parent_path();
                m_dialog.setTitle(core::tr("Compare with a file"));
                m_dialog.open(FileDialog::Mode::Open, folder);
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

void ComparePanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document open."));
        return;
    }
    if (workspace.generation() != m_generation)
        resetFor(workspace);
    poll();
    const bool usesDocument = !m_before.file || !m_after.file;
    if (m_dirty ||
        ((m_result || m_job) && usesDocument && workspace.structureRevision() != m_comparedRevision))
        start(workspace);

    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled(
        "%s", core::tr("Compare two phases of this network, or this network with another file: what was "
                       "added, removed or changed, and what it does to brokerage, gaps and alignment."));
    ImGui::PopTextWrapPos();
    if (sidePicker(workspace, "Before", m_before, true))
        start(workspace);
    if (sidePicker(workspace, "After", m_after, false))
        start(workspace);
    if (auto chosen = m_dialog.draw(ImGui::GetFontSize() / Theme::kFontSize))
        loadBeforeFile(workspace, *chosen);

    int show = static_cast<int>(m_show);
    ImGui::TextUnformatted(core::tr("Canvas:"));
    ImGui::SameLine();
    ImGui::RadioButton(core::tr("Normal"), &show, static_cast<int>(Show::List));
    ImGui::SameLine();
    ImGui::RadioButton(core::tr("Overlay"), &show, static_cast<int>(Show::Overlay));
    ImGui::SameLine();
    ImGui::RadioButton(core::tr("Side by side"), &show, static_cast<int>(Show::SideBySide));
    m_show = static_cast<Show>(show);

    if (m_job != nullptr)
        ImGui::TextDisabled(core::tr("Comparing\xE2\x80\xA6 %.1f s"), m_job->elapsedSeconds());
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
    }
    if (!m_result) {
        if (m_job == nullptr && m_error.empty())
            ImGui::TextDisabled("%s", core::tr("Choose what to compare."));
        return;
    }
    drawChanges();
    drawGroupPairs(workspace, *m_result);
    drawBetweennessMovers(*m_result, 10);
    drawGapChanges(*m_result);
    drawAlignmentChange(*m_result);
    drawNetworkChange(*m_result);
}

void ComparePanel::drawChanges() {
    const core::ModelDiff& diff = m_result->structure;
    using Change = core::ChangeKind;
    sectionHeading((m_result->nameBefore + " \xE2\x86\x92 " + m_result->nameAfter).c_str());
    ImGui::Text(core::tr("Nodes: %zu added, %zu removed, %zu changed"), diff.count(Change::Added, false),
                diff.count(Change::Removed, false), diff.count(Change::Changed, false));
    ImGui::Text(core::tr("Ties: %zu added, %zu removed, %zu changed"), diff.count(Change::Added, true),
                diff.count(Change::Removed, true), diff.count(Change::Changed, true));
    const auto list = [](const char* header, const std::vector<core::ElementDiff>& items) {
        if (items.empty() || !ImGui::TreeNode(header))
            return;
        for (const core::ElementDiff& item : items) {
            const char* sign = item.change == Change::Added     ? "+"
                               : item.change == Change::Removed ? "\xE2\x88\x92"
                                                                : "~";
            const ImVec4 color = item.change == Change::Added     ? blueText()
                                 : item.change == Change::Removed ? redText()
                                                                  : amberText();
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextUnformatted(sign);
            ImGui::PopStyleColor();
            ImGui::SameLine();
            std::string text = item.label.empty() ? item.id : item.label;
            if (!item.kind.empty())
                text += "  (" + item.kind + ")";
            ImGui::TextWrapped("%s", text.c_str());
            for (const core::FieldChange& field : item.fields) {
                ImGui::Indent();
                ImGui::TextWrapped(core::tr("%s: %s \xE2\x86\x92 %s"), field.field.c_str(),
                                   field.before.empty() ? core::tr("(none)") : field.before.c_str(),
                                   field.after.empty() ? core::tr("(none)") : field.after.c_str());
                ImGui::Unindent();
            }
        }
        ImGui::TreePop();
    };
    list(core::tr("Nodes added, removed and changed"), diff.nodes);
    list(core::tr("Ties added, removed and changed"), diff.ties);
}

}  // namespace orgweave::studio
