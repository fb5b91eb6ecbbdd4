#pragma once
// What an edit may not introduce into a document: every error of validation (Validation.hpp) plus
// the editing rules that files from other tools may break but an edit may not (two ties of one
// kind between the same two nodes; collaboration counts both directions as one pair). Problems are
// compared as messages, so an edit is judged by what it adds, not by where earlier problems moved.
// Cost: one validation plus a hash of the ties, O(nodes + ties + annotations).

#include "orgweave/core/Model.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace orgweave::core {

/// How often one problem occurs, and its message for the user.
struct EditProblemCount {
    std::size_t count = 0;
    std::string message;
};

/// Problems and warnings of a model, keyed by what identifies them (the message, or for a repeated
/// tie its kind and end ids, so renaming a node does not make an old repeat look new).
struct EditProblems {
    std::unordered_map<std::string, EditProblemCount> errors;
    std::unordered_map<std::string, EditProblemCount> warnings;
};

EditProblems editProblems(const Model& model);

/// Messages of the problems `after` has more often than `before` (sorted).
struct EditProblemDelta {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};
EditProblemDelta newProblems(const EditProblems& before, const EditProblems& after);

}  // namespace orgweave::core
