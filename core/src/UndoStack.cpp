#include "orgweave/core/UndoStack.hpp"

#include <limits>

namespace orgweave::core {

void UndoStack::push(CommandPtr command, Model& model) {
    command->apply(model);
    record(std::move(command));
}

void UndoStack::record(CommandPtr command) {
    if (m_savedIndex > m_index && m_savedIndex != std::numeric_limits<std::size_t>::max()) {
        m_savedIndex = std::numeric_limits<std::size_t>::max();  // the saved state was in the redo tail
    }
    m_commands.resize(m_index);
    m_commands.push_back(std::move(command));
    m_index = m_commands.size();
}

const Command* UndoStack::undo(Model& model) {
    if (!canUndo())
        return nullptr;
    Command& command = *m_commands[--m_index];
    command.revert(model);
    return &command;
}

const Command* UndoStack::redo(Model& model) {
    if (!canRedo())
        return nullptr;
    Command& command = *m_commands[m_index++];
    command.apply(model);
    return &command;
}

void UndoStack::clear() {
    m_commands.clear();
    m_index = 0;
    m_savedIndex = 0;
}

}  // namespace orgweave::core
