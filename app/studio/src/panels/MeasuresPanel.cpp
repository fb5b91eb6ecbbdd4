// The Measures panel.
//
// Sections: columns · cells and CSV · drawing (status, options, mapping, summary, table, export)

#include "orgweave/studio/panels/MeasuresPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/AnalysisCsv.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/layouts/NodeMapping.hpp"

#include "orgweave/studio/support/StatusColors.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace orgweave::studio {

namespace {

constexpr const char* kDash = "\xE2\x80\x93";  // "–"

/// Text columns carry their own name and help; measure columns (a key) take both from the catalogue.
struct ColumnInfo {
    std::string_view key;
    std::string_view name;
    std::string_view help;
};

constexpr std::array<ColumnInfo, MeasuresPanel::ColumnCount> kColumns{{
    {"", core::N_("Label"), core::N_("Label: the node's name (its id when it has no label).")},
    {"degree", "", ""},
    {"betweenness", "", ""},
    {"closeness", "", ""},
    {"harmonic", "", ""},
    {"eigenvector", "", ""},
    {"pagerank", "", ""},
    {"clustering", "", ""},
    {"constraint", "", ""},
    {"effective_size", "", ""},
    {"brokerage", "", ""},
    {"ei_index", "", ""},
    {"boundary_spanner", "", ""},
    {"", core::N_("Group"),
     core::N_("Group: the node's value of the partition attribute (organization by default); brokerage and "
              "E-I read "
              "it.")},
    {"", core::N_("Kind"),
     core::N_("Kind: organization, site, committee, role, shared tool or learning action.")},
}};

const core::MeasureInfo* measureOf(int column) {
    const std::string_view key = kColumns.at(static_cast<std::size_t>(column)).key;
    return key.empty() ? nullptr : core::findMeasure(key);
}

constexpr std::array<const char*, 3> kLensNames{core::N_("Full network"), core::N_("People (roles)"),
                                                core::N_("Organizations")};
constexpr std::array<core::LensKind, 3> kLenses{core::LensKind::Full, core::LensKind::People,
                                                core::LensKind::Organizations};

std::string formatNumber(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", v);
    return buffer;
}

bool isNumeric(int column) {
    return column >= MeasuresPanel::Degree && column <= MeasuresPanel::EiIndex;
}

}  // namespace

// ---- columns ----------------------------------------------------------------------------------

std::string_view MeasuresPanel::columnName(int column) {
    const core::MeasureInfo* m = measureOf(column);
    // Catalogue and column texts are literals (null-terminated), marked N_ where they are written.
    const std::string_view name = m ? m->label : kColumns.at(static_cast<std::size_t>(column)).name;
    return name.empty() ? name : std::string_view(core::tr(name.data()));
}
std::string_view MeasuresPanel::measureKey(int column) {
    return isNumeric(column) ? kColumns.at(static_cast<std::size_t>(column)).key : std::string_view{};
}
std::string_view MeasuresPanel::columnHelp(int column) {
    const core::MeasureInfo* m = measureOf(column);
    const std::string_view help = m ? m->help : kColumns.at(static_cast<std::size_t>(column)).help;
    return help.empty() ? help : std::string_view(core::tr(help.data()));
}

// ---- cells and CSV ----------------------------------------------------------------------------

double MeasuresPanel::value(const core::AnalysisResult& r, int column, std::size_t i) {
    const core::MeasureInfo* m = measureOf(column);
    return m ? m->value(r, i) : std::numeric_limits<double>::quiet_NaN();
}

std::string MeasuresPanel::cellText(const core::AnalysisResult& r, int column, std::size_t i, bool forCsv) {
    switch (column) {
        case Label:
            return i < r.labels.size() && !r.labels[i].empty() ? r.labels[i] : r.ids.at(i);
        case Kind:
            return i < r.kinds.size() ? std::string(core::toString(r.kinds[i])) : std::string();
        case Group: {
            if (i >= r.partition.groupOf.size())
                return {};
            const int g = r.partition.groupOf[i];
            if (g < 0 || static_cast<std::size_t>(g) >= r.partition.groupLabels.size())
                return {};
            return r.partition.groupLabels[static_cast<std::size_t>(g)];
        }
        case BoundarySpanner: {
            const double v = value(r, column, i);
            if (std::isnan(v))
                return forCsv ? std::string() : std::string(kDash);
            if (forCsv)
                return v >= 2.0 ? "multilateral" : v >= 1.0 ? "yes" : "no";
            return v >= 2.0 ? core::tr("multilateral") : v >= 1.0 ? core::tr("yes") : core::tr("no");
        }
        case Brokerage: {
            const double v = value(r, column, i);
            if (std::isnan(v))
                return forCsv ? std::string() : std::string(kDash);
            return std::to_string(r.brokerage[i].total());
        }
        default: {
            const double v = value(r, column, i);
            if (std::isnan(v))
                return forCsv ? std::string() : std::string(kDash);
            // The table shows the language's notation ("0,5000" in bokmål); the CSV keeps '.'.
            return forCsv ? formatNumber(v) : core::ui().formatNumber(v, 4);
        }
    }
}

std::string MeasuresPanel::csv(const core::AnalysisResult& r) {
    return core::analysisCsv(r);
}

bool MeasuresPanel::exportCsv(const Workspace& workspace, const std::filesystem::path& path,
                              std::string& error) const {
    const auto& snapshot = workspace.analysis().latest();
    if (!snapshot) {
        error = "no analysis to export yet";
        return false;
    }
    try {
        core::writeFileAtomically(path, csv(snapshot->analysis));
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
    return true;
}

Rect MeasuresPanel::rowRect(std::size_t displayRow) const {
    if (displayRow < m_firstRectRow || displayRow - m_firstRectRow >= m_rowRects.size())
        return {};
    return m_rowRects[displayRow - m_firstRectRow];
}

Rect MeasuresPanel::itemRect(const std::string& name) const {
    auto it = m_items.find(name);
    return it == m_items.end() ? Rect{} : it->second;
}

void MeasuresPanel::setFilter(std::string_view text) {
    m_filter.fill('\0');
    std::copy_n(text.begin(), std::min(text.size(), m_filter.size() - 1), m_filter.begin());
    m_orderDirty = true;
}

bool MeasuresPanel::matchesFilter(const core::AnalysisResult& r, std::size_t i) const {
    const std::string needle = core::toLowerAscii(m_filter.data());
    if (needle.empty())
        return true;
    for (int c : {static_cast<int>(Label), static_cast<int>(Kind), static_cast<int>(Group)}) {
        if (core::toLowerAscii(cellText(r, c, i)).find(needle) != std::string::npos)
            return true;
    }
    return core::toLowerAscii(r.ids[i]).find(needle) != std::string::npos;
}

void MeasuresPanel::rebuildOrder(const core::AnalysisResult& r) {
    m_order.clear();
    for (std::size_t i = 0; i < r.nodeCount(); ++i) {
        if (matchesFilter(r, i))
            m_order.push_back(i);
    }
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortDescending;
    if (isNumeric(column) || column == BoundarySpanner) {
        // NaN (undefined) always last, whatever the direction.
        std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
            const double x = value(r, column, a);
            const double y = value(r, column, b);
            if (std::isnan(x) || std::isnan(y))
                return !std::isnan(x) && std::isnan(y);
            return descending ? x > y : x < y;
        });
    } else {
        std::vector<std::string> keys(r.nodeCount());
        for (std::size_t i : m_order)
            keys[i] = core::toLowerAscii(cellText(r, column, i));
        std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
            return descending ? keys[a] > keys[b] : keys[a] < keys[b];
        });
    }
}

// ---- drawing ----------------------------------------------------------------------------------

void MeasuresPanel::draw(Workspace& workspace) {
    if (!m_visibleInitialized) {
        m_visible.fill(true);
        m_visible[Harmonic] = false;
        m_visible[PageRank] = false;
        m_visibleInitialized = true;
    }
    m_items.clear();
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    drawStatus(workspace);
    drawOptions(workspace);
    drawMapping(workspace);
    const auto snapshot = workspace.analysis().latest();
    if (!snapshot) {
        m_order.clear();
        m_rowRects.clear();
        return;
    }
    if (snapshot != m_shown) {
        m_shown = snapshot;
        m_orderDirty = true;
    }
    drawSummary(*snapshot);
    drawCommunities(workspace, *snapshot);
    drawTable(workspace, *snapshot);
    drawExportPopup(workspace);
}

void MeasuresPanel::drawStatus(Workspace& workspace) {
    AnalysisService& analysis = workspace.analysis();
    const auto& latest = analysis.latest();
    if (analysis.running()) {
        // Progress of the measure being computed (as the Layout panel shows a layout's), and Cancel.
        const std::string task = analysis.task();
        char overlay[128];
        std::snprintf(overlay, sizeof overlay, "%s %s  %.1f s", core::tr("Analysing"),
                      task.empty() ? "" : core::tr(task.c_str()), analysis.runningSeconds());
        const double progress = analysis.progress();
        const float buttonWidth =
            ImGui::CalcTextSize(core::tr("Cancel")).x + ImGui::GetStyle().FramePadding.x * 2.0f;
        const float barWidth =
            ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x;
        if (progress >= 0.0) {
            ImGui::ProgressBar(static_cast<float>(progress), ImVec2(barWidth, 0.0f), overlay);
        } else {
            const float t = static_cast<float>(ImGui::GetTime());
            ImGui::ProgressBar(0.5f + 0.5f * std::sin(t * 3.0f), ImVec2(barWidth, 0.0f), overlay);
        }
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Cancel")))
            analysis.cancel();
        m_items["cancel"] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::tr("Stops the analysis; the measures shown stay as they were."));
    } else if (analysis.cancelled(workspace.structureRevision())) {
        ImGui::TextDisabled("%s", core::tr("Analysis cancelled."));
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Compute")))
            analysis.resume();
        m_items["compute"] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::tr("Computes the measures of the network as it is now."));
    }
    if (latest && analysis.isStale(workspace.structureRevision())) {
        ImGui::PushStyleColor(ImGuiCol_Text, amberText());
        ImGui::TextWrapped("%s", core::tr("Computed for an older version of the network."));
        ImGui::PopStyleColor();
    } else if (latest) {
        const auto& r = latest->analysis;
        ImGui::TextDisabled(core::tr("%s lens, partition by %s, %.2f s%s"),
                            std::string(core::toString(r.lens.lens)).c_str(), r.partition.attribute.c_str(),
                            latest->seconds, r.approximate ? ", sampled shortest paths" : "");
    } else if (!analysis.running() && !analysis.cancelled(workspace.structureRevision())) {
        ImGui::TextDisabled("%s", core::tr("No analysis yet."));
    }
    if (latest && !latest->analysisError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::TextWrapped(core::tr("Measures could not be computed: %s"), latest->analysisError.c_str());
        ImGui::PopStyleColor();
    }
}

void MeasuresPanel::drawOptions(Workspace& workspace) {
    if (!ImGui::CollapsingHeader(core::tr("Options")))
        return;
    AnalysisService& analysis = workspace.analysis();
    AnalysisSettings settings = analysis.settings();
    bool changed = false;
    int lens = 0;
    for (std::size_t k = 0; k < kLenses.size(); ++k) {
        if (kLenses[k] == settings.lens)
            lens = static_cast<int>(k);
    }
    const float width = ImGui::GetContentRegionAvail().x * 0.6f;
    ImGui::SetNextItemWidth(width);
    std::array<const char*, 3> lensNames{};
    for (std::size_t i = 0; i < lensNames.size(); ++i)
        lensNames[i] = core::tr(kLensNames[i]);
    if (ImGui::Combo(core::tr("Lens"), &lens, lensNames.data(), static_cast<int>(lensNames.size()))) {
        settings.lens = kLenses[static_cast<std::size_t>(lens)];
        changed = true;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s",
            core::tr(
                "Which graph the measures read: every node and tie, roles only, or organizations only."));

    std::set<std::string> attributes{"organization", "site", "kind", "type", "owner", "level", "mandate"};
    for (const core::Node& node : workspace.document().model().nodes) {
        for (auto it = node.attrs.begin(); it != node.attrs.end(); ++it)
            attributes.insert(it.key());
    }
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(core::tr("Partition"), settings.partition.c_str())) {
        for (const std::string& attribute : attributes) {
            if (ImGui::Selectable(attribute.c_str(), attribute == settings.partition)) {
                settings.partition = attribute;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s",
            core::tr(
                "The node attribute whose values are the groups for brokerage, E-I and boundary spanning."));
    if (changed)
        analysis.setSettings(std::move(settings));
}

/// The node fields and attributes one can colour by: type, status, level …, then every attribute
/// some node has (at most 40, sorted), "color" included when a file gave nodes colours.
std::vector<std::string> MeasuresPanel::colourAttributes(const Workspace& workspace) {
    const core::Model* model = workspace.model();
    if (model == nullptr)
        return {};
    if (m_attributesFor == model && m_attributesRevision == workspace.revision())
        return m_attributes;
    std::set<std::string> attrs;
    bool type = false;
    bool sector = false;
    bool party = false;
    bool level = false;
    bool status = false;
    for (const core::Node& node : model->nodes) {
        type = type || !node.type.empty();
        sector = sector || !node.organizationProfile->sector.empty();
        party = party || !node.organizationProfile->party.empty();
        level = level || node.committee->level.has_value();
        status = status || !node.learningAction->status.empty();
        if (node.attrs.is_object()) {
            for (auto it = node.attrs.begin(); it != node.attrs.end() && attrs.size() < 40; ++it) {
                if (it->is_string() || it->is_number() || it->is_boolean())
                    attrs.insert(it.key());
            }
        }
    }
    m_attributes.clear();
    if (type)
        m_attributes.emplace_back("type");
    if (sector)
        m_attributes.emplace_back("sector");
    if (party)
        m_attributes.emplace_back("party");
    if (level)
        m_attributes.emplace_back("level");
    if (status)
        m_attributes.emplace_back("status");
    m_attributes.insert(m_attributes.end(), attrs.begin(), attrs.end());
    m_attributesFor = model;
    m_attributesRevision = workspace.revision();
    return m_attributes;
}

void MeasuresPanel::drawMapping(Workspace& workspace) {
    CanvasMapping& mapping = workspace.mapping();
    const float width = ImGui::GetContentRegionAvail().x * 0.5f - ImGui::GetStyle().ItemSpacing.x;
    auto labelOf = [](const std::string& key) -> std::string {
        if (key.empty())
            return core::tr("Same size");
        if (key == "organization")
            return core::tr("Organization");
        if (key == "community")
            return core::tr("Community");
        if (key == "file_colour")
            return core::tr("File colour");
        for (int c = Degree; c < ColumnCount; ++c) {
            if (kColumns[static_cast<std::size_t>(c)].key == key)
                return std::string(columnName(c));
        }
        return key;
    };
    ImGui::TextUnformatted(core::tr("Colour by"));
    ImGui::SameLine(width + ImGui::GetStyle().ItemSpacing.x * 2.0f);
    ImGui::TextUnformatted(core::tr("Size by"));
    auto remember = [this](const std::string& name) {
        m_items[name] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    };
    auto item = [&](const std::string& combo, const std::string& label, bool selected) {
        const bool chosen = ImGui::Selectable(label.c_str(), selected);
        remember(combo + "/" + label);
        return chosen;
    };
    ImGui::SetNextItemWidth(width);
    const bool colourOpen = ImGui::BeginCombo("##colour-by", labelOf(mapping.colorBy).c_str());
    remember("colour-by");
    if (colourOpen) {
        if (item("colour-by", "Organization", mapping.colorBy == "organization"))
            mapping.colorBy = "organization";
        if (item("colour-by", "Kind", mapping.colorBy == "kind"))
            mapping.colorBy = "kind";
        if (item("colour-by", core::tr("Community"), mapping.colorBy == "community"))
            mapping.colorBy = "community";
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s",
                              core::tr("Groups detected by Louvain modularity (see Communities below)."));
        const std::vector<std::string> attributes = colourAttributes(workspace);
        if (std::find(attributes.begin(), attributes.end(), "color") != attributes.end() &&
            item("colour-by", core::tr("File colour"), mapping.colorBy == "file_colour"))
            mapping.colorBy = "file_colour";
        ImGui::Separator();
        for (const std::string& attribute : attributes) {
            if (attribute != "color" && item("colour-by", attribute, mapping.colorBy == attribute))
                mapping.colorBy = attribute;
        }
        ImGui::Separator();
        for (int c = Degree; c < ColumnCount; ++c) {
            const std::string key(measureKey(c));
            if (!key.empty() && item("colour-by", std::string(columnName(c)), mapping.colorBy == key))
                mapping.colorBy = key;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width);
    const bool sizeOpen = ImGui::BeginCombo("##size-by", labelOf(mapping.sizeBy).c_str());
    remember("size-by");
    if (sizeOpen) {
        if (item("size-by", core::tr("Same size"), mapping.sizeBy.empty()))
            mapping.sizeBy.clear();
        ImGui::Separator();
        for (int c = Degree; c < ColumnCount; ++c) {
            const std::string key(measureKey(c));
            if (!key.empty() && item("size-by", std::string(columnName(c)), mapping.sizeBy == key))
                mapping.sizeBy = key;
        }
        ImGui::EndCombo();
    }
    // Ties by tie quality: relational coordination weak to strong (DOMAIN.md §2.5), or any numeric tie
    // score (PARTNER trust and value, a tie attribute) low to high.
    const auto tieLabel = [](const std::string& key) -> std::string {
        if (key.empty())
            return core::tr("Ties by kind");
        return layouts::tieScoreLabel(key);
    };
    ImGui::SetNextItemWidth(width);
    const bool tiesOpen =
        ImGui::BeginCombo("##ties-by", tieLabel(mapping.tieColorBy).c_str(), ImGuiComboFlags_HeightLargest);
    remember("ties-by");
    if (tiesOpen) {
        if (item("ties-by", tieLabel(""), mapping.tieColorBy.empty()))
            mapping.tieColorBy.clear();
        const std::vector<std::string> scores =
            workspace.model() ? layouts::tieScoreNames(*workspace.model()) : std::vector<std::string>{};
        for (std::size_t i = 0; i < scores.size(); ++i) {
            // Separators between the groups: RC index, RC dimensions, the rest.
            if (i == 1 || i == 1 + core::kRcDimensions.size())
                ImGui::Separator();
            if (item("ties-by", tieLabel(scores[i]), mapping.tieColorBy == scores[i]))
                mapping.tieColorBy = scores[i];
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s",
                          core::tr("Colour and weight ties by a tie score: relational coordination weak to "
                                   "strong, trust and value or another numeric tie attribute low to high."));
    // Shape by an attribute as well as by kind.
    ImGui::SameLine();
    const auto shapeLabel = [](const std::string& key) -> std::string {
        if (key.empty())
            return core::tr("Shapes by kind");
        if (key == "file_shape")
            return core::tr("Shape: file shape");
        return core::fill(core::tr("Shape: {}"), {key});
    };
    ImGui::SetNextItemWidth(width);
    const bool shapeOpen =
        ImGui::BeginCombo("##shape-by", shapeLabel(mapping.shapeBy).c_str(), ImGuiComboFlags_HeightLarge);
    remember("shape-by");
    if (shapeOpen) {
        if (item("shape-by", shapeLabel(""), mapping.shapeBy.empty()))
            mapping.shapeBy.clear();
        const std::vector<std::string> attributes = colourAttributes(workspace);
        if (std::find(attributes.begin(), attributes.end(), "shape") != attributes.end() &&
            item("shape-by", shapeLabel("file_shape"), mapping.shapeBy == "file_shape"))
            mapping.shapeBy = "file_shape";
        ImGui::Separator();
        for (const std::string& attribute : attributes) {
            if (attribute != "shape" && attribute != "color" &&
                item("shape-by", shapeLabel(attribute), mapping.shapeBy == attribute))
                mapping.shapeBy = attribute;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", core::tr("Shape nodes by an attribute; nodes without it keep the shape of their kind."));
}

void MeasuresPanel::drawSummary(const AnalysisSnapshot& snapshot) {
    if (!ImGui::CollapsingHeader(core::tr("Network"), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    const core::NetworkSummary& n = snapshot.analysis.network;
    auto number = [](double v, const char* /*format: "%.3f"*/) {
        if (std::isnan(v))
            return std::string(kDash);
        return core::ui().formatNumber(v, 3);  // "0,339" in bokmål
    };
    struct Row {
        const char* name;
        std::string value;
        const char* help;
    };
    const std::array<Row, 10> rows{{
        {core::N_("Nodes"), std::to_string(n.nodes), core::N_("Nodes in the analysed lens.")},
        {core::N_("Tied pairs"), std::to_string(n.ties),
         core::N_(
             "Distinct tied pairs in the lens: the full lens also counts containment (site or role in its "
             "organization); parallel ties count once.")},
        {core::N_("Density"), number(n.density, "%.3f"),
         core::N_("Ties present / ties possible, n(n-"
                  "1)/2 undirected.")},
        {core::N_("Components"), std::to_string(n.components),
         core::N_("Connected components (isolates count).")},
        {core::N_("Diameter"), std::to_string(n.diameter),
         core::N_("Longest shortest path inside a component, in steps.")},
        {core::N_("Avg. path length"), number(n.averagePathLength, "%.3f"),
         core::N_("Mean shortest-path length over reachable pairs.")},
        {core::N_("Degree centralization"), number(n.degreeCentralization, "%.3f"),
         core::N_("Freeman: how much one node dominates the degrees; 1 for a star, 0 when all are equal.")},
        {core::N_("E-I index"), number(n.eiIndex, "%.3f"),
         core::N_("(external - internal ties) / all ties across the partition's groups; -"
                  "1 = closed silos.")},
        {core::N_("Modularity (partition)"), number(n.partitionModularity, "%.3f"),
         core::N_("Newman modularity of the partition's groups; high = ties stay inside groups.")},
        {core::N_("Communities"),
         std::to_string(n.communityCount) + " (Q " + number(n.communityModularity, "%.3f") + ")",
         core::N_("Communities detected by Louvain, with their modularity Q.")},
    }};
    if (ImGui::BeginTable("##summary", 4, ImGuiTableFlags_SizingStretchProp)) {
        for (std::size_t k = 0; k < rows.size(); ++k) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", core::tr(rows[k].name));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", core::tr(rows[k].help));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(rows[k].value.c_str());
        }
        ImGui::EndTable();
    }
}

void MeasuresPanel::drawCommunities(Workspace& workspace, const AnalysisSnapshot& snapshot) {
    const core::AnalysisResult& r = snapshot.analysis;
    m_communitiesShown = 0;
    if (!r.has("communities") || r.community.size() != r.nodeCount())
        return;
    // Members by community, largest first (numbers as analyze writes them: 1, 2, …).
    std::map<int, std::vector<std::size_t>> members;
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        if (r.community[v] >= 0)
            members[r.community[v] + 1].push_back(v);
    }
    std::vector<std::pair<int, const std::vector<std::size_t>*>> order;
    for (const auto& [community, nodes] : members)
        order.emplace_back(community, &nodes);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.second->size() > b.second->size(); });
    const std::string header = core::fill(core::trn("Communities ({})", "Communities ({})", order.size()),
                                          {std::to_string(order.size())}) +
                               "###communities";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    m_items["communities"] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    if (!open)
        return;
    ImGui::PushID("communities");
    if (ImGui::SmallButton(core::tr("Colour the canvas by community")))
        workspace.mapping().colorBy = "community";
    m_items["communities/colour"] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    for (const auto& [community, nodes] : order) {
        const std::string title = core::fill(core::trn("Community {} \xE2\x80\x94 {} node",
                                                       "Community {} \xE2\x80\x94 {} nodes", nodes->size()),
                                             {std::to_string(community), std::to_string(nodes->size())});
        ImGui::PushID(community);
        const bool expanded = ImGui::TreeNode("##community", "%s", title.c_str());
        ++m_communitiesShown;
        if (expanded) {
            for (const std::size_t v : *nodes) {
                const std::string& id = r.ids[v];
                ImGui::PushID(static_cast<int>(v));
                if (ImGui::Selectable(r.labels[v].empty() ? id.c_str() : r.labels[v].c_str(),
                                      workspace.selection().hasNode(id)))
                    workspace.selection().selectNode(id);
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::PopID();
}

void MeasuresPanel::drawTable(Workspace& workspace, const AnalysisSnapshot& snapshot) {
    const core::AnalysisResult& r = snapshot.analysis;
    // Filter, columns and export on one line.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    const std::string hint = core::fill(core::trn("Filter {} node", "Filter {} nodes", r.nodeCount()),
                                        {std::to_string(r.nodeCount())});
    if (ImGui::InputTextWithHint("##filter", hint.c_str(), m_filter.data(), m_filter.size()))
        m_orderDirty = true;
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Columns")))
        ImGui::OpenPopup("##columns");
    if (ImGui::BeginPopup("##columns")) {
        for (int c = Label + 1; c < ColumnCount; ++c)
            ImGui::Checkbox(std::string(columnName(c)).c_str(), &m_visible[static_cast<std::size_t>(c)]);
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Export CSV\xE2\x80\xA6"))) {
        const std::filesystem::path& doc = workspace.document().path();
        std::filesystem::path suggestion = "measures.csv";
        if (!doc.empty()) {
            suggestion = doc.parent_path() / (core::documentStem(doc) + "-measures.csv");
        }
        m_exportPath.fill('\0');
        const std::string text = suggestion.string();
        std::copy_n(text.begin(), std::min(text.size(), m_exportPath.size() - 1), m_exportPath.begin());
        m_exportError.clear();
        m_openExport = true;
    }
    if (m_filter[0] != '\0')
        ImGui::TextDisabled(core::tr("%zu of %zu nodes match"), m_order.size(), r.nodeCount());

    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                       ImGuiTableFlags_Resizable | ImGuiTableFlags_Reorderable |
                                       ImGuiTableFlags_BordersV | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##measures", ColumnCount, kFlags, ImVec2(0.0f, 0.0f))) {
        m_rowRects.clear();
        return;
    }
    const float digit = ImGui::CalcTextSize("0.0000").x + ImGui::GetStyle().CellPadding.x * 2.0f;
    for (int c = 0; c < ColumnCount; ++c) {
        ImGuiTableColumnFlags flags = ImGuiTableColumnFlags_None;
        if (c == Label)
            flags |= ImGuiTableColumnFlags_NoHide;
        if (isNumeric(c) || c == BoundarySpanner)
            flags |= ImGuiTableColumnFlags_PreferSortDescending;
        if (!m_visible[static_cast<std::size_t>(c)] && c != Label)
            flags |= ImGuiTableColumnFlags_Disabled;
        const float headerWidth =
            ImGui::CalcTextSize(std::string(columnName(c)).c_str()).x + ImGui::GetFontSize() * 1.5f;
        const float width = c == Label                ? ImGui::GetFontSize() * 9.0f
                            : c == Kind || c == Group ? ImGui::GetFontSize() * 6.0f
                                                      : std::max(digit, headerWidth);
        ImGui::TableSetupColumn(std::string(columnName(c)).c_str(), flags, width, static_cast<ImGuiID>(c));
    }
    ImGui::TableSetupScrollFreeze(1, 1);

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            m_sortColumn = static_cast<int>(specs->Specs[0].ColumnUserID);
            m_sortDescending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        } else {
            m_sortColumn = -1;
        }
        specs->SpecsDirty = false;
        m_orderDirty = true;
    }
    if (m_orderDirty) {
        rebuildOrder(r);
        m_orderDirty = false;
    }

    // Headers by hand, to give each a tooltip and to remember where they are.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    m_headerRects.fill(Rect{});
    for (int c = 0; c < ColumnCount; ++c) {
        if (!ImGui::TableSetColumnIndex(c))
            continue;
        ImGui::PushID(c);
        ImGui::TableHeader(std::string(columnName(c)).c_str());
        ImGui::PopID();
        m_headerRects[static_cast<std::size_t>(c)] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ImGui::TextUnformatted(columnHelp(c).data(), columnHelp(c).data() + columnHelp(c).size());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }

    const Selection& selection = workspace.selection();
    std::optional<std::size_t> clicked;
    bool doubleClicked = false;
    bool additive = false;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_order.size()));
    m_rowRects.clear();
    bool firstStep = true;
    while (clipper.Step()) {
        if (firstStep) {
            m_firstRectRow = static_cast<std::size_t>(clipper.DisplayStart);
            firstStep = false;
        }
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t i = m_order[static_cast<std::size_t>(row)];
            ImGui::TableNextRow();
            ImGui::PushID(row);
            ImGui::TableSetColumnIndex(Label);
            const std::string label = cellText(r, Label, i);
            const float labelRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
            if (ImGui::Selectable(
                    label.c_str(), selection.hasNode(r.ids[i]),
                    ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
                clicked = i;
                doubleClicked = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
                additive = ImGui::GetIO().KeyCtrl || ImGui::GetIO().KeyShift;
            }
            const std::size_t rectIndex = static_cast<std::size_t>(row) - m_firstRectRow;
            if (m_rowRects.size() <= rectIndex)
                m_rowRects.resize(rectIndex + 1);
            // The row spans every column; keep its label cell (away from the column borders,
            // whose resize handles take clicks).
            Rect rowArea{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
            rowArea.max.x = std::min(rowArea.max.x, labelRight);
            m_rowRects[rectIndex] = rowArea;
            if (ImGui::IsItemHovered() && r.ids[i] != label)
                ImGui::SetTooltip(core::tr("id: %s"), r.ids[i].c_str());
            for (int c = Label + 1; c < ColumnCount; ++c) {
                if (!ImGui::TableSetColumnIndex(c))
                    continue;
                const std::string text = cellText(r, c, i);
                if (isNumeric(c)) {
                    // Numbers right-aligned so that digits line up.
                    const float w = ImGui::CalcTextSize(text.c_str()).x;
                    const float avail = ImGui::GetContentRegionAvail().x;
                    if (avail > w)
                        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
                }
                if (text == kDash)
                    ImGui::TextDisabled("%s", kDash);
                else
                    ImGui::TextUnformatted(text.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();

    if (clicked) {
        const std::string& id = r.ids[*clicked];
        if (additive)
            workspace.selection().toggleNode(id);
        else
            workspace.selection().selectNode(id);
        if (doubleClicked && workspace.document().model().findNode(id))
            workspace.requests().post(FocusRequest{{id}});
    }
}

void MeasuresPanel::drawExportPopup(Workspace& workspace) {
    if (m_openExport) {
        ImGui::OpenPopup("Export measures");
        m_openExport = false;
    }
    if (!ImGui::BeginPopup("Export measures"))
        return;
    ImGui::TextUnformatted(core::tr("Write the table as CSV to:"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
    const bool enter = ImGui::InputText("##export-path", m_exportPath.data(), m_exportPath.size(),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
    if (!m_exportError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextWrapped("%s", m_exportError.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(core::tr("Save")) || enter) {
        const std::filesystem::path path(m_exportPath.data());
        std::string error;
        if (path.empty()) {
            m_exportError = core::tr("Type a file name.");
        } else if (exportCsv(workspace, path, error)) {
            workspace.notify(core::fill(core::tr("Measures written to {}"), {path.filename().string()}));
            ImGui::CloseCurrentPopup();
        } else {
            m_exportError = error;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Cancel")))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace orgweave::studio
