// The Layout panel.

#include "orgweave/studio/panels/LayoutPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"

#include "orgweave/studio/support/StatusColors.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>

namespace orgweave::studio {

namespace {

struct EngineInfo {
    std::string_view name;
    std::string_view description;
};

constexpr std::array<EngineInfo, 11> kEngines{{
    {"auto", core::N_("Picks one: force for large networks, dot for committee hierarchies, else neato.")},
    {"force",
     core::N_(
         "Our Barnes\xE2\x80\x93Hut force layout: scales to large networks and animates while it runs.")},
    {"circle", core::N_("Every node on one circle in document order; instant and deterministic.")},
    {"fr",
     core::N_(
         "Fruchterman\xE2\x80\x93Reingold (Boost): springs and repulsion, each component side by side.")},
    {"kk", core::N_("Kamada\xE2\x80\x93Kawai (Boost): distances on the picture follow path lengths.")},
    {"dot", core::N_("Graphviz dot: layered, top to bottom; suits committee hierarchies.")},
    {"neato", core::N_("Graphviz neato: spring model (stress majorization); keeps pinned nodes.")},
    {"fdp", core::N_("Graphviz fdp: force-directed with clusters; keeps pinned nodes.")},
    {"sfdp", core::N_("Graphviz sfdp: multiscale force layout for large networks.")},
    {"circo", core::N_("Graphviz circo: circles of biconnected components.")},
    {"twopi", core::N_("Graphviz twopi: radial rings around a centre node.")},
}};

constexpr std::array<const char*, 6> kClusterFields{"", "organization", "site", "owner", "kind", "type"};

}  // namespace

std::string_view LayoutPanel::engineDescription(std::string_view engine) {
    for (const EngineInfo& info : kEngines) {
        if (info.name == engine)
            return info.description;
    }
    return {};
}

std::string LayoutPanel::sizeWarning(std::string_view engine, std::size_t nodes) {
    static constexpr std::array<std::string_view, 7> kLimited{"dot",   "neato", "fdp", "circo",
                                                              "twopi", "fr",    "kk"};
    if (std::find(kLimited.begin(), kLimited.end(), engine) == kLimited.end() ||
        nodes <= layouts::kGraphvizNodeLimit)
        return {};
    return core::fill(
        core::tr("Too large for {}: {} nodes (limit {}). Use force or sfdp."),
        {std::string(engine), std::to_string(nodes), std::to_string(layouts::kGraphvizNodeLimit)});
}

bool LayoutPanel::setEngine(std::string_view engine) {
    auto it = std::find(m_engines.begin(), m_engines.end(), engine);
    if (it == m_engines.end())
        return false;
    m_engineIndex = static_cast<std::size_t>(it - m_engines.begin());
    return true;
}

Rect LayoutPanel::buttonRect(const std::string& label) const {
    auto it = m_buttons.find(label);
    return it == m_buttons.end() ? Rect{} : it->second;
}

void LayoutPanel::waitForJob() {
    if (m_job)
        m_job->wait();
}

bool LayoutPanel::button(const char* label, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    m_buttons[label] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    return pressed && enabled;
}

void LayoutPanel::draw(Workspace& workspace) {
    // Cancelled jobs finish on their own; forget them once they have.
    std::erase_if(m_retired, [](const std::unique_ptr<LayoutJob>& job) { return job->finished(); });
    m_buttons.clear();
    if (!workspace.hasDocument()) {
        if (m_job)
            cancel(workspace);
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    const core::Model& model = workspace.document().model();
    const bool running = m_job != nullptr;

    // Engine and options.
    ImGui::BeginDisabled(running);
    const float width = ImGui::GetContentRegionAvail().x * 0.55f;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(core::tr("Engine"), engine().c_str())) {
        for (std::size_t k = 0; k < m_engines.size(); ++k) {
            if (ImGui::Selectable(m_engines[k].c_str(), k == m_engineIndex))
                m_engineIndex = k;
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", core::tr(std::string(engineDescription(m_engines[k])).c_str()));
        }
        ImGui::EndCombo();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", core::tr(std::string(engineDescription(engine())).c_str()));
    ImGui::PopStyleColor();
    const std::string warning = sizeWarning(engine(), model.nodes.size());
    if (!warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, amberText());
        ImGui::TextWrapped("%s", warning.c_str());
        ImGui::PopStyleColor();
    }

    ImGui::SetNextItemWidth(width);
    const char* clusterLabel = m_clusterBy.empty() ? "(none)" : m_clusterBy.c_str();
    if (ImGui::BeginCombo(core::tr("Clusters by"), clusterLabel)) {
        for (const char* field : kClusterFields) {
            if (ImGui::Selectable(*field ? field : "(none)", m_clusterBy == field))
                m_clusterBy = field;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", core::tr("Nodes sharing this field are drawn together (clusters in dot and "
                                         "fdp, attraction in force)."));
    ImGui::Checkbox(core::tr("Keep pinned nodes in place"), &m_keepPinned);
    ImGui::SetNextItemWidth(width);
    ImGui::InputInt(core::tr("Seed"), &m_seed);
    m_seed = std::max(m_seed, 0);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", core::tr("Starting placement of force, fr, neato, fdp and sfdp; the same "
                                         "seed gives the same picture."));
    ImGui::EndDisabled();
    ImGui::TextDisabled("%s", core::tr("Overlaps are removed by every engine but dot."));

    ImGui::Spacing();
    if (button("Run", !running && warning.empty()))
        start(workspace);
    ImGui::SameLine();
    if (button("Stop", running && m_job->animates() && !m_job->finished()))
        m_job->stop();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", core::tr("Ends the force layout now and keeps the picture reached."));
    ImGui::SameLine();
    if (button("Cancel", running))
        cancel(workspace);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", core::tr("Drops the running layout; the document keeps its positions."));

    if (m_job) {
        // Animate: publish what the worker reached; commit when it is done.
        const auto now = std::chrono::steady_clock::now();
        const bool big = workspace.hasDocument() && workspace.document().model().nodes.size() > kBigNetwork;
        const bool due =
            !big || std::chrono::duration<double>(now - m_previewShownAt).count() >= kBigPreviewSeconds;
        if (m_job->animates() && m_job->previewRevision() != m_shownPreview && due) {
            m_shownPreview = m_job->previewRevision();
            m_previewShownAt = now;
            workspace.setPreviewPositions(m_job->preview());
        }
        const double progress = m_job->progress();
        char overlay[64];
        std::snprintf(overlay, sizeof overlay, "%s  %.1f s", m_job->engine().c_str(),
                      m_job->elapsedSeconds());
        if (progress >= 0.0) {
            ImGui::ProgressBar(static_cast<float>(progress), ImVec2(-1.0f, 0.0f), overlay);
        } else {
            // Unknown length: a bar that sweeps.
            const float t = static_cast<float>(ImGui::GetTime());
            ImGui::ProgressBar(0.5f + 0.5f * std::sin(t * 3.0f), ImVec2(-1.0f, 0.0f), overlay);
        }
        if (m_job && m_job->finished())
            finish(workspace);
    } else if (!m_lastRun.empty()) {
        ImGui::TextDisabled(core::tr("Last run: %s"), m_lastRun.c_str());
    }
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
    }

    // Pinning.
    ImGui::Separator();
    const Selection& selection = workspace.selection();
    std::size_t pinnedSelected = 0;
    const std::set<std::string, std::less<>> pinned(model.layout.pinned.begin(), model.layout.pinned.end());
    for (const std::string& id : selection.nodes())
        pinnedSelected += pinned.count(id);
    ImGui::Text(core::tr("Pinned: %zu of %zu nodes"), pinned.size(), model.nodes.size());
    if (button("Pin", !running && selection.nodes().size() > pinnedSelected))
        pinSelected(workspace, true);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", core::tr("Pins the selected nodes: layouts keep them where they are."));
    ImGui::SameLine();
    if (button("Unpin", !running && pinnedSelected > 0))
        pinSelected(workspace, false);
    ImGui::SameLine();
    ImGui::TextDisabled(core::tr("%zu selected"), selection.nodes().size());
}

void LayoutPanel::start(Workspace& workspace) {
    m_error.clear();
    layouts::EngineRequest request;
    request.engine = engine();
    request.clusterBy = m_clusterBy;
    request.seed = static_cast<unsigned>(m_seed);
    request.respectPins = m_keepPinned;
    m_shownPreview = 0;
    m_job = std::make_unique<LayoutJob>(workspace.document().model(), std::move(request));
}

void LayoutPanel::cancel(Workspace& workspace) {
    if (m_job) {
        m_job->cancel();
        if (m_job->finished())
            m_job.reset();
        else
            m_retired.push_back(std::move(m_job));
    }
    workspace.clearPreview();
}

void LayoutPanel::finish(Workspace& workspace) {
    std::unique_ptr<LayoutJob> job = std::move(m_job);
    workspace.clearPreview();
    if (!job->error().empty()) {
        m_error = core::fill(core::tr("Layout failed: {}"), {job->error()});
        return;
    }
    if (!job->result() || !workspace.hasDocument())
        return;
    // The current layout with the new positions for the nodes the document still has.
    const core::Model& model = workspace.document().model();
    core::Layout layout = model.layout;
    for (const auto& [id, position] : job->result()->positions) {
        if (model.findNode(id))
            layout.positions[id] = position;
    }
    if (layout == model.layout)
        return;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f s", job->elapsedSeconds());
    m_lastRun = job->engine() + ", " + seconds;
    workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(
        std::move(layout), core::fill(core::tr("Layout: {}"), {job->engine()})));
    // Frame the result: a layout moves everything (clustered force spreads organizations apart).
    workspace.requests().post(CameraRequest{std::nullopt, true});
}

void LayoutPanel::pinSelected(Workspace& workspace, bool pin) {
    const core::Model& model = workspace.document().model();
    core::Layout layout = model.layout;
    const auto& selected = workspace.selection().nodes();
    std::size_t changed = 0;
    if (pin) {
        std::set<std::string, std::less<>> already(layout.pinned.begin(), layout.pinned.end());
        for (const std::string& id : selected) {
            if (!already.count(id)) {
                layout.pinned.push_back(id);
                ++changed;
            }
        }
    } else {
        const std::size_t before = layout.pinned.size();
        std::erase_if(layout.pinned, [&](const std::string& id) { return selected.count(id) > 0; });
        changed = before - layout.pinned.size();
    }
    if (changed == 0)
        return;
    const std::string what = core::fill(core::trn("{} node", "{} nodes", static_cast<unsigned long>(changed)),
                                        {std::to_string(changed)});
    workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(
        std::move(layout), core::fill(pin ? core::tr("Pin {}") : core::tr("Unpin {}"), {what})));
}

}  // namespace orgweave::studio
