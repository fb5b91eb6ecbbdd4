// Scene: sections · rebuilding · decorations · placement of nodes without a position
#include "orgweave/studio/canvas/Scene.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Utf8Text.hpp"
#include "orgweave/layouts/NodeDecorations.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <utility>

namespace orgweave::studio {

namespace {

constexpr std::size_t kMaxLabelBytes = 30;
constexpr std::size_t kMaxFullLabelBytes = 90;

int priorityOf(core::NodeKind kind) {
    switch (kind) {
        case core::NodeKind::Organization:
            return 0;
        case core::NodeKind::Committee:
            return 1;
        case core::NodeKind::Site:
            return 2;
        case core::NodeKind::Role:
            return 3;
        case core::NodeKind::LearningAction:
            return 4;
        case core::NodeKind::SharedTool:
            return 5;
    }
    return 6;
}

/// Relative brightness 0…1 of an ImGui colour (Rec. 709 weights, no gamma).
float brightness(ImU32 color) {
    const float r = static_cast<float>((color >> IM_COL32_R_SHIFT) & 0xFF);
    const float g = static_cast<float>((color >> IM_COL32_G_SHIFT) & 0xFF);
    const float b = static_cast<float>((color >> IM_COL32_B_SHIFT) & 0xFF);
    return (0.2126f * r + 0.7152f * g + 0.0722f * b) / 255.0f;
}

/// On the dark page, lines and outlines too dark to see are drawn light grey (same alpha).
ImU32 visibleOnDark(ImU32 color) {
    if (brightness(color) >= 0.35f)
        return color;
    return (IM_COL32(196, 200, 206, 0) & ~IM_COL32_A_MASK) | (color & IM_COL32_A_MASK);
}

}  // namespace

// ---------------------------------------------------------------------------------------- rebuilding

void Scene::rebuild(const core::Model* model, Legend& legend) {
    m_model = model;
    m_nodes.clear();
    m_ties.clear();
    m_outlines.clear();
    m_labelOrder.clear();
    m_circleFallback = false;
    ++m_generation;
    m_index = core::NodeIndex();
    m_notes = m_model != nullptr ? CanvasNotes::read(*m_model) : std::vector<CanvasNote>{};
    if (m_model == nullptr) {
        m_style = Style();
        legend.setContent(core::Model{}, m_style);
        m_typicalSpacing = 0.0f;
        return;
    }
    const core::Model& doc = *m_model;
    m_style = Style(doc);
    legend.setContent(doc, m_style);
    m_index = core::NodeIndex(doc);

    // Nodes, at stored positions where there are any.
    std::vector<std::size_t> missing;
    std::vector<int> degree(doc.nodes.size(), 0);
    m_nodes.resize(doc.nodes.size());
    for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
        const core::Node& node = doc.nodes[i];
        NodeItem& item = m_nodes[i];
        item.base = m_style.nodeStyle(node);
        item.style = item.base;
        const std::string display = node.displayLabel();
        item.label = core::shortenUtf8(display, kMaxLabelBytes);
        item.fullLabel = core::shortenUtf8(display, kMaxFullLabelBytes);
        item.priority = priorityOf(node.kind);
        item.bold = node.kind == core::NodeKind::Organization || node.kind == core::NodeKind::Committee;
        item.organizationId = std::string(Style::organizationOf(node));
        const auto position = doc.layout.positions.find(node.id);
        if (position != doc.layout.positions.end() && std::isfinite(position->second.x) &&
            std::isfinite(position->second.y)) {
            item.world =
                ImVec2(static_cast<float>(position->second.x), static_cast<float>(position->second.y));
        } else {
            missing.push_back(i);
        }
    }
    placeMissingOnCircle(missing);
    for (NodeItem& item : m_nodes)
        item.stored = item.world;
    m_typicalSpacing = measureTypicalSpacing();

    // Ties; parallel ties between one pair are bent apart.
    // (pair of ends, tie item) sorted, so the ties of one pair sit together in item order.
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::size_t>> byPair;
    byPair.reserve(doc.ties.size());
    for (std::size_t t = 0; t < doc.ties.size(); ++t) {
        const core::Tie& tie = doc.ties[t];
        const auto source = m_index.find(tie.source);
        const auto target = m_index.find(tie.target);
        if (!source || !target || *source == *target)
            continue;
        TieItem item;
        item.modelIndex = t;
        item.source = *source;
        item.target = *target;
        item.style = m_style.tieStyle(tie);
        item.baseColor = item.style.color;
        item.baseThickness = item.style.thickness;
        byPair.emplace_back(std::minmax(*source, *target), m_ties.size());
        m_ties.push_back(item);
        ++degree[*source];
        ++degree[*target];
    }
    std::sort(byPair.begin(), byPair.end());
    for (std::size_t first = 0; first < byPair.size();) {
        std::size_t end = first + 1;
        while (end < byPair.size() && byPair[end].first == byPair[first].first)
            ++end;
        const std::size_t count = end - first;
        if (count >= 2) {
            const float middle = static_cast<float>(count - 1) * 0.5f;
            for (std::size_t k = 0; k < count; ++k) {
                TieItem& item = m_ties[byPair[first + k].second];
                // Bend relative to the pair's canonical direction, whichever way the tie points.
                const float sign = item.source == byPair[first].first.first ? 1.0f : -1.0f;
                item.bend = sign * (static_cast<float>(k) - middle) * 16.0f;
            }
        }
        first = end;
    }

    // Organizations as outlines around their sites and roles, as pictures draw them.
    for (layouts::OutlineMembers& membership : layouts::outlineMembership(doc)) {
        const ImU32 color = m_style.organizationColor(doc.nodes[membership.organization].id);
        m_outlines.push_back({membership.organization, std::move(membership.members), color});
    }

    // Label order: kind priority, then committee level, then the better connected first.
    m_labelOrder.resize(doc.nodes.size());
    for (std::size_t i = 0; i < m_labelOrder.size(); ++i)
        m_labelOrder[i] = i;
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(), [&](std::size_t a, std::size_t b) {
        if (m_nodes[a].priority != m_nodes[b].priority)
            return m_nodes[a].priority < m_nodes[b].priority;
        const int levelA = doc.nodes[a].committee->level.value_or(9);
        const int levelB = doc.nodes[b].committee->level.value_or(9);
        if (levelA != levelB)
            return levelA < levelB;
        return degree[a] > degree[b];
    });
}

Rect Scene::contentBounds() const {
    if (m_boundsGeneration == m_generation && m_boundsDecorations == m_decorations)
        return m_bounds;
    m_boundsGeneration = m_generation;
    m_boundsDecorations = m_decorations;
    // The visible nodes (all of them when the filter hides everything).
    const bool anyVisible =
        std::any_of(m_nodes.begin(), m_nodes.end(), [](const NodeItem& n) { return !n.hidden; });
    std::optional<Rect> found;
    for (const NodeItem& node : m_nodes) {
        if (node.hidden && anyVisible)
            continue;
        if (!found)
            found = Rect{node.world, node.world};
        Rect& bounds = *found;
        bounds.min = ImVec2(std::min(bounds.min.x, node.world.x), std::min(bounds.min.y, node.world.y));
        bounds.max = ImVec2(std::max(bounds.max.x, node.world.x), std::max(bounds.max.y, node.world.y));
    }
    m_bounds = found.value_or(Rect{});
    return m_bounds;
}

// --------------------------------------------------------------------------------------- decorations

bool Scene::decorate(const SceneContext& context, Legend& legend) {
    DecorationKey key;
    key.generation = m_generation;
    key.readOnly = context.readOnly;
    key.dark = context.dark;
    std::shared_ptr<const AnalysisSnapshot> snapshot;
    const Workspace* workspace = context.workspace;
    if (workspace != nullptr && m_model != nullptr) {
        const CanvasMapping& mapping = workspace->mapping();
        snapshot = workspace->analysis().latest();
        key.selection = workspace->selection().revision();
        key.preview = workspace->previewRevision();
        key.snapshot = snapshot.get();
        key.colorBy = mapping.colorBy;
        key.sizeBy = mapping.sizeBy;
        key.shapeBy = mapping.shapeBy;
        key.tieColorBy = mapping.tieColorBy;
        key.haloRule = mapping.haloRule;
        key.phase = mapping.phase;
        key.halos = mapping.showGapHalos;
        key.highlighted = mapping.highlighted;
        key.filter = mapping.filter;
        key.hideAbsent = mapping.hideAbsent;
        key.marks = workspace->marksRevision();
    } else {
        key.marks = context.ownMarksRevision;
    }
    if (key == m_decorated)
        return false;
    m_decorated = key;
    ++m_decorations;
    for (NodeItem& item : m_nodes) {
        item.style = item.base;
        item.selected = false;
        item.ghost = false;
        item.hidden = false;
        item.highlight = false;
        item.halo = 0;
        item.mark = 0;
        item.world = item.stored;
    }
    for (TieItem& tie : m_ties) {
        tie.selected = false;
        tie.ghost = false;
        tie.marked = false;
        tie.hidden = false;
        tie.style.color = tie.baseColor;
        tie.style.thickness = tie.baseThickness;
    }
    if (m_model == nullptr)
        return true;
    const auto darken = [&] {
        if (!context.dark)
            return;
        for (NodeItem& item : m_nodes)
            item.style.outline = visibleOnDark(item.style.outline);
        for (TieItem& tie : m_ties)
            tie.style.color = visibleOnDark(tie.baseColor);
    };
    if (workspace == nullptr) {
        darken();
        if (context.ownMarks != nullptr)
            applyMarks(*context.ownMarks);
        return true;
    }
    const core::Model& model = *m_model;
    const Selection& selection = workspace->selection();
    for (const std::string& id : selection.nodes()) {
        if (const auto i = m_index.find(id); i && !context.readOnly)
            m_nodes[*i].selected = true;
    }
    for (TieItem& tie : m_ties)
        tie.selected = !context.readOnly && selection.hasTie(model.ties[tie.modelIndex].id);
    // The view's filter hides nodes and the ties that touch them; its highlights get a ring.
    if (!key.filter.empty()) {
        const std::vector<bool> visible = key.filter.visibleNodes(model);
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            m_nodes[i].hidden = !visible[i];
        for (TieItem& tie : m_ties)
            tie.hidden = m_nodes[tie.source].hidden || m_nodes[tie.target].hidden;
    }
    for (const std::string& id : key.highlighted) {
        if (const auto i = m_index.find(id))
            m_nodes[*i].highlight = true;
    }

    if (const auto* preview = workspace->previewPositions()) {
        for (const auto& [id, p] : *preview) {
            if (const auto i = m_index.find(id))
                m_nodes[*i].world = ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
        }
    }

    // Colour and size by measure or attribute, as rendered pictures do (NodeMapping.hpp).
    const bool byMeasure = layouts::needsAnalysis(key.colorBy);
    legend.setColourBlock({}, {});
    legend.setHaloKey({});
    legend.setTieKey({}, {});
    legend.setShapeKey({}, {});
    legend.setSizeKey({}, {}, {});
    // Shape by an attribute as well as by kind (nodes without a value keep their kind's shape).
    if (!key.shapeBy.empty() && key.shapeBy != "kind") {
        const layouts::NodeShapes shapes = layouts::shapeNodes(model, key.shapeBy);
        for (std::size_t i = 0; i < m_nodes.size() && i < shapes.shape.size(); ++i)
            m_nodes[i].style.shape = shapes.shape[i];
        legend.setShapeKey(shapes.heading, shapes.key);
    }
    if (!key.colorBy.empty() && key.colorBy != "organization" && (!byMeasure || snapshot)) {
        const layouts::MeasureValues values =
            byMeasure ? layouts::coloringValues(snapshot->analysis, key.colorBy) : layouts::MeasureValues{};
        const layouts::NodeColours colours = layouts::colourNodes(model, key.colorBy, &values);
        for (std::size_t i = 0; i < m_nodes.size() && i < colours.fill.size(); ++i) {
            m_nodes[i].style.fill = imColor(colours.fill[i]);
            m_nodes[i].style.outline = Style::darker(m_nodes[i].style.fill);
        }
        std::vector<std::pair<ImU32, std::string>> swatches;
        for (const layouts::Swatch& swatch : colours.swatches)
            swatches.emplace_back(imColor(swatch.color), swatch.label);
        legend.setColourBlock(colours.heading, std::move(swatches));
    }
    if (layouts::isNodeMeasure(key.sizeBy) && snapshot) {
        const layouts::MeasureValues values = layouts::measureById(snapshot->analysis, key.sizeBy);
        const std::vector<double> units = layouts::sizeUnits(model, values);
        for (std::size_t i = 0; i < m_nodes.size() && i < units.size(); ++i)
            m_nodes[i].style.radius = static_cast<float>(layouts::sizedRadius(units[i]));  // area ∝ value
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        for (const auto& [id, value] : values) {
            if (std::isfinite(value)) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
        if (low <= high) {
            legend.setSizeKey(core::fill(core::tr("Size: {}"), {key.sizeBy}),
                              core::fill(core::tr("low ({})"), {layouts::shortNumber(low, core::ui())}),
                              core::fill(core::tr("high ({})"), {layouts::shortNumber(high, core::ui())}));
        }
    }
    darken();

    // Tie quality: weak to strong relational coordination (DOMAIN.md §2.5), or any numeric tie score
    // (PARTNER trust and value, a tie attribute) low to high; thicker when higher.
    if (!key.tieColorBy.empty()) {
        const core::GapSettings& gapSettings = workspace->analysis().settings().gapSettings;
        const layouts::TieScoreScale scale = layouts::tieScoreScale(model, key.tieColorBy, gapSettings.rcWeak,
                                                                    gapSettings.rcStrong, key.phase);
        for (TieItem& tie : m_ties) {
            const layouts::TieQuality quality =
                layouts::tieQuality(model.ties[tie.modelIndex], key.tieColorBy, scale);
            if (quality.band == layouts::TieQuality::Band::None) {
                tie.style.color = Style::withAlpha(tie.style.color, 0.3f);
                continue;
            }
            tie.style.color = imColor(quality.color);
            tie.style.thickness = std::max(tie.baseThickness, 1.4f) * static_cast<float>(quality.widthFactor);
        }
        std::vector<std::pair<ImU32, std::string>> swatches;
        for (const layouts::Swatch& swatch : layouts::tieQualitySwatches(scale))
            swatches.emplace_back(imColor(swatch.color), swatch.label);
        legend.setTieKey(layouts::tieQualityHeading(key.tieColorBy), std::move(swatches));
    }

    // Ghosts: what does not exist in the mapping's phase.
    if (!key.phase.empty()) {
        const auto absent = [&](const std::vector<std::string>& phases) {
            return !phases.empty() && std::find(phases.begin(), phases.end(), key.phase) == phases.end();
        };
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            m_nodes[i].ghost = absent(model.nodes[i].phases);
            m_nodes[i].hidden = m_nodes[i].hidden || (m_nodes[i].ghost && key.hideAbsent);
        }
        for (TieItem& tie : m_ties) {
            tie.ghost = absent(model.ties[tie.modelIndex].phases) || m_nodes[tie.source].ghost ||
                        m_nodes[tie.target].ghost;
            tie.hidden = tie.hidden || (tie.ghost && key.hideAbsent) || m_nodes[tie.source].hidden ||
                         m_nodes[tie.target].hidden;
        }
    }

    // Halos: the nodes the gap findings name, in the colour of their most severe finding.
    if (key.halos && snapshot) {
        const auto worst = layouts::worstSeverityPerNode(model, snapshot->gaps.findings, key.haloRule);
        for (std::size_t i = 0; i < m_nodes.size() && i < worst.size(); ++i) {
            if (worst[i])
                m_nodes[i].halo = imColor(layouts::gapColorOf(*worst[i]));
        }
    }
    // While halos are on, the legend keys their three colours, most severe first. Always all three,
    // so the legend (and the fitted view around it) does not change size when the analysis arrives.
    if (key.halos) {
        std::vector<std::pair<ImU32, std::string>> haloKey;
        for (const core::FindingSeverity severity :
             {core::FindingSeverity::Critical, core::FindingSeverity::Warning, core::FindingSeverity::Info})
            haloKey.emplace_back(imColor(layouts::gapColorOf(severity)),
                                 core::tr(layouts::severityLegendOf(severity)));
        legend.setHaloKey(std::move(haloKey));
    }
    applyMarks(workspace->marks());
    return true;
}

void Scene::applyMarks(const CanvasMarks& marks) {
    if (marks.empty() || m_model == nullptr)
        return;
    for (const auto& [id, color] : marks.nodes) {
        if (const auto i = m_index.find(id))
            m_nodes[*i].mark = color;
    }
    for (const std::string& id : marks.faded) {
        if (const auto i = m_index.find(id))
            m_nodes[*i].ghost = true;
    }
    const core::Model& model = *m_model;
    for (TieItem& tie : m_ties) {
        const std::string& id = model.ties[tie.modelIndex].id;
        if (const auto found = marks.ties.find(id); found != marks.ties.end()) {
            tie.style.color = found->second;
            tie.marked = true;
        }
        if (marks.faded.contains(id))
            tie.ghost = true;
    }
}

// ------------------------------------------------------------------ placement of nodes without a position

void Scene::placeMissingOnCircle(const std::vector<std::size_t>& missing) {
    if (missing.empty())
        return;
    m_circleFallback = true;
    const core::Model& model = *m_model;
    // Keep each organization's members together on the circle so their outline stays compact:
    // organizations with their sites and roles first (file order), then everything else.
    std::map<std::string, std::size_t, std::less<>> organizationRank;
    for (const core::Node& node : model.nodes) {
        if (node.kind == core::NodeKind::Organization)
            organizationRank.emplace(node.id, organizationRank.size());
    }
    const auto rankOf = [&](std::size_t i) {
        const auto it = organizationRank.find(m_nodes[i].organizationId);
        return it == organizationRank.end() ? organizationRank.size() : it->second;
    };
    std::vector<std::size_t> order = missing;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::size_t ra = rankOf(a);
        const std::size_t rb = rankOf(b);
        if (ra != rb)
            return ra < rb;
        return m_nodes[a].priority < m_nodes[b].priority;
    });

    const float count = static_cast<float>(order.size());
    float radius = std::max(140.0f, count * 60.0f / (2.0f * std::numbers::pi_v<float>));
    ImVec2 center{0.0f, 0.0f};
    const bool someStored = missing.size() < m_nodes.size();
    if (someStored) {
        // Around the stored part of the picture, outside it.
        Rect bounds{{std::numeric_limits<float>::max(), std::numeric_limits<float>::max()},
                    {std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()}};
        std::vector<bool> isMissing(m_nodes.size(), false);
        for (const std::size_t i : missing)
            isMissing[i] = true;
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            if (isMissing[i])
                continue;
            bounds.min = ImVec2(std::min(bounds.min.x, m_nodes[i].world.x),
                                std::min(bounds.min.y, m_nodes[i].world.y));
            bounds.max = ImVec2(std::max(bounds.max.x, m_nodes[i].world.x),
                                std::max(bounds.max.y, m_nodes[i].world.y));
        }
        center = bounds.center();
        radius = std::max(radius, length(bounds.size()) * 0.5f + 80.0f);
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        const float angle = -std::numbers::pi_v<float> / 2.0f +
                            2.0f * std::numbers::pi_v<float> * static_cast<float>(k) / count;
        m_nodes[order[k]].world = center + ImVec2(std::cos(angle), std::sin(angle)) * radius;
    }
}

float Scene::measureTypicalSpacing() const {
    // 30th percentile of the nearest-neighbour distance, over at most 400 sampled nodes.
    const std::size_t n = m_nodes.size();
    if (n < 2)
        return 0.0f;
    const std::size_t step = std::max<std::size_t>(1, n / 400);
    std::vector<float> nearest;
    for (std::size_t i = 0; i < n; i += step) {
        float best = std::numeric_limits<float>::max();
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const ImVec2 d = m_nodes[j].world - m_nodes[i].world;
            best = std::min(best, dot(d, d));
        }
        nearest.push_back(std::sqrt(best));
    }
    const auto k = static_cast<std::ptrdiff_t>(static_cast<double>(nearest.size()) * 0.3);
    std::nth_element(nearest.begin(), nearest.begin() + k, nearest.end());
    return nearest[static_cast<std::size_t>(k)];
}

}  // namespace orgweave::studio
