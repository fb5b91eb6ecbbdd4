#include "orgweave/layouts/ForceSession.hpp"

#include "LayoutSupport.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

namespace orgweave::layouts {

namespace {
constexpr double kTieLength = 72.0;    // median tie length without pins, points
constexpr double kNodeRadius = 18.0;   // nodes are kept at least this far apart (circles), points
constexpr double kRoomPerNode = 60.0;  // side of the square each node gets at least, points
constexpr double kMaxLabelRadius = 60.0;
constexpr std::size_t kLabelAwareUpTo = 2000;
constexpr double kGroupMargin = 40.0;  // around each cluster's nodes: the outline's padding and a gap, points
constexpr std::size_t kMaxSeparatedGroups = 500;
}  // namespace

ForceSession::ForceSession(const core::Model& model, const EngineRequest& request)
    : m_model(model), m_request(request) {
    core::LensOptions lensOptions;
    lensOptions.lens = core::LensKind::Full;
    m_lens = core::buildLens(model, lensOptions);
    const std::size_t n = m_lens.graph.nodeCount();

    ForceOptions options;
    options.seed = request.seed;
    options.initial.resize(n);
    const std::set<std::string, std::less<>> pinned(model.layout.pinned.begin(), model.layout.pinned.end());
    for (std::size_t g = 0; g < n; ++g) {
        const core::Node& node = model.nodes[m_lens.modelIndex[g]];
        const auto p = model.layout.positions.find(node.id);
        if (p == model.layout.positions.end())
            continue;
        options.initial[g] = p->second;
        if (request.respectPins && pinned.count(node.id))
            options.pinned.push_back(PinnedNode{static_cast<core::Graph::Index>(g), p->second});
    }
    if (!request.clusterBy.empty()) {
        std::unordered_map<std::string, int> ids;
        options.clusters.assign(n, -1);
        for (std::size_t g = 0; g < n; ++g) {
            const std::string key =
                detail::clusterKey(model, model.nodes[m_lens.modelIndex[g]], request.clusterBy);
            if (key.empty())
                continue;
            const auto [it, added] = ids.emplace(key, static_cast<int>(ids.size()));
            options.clusters[g] = it->second;
            if (added) {
                m_groups.emplace_back();
                m_groupFixed.push_back(false);
            }
            const auto group = static_cast<std::size_t>(it->second);
            m_groups[group].push_back(model.nodes[m_lens.modelIndex[g]].id);
            m_groupFixed[group] = m_groupFixed[group] ||
                                  (request.respectPins && pinned.count(model.nodes[m_lens.modelIndex[g]].id));
        }
    }
    m_keep = !options.pinned.empty();
    m_cap = options.maxIterations;
    m_layout = std::make_unique<ForceLayout>(m_lens.graph, std::move(options));
}

double ForceSession::pictureScale() const {
    if (m_keep)
        return 1.0;
    const std::vector<core::Point> p = m_layout->positions();
    double scale = 1.0;
    std::vector<double> lengths;
    for (const core::Graph::Edge& e : m_lens.graph.edges())
        lengths.push_back(std::hypot(p[e.source].x - p[e.target].x, p[e.source].y - p[e.target].y));
    if (!lengths.empty()) {
        const auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
        std::nth_element(lengths.begin(), mid, lengths.end());
        if (*mid > 1e-9)
            scale = kTieLength / *mid;
    }
    // Large networks need more room than their ties give: at least kRoomPerNode² per node in the
    // bounding box, so that overlap removal only has local work left.
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const core::Point& q : p) {
        minX = std::min(minX, q.x);
        maxX = std::max(maxX, q.x);
        minY = std::min(minY, q.y);
        maxY = std::max(maxY, q.y);
    }
    const std::size_t n = p.size();
    const double area = std::max(maxX - minX, 1e-9) * std::max(maxY - minY, 1e-9) * scale * scale;
    const double needed = static_cast<double>(n) * kRoomPerNode * kRoomPerNode;
    if (n > 1 && area < needed)
        scale *= std::sqrt(needed / area);
    return scale;
}

std::map<std::string, core::Point> ForceSession::placed(const std::vector<core::Point>& raw,
                                                        double scale) const {
    std::map<std::string, core::Point> out;
    for (std::size_t g = 0; g < raw.size(); ++g)
        out[m_model.nodes[m_lens.modelIndex[g]].id] = core::Point{raw[g].x * scale, raw[g].y * scale};
    // Nodes the lens left out (none for the full lens without a phase) go to the origin.
    for (const core::Node& node : m_model.nodes)
        out.emplace(node.id, core::Point{0.0, 0.0});
    return out;
}

std::map<std::string, core::Point> ForceSession::preview() const {
    // Moved as finish() will move the picture, so the animation does not jump at the end.
    LayoutResult result;
    result.positions = placed(m_layout->positions(), pictureScale());
    detail::finish(result, m_model, m_keep);
    return std::move(result.positions);
}

LayoutResult ForceSession::finish() {
    const double scale = pictureScale();
    const std::size_t n = m_lens.graph.nodeCount();
    std::vector<double> radii(n, kNodeRadius / scale);
    if (n <= kLabelAwareUpTo) {
        for (std::size_t g = 0; g < n; ++g) {
            const double half =
                detail::labelBox(m_model.nodes[m_lens.modelIndex[g]].displayLabel()).width / 2.0;
            radii[g] = std::clamp(half, kNodeRadius, kMaxLabelRadius) / scale;
        }
    }
    m_layout->removeOverlaps(radii);
    LayoutResult result;
    result.positions = placed(m_layout->positions(), scale);
    // Clusters (organizations' outlines) kept apart, moved as wholes; then the frame is recomputed.
    if (m_groups.size() > 1 && m_groups.size() <= kMaxSeparatedGroups)
        detail::separateGroups(result.positions, m_groups, m_groupFixed, kGroupMargin);
    detail::finish(result, m_model, m_keep);
    return result;
}

LayoutResult ForceSession::run() {
    if (!m_layout->run(m_request.cancel, m_request.progress))
        throw LayoutCancelled("layout cancelled");
    return finish();
}

}  // namespace orgweave::layouts
