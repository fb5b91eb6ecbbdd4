// Canvas: sections · building the draw cache · input and fitting · drawing · queries
#include "orgweave/studio/canvas/Canvas.hpp"

#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <string_view>
#include <utility>

namespace orgweave::studio {

namespace {

constexpr ImU32 kBackground = IM_COL32(249, 249, 246, 255);
constexpr ImU32 kLabelText = IM_COL32(31, 35, 40, 255);
constexpr ImU32 kLabelBackground = IM_COL32(255, 255, 255, 212);
constexpr ImU32 kHintText = IM_COL32(110, 116, 124, 255);
// Dark theme: a dark slate page, light labels on dark plates.
constexpr ImU32 kDarkBackground = IM_COL32(32, 35, 40, 255);
constexpr ImU32 kDarkLabelText = IM_COL32(232, 234, 237, 255);
constexpr ImU32 kDarkLabelBackground = IM_COL32(32, 35, 40, 205);
constexpr ImU32 kDarkHintText = IM_COL32(160, 166, 174, 255);

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
constexpr ImU32 kHoverRing = IM_COL32(255, 160, 0, 255);
constexpr ImU32 kSelection = IM_COL32(21, 101, 192, 255);
constexpr std::size_t kMaxLabelChars = 30;
constexpr float kLabelCell = 128.0f;

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

/// How far below its centre a shape reaches, in radii.
float bottomExtent(Shape shape) {
    switch (shape) {
        case Shape::RoundedRect:
            return 0.95f;
        case Shape::Hexagon:
            return 0.94f;
        case Shape::Diamond:
            return 1.2f;
        case Shape::Circle:
            return 1.0f;
        case Shape::Triangle:
            return 0.63f;
        case Shape::Star:
            return 1.1f;
    }
    return 1.0f;
}

/// Distance from the centre at which a tie should stop, in radii (roughly the shape's boundary).
float boundaryExtent(Shape shape) {
    switch (shape) {
        case Shape::RoundedRect:
            return 1.15f;
        case Shape::Diamond:
            return 0.95f;
        case Shape::Triangle:
            return 0.8f;
        case Shape::Star:
            return 0.95f;
        default:
            return 1.0f;
    }
}

std::string shorten(const std::string& text) {
    if (text.size() <= kMaxLabelChars)
        return text;
    std::size_t cut = kMaxLabelChars - 1;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;                                    // UTF-8 boundary
    return text.substr(0, cut) + "\xE2\x80\xA6";  // …
}

std::int64_t cellKey(int x, int y) {
    return (static_cast<std::int64_t>(x) << 32) ^ static_cast<std::int64_t>(static_cast<std::uint32_t>(y));
}

}  // namespace

// ------------------------------------------------------------------------------ building the draw cache

void Canvas::setModel(const core::Model* model) {
    m_model = model;
    rebuild();
    m_fitPending = true;
    m_followFit = true;
}

void Canvas::modelChanged() {
    rebuild();
    // The user is building: the view stays where it is (nodes never jump away from the cursor when
    // the legend grows or the window changes); F or View › Fit frames the network again.
    m_followFit = false;
}

void Canvas::setFonts(ImFont* regular, ImFont* bold) {
    m_regular = regular;
    m_bold = bold;
}

void Canvas::rebuild() {
    m_nodes.clear();
    m_ties.clear();
    m_outlines.clear();
    m_labelOrder.clear();
    m_circleFallback = false;
    m_hovered.reset();
    ++m_generation;
    m_index = core::NodeIndex();
    m_notes = m_model != nullptr ? CanvasNotes::read(*m_model) : std::vector<CanvasNote>{};
    m_noteRects.clear();
    if (m_model == nullptr) {
        m_style = Style();
        m_legend.setContent(core::Model{}, m_style);
        return;
    }
    const core::Model& model = *m_model;
    m_style = Style(model);
    m_legend.setContent(model, m_style);
    m_index = core::NodeIndex(model);
    const core::NodeIndex& index = m_index;

    // Nodes, at stored positions where there are any.
    std::vector<std::size_t> missing;
    std::vector<int> degree(model.nodes.size(), 0);
    m_nodes.resize(model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        NodeItem& item = m_nodes[i];
        item.base = m_style.nodeStyle(node);
        item.style = item.base;
        item.label = shorten(node.displayLabel());
        item.priority = priorityOf(node.kind);
        item.bold = node.kind == core::NodeKind::Organization || node.kind == core::NodeKind::Committee;
        item.organizationId = std::string(Style::organizationOf(node));
        const auto position = model.layout.positions.find(node.id);
        if (position != model.layout.positions.end() && std::isfinite(position->second.x) &&
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
    m_typicalSpacing = typicalSpacing();

    // Ties; parallel ties between one pair are bent apart.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> byPair;
    for (std::size_t t = 0; t < model.ties.size(); ++t) {
        const core::Tie& tie = model.ties[t];
        const auto source = index.find(tie.source);
        const auto target = index.find(tie.target);
        if (!source || !target || *source == *target)
            continue;
        TieItem item;
        item.modelIndex = t;
        item.source = *source;
        item.target = *target;
        item.style = m_style.tieStyle(tie);
        item.baseColor = item.style.color;
        byPair[std::minmax(*source, *target)].push_back(m_ties.size());
        m_ties.push_back(item);
        ++degree[*source];
        ++degree[*target];
    }
    for (const auto& [pair, ties] : byPair) {
        if (ties.size() < 2)
            continue;
        const float middle = static_cast<float>(ties.size() - 1) * 0.5f;
        for (std::size_t k = 0; k < ties.size(); ++k) {
            TieItem& item = m_ties[ties[k]];
            // Bend relative to the pair's canonical direction, whichever way the tie points.
            const float sign = item.source == pair.first ? 1.0f : -1.0f;
            item.bend = sign * (static_cast<float>(k) - middle) * 16.0f;
        }
    }

    // Organizations as outlines around their sites and roles.
    std::map<std::string, std::size_t, std::less<>> outlineOf;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        if (node.kind != core::NodeKind::Organization || outlineOf.contains(node.id))
            continue;
        outlineOf.emplace(node.id, m_outlines.size());
        m_outlines.push_back({i, {i}, m_style.organizationColor(node.id)});
    }
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        if (node.kind != core::NodeKind::Site && node.kind != core::NodeKind::Role)
            continue;
        const auto it = outlineOf.find(node.organization);
        if (it != outlineOf.end())
            m_outlines[it->second].members.push_back(i);
    }
    std::erase_if(m_outlines, [](const Outline& outline) { return outline.members.size() < 2; });

    // Label order: kind priority, then committee level, then the better connected first.
    m_labelOrder.resize(model.nodes.size());
    for (std::size_t i = 0; i < m_labelOrder.size(); ++i)
        m_labelOrder[i] = i;
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(), [&](std::size_t a, std::size_t b) {
        if (m_nodes[a].priority != m_nodes[b].priority)
            return m_nodes[a].priority < m_nodes[b].priority;
        const int levelA = model.nodes[a].level.value_or(9);
        const int levelB = model.nodes[b].level.value_or(9);
        if (levelA != levelB)
            return levelA < levelB;
        return degree[a] > degree[b];
    });
}

void Canvas::refreshDecorations() {
    DecorationKey key;
    key.generation = m_generation;
    std::shared_ptr<const AnalysisSnapshot> snapshot;
    if (m_workspace != nullptr && m_model != nullptr) {
        const CanvasMapping& mapping = m_workspace->mapping();
        snapshot = m_workspace->analysis().latest();
        key.selection = m_workspace->selection().revision();
        key.preview = m_workspace->previewRevision();
        key.snapshot = snapshot.get();
        key.colorBy = mapping.colorBy;
        key.sizeBy = mapping.sizeBy;
        key.haloRule = mapping.haloRule;
        key.phase = mapping.phase;
        key.halos = mapping.showGapHalos;
        key.highlighted = mapping.highlighted;
        key.filter = mapping.filter;
        key.readOnly = m_readOnly;
        key.hideAbsent = mapping.hideAbsent;
        key.marks = m_workspace->marksRevision();
    } else {
        key.marks = m_marksRevision;
    }
    if (key == m_decorated)
        return;
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
    }
    if (m_model == nullptr)
        return;
    if (m_workspace == nullptr) {
        if (m_dark) {
            for (NodeItem& item : m_nodes)
                item.style.outline = visibleOnDark(item.style.outline);
            for (TieItem& tie : m_ties)
                tie.style.color = visibleOnDark(tie.baseColor);
        }
        applyMarks(m_marks);
        return;
    }
    const core::Model& model = *m_model;
    const Selection& selection = m_workspace->selection();
    for (const std::string& id : selection.nodes()) {
        if (const auto i = m_index.find(id); i && !m_readOnly)
            m_nodes[*i].selected = true;
    }
    for (TieItem& tie : m_ties)
        tie.selected = !m_readOnly && selection.hasTie(model.ties[tie.modelIndex].id);
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

    if (const auto* preview = m_workspace->previewPositions()) {
        for (const auto& [id, p] : *preview) {
            if (const auto i = m_index.find(id))
                m_nodes[*i].world = ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
        }
    }

    // Colour and size by measure or attribute, as rendered pictures do (NodeMapping.hpp).
    const bool byMeasure = layouts::isNodeMeasure(key.colorBy);
    m_legend.setColourBlock({}, {});
    if (!key.colorBy.empty() && key.colorBy != "organization" && (!byMeasure || snapshot)) {
        const layouts::MeasureValues values =
            byMeasure ? layouts::measureById(snapshot->analysis, key.colorBy) : layouts::MeasureValues{};
        const layouts::NodeColours colours = layouts::colourNodes(model, key.colorBy, &values);
        for (std::size_t i = 0; i < m_nodes.size() && i < colours.fill.size(); ++i) {
            m_nodes[i].style.fill = imColor(colours.fill[i]);
            m_nodes[i].style.outline = Style::darker(m_nodes[i].style.fill);
        }
        std::vector<std::pair<ImU32, std::string>> swatches;
        for (const layouts::Swatch& swatch : colours.swatches)
            swatches.emplace_back(imColor(swatch.color), swatch.label);
        m_legend.setColourBlock(colours.heading, std::move(swatches));
    }
    if (layouts::isNodeMeasure(key.sizeBy) && snapshot) {
        const std::vector<double> units =
            layouts::sizeUnits(model, layouts::measureById(snapshot->analysis, key.sizeBy));
        for (std::size_t i = 0; i < m_nodes.size() && i < units.size(); ++i)
            m_nodes[i].style.radius = 6.0f + 17.0f * static_cast<float>(units[i]);  // area ∝ value
    }

    if (m_dark) {
        for (NodeItem& item : m_nodes)
            item.style.outline = visibleOnDark(item.style.outline);
        for (TieItem& tie : m_ties)
            tie.style.color = visibleOnDark(tie.baseColor);
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
        std::vector<int> worst(m_nodes.size(), -1);
        for (const core::Finding& finding : snapshot->gaps.findings) {
            if (!key.haloRule.empty() && finding.rule != key.haloRule)
                continue;
            for (const std::string& id : finding.nodes) {
                if (const auto i = m_index.find(id))
                    worst[*i] = std::max(worst[*i], static_cast<int>(finding.severity));
            }
        }
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            if (worst[i] >= 0) {
                m_nodes[i].halo = imColor(layouts::gapColorOf(static_cast<core::FindingSeverity>(worst[i])));
            }
        }
    }
    applyMarks(m_workspace->marks());
}

const CanvasMarks& Canvas::activeMarks() const {
    return m_workspace != nullptr ? m_workspace->marks() : m_marks;
}

void Canvas::setMarks(CanvasMarks marks) {
    m_marks = std::move(marks);
    ++m_marksRevision;
}

void Canvas::applyMarks(const CanvasMarks& marks) {
    if (marks.empty())
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

void Canvas::placeMissingOnCircle(const std::vector<std::size_t>& missing) {
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

float Canvas::typicalSpacing() const {
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

// -------------------------------------------------------------------------------- input and fitting

void Canvas::requestFit() {
    m_fitPending = true;
    m_followFit = true;
}

void Canvas::zoomBy(float factor) {
    m_camera.zoomAt(m_camera.viewport().center(), factor);
    m_followFit = false;
    m_fitPending = false;
}

void Canvas::zoomToActualSize() {
    zoomBy(m_scale / std::max(m_camera.zoom(), Camera::kMinZoom));
}

float Canvas::sizeFactor() const {
    const float ratio = m_camera.zoom() / std::max(m_referenceZoom, Camera::kMinZoom);
    return std::clamp(std::sqrt(ratio), 0.6f, 2.2f) * m_scale * m_density;
}

float Canvas::screenRadius(std::size_t index) const {
    return m_nodes.at(index).style.radius * sizeFactor();
}

Rect Canvas::contentBounds() const {
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
    return found.value_or(Rect{});
}

void Canvas::fitToContent() {
    if (m_nodes.empty()) {
        m_camera.setZoom(1.0f);
        m_camera.setPan(m_camera.viewport().size() * 0.5f);
        m_referenceZoom = 1.0f;
        return;
    }
    const Rect world = contentBounds();
    float maxRadius = 0.0f;
    for (const NodeItem& node : m_nodes)
        maxRadius = std::max(maxRadius, node.style.radius);
    const float fontSize = (m_regular != nullptr ? m_regular->FontSize : ImGui::GetFontSize());
    const float margin = (maxRadius * 1.3f + 14.0f) * m_scale;
    const float labelRoom = fontSize + 6.0f * m_scale;  // labels hang below the lowest nodes
    const auto fitInto = [&](Rect area) {
        area.max.y -= labelRoom;
        // A wide label at the left or right edge may still be cut; keep some room for it.
        area.min.x += 30.0f * m_scale;
        area.max.x -= 30.0f * m_scale;
        m_camera.fit(world, area, margin, 1.0f);
        return m_camera.zoom();
    };
    const Rect view = m_camera.viewport();
    // Frames the picture in the whole view, or, when that puts a node under the legend, beside,
    // above or below the legend, whichever leaves the biggest picture. Returns the zoom.
    const auto fitAround = [&](const Rect& legend) {
        const float full = fitInto(view);
        if (legend.empty())
            return full;
        bool covered = false;
        for (const NodeItem& node : m_nodes) {
            if (node.hidden)
                continue;
            const ImVec2 p = m_camera.worldToScreen(node.world);
            const float r = node.style.radius * m_scale * 1.3f;
            covered = covered || Rect{p - ImVec2(r, r), p + ImVec2(r, r + fontSize)}.overlaps(legend);
        }
        if (!covered)
            return full;
        const float gap = 6.0f * m_scale;
        const std::array<Rect, 4> regions{
            Rect{view.min, {legend.min.x - gap, view.max.y}},  // left of it
            Rect{{legend.max.x + gap, view.min.y}, view.max},  // right of it
            Rect{view.min, {view.max.x, legend.min.y - gap}},  // above it
            Rect{{view.min.x, legend.max.y + gap}, view.max},  // below it
        };
        const Rect* best = nullptr;
        float bestZoom = 0.0f;
        for (const Rect& region : regions) {
            if (region.width() < 160.0f * m_scale || region.height() < 120.0f * m_scale)
                continue;
            const float zoom = fitInto(region);
            if (zoom > bestZoom) {
                bestZoom = zoom;
                best = &region;
            }
        }
        return best != nullptr ? fitInto(*best) : fitInto(view);  // nowhere else: the legend covers a little
    };
    if (m_legend.visible() && !m_legend.empty()) {
        // Try every corner and arrangement of the legend; keep the first that is clearly best.
        Legend::Corner bestCorner = Legend::Corner::TopRight;
        Legend::Arrangement bestArrangement = Legend::Arrangement::Tall;
        float bestZoom = 0.0f;
        for (const Legend::Arrangement arrangement : Legend::kArrangements) {
            for (const Legend::Corner corner : Legend::kCorners) {
                m_legend.setPlacement(corner, arrangement);
                const float zoom = fitAround(m_legend.layout(view, m_regular, m_bold, m_scale));
                if (zoom > bestZoom * 1.02f) {
                    bestZoom = zoom;
                    bestCorner = corner;
                    bestArrangement = arrangement;
                }
            }
        }
        m_legend.setPlacement(bestCorner, bestArrangement);
        fitAround(m_legend.layout(view, m_regular, m_bold, m_scale));
        m_lastLegend = m_legend.rect();
    } else {
        fitInto(view);
    }
    m_referenceZoom = m_camera.zoom();
    // Smaller nodes when the fitted picture is dense (typical spacing under 34 px at scale 1).
    m_density = m_typicalSpacing > 0.0f
                    ? std::clamp(m_typicalSpacing * m_referenceZoom / (34.0f * m_scale), 0.55f, 1.0f)
                    : 1.0f;
}

void Canvas::handleInput(bool hovered, bool activated, bool active) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hovered && io.MouseWheel != 0.0f) {
        m_camera.zoomAt(io.MousePos, std::pow(1.18f, io.MouseWheel));
        m_followFit = false;
    }
    if (activated) {
        // The left button pans only from the background (nodes are dragged); the middle always;
        // the right button opens menus.
        m_panning = ImGui::IsMouseDown(ImGuiMouseButton_Middle) ||
                    (ImGui::IsMouseDown(ImGuiMouseButton_Left) && !nodeAt(io.MousePos).has_value());
    }
    if (!active)
        m_panning = false;
    if (active && m_panning && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
        m_camera.panBy(io.MouseDelta);
        m_followFit = false;
        m_fitPending = false;
    }
}

// -------------------------------------------------------------------------------------------- drawing

void Canvas::draw(ImVec2 size) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 available = ImGui::GetContentRegionAvail();
    if (size.x <= 0.0f)
        size.x = available.x;
    if (size.y <= 0.0f)
        size.y = available.y;
    size = ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f));
    const Rect area{origin, origin + size};
    const Rect previous = m_camera.viewport();
    m_camera.setViewport(origin, size);
    if (m_hasViewport && (previous.min.x != area.min.x || previous.min.y != area.min.y ||
                          previous.max.x != area.max.x || previous.max.y != area.max.y)) {
        if (m_followFit)
            m_fitPending = true;
    }
    m_hasViewport = true;
    if (m_regular == nullptr)
        m_regular = ImGui::GetFont();

    // The legend is laid out first: fitting avoids it, and its button must win over the canvas's.
    m_legend.layout(area, m_regular, m_bold, m_scale);
    m_legend.interact();
    const Rect legendRect = m_legend.rect();
    if (legendRect.min.x != m_lastLegend.min.x || legendRect.min.y != m_lastLegend.min.y ||
        legendRect.max.x != m_lastLegend.max.x || legendRect.max.y != m_lastLegend.max.y) {
        if (m_followFit)
            m_fitPending = true;  // shown, hidden, collapsed or expanded
        m_lastLegend = legendRect;
    }

    minimapInput(area);
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle |
                               ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    const bool activated = ImGui::IsItemActivated();
    const bool active = ImGui::IsItemActive();

    refreshDecorations();
    if (m_fitPending) {
        fitToContent();
        m_fitPending = false;
    }
    followStage();
    if (m_workspace != nullptr) {
        if (auto focus = m_workspace->takeFocusRequest()) {
            std::vector<std::size_t> nodes;
            for (const std::string& id : *focus) {
                if (const auto i = m_index.find(id))
                    nodes.push_back(*i);
            }
            frameNodes(nodes);
        }
    }
    bool editorOwnsDrag = false;
    if (m_workspace != nullptr && m_model != nullptr && !m_readOnly) {
        editorOwnsDrag = m_editor.handleInput(*this, *m_workspace, {hovered, activated, active});
        if (!ImGui::GetIO().WantTextInput && (hovered || ImGui::IsWindowFocused()))
            m_editor.handleKeys(*this, *m_workspace);
        refreshDecorations();  // the editor may have changed the selection
    }
    handleInput(hovered, activated && !editorOwnsDrag, active && !editorOwnsDrag);

    m_screen.resize(m_nodes.size());
    const ImVec2 dragOffset = m_editor.dragOffset();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const ImVec2 world = m_nodes[i].selected ? m_nodes[i].world + dragOffset : m_nodes[i].world;
        m_screen[i] = m_camera.worldToScreen(world);
    }
    m_hovered = hovered && !active ? nodeAt(ImGui::GetIO().MousePos) : std::nullopt;

    m_stats = {};
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->PushClipRect(area.min, area.max, true);
    drawList->AddRectFilled(area.min, area.max, m_dark ? kDarkBackground : kBackground);
    Painter painter(drawList, m_scale);
    drawOutlines(painter);
    drawTies(painter);
    m_lastTiesDrawn = m_stats.tiesDrawn;
    drawNodes(painter);
    drawLabels(painter);
    drawNotes(drawList);
    if (m_workspace != nullptr && !m_readOnly)
        m_editor.drawOverlay(drawList, *this, *m_workspace);
    if (m_nodes.empty())
        drawHint(drawList);
    drawMinimap(drawList);
    m_legend.draw(drawList);
    drawMarksKey(drawList, area);
    drawList->PopClipRect();

    if (m_hovered && !m_editor.dragging() && !m_readOnly)
        showTooltip(*m_hovered);
    if (m_workspace != nullptr && !m_readOnly)
        m_editor.drawPopups(*this, *m_workspace);
}

void Canvas::followStage() {
    if (m_workspace == nullptr)
        return;
    ViewStage& stage = m_workspace->stage();
    if (auto request = stage.takeCameraRequest()) {
        if (!request->camera) {
            m_tween.stop();
            fitToContent();  // the visible nodes: decorations (the filter) are already applied
            m_followFit = false;
        } else if (request->smooth) {
            m_tween.start(CameraTween::capture(m_camera), *request->camera);
        } else {
            m_tween.stop();
            CameraTween::apply(m_camera, *request->camera);
        }
        m_fitPending = false;
        m_followFit = false;
    }
    if (m_tween.active())
        CameraTween::apply(m_camera, m_tween.advance(ImGui::GetIO().DeltaTime));
    stage.publishCamera(CameraTween::capture(m_camera));
}

void Canvas::minimapInput(const Rect& area) {
    m_minimapRect = {};
    if (!m_minimapVisible || m_nodes.size() < 2)
        return;
    const float width = 170.0f * m_scale;
    const float height = 110.0f * m_scale;
    const float pad = 10.0f * m_scale;
    if (area.width() < width * 3.0f || area.height() < height * 3.0f)
        return;  // too small a canvas to spare the room
    // Only while part of the network is out of view: a fitted picture needs no overview.
    const Rect content = contentBounds();
    const Rect seen{m_camera.screenToWorld(area.min), m_camera.screenToWorld(area.max)};
    if (seen.contains(content.min) && seen.contains(content.max))
        return;
    // Bottom left, or bottom right when the legend sits at the bottom left.
    const bool right = m_legend.visible() && m_legend.corner() == Legend::Corner::BottomLeft;
    const float x = right ? area.max.x - pad - width : area.min.x + pad;
    m_minimapRect = {{x, area.max.y - pad - height}, {x + width, area.max.y - pad}};
    Rect world = content;
    const float margin = std::max(world.width(), world.height()) * 0.05f + 1.0f;
    world.min = world.min - ImVec2(margin, margin);
    world.max = world.max + ImVec2(margin, margin);
    // Same scale on both axes, centred.
    const float scale = std::min(width / world.width(), height / world.height());
    const ImVec2 shown{width / scale, height / scale};
    m_minimapWorld = {world.center() - shown * 0.5f, world.center() + shown * 0.5f};

    ImGui::SetCursorScreenPos(m_minimapRect.min);
    ImGui::InvisibleButton("##minimap", m_minimapRect.size());
    if (ImGui::IsItemActive()) {
        // Centre the view on the world point under the pointer.
        const ImVec2 t = (ImGui::GetIO().MousePos - m_minimapRect.min) / m_minimapRect.size().x;
        const ImVec2 target =
            m_minimapWorld.min + ImVec2(t.x * m_minimapWorld.width(), t.y * m_minimapWorld.width());
        m_camera.setPan(m_camera.viewport().size() * 0.5f - target * m_camera.zoom());
        m_followFit = false;
        m_fitPending = false;
    }
}

void Canvas::drawMinimap(ImDrawList* drawList) const {
    if (m_minimapRect.empty())
        return;
    drawList->AddRectFilled(m_minimapRect.min, m_minimapRect.max, IM_COL32(255, 255, 255, 225),
                            4.0f * m_scale);
    drawList->AddRect(m_minimapRect.min, m_minimapRect.max, IM_COL32(150, 158, 168, 255), 4.0f * m_scale);
    const float scale = m_minimapRect.width() / m_minimapWorld.width();
    const auto toMap = [&](ImVec2 world) { return m_minimapRect.min + (world - m_minimapWorld.min) * scale; };
    // At most ~4,000 dots: enough to show the shape of a large network.
    const std::size_t step = std::max<std::size_t>(1, m_nodes.size() / 4000);
    for (std::size_t i = 0; i < m_nodes.size(); i += step)
        drawList->AddRectFilled(toMap(m_nodes[i].world), toMap(m_nodes[i].world) + ImVec2(2.0f, 2.0f),
                                m_nodes[i].style.fill);
    const Rect view = m_camera.viewport();
    ImVec2 a = toMap(m_camera.screenToWorld(view.min));
    ImVec2 b = toMap(m_camera.screenToWorld(view.max));
    a = ImVec2(std::clamp(a.x, m_minimapRect.min.x, m_minimapRect.max.x),
               std::clamp(a.y, m_minimapRect.min.y, m_minimapRect.max.y));
    b = ImVec2(std::clamp(b.x, m_minimapRect.min.x, m_minimapRect.max.x),
               std::clamp(b.y, m_minimapRect.min.y, m_minimapRect.max.y));
    drawList->AddRect(a, b, IM_COL32(21, 101, 192, 220), 0.0f, 0, 1.5f * m_scale);
}

void Canvas::drawOutlines(Painter& painter) {
    const float factor = sizeFactor();
    std::vector<ImVec2> centers;
    for (const Outline& outline : m_outlines) {
        centers.clear();
        float padding = 0.0f;
        if (m_nodes[outline.organization].hidden)
            continue;
        for (const std::size_t i : outline.members) {
            if (m_nodes[i].hidden)
                continue;
            centers.push_back(m_screen[i]);
            padding = std::max(padding, m_nodes[i].style.radius);
        }
        if (centers.empty())
            continue;
        // Hull of the centres first; only its corners need the disc treatment.
        std::vector<ImVec2> corners = Painter::convexHull(centers);
        const Rect view = m_camera.viewport();
        const float pad = padding * factor * 1.25f + 10.0f * m_scale;
        bool visible = false;
        for (const ImVec2 c : corners) {
            visible = visible || Rect{view.min - ImVec2(pad, pad), view.max + ImVec2(pad, pad)}.contains(c);
        }
        if (!visible && !corners.empty()) {
            // The outline may still span the view; test the hull's bounding box.
            Rect box{corners.front(), corners.front()};
            for (const ImVec2 c : corners) {
                box.min = ImVec2(std::min(box.min.x, c.x), std::min(box.min.y, c.y));
                box.max = ImVec2(std::max(box.max.x, c.x), std::max(box.max.y, c.y));
            }
            visible = Rect{box.min - ImVec2(pad, pad), box.max + ImVec2(pad, pad)}.overlaps(view);
        }
        if (!visible)
            continue;
        painter.hull(corners, pad, Style::withAlpha(outline.color, 0.10f),
                     Style::withAlpha(outline.color, 0.55f));
        ++m_stats.outlinesDrawn;
    }
}

void Canvas::drawTies(Painter& painter) {
    const float factor = sizeFactor();
    const Rect view = m_camera.viewport();
    std::array<ImVec2, 17> curve{};
    TieStyle selectionStyle;
    selectionStyle.color = Style::withAlpha(kSelection, 0.45f);
    selectionStyle.thickness = 6.0f;
    const auto ghostStyle = [](TieStyle style) {
        style.color = Style::withAlpha(style.color, 0.18f);
        return style;
    };
    const auto markedStyle = [](const TieItem& tie) {
        TieStyle style = tie.style;
        style.thickness = std::max(style.thickness, 1.5f) * 1.8f;
        if (tie.ghost)
            style.color = Style::withAlpha(style.color, 0.55f);
        return style;
    };
    const auto styleOf = [&](const TieItem& tie) {
        return tie.marked ? markedStyle(tie) : tie.ghost ? ghostStyle(tie.style) : tie.style;
    };
    const bool dense = m_lastTiesDrawn > kDenseTies;
    ImDrawList* drawList = painter.drawList();
    for (const TieItem& tie : m_ties) {
        if (tie.hidden)
            continue;
        const ImVec2 a = m_screen[tie.source];
        const ImVec2 b = m_screen[tie.target];
        if ((a.x < view.min.x && b.x < view.min.x) || (a.x > view.max.x && b.x > view.max.x) ||
            (a.y < view.min.y && b.y < view.min.y) || (a.y > view.max.y && b.y > view.max.y)) {
            continue;
        }
        if (dense && !tie.selected && !tie.marked) {
            // Level of detail: a plain thin line, nothing for ties shorter than a few pixels.
            const ImVec2 d = b - a;
            if (d.x * d.x + d.y * d.y < 9.0f * m_scale * m_scale)
                continue;
            const ImU32 color = Style::withAlpha(tie.style.color, tie.ghost ? 0.12f : 0.45f);
            drawList->AddLine(a, b, color, m_scale);
            ++m_stats.tiesDrawn;
            continue;
        }
        const float ra =
            m_nodes[tie.source].style.radius * factor * boundaryExtent(m_nodes[tie.source].style.shape);
        const float rb =
            m_nodes[tie.target].style.radius * factor * boundaryExtent(m_nodes[tie.target].style.shape);
        const float distance = length(b - a);
        if (distance <= ra + rb + 2.0f * m_scale)
            continue;  // overlapping nodes: nothing to draw
        const float gap = 1.5f * m_scale;
        if (tie.bend == 0.0f) {
            const ImVec2 u = (b - a) / distance;
            const std::array<ImVec2, 2> line{a + u * (ra + gap), b - u * (rb + gap)};
            if (tie.selected)
                painter.tie(line, selectionStyle, false);
            painter.tie(line, styleOf(tie), tie.style.arrow);
        } else {
            // Quadratic curve whose middle sits `bend` pixels to the side.
            const ImVec2 u = (b - a) / distance;
            const ImVec2 control = (a + b) * 0.5f + perpendicular(u) * (tie.bend * 2.0f * m_scale);
            const ImVec2 start = a + normalized(control - a) * (ra + gap);
            const ImVec2 end = b + normalized(control - b) * (rb + gap);
            for (std::size_t k = 0; k < curve.size(); ++k) {
                const float t = static_cast<float>(k) / static_cast<float>(curve.size() - 1);
                const float s = 1.0f - t;
                curve[k] = start * (s * s) + control * (2.0f * s * t) + end * (t * t);
            }
            if (tie.selected)
                painter.tie(curve, selectionStyle, false);
            painter.tie(curve, styleOf(tie), tie.style.arrow);
        }
        ++m_stats.tiesDrawn;
    }
}

void Canvas::drawNodes(Painter& painter) {
    const float factor = sizeFactor();
    const Rect view = m_camera.viewport();
    // Draw less important kinds first so organizations and committees stay on top.
    for (auto it = m_labelOrder.rbegin(); it != m_labelOrder.rend(); ++it) {
        const std::size_t i = *it;
        const NodeItem& node = m_nodes[i];
        if (node.hidden)
            continue;
        const float r = node.style.radius * factor;
        const ImVec2 p = m_screen[i];
        const float reach = r * 1.4f;
        if (p.x + reach < view.min.x || p.x - reach > view.max.x || p.y + reach < view.min.y ||
            p.y - reach > view.max.y) {
            continue;
        }
        if (node.halo != 0 && !node.ghost) {
            painter.shape(Shape::Circle, p, r * 1.45f + 4.0f * m_scale, Style::withAlpha(node.halo, 0.10f),
                          Style::withAlpha(node.halo, 0.75f), 1.6f);
        }
        if (m_hovered == i) {
            painter.shape(Shape::Circle, p, r * 1.55f + 3.0f * m_scale, Style::withAlpha(kHoverRing, 0.25f),
                          kHoverRing, 2.0f);
        }
        if (node.highlight) {
            // "Highlighted in the view": a thick ring in the label colour, as pictures draw it.
            painter.shape(Shape::Circle, p, r * 1.3f + 5.0f * m_scale, 0,
                          m_dark ? kDarkLabelText : kLabelText, 3.5f);
        }
        if (r < 3.5f * m_scale && !node.selected && node.halo == 0 && node.mark == 0 && m_hovered != i &&
            !node.highlight) {
            painter.drawList()->AddCircleFilled(
                p, std::max(r, 1.5f * m_scale),
                node.ghost ? Style::withAlpha(node.style.fill, 0.2f) : node.style.fill, 6);
            ++m_stats.nodesDrawn;
            continue;
        }
        if (node.ghost) {
            painter.shape(node.style.shape, p, r, Style::withAlpha(node.style.fill, 0.2f),
                          Style::withAlpha(node.style.outline, 0.35f), 1.0f);
        } else {
            painter.shape(node.style.shape, p, r, node.style.fill, node.style.outline, 1.4f);
        }
        if (node.mark != 0) {
            painter.shape(Shape::Circle, p, r * 1.25f + 3.5f * m_scale, 0,
                          node.ghost ? Style::withAlpha(node.mark, 0.7f) : node.mark, 3.0f);
        }
        if (node.selected) {
            painter.shape(Shape::Circle, p, r * 1.35f + 3.0f * m_scale, 0, kSelection, 2.5f);
        }
        ++m_stats.nodesDrawn;
    }
}

void Canvas::drawLabels(Painter& painter) {
    const float factor = sizeFactor();
    const Rect view = m_camera.viewport();
    const Rect legend = m_legend.rect();
    m_placedLabels.clear();
    m_labelShown.assign(m_nodes.size(), false);
    if (m_labelGrid.size() > 4096)
        m_labelGrid.clear();  // cells left behind by panning
    if (m_nodeGrid.size() > 4096)
        m_nodeGrid.clear();
    for (auto& [key, cell] : m_labelGrid)
        cell.clear();
    for (auto& [key, cell] : m_nodeGrid)
        cell.clear();
    const auto cellRange = [](const Rect& r) {
        return std::array<int, 4>{static_cast<int>(std::floor(r.min.x / kLabelCell)),
                                  static_cast<int>(std::floor(r.min.y / kLabelCell)),
                                  static_cast<int>(std::floor(r.max.x / kLabelCell)),
                                  static_cast<int>(std::floor(r.max.y / kLabelCell))};
    };
    // Nodes on screen are obstacles: a label must not hide another node.
    m_nodeRects.resize(m_nodes.size());
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const float r = m_nodes[i].style.radius * factor * 0.85f;
        m_nodeRects[i] = {m_screen[i] - ImVec2(r, r), m_screen[i] + ImVec2(r, r)};
        if (m_nodes[i].hidden || !m_nodeRects[i].overlaps(view))
            continue;
        const auto cells = cellRange(m_nodeRects[i]);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy) {
                m_nodeGrid[cellKey(cx, cy)].push_back(static_cast<std::uint32_t>(i));
            }
        }
    }
    const auto collides = [&](const Rect& rect, std::size_t self) {
        if (rect.overlaps(legend))
            return true;
        const auto cells = cellRange(rect);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy) {
                const std::int64_t key = cellKey(cx, cy);
                if (const auto found = m_labelGrid.find(key); found != m_labelGrid.end()) {
                    for (const std::uint32_t placed : found->second) {
                        if (m_placedLabels[placed].overlaps(rect))
                            return true;
                    }
                }
                if (const auto found = m_nodeGrid.find(key); found != m_nodeGrid.end()) {
                    for (const std::uint32_t node : found->second) {
                        if (node != self && m_nodeRects[node].overlaps(rect))
                            return true;
                    }
                }
            }
        }
        return false;
    };
    // The view's highlighted nodes are named first, then the nodes of the phase shown, ghosts last
    // (none while presenting); the order changes only with the decorations.
    if (m_labelPassesFor != m_decorations) {
        m_labelPassesFor = m_decorations;
        m_labelPasses.clear();
        m_labelPasses.reserve(m_labelOrder.size());
        for (const int pass : {0, 1, 2}) {
            for (const std::size_t i : m_labelOrder) {
                if ((m_nodes[i].highlight ? 0 : m_nodes[i].ghost ? 2 : 1) == pass)
                    m_labelPasses.push_back(i);
            }
        }
    }
    for (const std::size_t i : m_labelPasses) {
        const NodeItem& node = m_nodes[i];
        if (node.label.empty() || node.hidden || (m_readOnly && node.ghost))
            continue;
        ImFont* font = node.bold && m_bold != nullptr ? m_bold : m_regular;
        const float fontSize = m_regular->FontSize;
        const ImVec2 p = m_screen[i];
        const float r = node.style.radius * factor;
        const float below = r * bottomExtent(node.style.shape) + 2.0f * m_scale;
        const ImVec2 size = Painter::labelRect(font, fontSize, {0.0f, 0.0f}, node.label, m_scale).size();
        // Below the node first, then above, right and left; skip the label when all collide.
        const std::array<ImVec2, 4> candidates{
            ImVec2{p.x - size.x * 0.5f, p.y + below},
            ImVec2{p.x - size.x * 0.5f, p.y - r * 1.2f - 2.0f * m_scale - size.y},
            ImVec2{p.x + r * 1.5f + 3.0f * m_scale, p.y - size.y * 0.5f},
            ImVec2{p.x - r * 1.5f - 3.0f * m_scale - size.x, p.y - size.y * 0.5f},
        };
        bool placed = false;
        bool onScreen = false;
        ImVec2 topLeft{};
        Rect rect;
        for (const ImVec2 candidate : candidates) {
            topLeft = ImVec2(std::round(candidate.x), std::round(candidate.y));
            rect = {topLeft, topLeft + size};
            if (!rect.overlaps(view))
                continue;
            onScreen = true;
            const bool inside = rect.min.x >= view.min.x && rect.min.y >= view.min.y &&
                                rect.max.x <= view.max.x && rect.max.y <= view.max.y;
            if (inside && !collides(rect, i)) {
                placed = true;
                break;
            }
        }
        if (!placed && onScreen && m_hovered == i) {  // the hovered node always shows its name
            topLeft = ImVec2(std::round(candidates[0].x), std::round(candidates[0].y));
            rect = {topLeft, topLeft + size};
            placed = true;
        }
        if (!placed) {
            if (onScreen)
                ++m_stats.labelsSkipped;
            continue;
        }
        const auto cells = cellRange(rect);
        const ImU32 text = m_dark ? kDarkLabelText : kLabelText;
        painter.label(font, fontSize, topLeft, node.label, node.ghost ? Style::withAlpha(text, 0.45f) : text,
                      m_dark ? kDarkLabelBackground : kLabelBackground);
        m_labelShown[i] = true;
        const auto id = static_cast<std::uint32_t>(m_placedLabels.size());
        m_placedLabels.push_back(rect);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy)
                m_labelGrid[cellKey(cx, cy)].push_back(id);
        }
        ++m_stats.labelsDrawn;
    }
}

void Canvas::drawNotes(ImDrawList* drawList) {
    m_noteRects.assign(m_notes.size(), Rect{});
    const float wrap = 190.0f * m_scale;
    const float pad = 7.0f * m_scale;
    const float fontSize = m_regular->FontSize;
    for (std::size_t k = 0; k < m_notes.size(); ++k) {
        const CanvasNote& note = m_notes[k];
        const ImVec2 world{static_cast<float>(note.at.x), static_cast<float>(note.at.y)};
        const ImVec2 topLeft = m_camera.worldToScreen(world + m_editor.noteOffset(k));
        const ImVec2 text = m_regular->CalcTextSizeA(fontSize, 1e9f, wrap, note.text.c_str());
        const Rect box{topLeft,
                       topLeft + ImVec2(std::max(text.x, 40.0f * m_scale), text.y) + ImVec2(pad, pad) * 2.0f};
        m_noteRects[k] = box;
        if (!box.overlaps(m_camera.viewport()))
            continue;
        drawList->AddRectFilled(box.min + ImVec2(2.0f, 2.0f) * m_scale,
                                box.max + ImVec2(2.0f, 2.0f) * m_scale, IM_COL32(0, 0, 0, 28),
                                3.0f * m_scale);
        drawList->AddRectFilled(box.min, box.max, IM_COL32(255, 243, 176, 245), 3.0f * m_scale);
        drawList->AddRect(box.min, box.max, IM_COL32(196, 160, 40, 255), 3.0f * m_scale, 0, 1.0f * m_scale);
        drawList->AddText(m_regular, fontSize, box.min + ImVec2(pad, pad), kLabelText, note.text.c_str(),
                          nullptr, wrap);
    }
}

std::optional<std::size_t> Canvas::noteAt(ImVec2 screen) const {
    for (std::size_t k = m_noteRects.size(); k-- > 0;) {
        if (m_noteRects[k].contains(screen))
            return k;
    }
    return std::nullopt;
}

void Canvas::drawMarksKey(ImDrawList* drawList, const Rect& area) const {
    const CanvasMarks& marks = activeMarks();
    if (marks.caption.empty() && marks.key.empty())
        return;
    ImFont* regular = m_regular != nullptr ? m_regular : ImGui::GetFont();
    ImFont* bold = m_bold != nullptr ? m_bold : regular;
    const float fontSize = regular->FontSize;
    const float pad = 8.0f * m_scale;
    const float ring = fontSize * 0.45f;
    const float rowHeight = fontSize * 1.4f;
    float width = bold->CalcTextSizeA(fontSize, 1e9f, 0.0f, marks.caption.c_str()).x;
    for (const auto& [color, text] : marks.key)
        width =
            std::max(width, ring * 2.0f + pad + regular->CalcTextSizeA(fontSize, 1e9f, 0.0f, text.c_str()).x);
    const float rows = (marks.caption.empty() ? 0.0f : 1.0f) + static_cast<float>(marks.key.size());
    // The first corner where the key hides neither the legend nor the minimap.
    const ImVec2 size{width + pad * 2.0f, rows * rowHeight + pad * 1.5f};
    const float margin = pad * 1.5f;
    const std::array<ImVec2, 4> corners{area.min + ImVec2(margin, margin),
                                        ImVec2(area.min.x + margin, area.max.y - margin - size.y),
                                        ImVec2(area.max.x - margin - size.x, area.max.y - margin - size.y),
                                        ImVec2(area.max.x - margin - size.x, area.min.y + margin)};
    Rect box{corners[0], corners[0] + size};
    for (const ImVec2 corner : corners) {
        const Rect candidate{corner, corner + size};
        const bool onLegend =
            m_legend.visible() && m_legend.rect().width() > 0.0f && candidate.overlaps(m_legend.rect());
        const bool onMinimap = m_minimapRect.width() > 0.0f && candidate.overlaps(m_minimapRect);
        if (!onLegend && !onMinimap) {
            box = candidate;
            break;
        }
    }
    drawList->AddRectFilled(box.min, box.max, Style::withAlpha(m_dark ? kDarkBackground : kBackground, 0.92f),
                            6.0f * m_scale);
    drawList->AddRect(box.min, box.max, m_dark ? IM_COL32(90, 96, 106, 255) : IM_COL32(200, 200, 195, 255),
                      6.0f * m_scale);
    const ImU32 text = m_dark ? kDarkLabelText : kLabelText;
    float y = box.min.y + pad;
    if (!marks.caption.empty()) {
        drawList->AddText(bold, fontSize, {box.min.x + pad, y}, text, marks.caption.c_str());
        y += rowHeight;
    }
    for (const auto& [color, label] : marks.key) {
        const ImVec2 centre{box.min.x + pad + ring, y + fontSize * 0.5f};
        drawList->AddCircle(centre, ring, color, 16, 2.5f * m_scale);
        drawList->AddText(regular, fontSize, {box.min.x + pad * 2.0f + ring * 2.0f, y}, text, label.c_str());
        y += rowHeight;
    }
}

void Canvas::drawHint(ImDrawList* drawList) const {
    if (m_hint.empty())
        return;
    // Centred lines; the first one in bold.
    const Rect view = m_camera.viewport();
    const float fontSize = m_regular->FontSize;
    const float lineHeight = fontSize * 1.45f;
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= m_hint.size();) {
        const std::size_t end = std::min(m_hint.find('\n', start), m_hint.size());
        lines.emplace_back(m_hint.data() + start, end - start);
        start = end + 1;
    }
    float y = std::round(view.center().y - lineHeight * static_cast<float>(lines.size()) * 0.5f);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        ImFont* font = k == 0 && m_bold != nullptr ? m_bold : m_regular;
        const std::string_view line = lines[k];
        const float width =
            font->CalcTextSizeA(fontSize, 1e9f, 0.0f, line.data(), line.data() + line.size()).x;
        drawList->AddText(
            font, fontSize, {std::round(view.center().x - width * 0.5f), y},
            k == 0 ? (m_dark ? kDarkLabelText : kLabelText) : (m_dark ? kDarkHintText : kHintText),
            line.data(), line.data() + line.size());
        y += lineHeight;
    }
}

void Canvas::showTooltip(std::size_t index) const {
    if (m_model == nullptr || index >= m_model->nodes.size())
        return;
    const core::Node& node = m_model->nodes[index];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(node.displayLabel().c_str());
    const std::string kind(core::vocabulary::nodeKinds().labelOf(core::toString(node.kind)));
    std::string detail = kind;
    if (!node.type.empty()) {
        detail += " \xC2\xB7 ";  // ·
        detail += core::vocabulary::typesOf(node.kind).labelOf(node.type);
    }
    ImGui::TextDisabled("%s", detail.c_str());
    if (!node.organization.empty()) {
        const core::Node* organization = m_model->findNode(node.organization);
        const std::string name = organization != nullptr ? organization->displayLabel() : node.organization;
        ImGui::TextDisabled("in %s", name.c_str());
    }
    ImGui::EndTooltip();
}

// -------------------------------------------------------------------------------------------- queries

std::optional<std::size_t> Canvas::tieAt(ImVec2 screen) const {
    if (m_screen.size() != m_nodes.size())
        return std::nullopt;
    const float tolerance = 5.0f * m_scale;
    std::optional<std::size_t> best;
    float bestDistance = tolerance;
    const auto distanceToSegment = [](ImVec2 p, ImVec2 a, ImVec2 b) {
        const ImVec2 ab = b - a;
        const float t = std::clamp(dot(p - a, ab) / std::max(dot(ab, ab), 1e-6f), 0.0f, 1.0f);
        return length(p - (a + ab * t));
    };
    for (const TieItem& tie : m_ties) {
        if (tie.hidden)
            continue;
        const ImVec2 a = m_screen[tie.source];
        const ImVec2 b = m_screen[tie.target];
        float d = 0.0f;
        if (tie.bend == 0.0f) {
            d = distanceToSegment(screen, a, b);
        } else {
            // The drawn quadratic curve, as two segments through its middle.
            const float len = std::max(length(b - a), 1e-3f);
            const ImVec2 control =
                (a + b) * 0.5f + perpendicular((b - a) / len) * (tie.bend * 2.0f * m_scale);
            const ImVec2 middle = (a + b) * 0.25f + control * 0.5f;
            d = std::min(distanceToSegment(screen, a, middle), distanceToSegment(screen, middle, b));
        }
        if (d < bestDistance) {
            bestDistance = d;
            best = tie.modelIndex;
        }
    }
    return best;
}

std::vector<std::size_t> Canvas::nodesIn(const Rect& screen) const {
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes[i].hidden && screen.contains(m_camera.worldToScreen(m_nodes[i].world)))
            inside.push_back(i);
    }
    return inside;
}

void Canvas::frameNodes(const std::vector<std::size_t>& nodes) {
    if (nodes.empty())
        return;
    Rect world{m_nodes.at(nodes.front()).world, m_nodes.at(nodes.front()).world};
    for (const std::size_t i : nodes) {
        const ImVec2 p = m_nodes.at(i).world;
        world.min = ImVec2(std::min(world.min.x, p.x), std::min(world.min.y, p.y));
        world.max = ImVec2(std::max(world.max.x, p.x), std::max(world.max.y, p.y));
    }
    // Never zoom in further than twice the fitted zoom, so one node is framed in its context.
    const float maxZoom = std::max(m_referenceZoom, Camera::kMinZoom) * 2.0f;
    const Rect view = m_camera.viewport();
    const float margin = 80.0f * m_scale;
    const float zoomX = (view.width() - 2.0f * margin) / std::max(world.width(), 1.0f);
    const float zoomY = (view.height() - 2.0f * margin) / std::max(world.height(), 1.0f);
    m_camera.setZoom(std::clamp(std::min(zoomX, zoomY), Camera::kMinZoom, maxZoom));
    m_camera.setPan(view.size() * 0.5f - world.center() * m_camera.zoom());
    m_followFit = false;
    m_fitPending = false;
}

std::optional<std::size_t> Canvas::nodeAt(ImVec2 screen) const {
    if (m_nodes.empty())
        return std::nullopt;
    const float factor = sizeFactor();
    std::optional<std::size_t> best;
    float bestDistance = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].hidden)
            continue;
        const ImVec2 p = m_camera.worldToScreen(m_nodes[i].world);
        const float r = m_nodes[i].style.radius * factor * 1.2f + 2.0f * m_scale;
        const float d = length(p - screen);
        if (d <= r && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

}  // namespace orgweave::studio
