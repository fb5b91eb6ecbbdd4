#pragma once
// Our force layout (ForceLayout.hpp) of a whole document, run at once (runLayout's "force") or a
// few iterations at a time so the studio can animate it. It reads the full lens, starts from the
// stored positions, keeps pinned nodes, groups by EngineRequest::clusterBy. The picture is scaled so
// that the median tie is 72 points long (without pins), with at least 60×60 points per node, and
// overlaps are removed with label-aware node sizes: in networks of up to 2,000 nodes (where labels
// are drawn) each node keeps half its label's width, up to 60 points, free around it; in larger
// ones 18 points. With clusters, finish() then moves the clusters apart as wholes until their
// bounding rectangles grown by 40 points overlap nowhere (up to 500 clusters; a cluster with a pinned
// node stays), so that organizations' outlines do not cover each other, and frames the result.
// Cost: O(n + m) to set up, O(n log n + m) per iteration.

#include "orgweave/layouts/ForceLayout.hpp"
#include "orgweave/layouts/LayoutEngine.hpp"

#include <orgweave/core/Lens.hpp>
#include <orgweave/core/Model.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace orgweave::layouts {

class ForceSession {
public:
    ForceSession(const core::Model& model, const EngineRequest& request);

    void step(std::size_t k = 1) { m_layout->step(k); }
    bool converged() const { return m_layout->converged(); }
    std::size_t iterations() const { return m_layout->iterations(); }
    std::size_t iterationCap() const { return m_cap; }
    /// Positions now, by node id, scaled as the final picture (overlaps not yet removed).
    std::map<std::string, core::Point> preview() const;
    /// Removes overlaps and returns the finished layout (call once, after stepping).
    LayoutResult finish();
    /// Iterates to convergence with the request's cancel flag and progress, then finish().
    /// Throws LayoutCancelled when cancelled.
    LayoutResult run();

private:
    double pictureScale() const;
    std::map<std::string, core::Point> placed(const std::vector<core::Point>& raw, double scale) const;

    const core::Model& m_model;
    EngineRequest m_request;
    core::LensGraph m_lens;
    std::unique_ptr<ForceLayout> m_layout;
    std::size_t m_cap = 0;
    bool m_keep = false;                             ///< pinned nodes: positions stay in the document's frame
    std::vector<std::vector<std::string>> m_groups;  ///< node ids of each cluster (EngineRequest::clusterBy)
    std::vector<bool> m_groupFixed;                  ///< the cluster holds a pinned node
};

}  // namespace orgweave::layouts
