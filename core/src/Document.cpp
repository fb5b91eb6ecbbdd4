#include "orgweave/core/Document.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include <stdexcept>

namespace orgweave::core {

Document::Document(Model model, std::filesystem::path path)
    : m_model(std::move(model)), m_path(std::move(path)) {}

EditVerdict Document::propose(CommandPtr command) {
    EditVerdict verdict;
    if (!command)
        return verdict;
    if (!m_problems || m_problemsRevision != m_revision)
        m_problems = editProblems(m_model);
    command->apply(m_model);
    EditProblems after = editProblems(m_model);
    EditProblemDelta added = newProblems(*m_problems, after);
    if (!added.errors.empty()) {
        command->revert(m_model);
        verdict.accepted = false;
        verdict.reason = std::move(added.errors.front());
        return verdict;
    }
    verdict.warnings = std::move(added.warnings);
    m_history.record(std::move(command));
    bump(m_history.at(m_history.index() - 1));
    m_problems = std::move(after);
    m_problemsRevision = m_revision;
    return verdict;
}

void Document::execute(CommandPtr command) {
    m_history.push(std::move(command), m_model);
    bump(m_history.at(m_history.index() - 1));
}

bool Document::undo() {
    const Command* command = m_history.undo(m_model);
    if (command)
        bump(*command);
    return command != nullptr;
}

bool Document::redo() {
    const Command* command = m_history.redo(m_model);
    if (command)
        bump(*command);
    return command != nullptr;
}

void Document::bump(const Command& command) {
    ++m_revision;
    if (command.changesStructure())
        ++m_structureRevision;
}

void Document::save() {
    if (m_path.empty())
        throw std::runtime_error(tr("the document has no file name yet; use Save As"));
    saveDocument(m_model, m_path);
    m_history.markSaved();
}

void Document::saveAs(const std::filesystem::path& path, const AtomicWriteOptions& options) {
    saveDocument(m_model, path, options);
    m_path = path;
    m_history.markSaved();
}

}  // namespace orgweave::core
