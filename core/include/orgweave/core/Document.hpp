#pragma once
// An open document: the model, where it lives on disk, its undo history and its revisions.
// Every change is a command. An edit a user proposes goes through propose(), the one edit gate:
// the document applies it, judges it (EditRules.hpp: no new validation error, no repeated tie) and
// keeps it on the undo stack or reverts it and says why. execute() is the unchecked primitive for
// programs that build commands known to be valid (importers, tests). Panels and caches compare
// revisions (structureRevision() for the semantic network, revision() for anything including positions).

#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/Command.hpp"
#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/EditRules.hpp"
#include "orgweave/core/EditVerdict.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/UndoStack.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace orgweave::core {

class Document {
public:
    Document() = default;
    explicit Document(Model model, std::filesystem::path path = {});

    const Model& model() const { return m_model; }
    const std::filesystem::path& path() const { return m_path; }
    void setPath(std::filesystem::path path) { m_path = std::move(path); }

    /// The edit gate: applies `command`; keeps it on the undo stack when it introduces no new
    /// problem (EditRules.hpp), else reverts it exactly and returns the first new problem as the
    /// reason. Warnings never refuse. Undo and redo are not judged (they return to judged states).
    /// Cost: the command plus one editProblems() pass, O(nodes + ties + annotations); one more
    /// after an undo, redo or execute() (the state before is cached between proposals).
    EditVerdict propose(CommandPtr command);
    /// Applies and records a command. Checks nothing: the caller builds only valid commands.
    void execute(CommandPtr command);
    bool undo();
    bool redo();
    const UndoStack& history() const { return m_history; }

    /// Increases on every change, undo and redo.
    std::uint64_t revision() const { return m_revision; }
    /// Increases only when nodes, ties or annotations change (not on moves).
    std::uint64_t structureRevision() const { return m_structureRevision; }

    bool isDirty() const { return m_history.isDirty(); }
    /// Saves atomically to path() (or `path`, which becomes the document's path); marks clean.
    /// Throws std::runtime_error on failure; the document stays dirty then.
    void save();
    void saveAs(const std::filesystem::path& path, const AtomicWriteOptions& options = {});

private:
    void bump(const Command& command);

    Model m_model;
    std::filesystem::path m_path;
    UndoStack m_history;
    std::uint64_t m_revision = 0;
    std::uint64_t m_structureRevision = 0;
    std::optional<EditProblems> m_problems;  ///< of the model at m_problemsRevision
    std::uint64_t m_problemsRevision = 0;
};

}  // namespace orgweave::core
