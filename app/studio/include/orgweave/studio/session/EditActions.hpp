#pragma once
// The studio's editing operations on the open document, each one undo step: create a node,
// connect two nodes, delete, copy and paste, duplicate, select all, align and distribute. The
// canvas gestures, menus and shortcuts call these; each builds a command and proposes it to the
// document's edit gate (Workspace::propose), which refuses an edit that would make the document
// invalid, with a notice saying why. No ImGui here, so tests drive them directly.
// Cost: O(n + m) per operation (id lookups and the gate's validation).

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

enum class AlignMode { Left, CenterX, Right, Top, CenterY, Bottom };
enum class DistributeAxis { Horizontal, Vertical };

class EditActions {
public:
    /// Adds a node of `kind` at `at` and selects it; returns its id. Without a label it is labelled
    /// "New <kind>" with an automatic id ("role-3"); with one, its id is the label's slug, made
    /// unique ("practice-consultant", "practice-consultant-2").
    static std::string createNode(Workspace& workspace, core::NodeKind kind, core::Point at,
                                  const std::string& label = {});
    /// Sets node `id`'s label as one undo step ("Rename 'New role' to 'GP'"). While the node still
    /// has its automatic id, the id follows the label (its unique slug) and every reference with
    /// it; the selection follows the new id. Returns the node's id afterwards (empty when `id` is
    /// not a node; unchanged when the label is).
    static std::string renameNode(Workspace& workspace, const std::string& id, const std::string& label);
    /// Selects the nodes tied to the selected nodes (added to the selection).
    static void selectNeighbours(Workspace& workspace);
    /// Tie kinds the connect gesture offers from `from` to `to` (ids), most specific first; empty
    /// when none. Collaboration is left out when a specific kind fits nodes of different kinds.
    static std::vector<core::TieKind> tieKinds(const core::Model& model, std::string_view from,
                                               std::string_view to);
    /// Why nothing can join these two nodes (empty when something can).
    static std::string whyNoTie(const core::Model& model, std::string_view from, std::string_view to);
    /// Proposes a tie of `kind` (reversed when only the reverse fits) and selects it; returns its
    /// id, or empty when the document refused it (the notice says why: the kind cannot join these
    /// nodes, or they are already joined by a tie of this kind).
    static std::string connect(Workspace& workspace, const std::string& from, const std::string& to,
                               core::TieKind kind);

    /// Removes the selected nodes (with their ties) and ties as one step; false when nothing was selected.
    static bool deleteSelection(Workspace& workspace);
    /// The selection as a small native document (nodes, the ties among them, their positions).
    static std::string copySelection(const Workspace& workspace);
    /// Adds the nodes and ties of copied text with fresh ids, moved by `offset`, and selects them.
    /// References to nodes that neither the text nor the document has are dropped. False (with a
    /// notice) when the text is not a copied selection.
    static bool paste(Workspace& workspace, std::string_view text, core::Point offset);
    /// Copy and paste in one step, 40 units down and right.
    static bool duplicateSelection(Workspace& workspace);
    static void selectAll(Workspace& workspace);

    /// Lines the selected nodes up on their common left edge, centre, … (by positions).
    static bool align(Workspace& workspace, AlignMode mode);
    /// Spaces the selected nodes evenly between the outermost two along an axis (3 or more).
    static bool distribute(Workspace& workspace, DistributeAxis axis);

    /// The kind's title in the user's language: "Organization", "Shared tool".
    static std::string kindTitle(core::NodeKind kind);
    /// The label a new node of `kind` gets, in the user's language ("New role").
    static std::string newNodeLabel(core::NodeKind kind);
};

}  // namespace orgweave::studio
