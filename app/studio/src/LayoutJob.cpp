// A layout on a background thread.
//
// Sections: job control · force, step by step (the same set-up and finish as layouts' force engine)

#include "orgweave/studio/LayoutJob.hpp"

#include "orgweave/core/Lens.hpp"
#include "orgweave/layouts/ForceLayout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>
#include <vector>

namespace orgweave::studio {

// ---- job control ------------------------------------------------------------------------------

LayoutJob::LayoutJob(core::Model model, layouts::EngineRequest request)
    : m_model(std::move(model)), m_request(std::move(request)), m_started(std::chrono::steady_clock::now()) {
    m_engine = m_request.engine == "auto" ? layouts::autoEngine(m_model) : m_request.engine;
    m_request.engine = m_engine;
    m_request.cancel = &m_cancel;
    m_request.progress = nullptr;
    m_thread = std::thread([this] { work(); });
}

LayoutJob::~LayoutJob() {
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

void LayoutJob::wait() {
    if (m_thread.joinable())
        m_thread.join();
}

double LayoutJob::progress() const {
    if (m_finished)
        return 1.0;
    const std::size_t cap = m_cap;
    return cap == 0 ? -1.0 : static_cast<double>(m_done) / static_cast<double>(cap);
}

double LayoutJob::elapsedSeconds() const {
    if (m_finished)
        return m_seconds;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

std::map<std::string, core::Point> LayoutJob::preview() const {
    std::lock_guard lock(m_previewMutex);
    return m_preview;
}

void LayoutJob::work() {
    try {
        if (m_engine == "force")
            runForce();
        else
            m_result = layouts::runLayout(m_model, m_request);
    } catch (const layouts::LayoutCancelled&) {
        m_result.reset();
    } catch (const std::exception& e) {
        m_result.reset();
        m_error = e.what();
    }
    if (m_cancel)
        m_result.reset();
    m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    m_finished = true;
}

// ---- force, step by step ----------------------------------------------------------------------

namespace {

// The force engine's constants (layouts/src/LayoutEngine.cpp), so that a finished run here gives
// the same picture as `orgweave layout --engine force`.
constexpr double kNodeHeight = 24.0;
constexpr double kTieLength = 72.0;
constexpr double kNodeRadius = 18.0;
constexpr double kRoomPerNode = 60.0;

double labelWidth(const std::string& label) {
    std::size_t characters = 0;
    for (char c : label) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++characters;
    }
    return std::min(320.0, std::max(kNodeHeight, 7.0 * static_cast<double>(characters) + 10.0));
}

/// The group of a node when clustering by `field` (as the layouts' engines group them).
std::string clusterKey(const core::Model& model, const core::Node& node, const std::string& field) {
    if (field == "organization") {
        if (node.kind == core::NodeKind::Organization)
            return node.id;
        if (!node.organization.empty())
            return node.organization;
        if (!node.site.empty()) {
            if (const core::Node* site = model.findNode(node.site))
                return site->organization;
        }
        return {};
    }
    if (field == "site")
        return node.kind == core::NodeKind::Site ? node.id : node.site;
    if (field == "owner")
        return node.kind == core::NodeKind::Committee ? node.id : node.owner;
    if (field == "kind")
        return std::string(core::toString(node.kind));
    if (field == "type")
        return node.type;
    if (auto it = node.attrs.find(field); it != node.attrs.end() && it->is_string())
        return it->get<std::string>();
    return {};
}

/// Scale so that the median tie is kTieLength points and each node has kRoomPerNode² of room.
double pictureScale(const std::vector<core::Point>& p, const core::Graph& graph) {
    double scale = 1.0;
    std::vector<double> lengths;
    for (const core::Graph::Edge& e : graph.edges())
        lengths.push_back(std::hypot(p[e.source].x - p[e.target].x, p[e.source].y - p[e.target].y));
    if (!lengths.empty()) {
        auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
        std::nth_element(lengths.begin(), mid, lengths.end());
        if (*mid > 1e-9)
            scale = kTieLength / *mid;
    }
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
    const double area = std::max(maxX - minX, 1e-9) * std::max(maxY - minY, 1e-9) * scale * scale;
    const double needed = static_cast<double>(p.size()) * kRoomPerNode * kRoomPerNode;
    if (p.size() > 1 && area < needed)
        scale *= std::sqrt(needed / area);
    return scale;
}

/// Positions by node id: scaled and, without pins, moved so the label boxes start at (0, 0).
std::map<std::string, core::Point> place(const core::Model& model, const core::LensGraph& lens,
                                         const std::vector<core::Point>& raw, double scale, bool keep) {
    std::map<std::string, core::Point> out;
    for (std::size_t g = 0; g < raw.size(); ++g)
        out[model.nodes[lens.modelIndex[g]].id] = core::Point{raw[g].x * scale, raw[g].y * scale};
    for (const core::Node& node : model.nodes)
        out.emplace(node.id, core::Point{0.0, 0.0});
    if (keep || out.empty())
        return out;
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    for (const core::Node& node : model.nodes) {
        const core::Point& p = out[node.id];
        minX = std::min(minX, p.x - labelWidth(node.displayLabel()) / 2.0);
        minY = std::min(minY, p.y - kNodeHeight / 2.0);
    }
    for (auto& [id, p] : out) {
        p.x -= minX;
        p.y -= minY;
    }
    return out;
}

}  // namespace

void LayoutJob::runForce() {
    const core::Model& model = m_model;
    core::LensOptions lensOptions;
    lensOptions.lens = core::LensKind::Full;
    const core::LensGraph lens = core::buildLens(model, lensOptions);
    const std::size_t n = lens.graph.nodeCount();

    layouts::ForceOptions options;
    options.seed = m_request.seed;
    options.initial.resize(n);
    const std::set<std::string, std::less<>> pinned(model.layout.pinned.begin(), model.layout.pinned.end());
    for (std::size_t g = 0; g < n; ++g) {
        const core::Node& node = model.nodes[lens.modelIndex[g]];
        auto p = model.layout.positions.find(node.id);
        if (p == model.layout.positions.end())
            continue;
        options.initial[g] = p->second;
        if (m_request.respectPins && pinned.count(node.id))
            options.pinned.push_back(layouts::PinnedNode{static_cast<core::Graph::Index>(g), p->second});
    }
    if (!m_request.clusterBy.empty()) {
        std::unordered_map<std::string, int> ids;
        options.clusters.assign(n, -1);
        for (std::size_t g = 0; g < n; ++g) {
            const std::string key = clusterKey(model, model.nodes[lens.modelIndex[g]], m_request.clusterBy);
            if (key.empty())
                continue;
            auto [it, added] = ids.emplace(key, static_cast<int>(ids.size()));
            options.clusters[g] = it->second;
        }
    }
    const bool keep = !options.pinned.empty();
    m_cap = options.maxIterations;

    layouts::ForceLayout layout(lens.graph, std::move(options));
    auto lastPublished = std::chrono::steady_clock::now();
    constexpr auto kPublishEvery = std::chrono::milliseconds(30);
    while (!layout.converged() && layout.iterations() < m_cap && !m_stop) {
        if (m_cancel)
            throw layouts::LayoutCancelled("layout cancelled");
        layout.step(1);
        m_done = layout.iterations();
        const auto now = std::chrono::steady_clock::now();
        if (now - lastPublished >= kPublishEvery) {
            const std::vector<core::Point> raw = layout.positions();
            const double scale = keep ? 1.0 : pictureScale(raw, lens.graph);
            std::map<std::string, core::Point> positions = place(model, lens, raw, scale, keep);
            {
                std::lock_guard lock(m_previewMutex);
                m_preview = std::move(positions);
            }
            ++m_previewRevision;
            lastPublished = now;
        }
    }
    if (m_cancel)
        throw layouts::LayoutCancelled("layout cancelled");
    const double scale = keep ? 1.0 : pictureScale(layout.positions(), lens.graph);
    layout.removeOverlaps(kNodeRadius / scale);
    layouts::LayoutResult result;
    result.positions = place(model, lens, layout.positions(), scale, keep);
    m_result = std::move(result);
}

}  // namespace orgweave::studio
