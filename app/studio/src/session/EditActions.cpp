// EditActions: sections · create and connect · delete · copy and paste · selection · arrange
#include "orgweave/studio/session/EditActions.hpp"

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/RenameNodeCommand.hpp"
#include "orgweave/core/TieRules.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace orgweave::studio {

namespace {

constexpr const char* kClipboardTitle = "orgweave clipboard";

/// The node fields that name another node, with their names in the clipboard. The learning-action
/// fields are included when the node has them or when `allocate` asks for them (a paste may set them).
std::vector<std::pair<const char*, std::string*>> referenceFields(core::Node& node, bool allocate) {
    std::vector<std::pair<const char*, std::string*>> fields{
        {"organization", &node.organization}, {"site", &node.site}, {"owner", &node.owner}};
    if (allocate || node.learningAction.allocated()) {
        core::LearningActionDetails& action = node.learningAction.edit();
        fields.emplace_back("facilitator", &action.facilitator);
        fields.emplace_back("shared_tool", &action.sharedTool);
    }
    return fields;
}

/// Positions of the selected nodes that have one.
std::map<std::string, core::Point> selectedPositions(const Workspace& workspace) {
    std::map<std::string, core::Point> positions;
    const core::Model& model = *workspace.model();
    for (const std::string& id : workspace.selection().nodes()) {
        const auto it = model.layout.positions.find(id);
        if (it != model.layout.positions.end())
            positions.emplace(id, it->second);
    }
    return positions;
}

}  // namespace

std::string EditActions::kindTitle(core::NodeKind kind) {
    const core::VocabularyEntry* entry = core::vocabulary::nodeKinds().find(core::toString(kind));
    return entry != nullptr ? core::ui().text(entry->label) : std::string(core::toString(kind));
}

std::string EditActions::newNodeLabel(core::NodeKind kind) {
    switch (kind) {
        case core::NodeKind::Organization:
            return core::tr("New organization");
        case core::NodeKind::Site:
            return core::tr("New site");
        case core::NodeKind::Committee:
            return core::tr("New committee");
        case core::NodeKind::Role:
            return core::tr("New role");
        case core::NodeKind::SharedTool:
            return core::tr("New shared tool");
        case core::NodeKind::LearningAction:
            return core::tr("New learning action");
    }
    return core::tr("New node");
}

// ---------------------------------------------------------------------------------- create and connect

std::string EditActions::createNode(Workspace& workspace, core::NodeKind kind, core::Point at,
                                    const std::string& label) {
    if (!workspace.hasDocument())
        return {};
    core::Node node;
    node.kind = kind;
    std::string prefix(core::toString(kind));
    std::replace(prefix.begin(), prefix.end(), '_', '-');
    const std::string slug = core::slugFromLabel(label);
    node.id = slug.empty() ? workspace.freshId(prefix) : core::uniqueNodeId(*workspace.model(), slug);
    node.label = label.empty() ? newNodeLabel(kind) : label;
    if (kind == core::NodeKind::Committee)
        node.committee.edit().level = 3;
    const std::string id = node.id;
    if (!workspace.propose(std::make_unique<core::AddNodeCommand>(std::move(node), at)).accepted)
        return {};
    workspace.selection().selectNode(id);
    return id;
}

std::vector<core::TieKind> EditActions::tieKinds(const core::Model& model, std::string_view from,
                                                 std::string_view to) {
    const core::Node* a = model.findNode(from);
    const core::Node* b = model.findNode(to);
    if (a == nullptr || b == nullptr || a == b)
        return {};
    std::vector<core::TieKind> kinds = core::tieKindsBetween(a->kind, b->kind);
    for (const core::TieKind kind : core::tieKindsBetween(b->kind, a->kind)) {
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            kinds.push_back(kind);
    }
    // The pair decides: a role and a committee mean membership, a site and a tool use or
    // maintenance. Collaboration is offered besides a specific kind only between nodes of one
    // kind (two roles, two organizations, two committees), where both readings are common.
    if (kinds.size() > 1 && a->kind != b->kind)
        std::erase(kinds, core::TieKind::Collaborates);
    return kinds;
}

std::string EditActions::whyNoTie(const core::Model& model, std::string_view from, std::string_view to) {
    const core::Node* a = model.findNode(from);
    const core::Node* b = model.findNode(to);
    if (a == nullptr || b == nullptr)
        return core::tr("Both ends must be nodes of the document.");
    if (a == b)
        return "A tie joins two different nodes.";
    return core::whyNoTieBetween(a->kind, b->kind);
}

std::string EditActions::connect(Workspace& workspace, const std::string& from, const std::string& to,
                                 core::TieKind kind) {
    if (!workspace.hasDocument())
        return {};
    const core::Model& model = *workspace.model();
    const core::Node* a = model.findNode(from);
    const core::Node* b = model.findNode(to);
    core::Tie tie;
    tie.kind = kind;
    tie.source = from;
    tie.target = to;
    // Dragged from the committee to its member: the tie points the way its kind reads. Whether
    // the tie may be made at all is the document's decision (the edit gate), not the gesture's.
    if (a != nullptr && b != nullptr && !core::tieEndpointProblem(kind, a->kind, b->kind).empty() &&
        core::tieEndpointProblem(kind, b->kind, a->kind).empty())
        std::swap(tie.source, tie.target);
    std::string prefix(core::toString(kind));
    std::replace(prefix.begin(), prefix.end(), '_', '-');
    tie.id = workspace.freshId(prefix);
    const std::string id = tie.id;
    if (!workspace.propose(std::make_unique<core::AddTieCommand>(std::move(tie))).accepted)
        return {};
    workspace.selection().selectTie(id);
    return id;
}

// ------------------------------------------------------------------------------------------- rename

std::string EditActions::renameNode(Workspace& workspace, const std::string& id, const std::string& label) {
    if (!workspace.hasDocument())
        return {};
    const core::Model& model = *workspace.model();
    const core::Node* node = model.findNode(id);
    if (node == nullptr)
        return {};
    if (node->label == label)
        return id;
    std::string newId = id;
    if (core::isAutomaticNodeId(id, node->kind)) {
        const std::string slug = core::slugFromLabel(label);
        if (!slug.empty() && slug != id)
            newId = core::uniqueNodeId(model, slug);
    }
    const bool wasSelected = workspace.selection().hasNode(id);
    std::vector<std::string> selected(workspace.selection().nodes().begin(),
                                      workspace.selection().nodes().end());
    if (!workspace.propose(std::make_unique<core::RenameNodeCommand>(id, newId, label)).accepted)
        return id;  // refused: the workspace says why
    if (wasSelected && newId != id) {
        std::replace(selected.begin(), selected.end(), id, newId);
        workspace.selection().setNodes(selected);
    }
    return newId;
}

void EditActions::selectNeighbours(Workspace& workspace) {
    if (!workspace.hasDocument())
        return;
    Selection& selection = workspace.selection();
    std::vector<std::string> neighbours;
    for (const core::Tie& tie : workspace.model()->ties) {
        if (selection.hasNode(tie.source) && !selection.hasNode(tie.target))
            neighbours.push_back(tie.target);
        if (selection.hasNode(tie.target) && !selection.hasNode(tie.source))
            neighbours.push_back(tie.source);
    }
    for (const std::string& neighbour : neighbours)
        selection.selectNode(neighbour, true);
}

// ------------------------------------------------------------------------------------------- delete

bool EditActions::deleteSelection(Workspace& workspace) {
    if (!workspace.hasDocument() || workspace.selection().empty())
        return false;
    const core::Model& model = *workspace.model();
    const Selection& selection = workspace.selection();
    std::vector<core::CommandPtr> commands;
    // Ties first (those of removed nodes go with their node), then nodes.
    for (const core::Tie& tie : model.ties) {
        if (selection.hasTie(tie.id) && !selection.hasNode(tie.source) && !selection.hasNode(tie.target))
            commands.push_back(std::make_unique<core::RemoveTieCommand>(tie.id));
    }
    std::size_t nodes = 0;
    for (const core::Node& node : model.nodes) {
        if (selection.hasNode(node.id)) {
            commands.push_back(std::make_unique<core::RemoveNodeCommand>(node.id));
            ++nodes;
        }
    }
    if (commands.empty())
        return false;
    const std::size_t ties = commands.size() - nodes;
    const std::string nodeCount = core::fill(
        core::trn("{} node", "{} nodes", static_cast<unsigned long>(nodes)), {std::to_string(nodes)});
    const std::string tieCount =
        core::fill(core::trn("{} tie", "{} ties", static_cast<unsigned long>(ties)), {std::to_string(ties)});
    const std::string description =
        nodes > 0 && ties > 0 ? core::fill(core::tr("Delete {} and {}"), {nodeCount, tieCount})
                              : core::fill(core::tr("Delete {}"), {nodes > 0 ? nodeCount : tieCount});
    if (!workspace.propose(std::make_unique<core::CommandGroup>(std::move(commands), description)).accepted)
        return false;
    workspace.selection().clear();
    return true;
}

// ------------------------------------------------------------------------------------ copy and paste

std::string EditActions::copySelection(const Workspace& workspace) {
    if (!workspace.hasDocument())
        return {};
    const core::Model& model = *workspace.model();
    const Selection& selection = workspace.selection();
    core::Model clip;
    clip.annotations.meta.title = kClipboardTitle;
    for (const core::Node& node : model.nodes) {
        if (selection.hasNode(node.id))
            clip.nodes.push_back(node);
    }
    for (const core::Tie& tie : model.ties) {
        if (selection.hasNode(tie.source) && selection.hasNode(tie.target))
            clip.ties.push_back(tie);
    }
    clip.layout.positions = selectedPositions(workspace);
    if (clip.nodes.empty())
        return {};
    // References to nodes outside the selection would not validate inside the clipboard document:
    // they travel beside it and are restored on paste where the target document has those nodes.
    nlohmann::json references = nlohmann::json::object();
    for (core::Node& node : clip.nodes) {
        for (const auto& [field, member] : referenceFields(node, false)) {
            std::string& reference = *member;
            if (!reference.empty() && !selection.hasNode(reference)) {
                references[node.id][field] = reference;
                reference.clear();
            }
        }
    }
    for (core::Tie& tie : clip.ties)
        if (tie.details.allocated())
            tie.details.edit()
                .represents.clear();  // organizations a seat speaks for: set again in the Inspector
    clip.extra["clipboard_references"] = std::move(references);
    return core::writeDocument(clip);
}

bool EditActions::paste(Workspace& workspace, std::string_view text, core::Point offset) {
    if (!workspace.hasDocument())
        return false;
    core::LoadResult parsed = core::parseDocument(text, "clipboard");
    if (!parsed.ok() || parsed.model->annotations.meta.title != kClipboardTitle ||
        parsed.model->nodes.empty()) {
        workspace.notify(core::tr("The clipboard holds no copied nodes."), true);
        return false;
    }
    const core::Model& clip = *parsed.model;
    const core::Model& model = *workspace.model();

    // Fresh ids for everything pasted, reserved as they are chosen.
    std::unordered_set<std::string> used;
    for (const core::Node& node : model.nodes)
        used.insert(node.id);
    for (const core::Tie& tie : model.ties)
        used.insert(tie.id);
    const auto fresh = [&](const std::string& id) {
        std::string base = id;
        // "role-3-copy-2" → base "role-3"
        if (const auto cut = base.find("-copy"); cut != std::string::npos)
            base.resize(cut);
        for (std::size_t k = 1;; ++k) {
            std::string candidate = base + "-copy" + (k == 1 ? std::string() : "-" + std::to_string(k));
            if (used.insert(candidate).second)
                return candidate;
        }
    };
    std::unordered_map<std::string, std::string> newId;
    for (const core::Node& node : clip.nodes)
        newId.emplace(node.id, fresh(node.id));
    std::unordered_set<std::string> existing;
    for (const core::Node& node : model.nodes)
        existing.insert(node.id);
    const auto remap = [&](std::string& reference) {
        if (reference.empty())
            return;
        if (const auto it = newId.find(reference); it != newId.end())
            reference = it->second;
        else if (!existing.contains(reference))
            reference.clear();
    };

    // The pasted content as data first, then proposed as one step (the document refuses it, with
    // the reason, when it would not fit).
    std::vector<std::pair<core::Node, std::optional<core::Point>>> nodes;
    std::vector<core::Tie> ties;
    std::vector<std::string> pasted;
    std::set<std::string> phases;
    for (const core::Phase& phase : model.annotations.phases)
        phases.insert(phase.id);
    const auto keepKnownPhases = [&](std::vector<std::string>& ids) {
        std::erase_if(ids, [&](const std::string& phase) { return !phases.contains(phase); });
    };
    const nlohmann::json parked = clip.extra.contains("clipboard_references")
                                      ? clip.extra["clipboard_references"]
                                      : nlohmann::json::object();
    for (const core::Node& original : clip.nodes) {
        core::Node node = original;
        const auto it = parked.find(node.id);
        const bool parkedAction = it != parked.end() && it->is_object() &&
                                  (it->contains("facilitator") || it->contains("shared_tool"));
        for (const auto& [field, member] : referenceFields(node, parkedAction)) {
            std::string& reference = *member;
            if (it != parked.end() && it->is_object()) {
                if (const auto value = it->find(field); value != it->end() && value->is_string())
                    reference = value->get<std::string>();
            }
            remap(reference);
        }
        node.id = newId.at(node.id);
        keepKnownPhases(node.phases);
        std::optional<core::Point> position;
        if (const auto p = clip.layout.positions.find(original.id); p != clip.layout.positions.end())
            position = core::Point{p->second.x + offset.x, p->second.y + offset.y};
        pasted.push_back(node.id);
        nodes.emplace_back(std::move(node), position);
    }
    for (core::Tie tie : clip.ties) {
        tie.id = fresh(tie.id);
        tie.source = newId.at(tie.source);
        tie.target = newId.at(tie.target);
        keepKnownPhases(tie.phases);
        ties.push_back(std::move(tie));
    }

    std::vector<core::CommandPtr> commands;
    for (auto& [node, position] : nodes)
        commands.push_back(std::make_unique<core::AddNodeCommand>(std::move(node), position));
    for (core::Tie& tie : ties)
        commands.push_back(std::make_unique<core::AddTieCommand>(std::move(tie)));
    const std::string description = core::fill(core::trn("Paste {} node", "Paste {} nodes", pasted.size()),
                                               {std::to_string(pasted.size())});
    if (!workspace.propose(std::make_unique<core::CommandGroup>(std::move(commands), description)).accepted)
        return false;
    workspace.selection().setNodes(pasted);
    return true;
}

bool EditActions::duplicateSelection(Workspace& workspace) {
    const std::string text = copySelection(workspace);
    if (text.empty())
        return false;
    return paste(workspace, text, core::Point{40.0, 40.0});
}

// ---------------------------------------------------------------------------------------- selection

void EditActions::selectAll(Workspace& workspace) {
    if (!workspace.hasDocument())
        return;
    std::vector<std::string> ids;
    ids.reserve(workspace.model()->nodes.size());
    for (const core::Node& node : workspace.model()->nodes)
        ids.push_back(node.id);
    workspace.selection().setNodes(ids);
}

// ------------------------------------------------------------------------------------------ arrange

bool EditActions::align(Workspace& workspace, AlignMode mode) {
    if (!workspace.hasDocument())
        return false;
    std::map<std::string, core::Point> positions = selectedPositions(workspace);
    if (positions.size() < 2)
        return false;
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (const auto& [id, p] : positions) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    for (auto& [id, p] : positions) {
        switch (mode) {
            case AlignMode::Left:
                p.x = minX;
                break;
            case AlignMode::CenterX:
                p.x = (minX + maxX) * 0.5;
                break;
            case AlignMode::Right:
                p.x = maxX;
                break;
            case AlignMode::Top:
                p.y = minY;
                break;
            case AlignMode::CenterY:
                p.y = (minY + maxY) * 0.5;
                break;
            case AlignMode::Bottom:
                p.y = maxY;
                break;
        }
    }
    return workspace.propose(std::make_unique<core::MoveNodesCommand>(std::move(positions))).accepted;
}

bool EditActions::distribute(Workspace& workspace, DistributeAxis axis) {
    if (!workspace.hasDocument())
        return false;
    std::map<std::string, core::Point> positions = selectedPositions(workspace);
    if (positions.size() < 3)
        return false;
    const bool horizontal = axis == DistributeAxis::Horizontal;
    std::vector<std::pair<double, std::string>> order;
    for (const auto& [id, p] : positions)
        order.emplace_back(horizontal ? p.x : p.y, id);
    std::sort(order.begin(), order.end());
    const double first = order.front().first;
    const double step = (order.back().first - first) / static_cast<double>(order.size() - 1);
    for (std::size_t k = 0; k < order.size(); ++k) {
        core::Point& p = positions.at(order[k].second);
        (horizontal ? p.x : p.y) = first + step * static_cast<double>(k);
    }
    return workspace.propose(std::make_unique<core::MoveNodesCommand>(std::move(positions))).accepted;
}

}  // namespace orgweave::studio
