#pragma once
// The Compare panel: two states of a network side by side in numbers and pictures. Each side is
// this document as a whole, one of its phases, or another file (any format the studio opens).
// With two or more phases it starts on the first two. The comparison (core::compareModels) runs on
// a worker thread whenever a side changes or the document's structure changes.
//
// It lists added, removed and changed nodes and ties (with the fields that changed), the nodes
// whose betweenness moved most, organization pairs that gained or lost independent paths, gaps new
// and resolved, alignment and network measures before → after. "Overlay" and "Side by side" show
// the comparison in place of the canvas (CompareView); "List" gives the canvas back.
// Cost: two analyses and two gap evaluations per change, off the UI thread.

#include "orgweave/core/ModelComparison.hpp"
#include "orgweave/studio/files/FileDialog.hpp"
#include "orgweave/studio/panels/CompareView.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/BackgroundJob.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace orgweave::studio {

class ComparePanel final : public Panel {
public:
    enum class Show { List, Overlay, SideBySide };

    /// One side of the comparison: another file when `file` is set, else this document (in
    /// `phase`, or whole when it is empty).
    struct Side {
        std::string phase;
        std::shared_ptr<const core::Model> file;
        std::filesystem::path path;
        bool operator==(const Side& other) const {
            return phase == other.phase && file == other.file && path == other.path;
        }
    };

    const char* title() const override { return core::N_("Compare"); }
    void draw(Workspace& workspace) override;
    bool replacesCanvas() const override;
    void drawInsteadOfCanvas(Workspace& workspace, const Canvas& canvas, const Rect& area) override;

    void setBefore(Workspace& workspace, Side side);
    void setAfter(Workspace& workspace, Side side);
    /// Reads another file as the "before" side; false (and a notice naming what is wrong) when it
    /// cannot be read.
    bool loadBeforeFile(Workspace& workspace, const std::filesystem::path& path);
    void setShow(Show show) { m_show = show; }
    Show show() const { return m_show; }

    // Read-only views for tests.
    const Side& before() const { return m_before; }
    const Side& after() const { return m_after; }
    bool running() const { return m_job != nullptr; }
    bool busy() const override { return running(); }
    /// Blocks until a running comparison ends and takes its result (tests).
    void finish(Workspace& workspace);
    const std::optional<core::Comparison>& result() const { return m_result; }
    const std::string& error() const { return m_error; }
    const CompareView& view() const { return m_view; }

private:
    /// What the worker returns: the comparison and both sides as compared (limited to their phases).
    struct Outcome {
        core::Comparison comparison;
        core::Model before;
        core::Model after;
    };

    void resetFor(Workspace& workspace);
    void start(Workspace& workspace);
    void poll();
    std::string nameOf(const Workspace& workspace, const Side& side) const;
    bool sidePicker(Workspace& workspace, const char* label, Side& side, bool allowFile);
    void drawChanges();

    Side m_before;
    Side m_after;
    Show m_show = Show::List;
    std::unique_ptr<BackgroundJob<Outcome>> m_job;
    std::optional<core::Comparison> m_result;
    std::string m_error;
    CompareView m_view;
    FileDialog m_dialog;
    std::uint64_t m_generation = ~std::uint64_t{0};
    std::uint64_t m_comparedRevision = 0;
    bool m_dirty = false;
};

}  // namespace orgweave::studio
