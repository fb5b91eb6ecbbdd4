// Sections: helpers · nodes · ties · annotations · positions · groups
#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <stdexcept>

namespace orgweave::core {

namespace {

// ---- helpers ----------------------------------------------------------------------------------

template <typename Items>
std::size_t indexOf(const Items& items, std::string_view id, const char* what) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return i;
    }
    throw std::logic_error(std::string(what) + " \"" + std::string(id) + "\" is not in the document");
}

std::string quoted(const std::string& text) {
    return "'" + text + "'";
}

/// The label of node `id` (the id when it is not in the model).
std::string labelOf(const Model& model, const std::string& id) {
    for (const Node& node : model.nodes) {
        if (node.id == id)
            return node.displayLabel();
    }
    return id;
}

/// What a tie says, in the labels of its ends: "'GP' to 'Strategic committee'" (membership, with
/// `to` or `from`), "'A' collaborates with 'B'", "'Ward' uses 'Checklist'".
std::string tiePhrase(TieKind kind, const std::string& source, const std::string& target,
                      const char* toOrFrom) {
    const std::string a = quoted(source);
    const std::string b = quoted(target);
    switch (kind) {
        case TieKind::MemberOf:
            return fill(std::string_view(toOrFrom) == "from" ? tr("{} from {}") : tr("{} to {}"), {a, b});
        case TieKind::ReportsTo:
            return fill(tr("{} reports to {}"), {a, b});
        case TieKind::Collaborates:
            return fill(tr("{} collaborates with {}"), {a, b});
        case TieKind::ParticipatesIn:
            return fill(tr("{} takes part in {}"), {a, b});
        case TieKind::Uses:
            return fill(tr("{} uses {}"), {a, b});
        case TieKind::Maintains:
            return fill(tr("{} maintains {}"), {a, b});
        case TieKind::Agreement:
            return fill(tr("agreement between {} and {}"), {a, b});
    }
    return fill(tr("{} and {}"), {a, b});
}

/// "Add 'GP' to 'Strategic committee'", "Remove tie: 'A' collaborates with 'B'", "Edit tie: …".
std::string tieDescription(const char* verb, TieKind kind, const std::string& source,
                           const std::string& target) {
    const std::string what = std::string(verb);
    if (kind == TieKind::MemberOf && what != "Edit") {
        return what == "Add" ? fill(tr("Add {}"), {tiePhrase(kind, source, target, "to")})
                             : fill(tr("Remove {}"), {tiePhrase(kind, source, target, "from")});
    }
    const std::string phrase = tiePhrase(kind, source, target, "to");
    if (what == "Add")
        return fill(tr("Add tie: {}"), {phrase});
    if (what == "Remove")
        return fill(tr("Remove tie: {}"), {phrase});
    return fill(tr("Edit tie: {}"), {phrase});
}

/// Clears every containment field of `node` that names `id`; true when something changed.
bool forgetContainer(Node& node, const std::string& id) {
    bool changed = false;
    std::vector<std::string*> fields{&node.organization, &node.site, &node.owner};
    if (node.learningAction.allocated()) {
        LearningActionDetails& action = node.learningAction.edit();
        fields.insert(fields.end(), {&action.facilitator, &action.sharedTool, &action.spreads});
    }
    for (std::string* field : fields) {
        if (*field == id) {
            field->clear();
            changed = true;
        }
    }
    // A removed organization is no longer anyone's second employer.
    const auto before = node.affiliations.size();
    std::erase_if(node.affiliations, [&](const Affiliation& a) { return a.organization == id; });
    return changed || node.affiliations.size() != before;
}

/// Removes `id` from the annotations that name nodes; true when something changed.
bool forgetInAnnotations(Annotations& a, const std::string& id) {
    bool changed = a.context.organizations.erase(id) > 0;
    for (Phase& phase : a.phases) {
        if (phase.context)
            changed |= phase.context->organizations.erase(id) > 0;
        changed |= phase.leadership.erase(id) > 0;
    }
    for (View& view : a.views) {
        auto end = std::remove(view.highlighted.begin(), view.highlighted.end(), id);
        changed |= end != view.highlighted.end();
        view.highlighted.erase(end, view.highlighted.end());
    }
    return changed;
}

}  // namespace

// ---- nodes ------------------------------------------------------------------------------------

AddNodeCommand::AddNodeCommand(Node node, std::optional<Point> position, std::optional<std::size_t> index)
    : m_node(std::move(node)), m_position(position), m_index(index) {}

void AddNodeCommand::apply(Model& model) {
    const std::size_t at = std::min(m_index.value_or(model.nodes.size()), model.nodes.size());
    model.nodes.insert(model.nodes.begin() + static_cast<std::ptrdiff_t>(at), m_node);
    m_index = at;
    if (m_position)
        model.layout.positions[m_node.id] = *m_position;
}

void AddNodeCommand::revert(Model& model) {
    model.nodes.erase(model.nodes.begin() + static_cast<std::ptrdiff_t>(*m_index));
    if (m_position)
        model.layout.positions.erase(m_node.id);
}

std::string AddNodeCommand::description() const {
    return fill(tr("Add {} {}"), {ui().text(toString(m_node.kind)), quoted(m_node.displayLabel())});
}

RemoveNodeCommand::RemoveNodeCommand(std::string id) : m_id(std::move(id)) {}

void RemoveNodeCommand::apply(Model& model) {
    m_nodeIndex = indexOf(model.nodes, m_id, "node");
    m_node = model.nodes[m_nodeIndex];
    m_editedNodes.clear();
    m_removedTies.clear();
    m_editedTies.clear();

    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        Node before = model.nodes[i];
        if (i != m_nodeIndex && forgetContainer(model.nodes[i], m_id))
            m_editedNodes.emplace_back(i, std::move(before));
    }
    std::vector<Tie> kept;
    kept.reserve(model.ties.size());
    for (std::size_t i = 0; i < model.ties.size(); ++i) {
        Tie& tie = model.ties[i];
        if (tie.source == m_id || tie.target == m_id) {
            m_removedTies.emplace_back(i, std::move(tie));
        } else {
            kept.push_back(std::move(tie));
        }
    }
    model.ties = std::move(kept);
    for (std::size_t i = 0; i < model.ties.size(); ++i) {
        const auto& represents = model.ties[i].details->represents;
        if (std::find(represents.begin(), represents.end(), m_id) == represents.end())
            continue;
        m_editedTies.emplace_back(i, model.ties[i]);
        std::erase(model.ties[i].details.edit().represents, m_id);
    }
    model.nodes.erase(model.nodes.begin() + static_cast<std::ptrdiff_t>(m_nodeIndex));

    m_position.reset();
    if (auto it = model.layout.positions.find(m_id); it != model.layout.positions.end()) {
        m_position = it->second;
        model.layout.positions.erase(it);
    }
    m_pinnedIndex.reset();
    auto& pinned = model.layout.pinned;
    if (auto it = std::find(pinned.begin(), pinned.end(), m_id); it != pinned.end()) {
        m_pinnedIndex = static_cast<std::size_t>(it - pinned.begin());
        pinned.erase(it);
    }
    Annotations before = model.annotations;
    m_annotations.reset();
    if (forgetInAnnotations(model.annotations, m_id))
        m_annotations = std::move(before);
}

void RemoveNodeCommand::revert(Model& model) {
    if (m_annotations)
        model.annotations = *m_annotations;
    if (m_pinnedIndex)
        model.layout.pinned.insert(model.layout.pinned.begin() + static_cast<std::ptrdiff_t>(*m_pinnedIndex),
                                   m_id);
    if (m_position)
        model.layout.positions[m_id] = *m_position;
    model.nodes.insert(model.nodes.begin() + static_cast<std::ptrdiff_t>(m_nodeIndex), *m_node);
    for (const auto& [i, node] : m_editedNodes)
        model.nodes[i] = node;
    for (const auto& [i, tie] : m_editedTies)
        model.ties[i] = tie;
    for (const auto& [i, tie] : m_removedTies)
        model.ties.insert(model.ties.begin() + static_cast<std::ptrdiff_t>(i), tie);
}

std::string RemoveNodeCommand::description() const {
    if (!m_node)
        return fill(tr("Remove node {}"), {quoted(m_id)});
    return fill(tr("Remove {} {}"), {ui().text(toString(m_node->kind)), quoted(m_node->displayLabel())});
}

EditNodeCommand::EditNodeCommand(std::string id, Node after)
    : m_id(std::move(id)), m_after(std::move(after)) {
    if (m_after.id != m_id)
        throw std::invalid_argument("EditNodeCommand cannot change a node's id");
}

void EditNodeCommand::apply(Model& model) {
    Node& node = model.nodes[indexOf(model.nodes, m_id, "node")];
    m_before = node;
    node = m_after;
}

void EditNodeCommand::revert(Model& model) {
    model.nodes[indexOf(model.nodes, m_id, "node")] = *m_before;
}

std::string EditNodeCommand::description() const {
    return fill(tr("Edit {}"), {quoted(m_after.displayLabel())});
}

// ---- ties -------------------------------------------------------------------------------------

AddTieCommand::AddTieCommand(Tie tie, std::optional<std::size_t> index)
    : m_tie(std::move(tie)), m_index(index) {}

void AddTieCommand::apply(Model& model) {
    const std::size_t at = std::min(m_index.value_or(model.ties.size()), model.ties.size());
    model.ties.insert(model.ties.begin() + static_cast<std::ptrdiff_t>(at), m_tie);
    m_index = at;
    m_sourceLabel = labelOf(model, m_tie.source);
    m_targetLabel = labelOf(model, m_tie.target);
}

void AddTieCommand::revert(Model& model) {
    model.ties.erase(model.ties.begin() + static_cast<std::ptrdiff_t>(*m_index));
}

std::string AddTieCommand::description() const {
    return tieDescription("Add", m_tie.kind, m_sourceLabel.empty() ? m_tie.source : m_sourceLabel,
                          m_targetLabel.empty() ? m_tie.target : m_targetLabel);
}

RemoveTieCommand::RemoveTieCommand(std::string id) : m_id(std::move(id)) {}

void RemoveTieCommand::apply(Model& model) {
    const std::size_t i = indexOf(model.ties, m_id, "tie");
    m_sourceLabel = labelOf(model, model.ties[i].source);
    m_targetLabel = labelOf(model, model.ties[i].target);
    m_removed.emplace(i, std::move(model.ties[i]));
    model.ties.erase(model.ties.begin() + static_cast<std::ptrdiff_t>(i));
}

void RemoveTieCommand::revert(Model& model) {
    model.ties.insert(model.ties.begin() + static_cast<std::ptrdiff_t>(m_removed->first), m_removed->second);
}

std::string RemoveTieCommand::description() const {
    if (!m_removed)
        return fill(tr("Remove tie {}"), {quoted(m_id)});
    const Tie& tie = m_removed->second;
    return tieDescription("Remove", tie.kind, m_sourceLabel, m_targetLabel);
}

EditTieCommand::EditTieCommand(std::string id, Tie after) : m_id(std::move(id)), m_after(std::move(after)) {
    if (m_after.id != m_id)
        throw std::invalid_argument("EditTieCommand cannot change a tie's id");
}

void EditTieCommand::apply(Model& model) {
    Tie& tie = model.ties[indexOf(model.ties, m_id, "tie")];
    m_before = tie;
    tie = m_after;
    m_sourceLabel = labelOf(model, m_after.source);
    m_targetLabel = labelOf(model, m_after.target);
}

void EditTieCommand::revert(Model& model) {
    model.ties[indexOf(model.ties, m_id, "tie")] = *m_before;
}

std::string EditTieCommand::description() const {
    if (m_sourceLabel.empty())
        return fill(tr("Edit tie {}"), {quoted(m_id)});
    return tieDescription("Edit", m_after.kind, m_sourceLabel, m_targetLabel);
}

// ---- annotations ------------------------------------------------------------------------------

EditAnnotationsCommand::EditAnnotationsCommand(Annotations after, std::string description)
    : m_after(std::move(after)), m_description(std::move(description)) {}

void EditAnnotationsCommand::apply(Model& model) {
    m_before = model.annotations;
    model.annotations = m_after;
}

void EditAnnotationsCommand::revert(Model& model) {
    model.annotations = *m_before;
}

// ---- positions --------------------------------------------------------------------------------

MoveNodesCommand::MoveNodesCommand(std::map<std::string, Point> to) : m_to(std::move(to)) {}

void MoveNodesCommand::apply(Model& model) {
    for (const auto& [id, point] : m_to) {
        if (!m_captured) {
            auto it = model.layout.positions.find(id);
            m_from[id] = it == model.layout.positions.end() ? std::nullopt : std::optional<Point>(it->second);
        }
        model.layout.positions[id] = point;
    }
    m_captured = true;
}

void MoveNodesCommand::revert(Model& model) {
    for (const auto& [id, point] : m_from) {
        if (point) {
            model.layout.positions[id] = *point;
        } else {
            model.layout.positions.erase(id);
        }
    }
}

std::string MoveNodesCommand::description() const {
    return m_to.size() == 1 ? fill(tr("Move {}"), {quoted(m_to.begin()->first)})
                            : fill(tr("Move {} nodes"), {std::to_string(m_to.size())});
}

ReplaceLayoutCommand::ReplaceLayoutCommand(Layout after, std::string description)
    : m_after(std::move(after)), m_description(std::move(description)) {}

void ReplaceLayoutCommand::apply(Model& model) {
    m_before = model.layout;
    model.layout = m_after;
}

void ReplaceLayoutCommand::revert(Model& model) {
    model.layout = *m_before;
}

// ---- groups -----------------------------------------------------------------------------------

CommandGroup::CommandGroup(std::vector<CommandPtr> commands, std::string description)
    : m_commands(std::move(commands)), m_description(std::move(description)) {}

void CommandGroup::apply(Model& model) {
    for (auto& command : m_commands)
        command->apply(model);
}

void CommandGroup::revert(Model& model) {
    for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
        (*it)->revert(model);
}

bool CommandGroup::changesStructure() const {
    return std::any_of(m_commands.begin(), m_commands.end(),
                       [](const CommandPtr& c) { return c->changesStructure(); });
}

}  // namespace orgweave::core
