#pragma once
// Everything the studio's panels and canvas share: the open document with its undo stack, the
// selection, the background analysis, how the canvas maps measures to colour and size, the one
// queue of requests between the studio's parts (Requests.hpp), and short notices for the user. There is no
// event bus: panels read the document's revisions and the selection's revision each frame (DESIGN.md §3, §6).
//
// Every edit goes through propose(): the document's one edit gate (core Document::propose) keeps
// it on the undo stack or refuses it with a reason, which the workspace shows as a notice; then the
// selection is kept valid. Cost: propose() is the gate's cost (one validation of the model) plus
// O(selection · n) for pruning.

#include "orgweave/core/Command.hpp"
#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Document.hpp"
#include "orgweave/core/EditVerdict.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/ViewFilter.hpp"
#include "orgweave/studio/canvas/CanvasMarks.hpp"
#include "orgweave/studio/session/AnalysisService.hpp"
#include "orgweave/studio/session/Requests.hpp"
#include "orgweave/studio/session/Selection.hpp"
#include "orgweave/studio/session/ViewStage.hpp"

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

/// How the canvas draws nodes beyond shape by kind (the Measures panel and views set it).
struct CanvasMapping {
    /// "organization" (default), "kind", a measure name (light to dark) or any node attribute.
    std::string colorBy = "organization";
    /// Ties coloured and weighted by a tie score (layouts::tieScoreNames: "rc_index", an RC dimension,
    /// PARTNER trust and value, any numeric tie attribute); empty: by kind.
    std::string tieColorBy;
    /// A measure name; empty: every node of a kind has the same size.
    std::string sizeBy;
    /// Shape by a node field or attribute (layouts::shapeNodes) as well as by kind; empty: by kind.
    std::string shapeBy;
    /// Halos around the nodes that the gap findings name.
    bool showGapHalos = true;
    /// Only this gap rule's nodes get halos ("" = every finding).
    std::string haloRule;
    /// Phase whose absent nodes are ghosted; empty: everything is drawn plainly.
    std::string phase;
    /// Nodes ringed as "highlighted in the view" (a saved view's highlights).
    std::vector<std::string> highlighted;
    /// Nodes outside it are hidden, and ties with a hidden end (a saved view's filter).
    core::ViewFilter filter;
    /// Nodes and ties absent from `phase` are left out (and cannot be clicked) instead of ghosted.
    bool hideAbsent = false;
};

/// A short message shown for a few seconds (a refused edit, a failed save, …).
struct Notice {
    std::string text;
    bool error = false;
    std::chrono::steady_clock::time_point shown;
};

class Workspace {
public:
    Workspace() = default;

    bool hasDocument() const { return m_document.has_value(); }
    /// The open document; call only when hasDocument().
    core::Document& document() { return *m_document; }
    const core::Document& document() const { return *m_document; }
    /// The model, or null with no document.
    const core::Model* model() const { return m_document ? &m_document->model() : nullptr; }

    /// Replaces the open document (selection, analysis and notices start afresh).
    void setDocument(core::Model model, std::filesystem::path path = {});
    /// Closes the document (the canvas shows its hint).
    void closeDocument();
    /// A new empty document titled "Untitled network".
    void newDocument();

    /// Proposes `command` to the document's edit gate. Accepted: it is on the undo stack and the
    /// selection is pruned. Refused: the document is unchanged and a notice says why ("Edit
    /// refused: …"). Without a document (or command) nothing happens and the verdict is a refusal.
    core::EditVerdict propose(core::CommandPtr command);
    bool undo();
    bool redo();
    /// Undoes or redoes until the history index is `index` (History panel).
    void goToHistory(std::size_t index);

    /// Grows each time the document is replaced (opened, new, closed).
    std::uint64_t generation() const { return m_generation; }
    /// Revisions of the open document (0 with none); they also grow when a document is replaced.
    std::uint64_t revision() const;
    std::uint64_t structureRevision() const;

    Selection& selection() { return m_selection; }
    const Selection& selection() const { return m_selection; }
    AnalysisService& analysis() { return m_analysis; }
    const AnalysisService& analysis() const { return m_analysis; }
    CanvasMapping& mapping() { return m_mapping; }
    const CanvasMapping& mapping() const { return m_mapping; }
    /// What the canvas publishes of its camera (the Views panel saves it in a view).
    ViewStage& stage() { return m_stage; }
    const ViewStage& stage() const { return m_stage; }

    /// Once per frame: starts an analysis when the structure changed and publishes finished ones.
    void update();

    /// Positions the canvas shows instead of the document's while a layout animates: view data
    /// outside the undo stack, never saved. The Layout panel commits the final positions as one
    /// ReplaceLayoutCommand and clears the preview.
    void setPreviewPositions(std::map<std::string, core::Point> positions);
    void clearPreview();
    const std::map<std::string, core::Point>* previewPositions() const {
        return m_preview ? &*m_preview : nullptr;
    }
    /// Grows whenever the preview changes (set or cleared).
    std::uint64_t previewRevision() const { return m_previewRevision; }

    /// Requests between the studio's parts: post one, and the part that handles its type takes
    /// it at its next frame (Requests.hpp says who handles what). Emptied when the document is
    /// replaced.
    RequestQueue& requests() { return m_requests; }
    const RequestQueue& requests() const { return m_requests; }

    /// Marks the main canvas draws over the document (a what-if scenario); empty: none.
    void setMarks(CanvasMarks marks);
    const CanvasMarks& marks() const { return m_marks; }
    /// Grows whenever the marks change.
    std::uint64_t marksRevision() const { return m_marksRevision; }

    void notify(std::string text, bool error = false);
    /// Notices younger than `seconds`, oldest first.
    std::vector<Notice> recentNotices(double seconds = 6.0) const;

    /// An id not used by any node or tie, "<prefix>-<k>" with the smallest k ≥ 1.
    std::string freshId(std::string_view prefix) const;

private:
    std::optional<core::Document> m_document;
    std::uint64_t m_generation = 0;  ///< grows when the document is replaced
    Selection m_selection;
    AnalysisService m_analysis;
    CanvasMapping m_mapping;
    ViewStage m_stage;
    RequestQueue m_requests;
    std::optional<std::map<std::string, core::Point>> m_preview;
    std::uint64_t m_previewRevision = 0;
    std::deque<Notice> m_notices;
    CanvasMarks m_marks;
    std::uint64_t m_marksRevision = 0;
};

}  // namespace orgweave::studio
