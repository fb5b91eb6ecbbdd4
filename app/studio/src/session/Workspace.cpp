// Workspace: sections · documents · edits · per frame · notices and ids
#include "orgweave/studio/session/Workspace.hpp"

#include "orgweave/core/Translate.hpp"

#include <unordered_set>
#include <utility>

namespace orgweave::studio {

namespace {
/// Revisions of different documents never compare equal: the generation fills the high bits.
constexpr int kGenerationShift = 40;
constexpr std::size_t kMaxNotices = 20;
}  // namespace

// ---------------------------------------------------------------------------------------- documents

void Workspace::setDocument(core::Model model, std::filesystem::path path) {
    m_analysis.reset();
    clearPreview();
    m_document.emplace(std::move(model), std::move(path));
    ++m_generation;
    m_selection.clear();
    m_requests.clear();
    setMarks({});
}

void Workspace::closeDocument() {
    m_analysis.reset();
    clearPreview();
    m_document.reset();
    ++m_generation;
    m_selection.clear();
    m_requests.clear();
    setMarks({});
}

void Workspace::newDocument() {
    core::Model model;
    model.annotations.meta.title = core::tr("Untitled network");
    setDocument(std::move(model));
}

// -------------------------------------------------------------------------------------------- edits

core::EditVerdict Workspace::propose(core::CommandPtr command) {
    if (!m_document || !command)
        return core::EditVerdict{false, core::tr("There is no document to edit."), {}};
    core::EditVerdict verdict = m_document->propose(std::move(command));
    if (verdict.accepted)
        m_selection.prune(m_document->model());
    else
        notify(core::fill(core::tr("Edit refused: {}"), {verdict.reason}), true);
    return verdict;
}

bool Workspace::undo() {
    if (!m_document || !m_document->undo())
        return false;
    m_selection.prune(m_document->model());
    return true;
}

bool Workspace::redo() {
    if (!m_document || !m_document->redo())
        return false;
    m_selection.prune(m_document->model());
    return true;
}

void Workspace::goToHistory(std::size_t index) {
    if (!m_document)
        return;
    while (m_document->history().index() > index && m_document->undo()) {
    }
    while (m_document->history().index() < index && m_document->redo()) {
    }
    m_selection.prune(m_document->model());
}

std::uint64_t Workspace::revision() const {
    return (m_generation << kGenerationShift) + (m_document ? m_document->revision() : 0);
}

std::uint64_t Workspace::structureRevision() const {
    return (m_generation << kGenerationShift) + (m_document ? m_document->structureRevision() : 0);
}

// ---------------------------------------------------------------------------------------- per frame

void Workspace::update() {
    if (m_document)
        m_analysis.request(m_document->model(), structureRevision());
    m_analysis.poll();
}

void Workspace::setPreviewPositions(std::map<std::string, core::Point> positions) {
    m_preview = std::move(positions);
    ++m_previewRevision;
}

void Workspace::clearPreview() {
    if (!m_preview)
        return;
    m_preview.reset();
    ++m_previewRevision;
}

void Workspace::setMarks(CanvasMarks marks) {
    if (marks.empty() && m_marks.empty())
        return;
    m_marks = std::move(marks);
    ++m_marksRevision;
}

// --------------------------------------------------------------------------------- notices and ids

void Workspace::notify(std::string text, bool error) {
    m_notices.push_back({std::move(text), error, std::chrono::steady_clock::now()});
    while (m_notices.size() > kMaxNotices)
        m_notices.pop_front();
}

std::vector<Notice> Workspace::recentNotices(double seconds) const {
    const auto now = std::chrono::steady_clock::now();
    std::vector<Notice> recent;
    for (const Notice& notice : m_notices) {
        if (std::chrono::duration<double>(now - notice.shown).count() < seconds)
            recent.push_back(notice);
    }
    return recent;
}

std::string Workspace::freshId(std::string_view prefix) const {
    std::unordered_set<std::string> used;
    if (m_document) {
        for (const core::Node& node : m_document->model().nodes)
            used.insert(node.id);
        for (const core::Tie& tie : m_document->model().ties)
            used.insert(tie.id);
    }
    for (std::size_t k = 1;; ++k) {
        std::string id = std::string(prefix) + "-" + std::to_string(k);
        if (!used.contains(id))
            return id;
    }
}

}  // namespace orgweave::studio
