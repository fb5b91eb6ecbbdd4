#include "orgweave/studio/session/EditCheck.hpp"

#include "orgweave/core/Validation.hpp"

#include <set>
#include <utility>

namespace orgweave::studio {

namespace {

using Key = std::pair<std::string, std::string>;  // pointer, message

std::set<Key> keysOf(const core::Diagnostics& diagnostics, core::Severity severity) {
    std::set<Key> keys;
    for (const core::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == severity)
            keys.emplace(diagnostic.pointer, diagnostic.message);
    }
    return keys;
}

}  // namespace

EditVerdict checkEdit(const core::Model& model, const CommandFactory& makeCommand) {
    EditVerdict verdict;
    core::CommandPtr command = makeCommand();
    if (!command)
        return verdict;
    core::Model after = model;
    command->apply(after);
    const core::Diagnostics before = core::validate(model);
    const core::Diagnostics now = core::validate(after);
    const std::set<Key> oldErrors = keysOf(before, core::Severity::Error);
    const std::set<Key> oldWarnings = keysOf(before, core::Severity::Warning);
    for (const core::Diagnostic& diagnostic : now) {
        const Key key{diagnostic.pointer, diagnostic.message};
        if (diagnostic.severity == core::Severity::Error && !oldErrors.count(key) && verdict.accepted) {
            verdict.accepted = false;
            verdict.reason = diagnostic.message;
        } else if (diagnostic.severity == core::Severity::Warning && !oldWarnings.count(key)) {
            verdict.warnings.push_back(diagnostic.message);
        }
    }
    return verdict;
}

}  // namespace orgweave::studio
