#include "orgweave/core/PhaseEdits.hpp"

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Lens.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/PhaseFilter.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace orgweave::core {

namespace {

bool names(const std::vector<std::string>& phases, std::string_view phase) {
    return std::find(phases.begin(), phases.end(), phase) != phases.end();
}

bool onlyIn(const std::vector<std::string>& phases, std::string_view phase) {
    return phases.size() == 1 && phases.front() == phase;
}

const Phase& findPhase(const Model& model, std::string_view id) {
    if (const Phase* phase = model.findPhase(id))
        return *phase;
    throw std::invalid_argument(id.empty() ? std::string("a phase id is needed")
                                           : unknownPhaseProblem(model, id));
}

/// The list with `from` replaced by `to` (or taken out when `to` is empty).
std::vector<std::string> replaced(std::vector<std::string> phases, std::string_view from,
                                  const std::string& to) {
    const auto found = std::find(phases.begin(), phases.end(), from);
    if (found == phases.end())
        return phases;
    if (to.empty())
        phases.erase(found);
    else
        *found = to;
    return phases;
}

/// Edits of every node and tie whose list names `from`, then the annotations.
std::vector<CommandPtr> referenceEdits(const Model& model, std::string_view from, const std::string& to,
                                       Annotations annotations) {
    std::vector<CommandPtr> commands;
    for (View& view : annotations.views) {
        if (view.phase == from)
            view.phase = to;
    }
    commands.push_back(std::make_unique<EditAnnotationsCommand>(std::move(annotations), ""));
    for (const Node& node : model.nodes) {
        if (!names(node.phases, from))
            continue;
        Node after = node;
        after.phases = replaced(node.phases, from, to);
        commands.push_back(std::make_unique<EditNodeCommand>(node.id, std::move(after)));
    }
    for (const Tie& tie : model.ties) {
        if (!names(tie.phases, from))
            continue;
        Tie after = tie;
        after.phases = replaced(tie.phases, from, to);
        commands.push_back(std::make_unique<EditTieCommand>(tie.id, std::move(after)));
    }
    return commands;
}

}  // namespace

std::vector<std::string> withPhaseMembership(std::vector<std::string> phases, const std::vector<Phase>& all,
                                             std::string_view phase, bool member) {
    std::vector<std::string> list = phases;
    if (list.empty()) {
        for (const Phase& each : all)
            list.push_back(each.id);
    }
    const auto found = std::find(list.begin(), list.end(), phase);
    if (member && found == list.end())
        list.emplace_back(phase);
    if (!member && found != list.end())
        list.erase(found);
    if (list.empty())
        return phases;  // an item cannot exist in no phase at all
    bool every = true;
    for (const Phase& each : all)
        every = every && names(list, each.id);
    if (every && list.size() == all.size())
        list.clear();
    return list;
}

PhaseUsage phaseUsage(const Model& model, std::string_view phase) {
    PhaseUsage usage;
    for (const Node& node : model.nodes) {
        usage.nodes += existsInPhase(node.phases, phase) ? 1 : 0;
        usage.onlyNodes += onlyIn(node.phases, phase) ? 1 : 0;
    }
    const NodeIndex index(model);
    const auto endIn = [&](const std::string& id) {
        const auto i = index.find(id);
        return !i || existsInPhase(model.nodes[*i].phases, phase);
    };
    for (const Tie& tie : model.ties) {
        const bool ends = endIn(tie.source) && endIn(tie.target);
        usage.ties += existsInPhase(tie.phases, phase) && ends ? 1 : 0;
        usage.onlyTies += onlyIn(tie.phases, phase) ? 1 : 0;
    }
    return usage;
}

std::string freshPhaseId(const Model& model) {
    for (int k = 1;; ++k) {
        const std::string id = "p" + std::to_string(k);
        const bool used = std::any_of(model.annotations.phases.begin(), model.annotations.phases.end(),
                                      [&](const Phase& phase) { return phase.id == id; });
        if (!used)
            return id;
    }
}

CommandPtr renamePhaseCommand(const Model& model, const std::string& from, const std::string& to) {
    findPhase(model, from);
    if (to.empty())
        throw std::invalid_argument("a phase id cannot be empty");
    if (to == from)
        throw std::invalid_argument("the phase is already called \"" + to + "\"");
    for (const Phase& phase : model.annotations.phases) {
        if (phase.id == to)
            throw std::invalid_argument("another phase is already called \"" + to + "\"");
    }
    Annotations annotations = model.annotations;
    for (Phase& phase : annotations.phases) {
        if (phase.id == from)
            phase.id = to;
    }
    return std::make_unique<CommandGroup>(referenceEdits(model, from, to, std::move(annotations)),
                                          "Rename phase '" + from + "' to '" + to + "'");
}

CommandPtr removePhaseCommand(const Model& model, const std::string& id, PhaseRemoval removal) {
    const Phase& phase = findPhase(model, id);
    const std::string description = "Delete phase '" + phase.displayLabel() + "'";
    Annotations annotations = model.annotations;
    std::erase_if(annotations.phases, [&](const Phase& each) { return each.id == id; });
    std::vector<CommandPtr> commands = referenceEdits(model, id, "", std::move(annotations));
    if (removal == PhaseRemoval::RemoveItems) {
        // Ties first: removing a node removes its ties too, and a tie cannot be removed twice.
        const NodeIndex index(model);
        const auto goes = [&](const std::string& node) {
            const auto i = index.find(node);
            return i && onlyIn(model.nodes[*i].phases, id);
        };
        for (const Tie& tie : model.ties) {
            const bool endGoes = goes(tie.source) || goes(tie.target);
            if (onlyIn(tie.phases, id) && !endGoes)
                commands.push_back(std::make_unique<RemoveTieCommand>(tie.id));
        }
        for (const Node& node : model.nodes) {
            if (onlyIn(node.phases, id))
                commands.push_back(std::make_unique<RemoveNodeCommand>(node.id));
        }
    }
    return std::make_unique<CommandGroup>(std::move(commands), description);
}

CommandPtr phaseMembershipCommand(const Model& model, const std::vector<std::string>& nodeIds,
                                  const std::vector<std::string>& tieIds, const std::string& phase,
                                  PhaseMembership membership) {
    const Phase& target = findPhase(model, phase);
    const std::vector<Phase>& all = model.annotations.phases;
    const auto edited = [&](const std::vector<std::string>& phases) {
        if (membership == PhaseMembership::Only)
            return all.size() == 1 ? std::vector<std::string>{} : std::vector<std::string>{phase};
        return withPhaseMembership(phases, all, phase, membership == PhaseMembership::Add);
    };
    std::vector<CommandPtr> commands;
    const NodeIndex index(model);
    for (const std::string& id : nodeIds) {
        const auto i = index.find(id);
        if (!i)
            continue;
        const Node* node = &model.nodes[*i];
        Node after = *node;
        after.phases = edited(node->phases);
        if (after.phases != node->phases)
            commands.push_back(std::make_unique<EditNodeCommand>(id, std::move(after)));
    }
    std::unordered_map<std::string_view, const Tie*> ties;
    if (!tieIds.empty()) {
        for (const Tie& tie : model.ties)
            ties.emplace(tie.id, &tie);
    }
    for (const std::string& id : tieIds) {
        const auto found = ties.find(id);
        if (found == ties.end())
            continue;
        const Tie* tie = found->second;
        Tie after = *tie;
        after.phases = edited(tie->phases);
        if (after.phases != tie->phases)
            commands.push_back(std::make_unique<EditTieCommand>(id, std::move(after)));
    }
    if (commands.empty())
        return nullptr;
    const std::size_t count = nodeIds.size() + tieIds.size();
    const std::string items = std::to_string(count) + (count == 1 ? " item" : " items");
    const std::string name = "phase '" + target.displayLabel() + "'";
    std::string description;
    switch (membership) {
        case PhaseMembership::Add:
            description = "Add " + items + " to " + name;
            break;
        case PhaseMembership::Remove:
            description = "Take " + items + " out of " + name;
            break;
        case PhaseMembership::Only:
            description = "Limit " + items + " to " + name;
            break;
    }
    return std::make_unique<CommandGroup>(std::move(commands), description);
}

}  // namespace orgweave::core
