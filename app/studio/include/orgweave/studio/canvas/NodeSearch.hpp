#pragma once
// Finding nodes by what a user types: a case-insensitive substring of the label, the id, the type
// (its file spelling or its vocabulary label) or any attribute value (strings, numbers and
// booleans of `attrs`, nested lists and objects included). Used by the find bar (Ctrl+F) and the
// "Connect to…" list. Matches are ranked: label starts with the text, label contains it, id, then
// the rest; file order within a rank. Cost: O(n · size of the node's text) per search.

#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class NodeSearch {
public:
    /// Indices into model.nodes of the nodes matching `query` (all of them for an empty or blank
    /// query), best first.
    static std::vector<std::size_t> find(const core::Model& model, std::string_view query);
    /// Whether node matches `query`; -1 when not, else its rank (0 best).
    static int rank(const core::Node& node, std::string_view query);
};

}  // namespace orgweave::studio
