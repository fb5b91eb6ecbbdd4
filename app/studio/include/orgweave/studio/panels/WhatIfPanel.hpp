#pragma once
// The What-if panel: "what if this person leaves, this committee is dissolved, or this tie is
// added?" on a scenario copy of the document (core/Scenario.hpp); the document never changes.
// The scenario is a list of removed nodes, proposed ties and proposed committees, built from the selection or
// from "What if this leaves?" on a node's context menu (a WhatIfRequest on the workspace's requests). It is
// evaluated on a worker thread after every change of the scenario or of the document's structure, in the
// phase the canvas shows.
//
// The result reads top-down for a committee: organization pairs cut off and pairs down to one
// path (click one to frame its organizations), then the roles whose betweenness changes most,
// gaps created and resolved, and the alignment scores before → after. On the canvas, the removed
// nodes fade with a vermillion ring, organizations cut off get a vermillion ring, pairs down to
// one path sky blue, the endpoints of proposed ties green, and the three roles that carry most of
// the rerouted flow reddish purple. Cost: two analyses and two gap evaluations per change, off the UI thread.

#include "orgweave/core/Model.hpp"
#include "orgweave/core/Scenario.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/BackgroundJob.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class WhatIfPanel final : public Panel {
public:
    const char* title() const override { return core::N_("What if"); }
    void draw(Workspace& workspace) override;

    /// Replaces the scenario with the removal of these nodes and evaluates it.
    void removeOnly(Workspace& workspace, std::vector<std::string> nodeIds);
    /// Adds a proposed tie of `kind` between two nodes; false (and a notice) when no tie fits.
    bool proposeTie(Workspace& workspace, const std::string& source, const std::string& target);
    /// Adds a proposed committee (level 3) with these roles or organizations as members; false (and
    /// a notice) when fewer than two of them can hold a seat.
    bool proposeCommittee(Workspace& workspace, const std::vector<std::string>& memberIds);
    /// Forgets the scenario and takes the marks off the canvas.
    void clear(Workspace& workspace);

    // Read-only views for tests.
    const core::Scenario& scenario() const { return m_scenario; }
    bool running() const { return m_job != nullptr; }
    bool busy() const override { return running(); }
    /// Blocks until a running evaluation ends and takes its result (tests).
    void finish(Workspace& workspace);
    const std::optional<core::WhatIfImpact>& impact() const { return m_impact; }
    const std::string& error() const { return m_error; }
    /// Whether the scenario's marks are drawn on the canvas.
    bool showsOnCanvas() const { return m_showOnCanvas; }
    void setShowOnCanvas(Workspace& workspace, bool show);

private:
    void start(Workspace& workspace);
    void poll(Workspace& workspace);
    void publishMarks(Workspace& workspace) const;
    void drawScenario(Workspace& workspace);
    void drawImpact(Workspace& workspace);
    void drawPairs(Workspace& workspace);

    core::Scenario m_scenario;
    std::unique_ptr<BackgroundJob<core::WhatIfImpact>> m_job;
    std::optional<core::WhatIfImpact> m_impact;
    std::string m_error;
    std::uint64_t m_generation = 0;         ///< document the scenario belongs to
    std::uint64_t m_evaluatedRevision = 0;  ///< structure revision the result (or job) is for
    std::string m_evaluatedPhase;
    bool m_dirty = false;  ///< the scenario changed since the last start
    bool m_showOnCanvas = true;
};

}  // namespace orgweave::studio
