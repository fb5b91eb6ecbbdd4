#pragma once
// The concrete commands of the document (DESIGN.md §3). Each is O(size of what it changes) except
// where a node or tie has to be found by id (O(n)).
//
// Sections: nodes · ties · annotations · positions · groups

#include "orgweave/core/Command.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace orgweave::core {

// ---- nodes ------------------------------------------------------------------------------------

/// Inserts a node at the end (or at `index`), optionally with a position.
class AddNodeCommand final : public Command {
public:
    explicit AddNodeCommand(Node node, std::optional<Point> position = std::nullopt,
                            std::optional<std::size_t> index = std::nullopt);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    Node m_node;
    std::optional<Point> m_position;
    std::optional<std::size_t> m_index;
};

/// Removes a node together with everything that names it: its ties, its position and pin,
/// containment fields of other nodes (role.site, learning_action.owner, …) and `represents`
/// entries. Undo restores all of it in place.
class RemoveNodeCommand final : public Command {
public:
    explicit RemoveNodeCommand(std::string id);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    std::string m_id;
    // Captured on apply; indices are those at the moment of each step, so revert can undo the
    // steps in reverse order exactly.
    std::size_t m_nodeIndex = 0;
    std::optional<Node> m_node;
    std::vector<std::pair<std::size_t, Node>> m_editedNodes;  // before the node is erased
    std::vector<std::pair<std::size_t, Tie>> m_removedTies;   // ascending original indices
    std::vector<std::pair<std::size_t, Tie>> m_editedTies;    // after the ties are erased
    std::optional<Point> m_position;
    std::optional<std::size_t> m_pinnedIndex;
    std::optional<Annotations> m_annotations;  // only when they named the node
};

/// Replaces a node's content (same id) with a new value.
class EditNodeCommand final : public Command {
public:
    EditNodeCommand(std::string id, Node after);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    std::string m_id;
    Node m_after;
    std::optional<Node> m_before;
};

// ---- ties -------------------------------------------------------------------------------------

class AddTieCommand final : public Command {
public:
    explicit AddTieCommand(Tie tie, std::optional<std::size_t> index = std::nullopt);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    Tie m_tie;
    std::optional<std::size_t> m_index;
    std::string m_sourceLabel;  ///< labels of the ends when applied, for description()
    std::string m_targetLabel;
};

class RemoveTieCommand final : public Command {
public:
    explicit RemoveTieCommand(std::string id);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    std::string m_id;
    std::optional<std::pair<std::size_t, Tie>> m_removed;
    std::string m_sourceLabel;  ///< labels of the ends when applied, for description()
    std::string m_targetLabel;
};

class EditTieCommand final : public Command {
public:
    EditTieCommand(std::string id, Tie after);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    std::string m_id;
    Tie m_after;
    std::optional<Tie> m_before;
    std::string m_sourceLabel;  ///< labels of the ends when applied, for description()
    std::string m_targetLabel;
};

// ---- annotations ------------------------------------------------------------------------------

/// Replaces the document annotations (meta, context, governance, phases, views, checklist).
class EditAnnotationsCommand final : public Command {
public:
    EditAnnotationsCommand(Annotations after, std::string description);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override { return m_description; }

private:
    Annotations m_after;
    std::optional<Annotations> m_before;
    std::string m_description;
};

// ---- positions (view data) --------------------------------------------------------------------

/// Sets new positions for some nodes (a drag). Consecutive moves of the same nodes can merge.
class MoveNodesCommand final : public Command {
public:
    explicit MoveNodesCommand(std::map<std::string, Point> to);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;
    bool changesStructure() const override { return false; }

private:
    std::map<std::string, Point> m_to;
    std::map<std::string, std::optional<Point>> m_from;
    bool m_captured = false;
};

/// Replaces the whole layout (positions and pinning), e.g. after running a layout engine.
class ReplaceLayoutCommand final : public Command {
public:
    ReplaceLayoutCommand(Layout after, std::string description);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override { return m_description; }
    bool changesStructure() const override { return false; }

private:
    Layout m_after;
    std::optional<Layout> m_before;
    std::string m_description;
};

// ---- groups -----------------------------------------------------------------------------------

/// Several commands as one undo step; reverted in reverse order.
class CommandGroup final : public Command {
public:
    CommandGroup(std::vector<CommandPtr> commands, std::string description);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override { return m_description; }
    bool changesStructure() const override;
    std::size_t size() const { return m_commands.size(); }

private:
    std::vector<CommandPtr> m_commands;
    std::string m_description;
};

}  // namespace orgweave::core
