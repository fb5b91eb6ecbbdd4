#pragma once
// What differs between two documents (or two phases of one): nodes and ties added, removed and
// changed. Only semantic fields are compared, in their file spelling ("meetings_per_year",
// "leadership.behaviors", "attrs.sector", "rc.timely"); positions, pinning, views and
// document annotations never count as a change.
//
// Matching: nodes by id. Ties by id; ties left unmatched on both sides are then paired by (kind,
// source, target), either order for undirected ties, so two files with different tie ids still
// compare. With `ignorePhases` (two phase-filtered copies) the `phases` lists are not compared:
// presence in the phase is what the diff reports, not the list.
// Order: removed and changed elements in the `before` document's order, then added ones in the
// `after` document's order. Cost: O(nodes + ties) with hashing.

#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

enum class ChangeKind { Added, Removed, Changed };

/// "added" | "removed" | "changed".
std::string_view toString(ChangeKind change);

/// One field that differs; values as short text (lists joined by ", ", "" when not set).
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
};

struct ElementDiff {
    std::string id;  ///< the id on the `after` side, or on the `before` side for removed ones
    std::string label;
    ChangeKind change = ChangeKind::Changed;
    std::string kind;                 ///< node or tie kind, file spelling
    std::string source, target;       ///< ties only
    std::vector<FieldChange> fields;  ///< Changed only: what differs (semantic fields, never positions)
    std::string beforeId;             ///< ties matched by endpoints: the id on the `before` side
};

struct ModelDiff {
    std::vector<ElementDiff> nodes;
    std::vector<ElementDiff> ties;
    /// How many node (ties = false) or tie (ties = true) entries have this change.
    std::size_t count(ChangeKind change, bool ties) const;
    bool empty() const { return nodes.empty() && ties.empty(); }
};

struct DiffOptions {
    bool ignorePhases = false;  ///< do not compare `phases` lists (phase-filtered copies)
};

ModelDiff diffModels(const Model& before, const Model& after);
ModelDiff diffModels(const Model& before, const Model& after, const DiffOptions& options);

}  // namespace orgweave::core
