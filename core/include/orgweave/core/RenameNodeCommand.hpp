#pragma once
// Changing a node's id (and optionally its label) while keeping every reference consistent: ties'
// ends and `represents`, the containment fields of other nodes (organization, site, owner,
// facilitator, shared_tool, spreads, affiliations), layout positions and pins, context scores by
// organization (document and phases), phase leadership by role, views' highlights and their
// filter's "organizations". Also the ids the studio derives from labels: a slug ("Practice
// consultant" → "practice-consultant"), made unique with "-2", "-3", …, and the recognizer of the
// automatic ids new nodes get ("role-3"). Cost: O(nodes + ties + views + positions) per apply.

#include "orgweave/core/Command.hpp"
#include "orgweave/core/Model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace orgweave::core {

/// Renames node `from` to `to` everywhere; with `label`, also sets the node's label. One undo step.
/// apply() throws std::invalid_argument when `from` is not a node, or `to` is empty or already
/// names (or is named by) anything in the document, so revert() is the exact inverse.
class RenameNodeCommand final : public Command {
public:
    RenameNodeCommand(std::string from, std::string to, std::optional<std::string> label = std::nullopt);
    void apply(Model& model) override;
    void revert(Model& model) override;
    std::string description() const override;

private:
    std::string m_from;
    std::string m_to;
    std::optional<std::string> m_label;
    std::string m_labelBefore;
    std::string m_shownBefore;  ///< display label before, for description()
};

/// Replaces every reference to node id `from` by `to` (the node itself included); true when
/// something changed. Used by RenameNodeCommand both ways.
bool replaceNodeId(Model& model, const std::string& from, const std::string& to);

/// Whether `id` is used by a node or tie, or referenced anywhere a node id can be.
bool nodeIdInUse(const Model& model, const std::string& id);

/// A readable id from a label: lower-case ASCII letters and digits joined by '-', common Latin
/// letters folded (æ→ae, ø→o, å→a, é→e, ü→u, ß→ss), at most 48 characters; empty when the label
/// has no letter or digit.
std::string slugFromLabel(std::string_view label);

/// `base` when unused in `model`, else `base-2`, `base-3`, … (the first free one).
std::string uniqueNodeId(const Model& model, const std::string& base);

/// Whether `id` looks like the automatic id the studio gives a new node of `kind`: "<kind>-<k>"
/// with the kind's underscores as '-' ("learning-action-2").
bool isAutomaticNodeId(std::string_view id, NodeKind kind);

}  // namespace orgweave::core
