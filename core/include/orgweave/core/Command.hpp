#pragma once
// An undoable change to a Model. apply() and revert() must be exact inverses: revert(apply(m)) == m.
// Commands are created with the values they need (the document decides whether an edit is valid
// before it creates one) and capture whatever they overwrite on the first apply().

#include "orgweave/core/Model.hpp"

#include <memory>
#include <string>

namespace orgweave::core {

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(Model& model) = 0;
    virtual void revert(Model& model) = 0;
    /// Short, user-facing: "Add role 'GP'", "Move 3 nodes".
    virtual std::string description() const = 0;
    /// False when only view data (positions, pinning) changes; measures need not be recomputed.
    virtual bool changesStructure() const { return true; }
};

using CommandPtr = std::unique_ptr<Command>;

}  // namespace orgweave::core
