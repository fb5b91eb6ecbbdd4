// Pictures of a document through Graphviz: every node pinned where the layout puts it, drawn with
// `neato -n2` semantics (gvLayout "nop2": positions kept, edges routed as straight lines).
//
// Sections: style table (Graphviz spelling of VisualStyle.hpp) · options and data · colours · sizes ·
// geometry (labels, outlines, legend corner) · the Graphviz graph · rendering and atomic rename
//
// Draw order: organization outlines (convex hulls in the graph's xdot _background, as the studio
// draws them), then ties (outputorder=edgesfirst), then nodes in creation order: the nodes, their
// labels (plain text nodes below each node, as the studio hangs labels below), the legend. The
// legend goes into a corner of the drawing that no node, label or outline touches, else beside it.

#include "orgweave/layouts/Renderer.hpp"

#include "GraphvizSupport.hpp"

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/PhaseFilter.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/core/Utf8Text.hpp>
#include <orgweave/core/ViewFilter.hpp>
#include <orgweave/layouts/LayoutEngine.hpp>
#include <orgweave/layouts/NodeDecorations.hpp>
#include <orgweave/layouts/NodeMapping.hpp>
#include <orgweave/layouts/VisualStyle.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace orgweave::layouts {

// ---- style table ------------------------------------------------------------------------------
// The table itself is VisualStyle.hpp, shared with the studio's canvas; here only how Graphviz
// spells it.

namespace {

using core::NodeKind;
using core::TieKind;

const char* graphvizShapeOf(NodeKind kind) {
    switch (shapeOf(kind)) {
        case NodeShape::RoundedRect:
            return "box";
        case NodeShape::Hexagon:
            return "hexagon";
        case NodeShape::Diamond:
            return "diamond";
        case NodeShape::Circle:
            return "circle";
        case NodeShape::Triangle:
            return "triangle";
        case NodeShape::Star:
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

constexpr std::size_t kMaxLabelChars = 30;  // as the studio's canvas

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
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
    core::ViewFilter filter;  ///< the view's; hidden nodes are left out of the picture
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
        r.filter = core::ViewFilter::fromJson(view->filter);
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

/// Node id → value of the measure on the full lens (NaN where undefined).
std::unordered_map<std::string, double> measure(const core::Model& model, const std::string& name) {
    if (name == "community") {
        core::AnalysisOptions options;
        options.lens.lens = core::LensKind::Full;
        options.measures.insert("communities");
        try {
            return communityById(core::analyze(model, options));
        } catch (const core::AnalysisError& e) {
            throw LayoutError(e.what());
        }
    }
    if (!isNodeMeasure(name)) {
        std::string known;
        for (std::string_view m : nodeMeasureNames())
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

Colouring colour(const core::Model& model, const std::string& colorBy, const core::Translator& texts) {
    Colouring c;
    for (const OrganizationColour& organization : organizationColours(model))
        c.organizationColor.emplace(organization.id, hexOf(organization.color));  // outlines keep them
    MeasureValues values;
    if (needsAnalysis(colorBy))
        values = measure(model, colorBy);
    const NodeColours colours = colourNodes(model, colorBy, &values, texts);
    if (colours.nothingToColour)
        throw LayoutError("cannot colour by '" + colorBy + "': no node has it");
    c.heading = colours.heading;
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        c.byNode[model.nodes[i].id] = hexOf(colours.fill[i]);
    for (const Swatch& swatch : colours.swatches)
        c.swatches.push_back({hexOf(swatch.color), swatch.label});
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
/// Largest extent of positions drawn as they are (points; 1e5 points is 35 metres).
constexpr double kMaxExtent = 1e5;
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
        const double w = kCharWidth * static_cast<double>(core::utf8Length(label)) + 4.0;
        return {x - w / 2, labelY() - kLabelHeight / 2, x + w / 2, labelY() + kLabelHeight / 2};
    }
    Box box() const {
        Box b = nodeBox();
        if (!label.empty())
            b.add(labelBox());
        return b;
    }
};

/// "000042": temporary names of the `.NAME.tmp-XXXXXX` pattern that saves clean up after a kill.
std::string sixDigits(unsigned value) {
    std::string text = std::to_string(value % 1000000u);
    return std::string(6 - text.size(), '0') + text;
}

/// Positions whose extent is absurd (±1e308, or scaled by 1e12: Graphviz then draws an infinite or
/// 5e14-point canvas, an empty PDF or crashes in PNG) are scaled, keeping their shape, into a
/// square of about 60 points per node; sane extents are left as they are.
/// Spreads the positions along their short side (never shrinking) so that their extent has the
/// aspect (width / height) `aspect`: a slide's picture fills the page instead of leaving bands.
/// The legend and labels add a little, so this aims at the nodes' extent only.
void spreadToAspect(std::map<std::string, core::Point>& positions, double aspect) {
    if (positions.size() < 2)
        return;
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const auto& [id, p] : positions) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double width = maxX - minX;
    const double height = maxY - minY;
    if (width <= 0.0 || height <= 0.0)
        return;
    const double sx = width / height < aspect ? aspect * height / width : 1.0;
    const double sy = width / height > aspect ? width / (aspect * height) : 1.0;
    for (auto& [id, p] : positions)
        p = core::Point{minX + (p.x - minX) * sx, minY + (p.y - minY) * sy};
}

void normaliseExtent(std::map<std::string, core::Point>& positions) {
    if (positions.empty())
        return;
    // Halves, so that max − min cannot overflow for values near ±DBL_MAX.
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX, minY = minX, maxY = -minX;
    for (const auto& [id, p] : positions) {
        minX = std::min(minX, p.x / 2), maxX = std::max(maxX, p.x / 2);
        minY = std::min(minY, p.y / 2), maxY = std::max(maxY, p.y / 2);
    }
    const double halfSpan = std::max(maxX - minX, maxY - minY);
    const double centreX = std::abs(minX) + std::abs(maxX);
    const double centreY = std::abs(minY) + std::abs(maxY);
    if (std::isfinite(halfSpan) && halfSpan * 2 <= kMaxExtent && centreX <= kMaxExtent &&
        centreY <= kMaxExtent)
        return;
    const double side = std::max(600.0, 60.0 * std::sqrt(static_cast<double>(positions.size())));
    const double scale = halfSpan > 0 ? side / halfSpan : 0.0;  // of the halved values
    for (auto& [id, p] : positions)
        p = core::Point{(p.x / 2 - minX) * scale, (p.y / 2 - minY) * scale};
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
                       const Colouring& colours, const std::string& sizeText, bool highlights,
                       const std::set<core::FindingSeverity>& gapSeverities, const core::Translator& t) {
    std::string h =
        "<TABLE BORDER=\"1\" COLOR=\"#B0B0B0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" "
        "BGCOLOR=\"#FFFFFF\">";
    auto row = [&](const std::string& left, const std::string& right) {
        h += "<TR><TD ALIGN=\"CENTER\">" + left + "</TD><TD ALIGN=\"LEFT\">" + right + "</TD></TR>";
    };
    auto heading = [&](const std::string& text) {
        h += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + core::escapeMarkup(text) + "</B></TD></TR>";
    };
    h += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\"><B>" +
         core::escapeMarkup(t.tr("Legend")) + "</B></FONT></TD></TR>";
    heading(t.tr("Nodes"));
    for (NodeKind kind : core::kAllNodeKinds) {
        if (kinds.count(kind))
            row(std::string("<FONT COLOR=\"#4A4A4A\">") + glyphOf(kind) + "</FONT>",
                core::escapeMarkup(t.tr(kindLegendOf(kind))));
    }
    if (!ties.empty()) {
        heading(t.tr("Ties"));
        for (TieKind kind : core::kAllTieKinds) {
            if (!ties.count(kind))
                continue;
            const TieLook look = tieLookOf(kind);
            std::string line;
            switch (look.pattern) {
                case LinePattern::Solid:
                    line = "&#9472;&#9472;&#9472;";
                    break;  // ───
                case LinePattern::Dashed:
                    line = "- - -";
                    break;
                case LinePattern::Dotted:
                    line = "&#183; &#183; &#183;";
                    break;  // · · ·
                case LinePattern::Double:
                    line = "&#9552;&#9552;";
                    break;  // ══
            }
            if (look.arrow)
                line += "&#9656;";  // ▸
            row(std::string("<FONT COLOR=\"") + hexOf(look.color) + "\"><B>" + line + "</B></FONT>",
                core::escapeMarkup(t.tr(look.legend)));
        }
    }
    if (!colours.swatches.empty()) {
        heading(colours.heading);
        for (const LegendSwatch& s : colours.swatches) {
            h += "<TR><TD BGCOLOR=\"" + s.color +
                 "\" WIDTH=\"18\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"> </TD><TD ALIGN=\"LEFT\">" +
                 core::escapeMarkup(s.label) + "</TD></TR>";
        }
    }
    if (!sizeText.empty()) {
        heading(t.tr("Size"));
        row("<FONT COLOR=\"#4A4A4A\">&#9679;&#11044;</FONT>", core::escapeMarkup(sizeText));
    }
    if (highlights || !gapSeverities.empty())
        heading(t.tr("Outline"));
    if (highlights)
        row("<FONT COLOR=\"#000000\"><B>&#9711;</B></FONT>",
            core::escapeMarkup(t.tr("highlighted in the view")));
    for (auto it = gapSeverities.rbegin(); it != gapSeverities.rend(); ++it) {
        row("<FONT COLOR=\"" + hexOf(gapColorOf(*it)) + "\"><B>&#9711;</B></FONT>",
            core::escapeMarkup(*it == core::FindingSeverity::Critical  ? t.tr("critical gap")
                               : *it == core::FindingSeverity::Warning ? t.tr("warning gap")
                                                                       : t.tr("info gap")));
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
    const core::Model model = resolved.filter.apply(core::modelInPhase(document, resolved.phase));
    if (model.nodes.size() > kMaxRenderedNodes) {
        throw LayoutError("too many nodes to draw (" + std::to_string(model.nodes.size()) + "; limit " +
                          std::to_string(kMaxRenderedNodes) +
                          "): draw a view, a phase or a filtered part of the network, or export it (convert) "
                          "for Gephi");
    }

    // Sizes.
    MeasureValues sizeValues;
    std::vector<double> sizeUnit;
    double sizeLow = std::numeric_limits<double>::infinity();
    double sizeHigh = -std::numeric_limits<double>::infinity();
    if (!resolved.sizeBy.empty()) {
        sizeValues = measure(model, resolved.sizeBy);
        sizeUnit = sizeUnits(model, sizeValues);
        for (const auto& [id, v] : sizeValues) {
            if (std::isfinite(v)) {
                sizeLow = std::min(sizeLow, v);
                sizeHigh = std::max(sizeHigh, v);
            }
        }
    }
    const Colouring colours = colour(model, resolved.colorBy, options.texts);
    auto positions = completePositions(model, options.engine);
    for (auto& [id, p] : positions) {  // non-finite coordinates would make a broken picture
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            p = core::Point{0.0, 0.0};
    }
    normaliseExtent(positions);
    if (options.aspect > 0.0 && std::isfinite(options.aspect))
        spreadToAspect(positions, options.aspect);

    std::vector<Placed> placed;
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t k = 0; k < model.nodes.size(); ++k) {
        const core::Node& node = model.nodes[k];
        const auto p = positions.find(node.id);
        if (p == positions.end() || indexOf.count(node.id))
            continue;
        Placed item;
        item.node = &node;
        item.x = p->second.x;
        item.y = -p->second.y;
        item.diameter = 2.0 * baseRadiusOf(node);
        if (!resolved.sizeBy.empty())  // area ∝ value
            item.diameter = 2.0 * sizedRadius(sizeUnit[k]);
        item.label = core::shortenUtf8(node.displayLabel(), kMaxLabelChars);
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
    for (const OutlineMembers& membership : outlineMembership(model)) {
        const core::Node& org = model.nodes[membership.organization];
        if (!indexOf.count(org.id))
            continue;
        std::vector<XY> points;
        std::size_t members = 0;
        for (const std::size_t k : membership.members) {
            const auto item = indexOf.find(model.nodes[k].id);
            if (item == indexOf.end())
                continue;
            addOutlinePoints(points, placed[item->second]);
            members += k != membership.organization ? 1 : 0;
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
        if (sizeLow <= sizeHigh)
            sizeText = core::fill(
                options.texts.tr("{} ({} to {})"),
                {resolved.sizeBy, shortNumber(sizeLow, options.texts), shortNumber(sizeHigh, options.texts)});
    }
    bool highlights = false;
    for (const Placed& item : placed)
        highlights = highlights || resolved.highlighted.count(item.node->id) > 0;
    // Gap findings: the worst severity per node.
    std::unordered_map<std::string, core::FindingSeverity> gapOf;
    std::set<core::FindingSeverity> gapSeverities;
    if (options.gaps) {
        core::GapReport report;
        try {
            report = core::findGaps(document, core::GapSettings{}, resolved.phase);
        } catch (const std::exception& e) {
            throw LayoutError(std::string("cannot evaluate the gap rules: ") + e.what());
        }
        const auto worst = worstSeverityPerNode(model, report.findings);
        for (std::size_t k = 0; k < model.nodes.size(); ++k) {
            if (worst[k])
                gapOf.emplace(model.nodes[k].id, *worst[k]);
        }
        for (const Placed& item : placed) {
            if (const auto it = gapOf.find(item.node->id); it != gapOf.end())
                gapSeverities.insert(it->second);
        }
    }
    std::size_t rows = 2 + kinds.size() + (tieKinds.empty() ? 0 : 1 + tieKinds.size()) +
                       (colours.swatches.empty() ? 0 : 1 + colours.swatches.size()) +
                       (sizeText.empty() ? 0 : 2) + (highlights || !gapSeverities.empty() ? 1 : 0) +
                       (highlights ? 1 : 0) + gapSeverities.size();
    std::size_t widest = std::max<std::size_t>(16, core::utf8Length(colours.heading));
    for (const LegendSwatch& s : colours.swatches)
        widest = std::max(widest, core::utf8Length(s.label));
    widest = std::max(widest, core::utf8Length(sizeText));
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
            title = "<FONT POINT-SIZE=\"20\"><B>" + core::escapeMarkup(resolved.title) + "</B></FONT>";
        if (!resolved.caption.empty()) {
            // Wrap the caption at about 110 characters per line.
            std::string wrapped;
            std::size_t lineLength = 0;
            std::string word;
            auto flush = [&]() {
                if (word.empty())
                    return;
                if (lineLength > 0 && lineLength + 1 + core::utf8Length(word) > 110) {
                    wrapped += "<BR/>";
                    lineLength = 0;
                } else if (lineLength > 0) {
                    wrapped += " ";
                    ++lineLength;
                }
                wrapped += core::escapeMarkup(word);
                lineLength += core::utf8Length(word);
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
        const std::string color =
            fill != colours.byNode.end() ? fill->second : hexOf(neutralFillOf(node.kind));
        setAttribute(n, "shape", graphvizShapeOf(node.kind));
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
        const auto gap = gapOf.find(node.id);
        setAttribute(n, "color",
                     highlighted          ? std::string("#000000")
                     : gap != gapOf.end() ? hexOf(gapColorOf(gap->second))
                                          : std::string("#3A3A3A"));
        setAttribute(n, "penwidth", highlighted || gap != gapOf.end() ? "3.5" : "0.8");
        setAttribute(n, "tooltip", node.displayLabel());
    }

    // Parallel ties (same ends, same look) are drawn once, a little thicker: Graphviz routes each
    // edge of a multi-edge on its own and overflows its stack on hundreds of thousands of them.
    struct Drawn {
        const core::Tie* tie;
        std::size_t count;
    };
    std::vector<Drawn> drawn;
    {
        std::map<std::tuple<Agnode_t*, Agnode_t*, int, bool>, std::size_t> seen;
        for (const core::Tie& tie : model.ties) {
            const auto s = nodes.find(tie.source);
            const auto t = nodes.find(tie.target);
            if (s == nodes.end() || t == nodes.end() || s->second == t->second)
                continue;
            const TieLook look = tieLookOf(tie);
            Agnode_t* a = s->second;
            Agnode_t* b = t->second;
            if (!look.arrow && AGSEQ(b) < AGSEQ(a))
                std::swap(a, b);
            const auto key = std::make_tuple(a, b, static_cast<int>(tie.kind), look.arrow);
            const auto [it, inserted] = seen.emplace(key, drawn.size());
            if (inserted) {
                drawn.push_back({&tie, 1});
            } else {
                ++drawn[it->second].count;
            }
        }
    }
    if (drawn.size() > kMaxRenderedTies) {
        throw LayoutError("too many ties to draw (" + std::to_string(drawn.size()) +
                          " after merging parallel ties; limit " + std::to_string(kMaxRenderedTies) +
                          "): draw a view, a phase or a filtered part of the network");
    }
    for (const Drawn& d : drawn) {
        const core::Tie& tie = *d.tie;
        Agedge_t* e = agedge(g, nodes.at(tie.source), nodes.at(tie.target), nullptr, 1);
        if (!e)
            continue;
        const TieLook look = tieLookOf(tie);
        setAttribute(e, "dir", look.arrow ? "forward" : "none");
        setAttribute(e, "arrowsize", "0.6");
        const double thicker =
            d.count > 1 ? std::min(3.0, 1.0 + 0.25 * std::log2(static_cast<double>(d.count))) : 1.0;
        setAttribute(e, "penwidth", number(look.width * thicker));
        const std::string c = hexOf(look.color);
        // Agreements run in bundles (one party to many): translucent so they do not dominate.
        setAttribute(e, "color", look.pattern == LinePattern::Double ? c + "99:invis:" + c + "99" : c + "CC");
        if (look.pattern == LinePattern::Dashed)
            setAttribute(e, "style", "dashed");
        if (look.pattern == LinePattern::Dotted)
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
        setHtml(g, n, "label",
                bold ? "<B>" + core::escapeMarkup(item.label) + "</B>" : core::escapeMarkup(item.label));
    }

    {
        Agnode_t* n = newNode(legendX, legendY);
        setAttribute(n, "shape", "plaintext");
        setAttribute(n, "margin", "0");
        setAttribute(n, "fontsize", "10");
        setHtml(g, n, "label",
                legendHtml(kinds, tieKinds, colours, sizeText, highlights, gapSeverities, options.texts));
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
        folder / ("." + out.filename().string() + ".tmp-" + sixDigits(random() % 1000000u));
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
    // The picture replaces `out` as every save does (core::writeFileAtomically): through a symbolic
    // link, never over a read-only file, atomically.
    std::string picture;
    {
        std::ifstream in(temporary, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        picture = std::move(bytes).str();
    }
    std::filesystem::remove(temporary, ec);
    try {
        core::writeFileAtomically(out, picture);
    } catch (const std::exception& e) {
        throw LayoutError(e.what());
    }
}

}  // namespace orgweave::layouts
