#pragma once
// Pickers over what the document holds: a combo over the nodes of one kind (containment fields,
// facilitator, shared tool), optionally filtered (a role's site among its organization's sites);
// a combo of checkboxes over nodes of a kind (a seat's `represents`); the document's phases as
// checkboxes (a node or tie limited to some phases). Items show labels; a value shows as "(none)",
// its label, or "<id> (missing)". Each returns true on the frame the user changed the value.
// Cost: O(nodes) per frame while a combo is open, O(nodes) to find a preview label.

#include "orgweave/core/Model.hpp"

#include <functional>
#include <string>
#include <vector>

namespace orgweave::studio {

using NodeFilter = std::function<bool(const core::Node&)>;

bool pickNode(const char* id, const core::Model& model, core::NodeKind kind, std::string& value,
              const NodeFilter& filter = {}, bool allowNone = true);

/// Several nodes of a kind in a combo of checkboxes (ids in file order of the picks).
bool pickNodes(const char* id, const core::Model& model, core::NodeKind kind,
               std::vector<std::string>& values);

/// Checkboxes of the document's phases. An empty list means "every phase": all boxes are ticked;
/// unticking one lists the others, ticking the last one empties the list again;
/// an item's only phase cannot be unticked (core::withPhaseMembership).
bool phaseChecklist(const char* id, const std::vector<core::Phase>& phases, std::vector<std::string>& values);

/// A node's label for display: its label, or its id, or "<id> (missing)".
std::string nodeDisplay(const core::Model& model, const std::string& id);

}  // namespace orgweave::studio
