#pragma once
// Whether an edit proposed by a panel may be executed: the command is applied to a copy of the
// model and core validation (Validation.hpp) runs before and after. An edit that introduces a new
// error (by JSON pointer and message) is refused with that error's message; errors the document
// already had do not block unrelated edits. New warnings are reported but never refuse.
// Cost: two model copies' worth of validation, O(nodes + ties + annotations), per proposed edit.

#include "orgweave/core/Command.hpp"
#include "orgweave/core/Model.hpp"

#include <functional>
#include <string>
#include <vector>

namespace orgweave::studio {

/// Builds the command of one edit (called once for the check, once more to execute).
using CommandFactory = std::function<core::CommandPtr()>;

struct EditVerdict {
    bool accepted = true;
    std::string reason;                 ///< the first new error when refused
    std::vector<std::string> warnings;  ///< new warnings the edit would introduce
};

EditVerdict checkEdit(const core::Model& model, const CommandFactory& makeCommand);

}  // namespace orgweave::studio
