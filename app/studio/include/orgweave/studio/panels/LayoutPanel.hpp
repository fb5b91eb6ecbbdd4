#pragma once
// The Layout panel: choose a layout engine (layouts::layoutEngineNames) and its options (clusters
// by an attribute, keep pinned nodes, seed), run it on a background LayoutJob, watch the force
// engine animate on the canvas (Workspace::setPreviewPositions), stop it early (keeps the state
// reached) or cancel it (drops it). A finished run becomes one ReplaceLayoutCommand
// ("Layout: <engine>") on the undo stack. Also pins and unpins the selected nodes (one
// ReplaceLayoutCommand each). Cost per frame: O(n) while a preview changes, O(1) otherwise; a
// network of more than kBigNetwork nodes takes a new preview at most every kBigPreviewSeconds
// (each one re-indexes and re-rasterises the canvas).

#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/LayoutJob.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class LayoutPanel final : public Panel {
public:
    const char* title() const override { return core::N_("Layout"); }
    void draw(Workspace& workspace) override;

    /// One line saying what an engine does (empty for an unknown name).
    static std::string_view engineDescription(std::string_view engine);
    /// Why `engine` cannot lay out a network of `nodes` nodes (empty when it can).
    static std::string sizeWarning(std::string_view engine, std::size_t nodes);

    /// Selects the engine by name (as the combo does); false for an unknown name.
    bool setEngine(std::string_view engine);
    const std::string& engine() const { return m_engines[m_engineIndex]; }

    // Read-only views for tests.
    /// Screen rectangle of a button last frame ("Run", "Stop", "Cancel", "Pin", "Unpin").
    Rect buttonRect(const std::string& label) const;
    /// The running (or finished, not yet committed) job; null when idle.
    const LayoutJob* job() const { return m_job.get(); }
    bool busy() const override { return m_job != nullptr || !m_retired.empty(); }
    static constexpr std::size_t kBigNetwork = 20000;
    static constexpr double kBigPreviewSeconds = 1.0;
    /// Blocks until the current job's worker has finished (the next draw() commits it).
    void waitForJob();
    const std::string& error() const { return m_error; }

private:
    void start(Workspace& workspace);
    void cancel(Workspace& workspace);
    void finish(Workspace& workspace);
    void pinSelected(Workspace& workspace, bool pin);
    bool button(const char* label, bool enabled = true);

    std::vector<std::string> m_engines = layouts::layoutEngineNames();
    std::size_t m_engineIndex = 1;  ///< "force"
    std::string m_clusterBy = "organization";
    bool m_keepPinned = true;
    int m_seed = 1;
    std::unique_ptr<LayoutJob> m_job;
    std::vector<std::unique_ptr<LayoutJob>> m_retired;  ///< cancelled jobs still finishing
    std::uint64_t m_shownPreview = 0;
    std::chrono::steady_clock::time_point m_previewShownAt;
    std::string m_error;
    std::string m_lastRun;  ///< "force, 1.2 s" of the last committed run
    std::map<std::string, Rect> m_buttons;
};

}  // namespace orgweave::studio
