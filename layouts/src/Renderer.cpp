// Pictures of a document through Graphviz: every node pinned where the layout puts it, drawn with
// `neato -n2` semantics (gvLayout "nop2": positions kept, edges routed as straight lines).
//
// Sections: style table (twin of app/studio/src/Style.cpp) · options and data · colours · sizes ·
// geometry (labels, outlines, legend corner) · the Graphviz graph · rendering and atomic rename
//
// Draw order: organization outlines (convex hulls in the graph's xdot _background, as the studio
// draws them), then ties (outputorder=edgesfirst), then nodes in creation order: the nodes, their
// labels (plain text nodes below each node, as the studio hangs labels below), the legend. The
// legend goes into a corner of the drawing that no node, label or outline touches, else beside it.

#include "orgweave/layouts/Renderer.hpp"

#include "GraphvizSupport.hpp"

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/PhaseFilter.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/layouts/LayoutEngine.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace orgweave::layouts {

// ---- style table ------------------------------------------------------------------------------
// Twin of app/studio/src/Style.cpp (palettes, shapes, base radii, tie styles, neutral fills):
// change both together so that a picture looks like the screen.

namespace {

using core::NodeKind;
using core::TieKind;

// Okabe–Ito blue, Tol indigo, Tol blue: hospitals.
constexpr std::array<const char*, 3> kHospitalPalette{"#0072B2", "#332288", "#4477AA"};
// The remaining hues of Okabe–Ito and Tol "muted", ordered so that neighbours in file order contrast.
constexpr std::array<const char*, 13> kMunicipalPalette{"#E69F00", "#009E73", "#CC79A7", "#D55E00", "#117733",
                                                        "#DDCC77", "#882255", "#44AA99", "#F0E442", "#AA4499",
                                                        "#999933", "#CC6677", "#88CCEE"};
// GP collectives, user organizations, unions, universities, secretariats.
constexpr std::array<const char*, 5> kOtherPalette{"#56B4E9", "#661100", "#6F6F6F", "#AA4466", "#6699CC"};
// Categorical palette for any attribute: Okabe–Ito without black, then Tol muted.
constexpr std::array<const char*, 15> kCategoryPalette{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
                                                       "#56B4E9", "#F0E442", "#332288", "#117733", "#44AA99",
                                                       "#DDCC77", "#882255", "#AA4499", "#999933", "#CC6677"};
// Sequential light → dark (ColorBrewer Blues) for colour by measure.
constexpr std::array<const char*, 5> kSequentialPalette{"#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD",
                                                        "#08519C"};
constexpr const char* kMissingColor = "#E0E0E0";

const char* shapeOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return "box";
        case NodeKind::Site:
            return "hexagon";
        case NodeKind::Committee:
            return "diamond";
        case NodeKind::Role:
            return "circle";
        case NodeKind::SharedTool:
            return "triangle";
        case NodeKind::LearningAction:
            return "star";
    }
    return "circle";
}

/// Legend glyph for a shape.
const char* glyphOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return "&#9632;";  // ■
        case NodeKind::Site:
            return "&#11042;";  // ⬢
        case NodeKind::Committee:
            return "&#9670;";  // ◆
        case NodeKind::Role:
            return "&#9679;";  // ●
        case NodeKind::SharedTool:
            return "&#9650;";  // ▲
        case NodeKind::LearningAction:
            return "&#9733;";  // ★
    }
    return "&#9679;";
}

/// Radius in points (Style::radiusOf).
double radiusOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return 15.0;
        case NodeKind::Site:
            return 11.0;
        case NodeKind::Committee:
            return 15.0;
        case NodeKind::Role:
            return 8.0;
        case NodeKind::SharedTool:
            return 11.0;
        case NodeKind::LearningAction:
            return 13.0;
    }
    return 8.0;
}

const char* neutralFill(NodeKind kind) {
    switch (kind) {
        case NodeKind::Committee:
            return "#4A5568";
        case NodeKind::SharedTool:
            return "#B8B8B8";
        case NodeKind::LearningAction:
            return "#FFFFFF";
        default:
            return "#D0D0D0";
    }
}

const char* kindColor(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return "#0072B2";
        case NodeKind::Site:
            return "#56B4E9";
        case NodeKind::Committee:
            return "#4A5568";
        case NodeKind::Role:
            return "#E69F00";
        case NodeKind::SharedTool:
            return "#009E73";
        case NodeKind::LearningAction:
            return "#CC79A7";
    }
    return kMissingColor;
}

enum class Pattern { Solid, Dashed, Dotted, Double };

struct TieLook {
    Pattern pattern = Pattern::Solid;
    const char* color = "#707070";
    double width = 1.0;
    bool arrow = false;
    const char* legend = "";
};

TieLook tieLookOf(TieKind kind) {
    switch (kind) {
        case TieKind::MemberOf:
            return {Pattern::Solid, "#8397B0", 1.1, true, "member of"};
        case TieKind::ReportsTo:
            return {Pattern::Solid, "#2B2B2B", 1.8, true, "reports to"};
        case TieKind::Collaborates:
            return {Pattern::Solid, "#1B8A7A", 1.8, false, "collaborates"};
        case TieKind::ParticipatesIn:
            return {Pattern::Dashed, "#7B5EA7", 1.4, false, "participates in"};
        case TieKind::Uses:
            return {Pattern::Dotted, "#707070", 1.4, false, "uses"};
        case TieKind::Maintains:
            return {Pattern::Dotted, "#303030", 1.8, false, "maintains"};
        case TieKind::Agreement:
            return {Pattern::Double, "#B07C26", 1.0, false, "agreement"};
    }
    return {};
}

const char* kindLegend(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return "organization";
        case NodeKind::Site:
            return "site";
        case NodeKind::Committee:
            return "committee";
        case NodeKind::Role:
            return "role";
        case NodeKind::SharedTool:
            return "shared tool";
        case NodeKind::LearningAction:
            return "learning action";
    }
    return "";
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

/// 0 hospital, 1 municipality, 2 other (Style::categoryOf).
int categoryOf(const core::Node& organization) {
    const std::string_view type = organization.type;
    if (contains(type, "hospital"))
        return 0;
    if (contains(type, "municipal"))
        return 1;
    if (organization.attrs.is_object()) {
        const auto sector = organization.attrs.find("sector");
        if (sector != organization.attrs.end() && sector->is_string()) {
            const std::string& value = sector->get_ref<const std::string&>();
            if (contains(value, "specialist") || contains(value, "hospital"))
                return 0;
            if (contains(value, "primary") || contains(value, "municipal"))
                return 1;
        }
    }
    return 2;
}

std::string_view organizationOf(const core::Node& node) {
    switch (node.kind) {
        case NodeKind::Organization:
            return node.id;
        case NodeKind::Site:
        case NodeKind::Role:
            return node.organization;
        default:
            return {};
    }
}

constexpr std::size_t kMaxLabelChars = 30;  // as the studio's canvas

std::size_t characters(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::string shorten(const std::string& text) {
    if (text.size() <= kMaxLabelChars)
        return text;
    std::size_t cut = kMaxLabelChars - 1;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                    out += c;
                break;
        }
    }
    return out;
}

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string shortNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

// ---- options and data -------------------------------------------------------------------------

/// Options with the view applied.
struct Resolved {
    std::string colorBy;
    std::string sizeBy;
    std::string phase;
    std::string title;
    std::string caption;
    std::set<std::string, std::less<>> highlighted;
};

Resolved resolve(const core::Model& model, const RenderOptions& options) {
    Resolved r;
    const core::View* view = nullptr;
    if (!options.viewId.empty()) {
        for (const core::View& v : model.annotations.views) {
            if (v.id == options.viewId)
                view = &v;
        }
        if (!view) {
            std::string known;
            for (const core::View& v : model.annotations.views)
                known += (known.empty() ? "" : ", ") + v.id;
            throw LayoutError(
                "unknown view '" + options.viewId + "'" +
                (known.empty() ? std::string(" (the document has no views)") : " (known: " + known + ")"));
        }
    }
    auto pick = [](const std::string& option, const std::string& fromView, const std::string& fallback) {
        return !option.empty() ? option : !fromView.empty() ? fromView : fallback;
    };
    r.colorBy = pick(options.colorBy, view ? view->colorBy : std::string(), "organization");
    r.sizeBy = pick(options.sizeBy, view ? view->sizeBy : std::string(), "");
    r.phase = pick(options.phase, view ? view->phase : std::string(), "");
    r.title = pick(options.title, view ? view->title : std::string(), model.annotations.meta.title);
    if (view) {
        r.caption = view->caption;
        r.highlighted.insert(view->highlighted.begin(), view->highlighted.end());
    }
    if (!r.phase.empty()) {
        bool found = false;
        std::string known;
        for (const core::Phase& p : model.annotations.phases) {
            found = found || p.id == r.phase;
            known += (known.empty() ? "" : ", ") + p.id;
        }
        if (!found) {
            throw LayoutError(
                "unknown phase '" + r.phase + "'" +
                (known.empty() ? std::string(" (the document has no phases)") : " (known: " + known + ")"));
        }
    }
    return r;
}

const std::vector<double>* measureValues(const core::AnalysisResult& result, std::string_view name) {
    if (name == "degree")
        return &result.degree;
    if (name == "betweenness")
        return &result.betweenness;
    if (name == "closeness")
        return &result.closeness;
    if (name == "harmonic")
        return &result.harmonic;
    if (name == "eigenvector")
        return &result.eigenvector;
    if (name == "pagerank")
        return &result.pagerank;
    if (name == "clustering")
        return &result.clustering;
    if (name == "constraint")
        return &result.constraint;
    if (name == "effective_size")
        return &result.effectiveSize;
    if (name == "efficiency")
        return &result.efficiency;
    if (name == "ei_index")
        return &result.eiIndex;
    return nullptr;
}

constexpr std::array<std::string_view, 11> kNodeMeasures{
    "degree",     "betweenness", "closeness",      "harmonic",   "eigenvector", "pagerank",
    "clustering", "constraint",  "effective_size", "efficiency", "ei_index"};

bool isNodeMeasure(std::string_view name) {
    return std::find(kNodeMeasures.begin(), kNodeMeasures.end(), name) != kNodeMeasures.end();
}

/// Node id → value of the measure on the full lens (NaN where undefined).
std::unordered_map<std::string, double> measure(const core::Model& model, const std::string& name) {
    if (!isNodeMeasure(name)) {
        std::string known;
        for (std::string_view m : kNodeMeasures)
            known += (known.empty() ? "" : ", ") + std::string(m);
        throw LayoutError("unknown measure '" + name + "' (known: " + known + ")");
    }
    core::AnalysisOptions options;
    options.lens.lens = core::LensKind::Full;
    options.measures.insert(name);
    core::AnalysisResult result;
    try {
        result = core::analyze(model, options);
    } catch (const core::AnalysisError& e) {
        throw LayoutError(e.what());
    }
    std::unordered_map<std::string, double> values;
    const std::vector<double>* v = measureValues(result, name);
    if (!v)
        return values;
    for (std::size_t i = 0; i < result.ids.size() && i < v->size(); ++i)
        values.emplace(result.ids[i], (*v)[i]);
    return values;
}

struct Range {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(double v) {
        if (!std::isfinite(v))
            return;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    bool valid() const { return low <= high; }
    /// 0…1 (0 for undefined values or a flat range).
    double unit(double v) const {
        if (!valid() || !std::isfinite(v) || high <= low)
            return 0.0;
        return std::clamp((v - low) / (high - low), 0.0, 1.0);
    }
};

// ---- colours ----------------------------------------------------------------------------------

struct LegendSwatch {
    std::string color;
    std::string label;
};

struct Colouring {
    std::unordered_map<std::string, std::string> byNode;  ///< node id → fill
    std::string heading;
    std::vector<LegendSwatch> swatches;
    std::unordered_map<std::string, std::string> organizationColor;  ///< organization id → colour
};

/// A node field or attribute as text; empty when the node has none.
std::string fieldOf(const core::Node& node, const std::string& name) {
    if (name == "type")
        return node.type;
    if (name == "site")
        return node.site;
    if (name == "owner")
        return node.owner;
    if (name == "phase")
        return node.phase;
    if (name == "status")
        return node.status;
    if (name == "mandate")
        return node.mandate;
    if (name == "permanence")
        return node.permanence;
    if (name == "decision_rule")
        return node.decisionRule;
    if (name == "level")
        return node.level ? std::to_string(*node.level) : std::string();
    if (name == "leadership_level")
        return node.leadership ? node.leadership->level : std::string();
    if (node.attrs.is_object()) {
        const auto it = node.attrs.find(name);
        if (it != node.attrs.end() && !it->is_null()) {
            if (it->is_string())
                return it->get<std::string>();
            return it->dump();
        }
    }
    return {};
}

Colouring colourOrganizations(const core::Model& model) {
    Colouring c;
    c.heading = "Organizations";
    std::array<std::size_t, 3> used{0, 0, 0};
    for (const core::Node& node : model.nodes) {
        if (node.kind != NodeKind::Organization || c.organizationColor.count(node.id))
            continue;
        const int category = categoryOf(node);
        std::size_t& n = used[static_cast<std::size_t>(category)];
        const char* color = category == 0   ? kHospitalPalette[n % kHospitalPalette.size()]
                            : category == 1 ? kMunicipalPalette[n % kMunicipalPalette.size()]
                                            : kOtherPalette[n % kOtherPalette.size()];
        ++n;
        c.organizationColor.emplace(node.id, color);
        c.swatches.push_back({color, shorten(node.displayLabel())});
    }
    for (const core::Node& node : model.nodes) {
        const auto it = c.organizationColor.find(std::string(organizationOf(node)));
        c.byNode[node.id] = it != c.organizationColor.end() ? it->second : neutralFill(node.kind);
    }
    return c;
}

Colouring colour(const core::Model& model, const std::string& colorBy) {
    if (colorBy == "organization")
        return colourOrganizations(model);
    Colouring c = colourOrganizations(model);  // outlines keep organization colours
    c.swatches.clear();
    c.byNode.clear();
    if (colorBy == "kind") {
        c.heading = "Colour: kind";
        std::set<NodeKind> present;
        for (const core::Node& node : model.nodes) {
            c.byNode[node.id] = kindColor(node.kind);
            present.insert(node.kind);
        }
        for (NodeKind kind : core::kAllNodeKinds) {
            if (present.count(kind))
                c.swatches.push_back({kindColor(kind), kindLegend(kind)});
        }
        return c;
    }
    if (isNodeMeasure(colorBy)) {
        const auto values = measure(model, colorBy);
        Range range;
        for (const auto& [id, v] : values)
            range.add(v);
        c.heading = "Colour: " + colorBy;
        for (const core::Node& node : model.nodes) {
            const auto it = values.find(node.id);
            if (it == values.end() || !std::isfinite(it->second)) {
                c.byNode[node.id] = kMissingColor;
                continue;
            }
            const auto bin = std::min<std::size_t>(kSequentialPalette.size() - 1,
                                                   static_cast<std::size_t>(range.unit(it->second) * 5.0));
            c.byNode[node.id] = kSequentialPalette[bin];
        }
        if (range.valid()) {
            c.swatches.push_back({kSequentialPalette.front(), "low (" + shortNumber(range.low) + ")"});
            c.swatches.push_back({kSequentialPalette.back(), "high (" + shortNumber(range.high) + ")"});
        }
        return c;
    }
    // Any field or attribute: categories in order of first appearance.
    c.heading = "Colour: " + colorBy;
    std::map<std::string, std::string> categories;
    bool any = false;
    for (const core::Node& node : model.nodes) {
        const std::string value = fieldOf(node, colorBy);
        if (value.empty()) {
            c.byNode[node.id] = kMissingColor;
            continue;
        }
        any = true;
        auto it = categories.find(value);
        if (it == categories.end()) {
            const char* color = kCategoryPalette[categories.size() % kCategoryPalette.size()];
            it = categories.emplace(value, color).first;
            c.swatches.push_back({color, shorten(value)});
        }
        c.byNode[node.id] = it->second;
    }
    if (!any)
        throw LayoutError("cannot colour by '" + colorBy + "': no node has it");
    return c;
}

// ---- geometry ---------------------------------------------------------------------------------
// Graphviz coordinates: points, y up (document y negated).

struct Box {
    double left = 0.0, bottom = 0.0, right = 0.0, top = 0.0;
    bool overlaps(const Box& o) const {
        return left < o.right && o.left < right && bottom < o.top && o.bottom < top;
    }
    void add(const Box& o) {
        left = std::min(left, o.left);
        right = std::max(right, o.right);
        bottom = std::min(bottom, o.bottom);
        top = std::max(top, o.top);
    }
};

constexpr double kLabelFont = 10.0;
constexpr double kLabelGap = 3.0;
constexpr double kCharWidth = 5.6;  // Helvetica at 10 points, on average
constexpr double kLabelHeight = 13.0;

struct Placed {
    const core::Node* node = nullptr;
    double x = 0.0, y = 0.0;  // Graphviz coordinates
    double diameter = 0.0;
    std::string label;
    Box nodeBox() const { return {x - diameter / 2, y - diameter / 2, x + diameter / 2, y + diameter / 2}; }
    double labelY() const { return y - diameter / 2 - kLabelGap - kLabelHeight / 2; }
    Box labelBox() const {
        const double w = kCharWidth * static_cast<double>(characters(label)) + 4.0;
        return {x - w / 2, labelY() - kLabelHeight / 2, x + w / 2, labelY() + kLabelHeight / 2};
    }
    Box box() const {
        Box b = nodeBox();
        if (!label.empty())
            b.add(labelBox());
        return b;
    }
};

/// Document positions (y down); nodes without one are laid out by the engine and put to the right.
std::map<std::string, core::Point> positionsOf(const core::Model& model, const std::string& engine) {
    std::map<std::string, core::Point> positions;
    std::vector<const core::Node*> missing;
    for (const core::Node& node : model.nodes) {
        const auto it = model.layout.positions.find(node.id);
        if (it != model.layout.positions.end() && std::isfinite(it->second.x) &&
            std::isfinite(it->second.y)) {
            positions.emplace(node.id, it->second);
        } else {
            missing.push_back(&node);
        }
    }
    if (missing.empty())
        return positions;
    EngineRequest request;
    request.engine = engine.empty() ? "auto" : engine;
    const LayoutResult laid = runLayout(model, request);
    if (positions.empty())
        return laid.positions;
    // Some nodes have positions: the others go, as the engine arranged them, to the right.
    double right = -std::numeric_limits<double>::infinity();
    double top = std::numeric_limits<double>::infinity();
    for (const auto& [id, p] : positions) {
        right = std::max(right, p.x);
        top = std::min(top, p.y);
    }
    double laidLeft = std::numeric_limits<double>::infinity();
    double laidTop = std::numeric_limits<double>::infinity();
    for (const core::Node* node : missing) {
        const auto it = laid.positions.find(node->id);
        if (it == laid.positions.end())
            continue;
        laidLeft = std::min(laidLeft, it->second.x);
        laidTop = std::min(laidTop, it->second.y);
    }
    for (const core::Node* node : missing) {
        const auto it = laid.positions.find(node->id);
        if (it == laid.positions.end())
            continue;
        positions[node->id] =
            core::Point{right + 120.0 + it->second.x - laidLeft, top + it->second.y - laidTop};
    }
    return positions;
}

struct XY {
    double x = 0.0, y = 0.0;
};

/// Convex hull, counter-clockwise (Andrew's monotone chain). Cost O(n log n).
std::vector<XY> convexHull(std::vector<XY> points) {
    std::sort(points.begin(), points.end(),
              [](const XY& a, const XY& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    if (points.size() < 3)
        return points;
    auto cross = [](const XY& o, const XY& a, const XY& b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<XY> hull(2 * points.size());
    std::size_t k = 0;
    for (const XY& p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

/// Points around a node (a padded disc) and its label (padded corners) for an outline's hull.
void addOutlinePoints(std::vector<XY>& points, const Placed& item) {
    constexpr double kPad = 9.0;
    constexpr int kSteps = 16;
    const double r = item.diameter / 2 + kPad;
    for (int i = 0; i < kSteps; ++i) {
        const double a = 2.0 * 3.14159265358979323846 * i / kSteps;
        points.push_back({item.x + r * std::cos(a), item.y + r * std::sin(a)});
    }
    if (!item.label.empty()) {
        const Box b = item.labelBox();
        constexpr double kLabelPad = 5.0;
        for (const XY& corner :
             {XY{b.left, b.bottom}, XY{b.right, b.bottom}, XY{b.right, b.top}, XY{b.left, b.top}}) {
            points.push_back({corner.x + (corner.x < item.x ? -kLabelPad : kLabelPad),
                              corner.y + (corner.y < item.labelY() ? -kLabelPad : kLabelPad)});
        }
    }
}

/// An xdot colour operation ("c 7 -#0072B2").
std::string xdotColour(char op, const std::string& color) {
    return std::string(1, op) + " " + std::to_string(color.size()) + " -" + color + " ";
}

// ---- the Graphviz graph -----------------------------------------------------------------------

using detail::setAttribute;

void setHtml(Agraph_t* graph, void* object, const char* name, const std::string& html) {
    std::string n(name);
    std::string copy(html);
    char* value = agstrdup_html(graph, copy.data());
    std::string empty;
    agsafeset(object, n.data(), value, empty.data());
    agstrfree(graph, value);
}

std::string legendHtml(const std::set<NodeKind>& kinds, const std::set<TieKind>& ties,
                       const Colouring& colours, const std::string& sizeText, bool highlights) {
    std::string h =
        "<TABLE BORDER=\"1\" COLOR=\"#B0B0B0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" "
        "BGCOLOR=\"#FFFFFF\">";
    auto row = [&](const std::string& left, const std::string& right) {
        h += "<TR><TD ALIGN=\"CENTER\">" + left + "</TD><TD ALIGN=\"LEFT\">" + right + "</TD></TR>";
    };
    auto heading = [&](const std::string& text) {
        h += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + escapeHtml(text) + "</B></TD></TR>";
    };
    h += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\"><B>Legend</B></FONT></TD></TR>";
    heading("Nodes");
    for (NodeKind kind : core::kAllNodeKinds) {
        if (kinds.count(kind))
            row(std::string("<FONT COLOR=\"#4A4A4A\">") + glyphOf(kind) + "</FONT>", kindLegend(kind));
    }
    if (!ties.empty()) {
        heading("Ties");
        for (TieKind kind : core::kAllTieKinds) {
            if (!ties.count(kind))
                continue;
            const TieLook look = tieLookOf(kind);
            std::string line;
            switch (look.pattern) {
                case Pattern::Solid:
                    line = "&#9472;&#9472;&#9472;";
                    break;  // ───
                case Pattern::Dashed:
                    line = "- - -";
                    break;
                case Pattern::Dotted:
                    line = "&#183; &#183; &#183;";
                    break;  // · · ·
                case Pattern::Double:
                    line = "&#9552;&#9552;";
                    break;  // ══
            }
            if (look.arrow)
                line += "&#9656;";  // ▸
            row(std::string("<FONT COLOR=\"") + look.color + "\"><B>" + line + "</B></FONT>", look.legend);
        }
    }
    if (!colours.swatches.empty()) {
        heading(colours.heading);
        for (const LegendSwatch& s : colours.swatches) {
            h += "<TR><TD BGCOLOR=\"" + s.color +
                 "\" WIDTH=\"18\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"> </TD><TD ALIGN=\"LEFT\">" +
                 escapeHtml(s.label) + "</TD></TR>";
        }
    }
    if (!sizeText.empty()) {
        heading("Size");
        row("<FONT COLOR=\"#4A4A4A\">&#9679;&#11044;</FONT>", escapeHtml(sizeText));
    }
    if (highlights) {
        heading("Outline");
        row("<FONT COLOR=\"#000000\"><B>&#9711;</B></FONT>", "highlighted in the view");
    }
    h += "</TABLE>";
    return h;
}

/// Rough size of the legend table in points.
std::pair<double, double> legendSize(std::size_t rows, std::size_t widestChars) {
    return {std::max(120.0, 7.0 * static_cast<double>(widestChars) + 48.0),
            19.0 * static_cast<double>(rows) + 24.0};
}

std::string graphvizFormat(RenderFormat format) {
    switch (format) {
        case RenderFormat::Svg:
            return "svg";
        case RenderFormat::Png:
            return "png:cairo";
        case RenderFormat::Pdf:
            return "pdf:cairo";
    }
    return "svg";
}

}  // namespace

std::optional<RenderFormat> renderFormatOf(const std::filesystem::path& path) {
    const std::string ext = core::lowercaseExtension(path);
    if (ext == ".svg")
        return RenderFormat::Svg;
    if (ext == ".png")
        return RenderFormat::Png;
    if (ext == ".pdf")
        return RenderFormat::Pdf;
    return std::nullopt;
}

void renderDocument(const core::Model& document, const RenderOptions& options,
                    const std::filesystem::path& out) {
    const auto format = renderFormatOf(out);
    if (!format) {
        throw LayoutError("cannot render to '" + out.string() +
                          "': the file name must end in .svg, .png or .pdf");
    }
    const Resolved resolved = resolve(document, options);
    const core::Model model = core::modelInPhase(document, resolved.phase);

    // Sizes.
    std::unordered_map<std::string, double> sizeValues;
    Range sizeRange;
    if (!resolved.sizeBy.empty()) {
        sizeValues = measure(model, resolved.sizeBy);
        for (const auto& [id, v] : sizeValues)
            sizeRange.add(v);
    }
    const Colouring colours = colour(model, resolved.colorBy);
    const auto positions = positionsOf(model, options.engine);

    constexpr double kMinDiameter = 12.0;
    constexpr double kMaxDiameter = 46.0;
    std::vector<Placed> placed;
    std::unordered_map<std::string, std::size_t> indexOf;
    for (const core::Node& node : model.nodes) {
        const auto p = positions.find(node.id);
        if (p == positions.end() || indexOf.count(node.id))
            continue;
        Placed item;
        item.node = &node;
        item.x = p->second.x;
        item.y = -p->second.y;
        item.diameter = 2.0 * radiusOf(node.kind);
        if (!resolved.sizeBy.empty()) {
            const auto v = sizeValues.find(node.id);
            const double t = v == sizeValues.end() ? 0.0 : sizeRange.unit(v->second);
            item.diameter = kMinDiameter + (kMaxDiameter - kMinDiameter) * std::sqrt(t);  // area ∝ value
        }
        item.label = shorten(node.displayLabel());
        indexOf.emplace(node.id, placed.size());
        placed.push_back(std::move(item));
    }

    // Organization outlines, as the studio draws them: the convex hull of the organization with its
    // sites and roles (and roles at its sites), labels included; drawn behind everything.
    struct Outline {
        std::string color;
        std::vector<XY> hull;
        Box box;  ///< bounding box of the hull
    };
    std::vector<Outline> outlines;
    for (const core::Node& org : model.nodes) {
        if (org.kind != NodeKind::Organization || !indexOf.count(org.id))
            continue;
        std::vector<XY> points;
        addOutlinePoints(points, placed[indexOf.at(org.id)]);
        std::size_t members = 0;
        for (const Placed& item : placed) {
            const core::Node& n = *item.node;
            bool member = organizationOf(n) == org.id && n.id != org.id;
            if (!member && !n.site.empty()) {
                const core::Node* site = model.findNode(n.site);
                member = site && site->organization == org.id;
            }
            if (!member)
                continue;
            addOutlinePoints(points, item);
            ++members;
        }
        if (members == 0)
            continue;
        Outline outline;
        const auto color = colours.organizationColor.find(org.id);
        outline.color = color != colours.organizationColor.end() ? color->second : "#999999";
        outline.hull = convexHull(std::move(points));
        outline.box = {outline.hull.front().x, outline.hull.front().y, outline.hull.front().x,
                       outline.hull.front().y};
        for (const XY& p : outline.hull)
            outline.box.add({p.x, p.y, p.x, p.y});
        outlines.push_back(std::move(outline));
    }

    // What the legend lists.
    std::set<NodeKind> kinds;
    for (const Placed& item : placed)
        kinds.insert(item.node->kind);
    std::set<TieKind> tieKinds;
    for (const core::Tie& tie : model.ties) {
        if (indexOf.count(tie.source) && indexOf.count(tie.target))
            tieKinds.insert(tie.kind);
    }
    std::string sizeText;
    if (!resolved.sizeBy.empty()) {
        sizeText = resolved.sizeBy;
        if (sizeRange.valid())
            sizeText += " (" + shortNumber(sizeRange.low) + " to " + shortNumber(sizeRange.high) + ")";
    }
    bool highlights = false;
    for (const Placed& item : placed)
        highlights = highlights || resolved.highlighted.count(item.node->id) > 0;
    std::size_t rows = 2 + kinds.size() + (tieKinds.empty() ? 0 : 1 + tieKinds.size()) +
                       (colours.swatches.empty() ? 0 : 1 + colours.swatches.size()) +
                       (sizeText.empty() ? 0 : 2) + (highlights ? 2 : 0);
    std::size_t widest = std::max<std::size_t>(16, characters(colours.heading));
    for (const LegendSwatch& s : colours.swatches)
        widest = std::max(widest, characters(s.label));
    widest = std::max(widest, characters(sizeText));
    const auto [legendWidth, legendHeight] = legendSize(rows, widest);

    // A free corner for the legend, else beside the drawing.
    Box all{0, 0, 0, 0};
    std::vector<Box> obstacles;
    for (const Placed& item : placed)
        obstacles.push_back(item.box());
    for (const Outline& o : outlines)
        obstacles.push_back(o.box);
    if (!obstacles.empty()) {
        all = obstacles.front();
        for (const Box& b : obstacles)
            all.add(b);
    }
    double legendX = 0.0;
    double legendY = 0.0;
    {
        const std::array<Box, 4> corners{{
            {all.right - legendWidth, all.top - legendHeight, all.right, all.top},        // top right
            {all.left, all.top - legendHeight, all.left + legendWidth, all.top},          // top left
            {all.right - legendWidth, all.bottom, all.right, all.bottom + legendHeight},  // bottom right
            {all.left, all.bottom, all.left + legendWidth, all.bottom + legendHeight},    // bottom left
        }};
        bool found = false;
        const bool roomy =
            (all.right - all.left) >= legendWidth * 1.5 && (all.top - all.bottom) >= legendHeight * 1.2;
        for (const Box& corner : corners) {
            if (!roomy || found)
                break;
            const bool free = std::none_of(obstacles.begin(), obstacles.end(),
                                           [&](const Box& b) { return b.overlaps(corner); });
            if (free) {
                legendX = (corner.left + corner.right) / 2;
                legendY = (corner.bottom + corner.top) / 2;
                found = true;
            }
        }
        if (!found) {
            constexpr double kGap = 24.0;
            legendX = all.right + kGap + legendWidth / 2;
            legendY = all.top - legendHeight / 2;
        }
    }

    // Build and draw.
    std::lock_guard lock(detail::graphvizMutex());
    detail::ErrorCapture capture;
    GVC_t* gvc = detail::sharedContext();
    if (!gvc)
        throw LayoutError("Graphviz could not start");
    std::string graphName = "orgweave";
    detail::GraphHandle graphHandle(agopen(graphName.data(), Agdirected, nullptr));
    Agraph_t* g = graphHandle.get();
    if (!g)
        throw LayoutError("Graphviz could not create a graph");

    setAttribute(g, "outputorder", "edgesfirst");
    setAttribute(g, "splines", "line");
    setAttribute(g, "bgcolor", "#FFFFFF");
    setAttribute(g, "pad", "0.4");
    setAttribute(g, "fontname", "Helvetica");
    if (*format == RenderFormat::Png)
        setAttribute(g, "dpi", "150");
    {
        std::string title;
        if (!resolved.title.empty())
            title = "<FONT POINT-SIZE=\"20\"><B>" + escapeHtml(resolved.title) + "</B></FONT>";
        if (!resolved.caption.empty()) {
            // Wrap the caption at about 110 characters per line.
            std::string wrapped;
            std::size_t lineLength = 0;
            std::string word;
            auto flush = [&]() {
                if (word.empty())
                    return;
                if (lineLength > 0 && lineLength + 1 + characters(word) > 110) {
                    wrapped += "<BR/>";
                    lineLength = 0;
                } else if (lineLength > 0) {
                    wrapped += " ";
                    ++lineLength;
                }
                wrapped += escapeHtml(word);
                lineLength += characters(word);
                word.clear();
            };
            for (char c : resolved.caption) {
                if (c == ' ' || c == '\n') {
                    flush();
                } else {
                    word += c;
                }
            }
            flush();
            title += (title.empty() ? "" : "<BR/>") +
                     std::string("<FONT POINT-SIZE=\"11\" COLOR=\"#444444\">") + wrapped + "</FONT>";
        }
        if (!title.empty()) {
            setHtml(g, g, "label", title + "<BR/> ");
            setAttribute(g, "labelloc", "t");
            setAttribute(g, "labeljust", "c");
        }
    }

    std::size_t counter = 0;
    auto newNode = [&](double x, double y) {
        std::string name = "n" + std::to_string(counter++);
        Agnode_t* n = agnode(g, name.data(), 1);
        if (!n)
            throw LayoutError("Graphviz could not create a node");
        setAttribute(n, "pos", number(x) + "," + number(y) + "!");
        setAttribute(n, "fontname", "Helvetica");
        return n;
    };

    {
        // Outlines go into the background (xdot), under ties and nodes.
        std::string background;
        for (const Outline& o : outlines) {
            std::string polygon = std::to_string(o.hull.size());
            for (const XY& p : o.hull)
                polygon += " " + number(p.x) + " " + number(p.y);
            background +=
                xdotColour('C', o.color + "1A") + xdotColour('c', o.color + "99") + "S 16 -setlinewidth(1) ";
            background += "P " + polygon + " ";
        }
        if (!background.empty())
            setAttribute(g, "_background", background);
    }

    std::unordered_map<std::string, Agnode_t*> nodes;
    for (const Placed& item : placed) {
        const core::Node& node = *item.node;
        Agnode_t* n = newNode(item.x, item.y);
        nodes.emplace(node.id, n);
        const auto fill = colours.byNode.find(node.id);
        const std::string color = fill != colours.byNode.end() ? fill->second : neutralFill(node.kind);
        setAttribute(n, "shape", shapeOf(node.kind));
        setAttribute(n, "style", node.kind == NodeKind::Organization ? "rounded,filled" : "filled");
        setAttribute(n, "fixedsize", "true");
        setAttribute(n, "label", "");
        // Triangles and stars fill less of their box: draw them a little larger.
        const double scale =
            node.kind == NodeKind::SharedTool || node.kind == NodeKind::LearningAction ? 1.2 : 1.0;
        setAttribute(n, "width", number(item.diameter * scale / 72.0));
        setAttribute(n, "height", number(item.diameter * scale / 72.0));
        setAttribute(n, "fillcolor", color);
        const bool highlighted = resolved.highlighted.count(node.id) > 0;
        setAttribute(n, "color", highlighted ? "#000000" : "#3A3A3A");
        setAttribute(n, "penwidth", highlighted ? "3.5" : "0.8");
        setAttribute(n, "tooltip", node.displayLabel());
    }

    for (const core::Tie& tie : model.ties) {
        const auto s = nodes.find(tie.source);
        const auto t = nodes.find(tie.target);
        if (s == nodes.end() || t == nodes.end() || s->second == t->second)
            continue;
        Agedge_t* e = agedge(g, s->second, t->second, nullptr, 1);
        if (!e)
            continue;
        const TieLook look = tieLookOf(tie.kind);
        double width = look.width;
        if (tie.kind == TieKind::Collaborates && tie.weight && *tie.weight > 1.0)
            width *= std::min(3.0, std::sqrt(*tie.weight));
        const bool arrow = tie.directed.value_or(look.arrow);
        setAttribute(e, "dir", arrow ? "forward" : "none");
        setAttribute(e, "arrowsize", "0.6");
        setAttribute(e, "penwidth", number(width));
        const std::string c = look.color;
        // Agreements run in bundles (one party to many): translucent so they do not dominate.
        setAttribute(e, "color", look.pattern == Pattern::Double ? c + "99:invis:" + c + "99" : c + "CC");
        if (look.pattern == Pattern::Dashed)
            setAttribute(e, "style", "dashed");
        if (look.pattern == Pattern::Dotted)
            setAttribute(e, "style", "dotted");
    }

    for (const Placed& item : placed) {
        if (item.label.empty())
            continue;
        Agnode_t* n = newNode(item.x, item.labelY());
        setAttribute(n, "shape", "plaintext");
        setAttribute(n, "width", "0");
        setAttribute(n, "height", "0");
        setAttribute(n, "margin", "0");
        setAttribute(n, "fontsize", number(kLabelFont));
        setAttribute(n, "fontcolor", "#1F2328");
        // A light halo keeps labels readable where ties cross them.
        setAttribute(n, "style", "filled");
        setAttribute(n, "fillcolor", "#FFFFFFB0");
        setAttribute(n, "penwidth", "0");
        const bool bold = item.node->kind == NodeKind::Organization || item.node->kind == NodeKind::Committee;
        setHtml(g, n, "label", bold ? "<B>" + escapeHtml(item.label) + "</B>" : escapeHtml(item.label));
    }

    {
        Agnode_t* n = newNode(legendX, legendY);
        setAttribute(n, "shape", "plaintext");
        setAttribute(n, "margin", "0");
        setAttribute(n, "fontsize", "10");
        setHtml(g, n, "label", legendHtml(kinds, tieKinds, colours, sizeText, highlights));
    }

    if (gvLayout(gvc, g, "nop2") != 0) {
        const std::string why = capture.summary();
        throw LayoutError("Graphviz could not place the picture" +
                          (why.empty() ? std::string() : ": " + why));
    }
    detail::LayoutHandle layoutHandle(gvc, g);

    // Atomic write: a temporary file next to the target, then rename.
    const std::filesystem::path folder =
        out.parent_path().empty() ? std::filesystem::path(".") : out.parent_path();
    std::random_device random;
    const std::filesystem::path temporary =
        folder / ("." + out.filename().string() + ".tmp" + std::to_string(random() % 1000000u));
    const std::string temporaryName = temporary.string();
    {
        // Graphviz 2.42 ends the process when it cannot open its output: find out first.
        std::FILE* probe = std::fopen(temporaryName.c_str(), "wb");
        if (!probe)
            throw LayoutError("cannot write " + out.string() + ": " + std::strerror(errno));
        std::fclose(probe);
    }
    const std::string formatName = graphvizFormat(*format);
    const int status = gvRenderFilename(gvc, g, formatName.c_str(), temporaryName.c_str());
    std::error_code ec;
    if (status != 0 || !std::filesystem::exists(temporary, ec) ||
        std::filesystem::file_size(temporary, ec) == 0) {
        std::filesystem::remove(temporary, ec);
        const std::string why = capture.summary();
        throw LayoutError("could not write " + out.string() + (why.empty() ? std::string() : ": " + why));
    }
    std::filesystem::rename(temporary, out, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw LayoutError("could not write " + out.string() + ": " + ec.message());
    }
}

}  // namespace orgweave::layouts
