#include "orgweave/core/PhaseFilter.hpp"

#include "orgweave/core/Lens.hpp"

#include <algorithm>
#include <unordered_set>

namespace orgweave::core {

std::string unknownPhaseProblem(const Model& model, std::string_view phase) {
    const auto& phases = model.annotations.phases;
    if (phase.empty() || model.findPhase(phase) != nullptr)
        return {};
    std::string known;
    for (const Phase& p : phases)
        known += (known.empty() ? "" : ", ") + p.id;
    return "phase \"" + std::string(phase) + "\" is not defined in this document" +
           (known.empty() ? std::string(" (it has no phases)") : " (phases: " + known + ")");
}

Model modelInPhase(const Model& model, std::string_view phase) {
    if (phase.empty())
        return model;
    Model out;
    out.annotations = model.annotations;
    out.extra = model.extra;
    out.layout = model.layout;
    std::unordered_set<std::string> present;
    for (const Node& node : model.nodes) {
        if (!existsInPhase(node.phases, phase))
            continue;
        out.nodes.push_back(node);
        present.insert(node.id);
    }
    for (const Tie& tie : model.ties) {
        if (existsInPhase(tie.phases, phase) && present.count(tie.source) && present.count(tie.target)) {
            out.ties.push_back(tie);
        }
    }
    const Phase* it = model.findPhase(phase);
    if (it != nullptr) {
        // The phase's own leadership (DOMAIN.md §2.6): a baseline phase keeps the leadership it had.
        for (Node& node : out.nodes) {
            if (auto l = it->leadership.find(node.id);
                l != it->leadership.end() && node.kind == NodeKind::Role)
                node.leadership = l->second;
        }
    }
    if (it != nullptr && it->context) {
        // The phase's scores win; factors it does not score keep the document's.
        Context merged = model.annotations.context;
        for (const auto& [factor, score] : it->context->system)
            merged.system[factor] = score;
        for (const auto& [org, scores] : it->context->organizations) {
            for (const auto& [factor, score] : scores)
                merged.organizations[org][factor] = score;
        }
        out.annotations.context = merged;
    }
    return out;
}

}  // namespace orgweave::core
