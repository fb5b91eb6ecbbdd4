#include "orgweave/core/ContainmentCycles.hpp"

#include "JsonLocator.hpp"
#include "orgweave/core/NodeIndex.hpp"

#include <array>
#include <optional>
#include <utility>

namespace orgweave::core {

namespace {

/// The containment fields of a node, in the order they are followed.
constexpr std::array<std::pair<const char*, std::string Node::*>, 3> kContainmentFields{{
    {"organization", &Node::organization},
    {"site", &Node::site},
    {"owner", &Node::owner},
}};

}  // namespace

Diagnostics findContainmentCycles(const Model& model) {
    Diagnostics out;
    const NodeIndex index(model);
    const std::size_t n = model.nodes.size();
    // Edge e of node i: its containment field e, when it names another existing node.
    auto target = [&](std::size_t i, std::size_t e) -> std::optional<std::size_t> {
        const std::string& id = model.nodes[i].*kContainmentFields[e].second;
        if (id.empty() || id == model.nodes[i].id)
            return std::nullopt;
        return index.find(id);
    };
    enum class State : unsigned char { New, OnPath, Done };
    std::vector<State> state(n, State::New);
    struct Frame {
        std::size_t node;
        std::size_t edge;
    };
    std::vector<Frame> path;
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != State::New)
            continue;
        path.push_back({start, 0});
        state[start] = State::OnPath;
        while (!path.empty()) {
            Frame& top = path.back();
            if (top.edge == kContainmentFields.size()) {
                state[top.node] = State::Done;
                path.pop_back();
                continue;
            }
            const std::size_t e = top.edge++;
            const std::optional<std::size_t> next = target(top.node, e);
            if (!next || state[*next] == State::Done)
                continue;
            if (state[*next] == State::New) {
                state[*next] = State::OnPath;
                path.push_back({*next, 0});
                continue;
            }
            // *next is on the path: the frames from it to the top form a cycle. Report it at the
            // member that comes first in the file, and follow the cycle from there.
            std::size_t from = path.size() - 1;
            while (path[from].node != *next)
                --from;
            std::size_t first = from;
            for (std::size_t k = from; k < path.size(); ++k) {
                if (path[k].node < path[first].node)
                    first = k;
            }
            std::string chain;
            const std::size_t length = path.size() - from;
            for (std::size_t step = 0; step <= length; ++step) {
                const Frame& f = path[from + (first - from + step) % length];
                chain += (step == 0 ? "" : " → ") + model.nodes[f.node].id;
                if (step < length)
                    chain += std::string(" (") + kContainmentFields[f.edge - 1].first + ")";
            }
            const Frame& at = path[first];
            out.push_back(Diagnostic{
                Severity::Error,
                {},
                0,
                0,
                appendPointer(appendPointer("/nodes", at.node), kContainmentFields[at.edge - 1].first),
                "containment cycle: " + chain + "; a node cannot be inside itself"});
        }
    }
    return out;
}

}  // namespace orgweave::core
