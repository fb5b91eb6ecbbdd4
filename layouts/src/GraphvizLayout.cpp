// Node placement with the Graphviz engines through gvc.
//
// Sections: engine names · building the Graphviz graph · clusters · running (in this process, or
// fdp in a new one) and reading back
//
// The model becomes one directed cgraph graph: a box per node (as wide as its label, so that labels
// do not overlap), an edge per tie (member_of and reports_to turned so that committees and parents
// rank above their members and children in `dot`), and an invisible, short, heavy edge per
// containment link (organization → site → role, owner committee → learning action).

#include "orgweave/layouts/GraphvizLayout.hpp"

#include "GraphvizSupport.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/personality.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace orgweave::layouts {

// ---- engine names -----------------------------------------------------------------------------

namespace {

constexpr std::array<std::pair<GraphvizEngine, std::string_view>, 6> kEngineNames{{
    {GraphvizEngine::Dot, "dot"},
    {GraphvizEngine::Neato, "neato"},
    {GraphvizEngine::Fdp, "fdp"},
    {GraphvizEngine::Sfdp, "sfdp"},
    {GraphvizEngine::Circo, "circo"},
    {GraphvizEngine::Twopi, "twopi"},
}};

}  // namespace

std::string_view toString(GraphvizEngine engine) {
    for (const auto& [e, name] : kEngineNames) {
        if (e == engine)
            return name;
    }
    return "dot";
}

std::optional<GraphvizEngine> graphvizEngineFromString(std::string_view name) {
    for (const auto& [e, n] : kEngineNames) {
        if (n == name)
            return e;
    }
    return std::nullopt;
}

// ---- building the Graphviz graph --------------------------------------------------------------

namespace {

using detail::setAttribute;

std::string formatNumber(double value) {
    std::array<char, 64> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc())
        return "0";
    return std::string(buffer.data(), end);
}

bool supportsPins(GraphvizEngine engine) {
    return engine == GraphvizEngine::Neato || engine == GraphvizEngine::Fdp;
}
bool supportsClusters(GraphvizEngine engine) {
    return engine == GraphvizEngine::Dot || engine == GraphvizEngine::Fdp;
}
bool usesSeed(GraphvizEngine engine) {
    return engine == GraphvizEngine::Neato || engine == GraphvizEngine::Fdp || engine == GraphvizEngine::Sfdp;
}

void setGraphAttributes(Agraph_t* graph, const LayoutOptions& options, bool pins) {
    const GraphvizEngine engine = options.engine;
    setAttribute(graph, "splines", "none");  // positions only: no edge routing
    if (engine == GraphvizEngine::Dot) {
        setAttribute(graph, "rankdir", "TB");
        setAttribute(graph, "nodesep", "0.25");
        setAttribute(graph, "ranksep", "0.5");
    } else {
        // Overlap removal (prism/Voronoi) rescales the whole picture in Graphviz 2.43 and so
        // moves pinned nodes: with pins, the engine's own spacing has to do.
        setAttribute(graph, "overlap", pins ? "true" : engine == GraphvizEngine::Sfdp ? "prism" : "false");
        setAttribute(graph, "sep", "+6");
    }
    if (usesSeed(engine))
        setAttribute(graph, "start", std::to_string(options.seed));
    if (pins)
        setAttribute(graph, "inputscale", "72");  // pos in points, as we write it
}

void setNodeDefaults(Agraph_t* graph) {
    auto node = [&](const char* name, const char* value) {
        std::string n(name);
        std::string v(value);
        agattr(graph, AGNODE, n.data(), v.data());
    };
    // Fixed-size boxes without text: Graphviz never measures a label (its pango measurements
    // drift in the last bits from call to call, which made fdp irreproducible), so layouts are
    // exactly reproducible and label room matches the studio's font rather than Times-Roman.
    node("shape", "box");
    node("fixedsize", "true");
    node("label", "");
    node("width", "0.35");
    node("height", "0.35");
    node("pos", "");
    node("pin", "");
}

/// Box for a node whose label is shown beside it in the studio: about 7 points per character
/// (13-pixel UI font) plus padding, 20 points high; at least kMinNodeSize square.
constexpr double kMinNodeSize = 24.0;
NodeSize labelBox(const std::string& label) {
    std::size_t characters = 0;
    for (char c : label) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++characters;  // UTF-8 lead bytes
    }
    const double width =
        std::min(320.0, std::max(kMinNodeSize, 7.0 * static_cast<double>(characters) + 10.0));
    return NodeSize{width, kMinNodeSize};
}

struct EdgeStyle {
    bool invisible = false;
    const char* weight = "1";
    const char* length = "";
};

class GraphBuilder {
public:
    GraphBuilder(Agraph_t* graph, const core::Model& model, const LayoutOptions& options)
        : m_graph(graph), m_model(model), m_options(options) {}

    void addNodes(bool pins) {
        std::set<std::string, std::less<>> pinned(m_model.layout.pinned.begin(), m_model.layout.pinned.end());
        for (const core::Node& node : m_model.nodes) {
            if (m_nodes.count(node.id))
                continue;
            std::string name = "n" + std::to_string(m_order.size());  // ids may be anything; names are ours
            Agnode_t* n = agnode(m_graph, name.data(), 1);
            if (!n)
                continue;
            m_nodes.emplace(node.id, n);
            m_order.push_back(n);
            m_orderIds.push_back(node.id);
            const NodeSize box = m_options.sizeByLabel ? labelBox(node.displayLabel()) : NodeSize{25.2, 25.2};
            setAttribute(n, "width", formatNumber(box.width / 72.0));
            setAttribute(n, "height", formatNumber(box.height / 72.0));
            if (pins && pinned.count(node.id)) {
                auto p = m_model.layout.positions.find(node.id);
                if (p != m_model.layout.positions.end() && std::isfinite(p->second.x) &&
                    std::isfinite(p->second.y)) {
                    setAttribute(n, "pos",
                                 formatNumber(p->second.x) + "," + formatNumber(-p->second.y) + "!");
                    setAttribute(n, "pin", "true");
                    m_pinned.emplace(node.id, p->second);
                }
            }
        }
        if (!m_pinned.empty() && m_options.engine == GraphvizEngine::Fdp)
            placeUnpinnedOnSpiral();
    }

    void addEdges() {
        static constexpr EdgeStyle kTie{false, "1", "1.2"};
        static constexpr EdgeStyle kContainment{true, "3", "0.6"};
        for (const core::Node& node : m_model.nodes) {
            // Containment: the closest container only (a role at a site hangs on the site, which
            // hangs on its organization).
            if (!node.site.empty()) {
                addEdge(node.site, node.id, kContainment);
            } else if (!node.organization.empty()) {
                addEdge(node.organization, node.id, kContainment);
            }
            if (!node.owner.empty())
                addEdge(node.owner, node.id, kContainment);
        }
        for (const core::Tie& tie : m_model.ties) {
            switch (tie.kind) {
                case core::TieKind::MemberOf:
                case core::TieKind::ReportsTo:
                    addEdge(tie.target, tie.source, kTie);  // committee / parent above
                    break;
                default:
                    addEdge(tie.source, tie.target, kTie);
                    break;
            }
        }
    }

    /// dot: committees of one `level` share a rank, level 1 at the top, each level below the one
    /// before (an invisible edge between the levels' first committees orders them).
    void rankCommitteesByLevel() {
        std::map<int, std::vector<const core::Node*>> byLevel;
        for (const core::Node& node : m_model.nodes) {
            if (node.kind == core::NodeKind::Committee && node.committee->level.has_value() &&
                m_nodes.count(node.id))
                byLevel[*node.committee->level].push_back(&node);
        }
        if (byLevel.size() < 2)
            return;
        static constexpr EdgeStyle kLevel{true, "5", ""};
        const core::Node* previous = nullptr;
        for (const auto& [level, committees] : byLevel) {
            std::string name = "level_" + std::to_string(level);
            Agraph_t* rank = agsubg(m_graph, name.data(), 1);
            if (rank == nullptr)
                continue;
            setAttribute(rank, "rank", "same");
            for (const core::Node* committee : committees)
                agsubnode(rank, m_nodes.at(committee->id), 1);
            if (previous != nullptr)
                addEdge(previous->id, committees.front()->id, kLevel);
            previous = committees.front();
        }
    }

    const std::unordered_map<std::string, Agnode_t*>& nodes() const { return m_nodes; }
    const std::unordered_map<std::string, core::Point>& pinned() const { return m_pinned; }
    const std::vector<Agnode_t*>& order() const { return m_order; }
    const std::vector<std::string>& orderIds() const { return m_orderIds; }

private:
    /// fdp in Graphviz 2.43 places the nodes without `pos` differently from one run to the next
    /// within a process once some nodes have one (pinned nodes do), so every other node gets a
    /// starting point: a sunflower spiral around the pinned nodes' centre, in document order.
    void placeUnpinnedOnSpiral() {
        double cx = 0.0;
        double cy = 0.0;
        for (const auto& [id, p] : m_pinned) {
            cx += p.x;
            cy += p.y;
        }
        cx /= static_cast<double>(m_pinned.size());
        cy /= static_cast<double>(m_pinned.size());
        constexpr double kGoldenAngle = 2.399963229728653;
        constexpr double kSpacing = 36.0;  // points
        int i = 0;
        for (Agnode_t* n : m_order) {
            if (!detail::getAttribute(n, "pos").empty())
                continue;
            ++i;
            const double r = kSpacing * std::sqrt(static_cast<double>(i));
            const double x = cx + r * std::cos(i * kGoldenAngle);
            const double y = cy + r * std::sin(i * kGoldenAngle);
            setAttribute(n, "pos", formatNumber(x) + "," + formatNumber(-y));
        }
    }

    void addEdge(const std::string& tail, const std::string& head, const EdgeStyle& style) {
        if (tail == head)
            return;
        auto t = m_nodes.find(tail);
        auto h = m_nodes.find(head);
        if (t == m_nodes.end() || h == m_nodes.end())
            return;  // dangling reference: ignored
        if (!m_edges.emplace(t->second, h->second).second)
            return;
        Agedge_t* e = agedge(m_graph, t->second, h->second, nullptr, 1);
        if (!e)
            return;
        setAttribute(e, "weight", style.weight);
        if (*style.length)
            setAttribute(e, "len", style.length);
        if (style.invisible)
            setAttribute(e, "style", "invis");
    }

    Agraph_t* m_graph;
    const core::Model& m_model;
    const LayoutOptions& m_options;
    std::unordered_map<std::string, Agnode_t*> m_nodes;
    std::vector<Agnode_t*> m_order;
    std::vector<std::string> m_orderIds;
    std::unordered_map<std::string, core::Point> m_pinned;
    std::set<std::pair<Agnode_t*, Agnode_t*>> m_edges;
};

// ---- clusters ---------------------------------------------------------------------------------

/// The cluster a node belongs to when grouping by `field`, or "" for none.
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

void addClusters(Agraph_t* graph, const core::Model& model, const std::string& field,
                 const std::unordered_map<std::string, Agnode_t*>& nodes) {
    std::unordered_map<std::string, Agraph_t*> clusters;
    for (const core::Node& node : model.nodes) {
        const std::string key = clusterKey(model, node, field);
        if (key.empty())
            continue;
        auto n = nodes.find(node.id);
        if (n == nodes.end())
            continue;
        auto [it, added] = clusters.emplace(key, nullptr);
        if (added) {
            std::string name = "cluster_" + key;
            it->second = agsubg(graph, name.data(), 1);
            setAttribute(it->second, "margin", "8");
        }
        if (it->second)
            agsubnode(it->second, n->second, 1);
    }
}

}  // namespace

// ---- running and reading back -----------------------------------------------------------------

namespace {

/// What an engine produced: Graphviz coordinates (points, y up) and sizes, in node order.
struct RawLayout {
    std::string error;                         ///< empty on success
    std::array<double, 4> box{};               ///< LL.x, LL.y, UR.x, UR.y
    std::vector<std::array<double, 4>> nodes;  ///< x, y, width, height (points)
};

RawLayout layOutHere(GVC_t* gvc, Agraph_t* graph, const std::string& engine,
                     const std::vector<Agnode_t*>& nodes, const detail::ErrorCapture& capture,
                     unsigned seed) {
    // Some Graphviz steps (sfdp's multilevel coarsening, overlap removal) draw from the C library's
    // generators without seeding them: seed them, so that equal inputs give equal layouts.
    std::srand(seed);
    srand48(static_cast<long>(seed));
    RawLayout raw;
    detail::LayoutHandle layout(gvc, graph);
    const int status = gvLayout(gvc, graph, engine.c_str());
    if (status != 0 || capture.hasErrors()) {
        const std::string why = capture.summary();
        raw.error = "Graphviz " + engine + " layout failed" + (why.empty() ? std::string() : ": " + why);
        return raw;
    }
    const boxf bb = GD_bb(graph);
    raw.box = {bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y};
    raw.nodes.reserve(nodes.size());
    for (Agnode_t* n : nodes) {
        raw.nodes.push_back({ND_coord(n).x, ND_coord(n).y, ND_width(n) * 72.0, ND_height(n) * 72.0});
    }
    return raw;
}

/// A temporary file that is removed when the object goes away.
class TempFile {
public:
    explicit TempFile(const char* suffix) {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "orgweave-layout-XXXXXX").string() + suffix;
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = ::mkstemps(name.data(), static_cast<int>(std::strlen(suffix)));
        if (fd >= 0) {
            ::close(fd);
            m_path = name.data();
        }
    }
    ~TempFile() {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    bool ok() const { return !m_path.empty(); }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The full path of a program on PATH, or "" when there is none.
std::string findProgram(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (true) {
        const auto colon = rest.find(':');
        std::string dir(rest.substr(0, colon));
        if (dir.empty())
            dir = ".";
        const std::string candidate = dir + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        if (colon == std::string_view::npos)
            return {};
        rest.remove_prefix(colon + 1);
    }
}

/// Runs the engine's command (`fdp -Tdot`) on the graph in a new process without address-space
/// randomization and reads the positions back; nullopt when the command cannot be run. Graphviz
/// 2.43's fdp orders some of its work by memory address: the same graph comes out differently
/// from one layout to the next in a long-lived process, and in about 2 % of fresh processes; in a
/// fresh process with a fixed address layout it always comes out the same. Node names must be
/// n0, n1, … in `nodes` order.
std::optional<RawLayout> layOutInNewProcess(Agraph_t* graph, const std::string& engine,
                                            std::size_t nodeCount) {
    TempFile input(".gv");
    TempFile output(".gv");
    TempFile errors(".txt");
    if (!input.ok() || !output.ok() || !errors.ok())
        return std::nullopt;
    {
        FILE* file = std::fopen(input.path().c_str(), "w");
        if (!file)
            return std::nullopt;
        const int written = agwrite(graph, file);
        if (std::fclose(file) != 0 || written != 0)
            return std::nullopt;
    }
    const std::string program = findProgram(engine);
    if (program.empty())
        return std::nullopt;
    std::vector<std::string> args{engine, "-Tdot", "-o" + output.path(), input.path()};
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const int errorFd = ::open(errors.path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (errorFd < 0 || nullFd < 0) {
        if (errorFd >= 0)
            ::close(errorFd);
        if (nullFd >= 0)
            ::close(nullFd);
        return std::nullopt;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Child: only async-signal-safe calls until execve. Without address randomization the
        // layout is the same every time (fdp's result depends on where its allocations land).
        ::personality(ADDR_NO_RANDOMIZE);
        ::dup2(nullFd, 0);
        ::dup2(errorFd, 2);
        ::execve(program.c_str(), argv.data(), environ);
        ::_exit(127);
    }
    ::close(errorFd);
    ::close(nullFd);
    if (pid < 0)
        return std::nullopt;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    RawLayout raw;
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
        if (WIFEXITED(status))
            return std::nullopt;  // 127: the command was not found
        raw.error =
            "Graphviz " + engine + " crashed on this graph (signal " + std::to_string(WTERMSIG(status)) + ")";
        return raw;
    }
    if (WEXITSTATUS(status) != 0) {
        std::string why = readFile(errors.path());
        while (!why.empty() && (why.back() == '\n' || why.back() == '\r'))
            why.pop_back();
        raw.error = "Graphviz " + engine + " layout failed" + (why.empty() ? std::string() : ": " + why);
        return raw;
    }

    // Read the laid-out graph back with cgraph: bb and pos in points, width/height in inches.
    const std::string text = readFile(output.path());
    detail::GraphHandle result(agmemread(text.c_str()));
    aglexbad();
    if (!result)
        return std::nullopt;
    auto numbers = [](const std::string& value, std::size_t count) -> std::optional<std::vector<double>> {
        std::vector<double> out;
        const char* p = value.data();
        const char* end = value.data() + value.size();
        while (p < end && out.size() < count) {
            double v = 0;
            auto [next, ec] = std::from_chars(p, end, v);
            if (ec != std::errc())
                return std::nullopt;
            out.push_back(v);
            p = next;
            while (p < end && (*p == ',' || *p == ' ' || *p == '!'))
                ++p;
        }
        if (out.size() != count)
            return std::nullopt;
        return out;
    };
    const auto bb = numbers(detail::getAttribute(result.get(), "bb"), 4);
    if (!bb)
        return std::nullopt;
    std::copy_n(bb->begin(), 4, raw.box.begin());
    for (std::size_t i = 0; i < nodeCount; ++i) {
        std::string name = "n" + std::to_string(i);
        Agnode_t* n = agnode(result.get(), name.data(), 0);
        if (!n)
            return std::nullopt;
        const auto pos = numbers(detail::getAttribute(n, "pos"), 2);
        const auto width = numbers(detail::getAttribute(n, "width"), 1);
        const auto height = numbers(detail::getAttribute(n, "height"), 1);
        if (!pos || !width || !height)
            return std::nullopt;
        raw.nodes.push_back({(*pos)[0], (*pos)[1], (*width)[0] * 72.0, (*height)[0] * 72.0});
    }
    return raw;
}

bool operator==(const RawLayout& a, const RawLayout& b) {
    return a.error == b.error && a.box == b.box && a.nodes == b.nodes;
}

/// fdp even in a fresh process now and then (a few runs in a hundred) gives another layout than
/// its usual one, so it runs twice, and a third time to break a tie: the layout that comes out
/// twice is the one returned.
std::optional<RawLayout> layOutFdp(Agraph_t* graph, const std::string& engine, std::size_t nodeCount) {
    auto first = layOutInNewProcess(graph, engine, nodeCount);
    if (!first || !first->error.empty())
        return first;
    auto second = layOutInNewProcess(graph, engine, nodeCount);
    if (!second || *second == *first)
        return first;
    auto third = layOutInNewProcess(graph, engine, nodeCount);
    if (third && *third == *second)
        return second;
    return first;
}

}  // namespace

LayoutResult runGraphvizLayout(const core::Model& model, const LayoutOptions& options) {
    LayoutResult result;
    if (model.nodes.empty())
        return result;
    const bool pins = options.respectPins && supportsPins(options.engine) && !model.layout.pinned.empty();
    const std::string engine(toString(options.engine));

    std::lock_guard lock(detail::graphvizMutex());
    detail::ErrorCapture capture;
    GVC_t* gvc = detail::sharedContext();
    if (!gvc)
        throw LayoutError("Graphviz could not start (no layout plugins found)");
    std::string graphName = "orgweave";
    detail::GraphHandle graph(agopen(graphName.data(), Agdirected, nullptr));
    if (!graph)
        throw LayoutError("Graphviz could not create a graph");

    setGraphAttributes(graph.get(), options, pins);
    setNodeDefaults(graph.get());
    GraphBuilder builder(graph.get(), model, options);
    builder.addNodes(pins);
    builder.addEdges();
    if (!options.clusterBy.empty() && supportsClusters(options.engine)) {
        addClusters(graph.get(), model, options.clusterBy, builder.nodes());
    } else if (options.engine == GraphvizEngine::Dot) {
        builder.rankCommitteesByLevel();
    }

    const std::vector<Agnode_t*>& order = builder.order();  // named n0, n1, … in this order
    const std::vector<std::string>& placed = builder.orderIds();
    std::optional<RawLayout> external;
    if (options.engine == GraphvizEngine::Fdp)
        external = layOutFdp(graph.get(), engine, order.size());
    const RawLayout raw =
        external ? *external : layOutHere(gvc, graph.get(), engine, order, capture, options.seed);
    if (!raw.error.empty())
        throw LayoutError(raw.error);

    // Graphviz: points, y up, bounding box anywhere. Result: points, y down, top-left at (0, 0).
    const auto [llx, lly, urx, ury] = raw.box;
    result.width = urx - llx;
    result.height = ury - lly;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const auto& [x, y, w, h] = raw.nodes[i];
        const core::Point p{x - llx, ury - y};
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            throw LayoutError("Graphviz " + engine + " gave node \"" + placed[i] + "\" no finite position");
        }
        result.positions[placed[i]] = p;
        result.sizes[placed[i]] = NodeSize{w, h};
    }
    if (!std::isfinite(result.width) || !std::isfinite(result.height)) {
        throw LayoutError("Graphviz " + engine + " gave no finite bounding box");
    }
    // dot's ranks make long strips (the sample: 7.5 : 1): spread the short side so the picture fits
    // a page or a screen, aspect between 1:2 and 2:1 (as Graphviz's ratio=fill would, keeping ranks).
    if (options.engine == GraphvizEngine::Dot && builder.pinned().empty() && result.width > 0.0 &&
        result.height > 0.0) {
        constexpr double kMaxAspect = 2.0;
        const double sx =
            result.height > kMaxAspect * result.width ? result.height / (kMaxAspect * result.width) : 1.0;
        const double sy =
            result.width > kMaxAspect * result.height ? result.width / (kMaxAspect * result.height) : 1.0;
        for (auto& [id, p] : result.positions)
            p = core::Point{p.x * sx, p.y * sy};
        result.width *= sx;
        result.height *= sy;
    }

    // Pinned nodes keep their coordinates: translate the picture so that they are where they were
    // (Graphviz moves the whole layout; the mean offset absorbs rounding), then put them exactly.
    if (!builder.pinned().empty()) {
        double dx = 0.0;
        double dy = 0.0;
        for (const auto& [id, wanted] : builder.pinned()) {
            dx += wanted.x - result.positions[id].x;
            dy += wanted.y - result.positions[id].y;
        }
        dx /= static_cast<double>(builder.pinned().size());
        dy /= static_cast<double>(builder.pinned().size());
        for (auto& [id, p] : result.positions) {
            p.x += dx;
            p.y += dy;
        }
        result.left = dx;
        result.top = dy;
    }
    // Rounded to 1/100 point: no visible difference, and results compare equal across the last
    // bits of floating-point noise.
    auto round = [](double v) { return std::round(v * 100.0) / 100.0; };
    for (auto& [id, p] : result.positions)
        p = core::Point{round(p.x), round(p.y)};
    result.left = round(result.left);
    result.top = round(result.top);
    result.width = round(result.width);
    result.height = round(result.height);
    for (const auto& [id, wanted] : builder.pinned())
        result.positions[id] = wanted;
    return result;
}

}  // namespace orgweave::layouts
