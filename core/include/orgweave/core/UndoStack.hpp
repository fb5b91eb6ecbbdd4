#pragma once
// Linear undo history of commands (DESIGN.md §3). push() applies a command and drops the redo
// tail; the saved index gives the "unsaved changes" flag. Cost: O(1) bookkeeping per operation plus
// the command's own cost.

#include "orgweave/core/Command.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace orgweave::core {

class UndoStack {
public:
    /// Applies `command` to `model` and records it. Drops anything that could be redone.
    void push(CommandPtr command, Model& model);
    /// Records a command the caller has already applied. Drops anything that could be redone.
    void record(CommandPtr command);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    /// Reverts the last applied command; returns it (nullptr when there is none).
    const Command* undo(Model& model);
    /// Re-applies the next command; returns it (nullptr when there is none).
    const Command* redo(Model& model);

    /// Number of commands applied (the position in the history).
    std::size_t index() const { return m_index; }
    std::size_t size() const { return m_commands.size(); }
    const Command& at(std::size_t i) const { return *m_commands.at(i); }

    void markSaved() { m_savedIndex = m_index; }
    /// True when the model differs from what was last saved (or loaded).
    bool isDirty() const { return m_savedIndex != m_index; }
    void clear();

private:
    std::vector<CommandPtr> m_commands;
    std::size_t m_index = 0;
    // SIZE_MAX once the saved state has been dropped from the history (can never be clean again).
    std::size_t m_savedIndex = 0;
};

}  // namespace orgweave::core
