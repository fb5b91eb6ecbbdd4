#pragma once
// Our own force-directed layout, ForceAtlas2-style, for large networks and live animation
// (DESIGN.md §5, §9).
//
// Forces: repulsion kr·(deg_u+1)(deg_v+1)/d between every pair (approximated by a Barnes–Hut
// quadtree, theta 1.2), linear attraction w·d along each tie, gravity toward the centre
// (linear in the distance, scaled by the mean mass so that loose components stay near the picture
// whatever the graph's size) and, optionally, a linear pull toward the centroid of each node's
// cluster. Each node moves with ForceAtlas2's adaptive speed (global speed from swing and traction,
// local speed damped by the node's own swing).
//
// Convention: node i of the layout is node i of the graph; coordinates are in points (simulation
// units times ForceOptions::unitLength), with no orientation of their own (y down when the pinned
// or stored positions are). Pinned nodes never move, but push and pull the others. Results are
// deterministic: the same graph and options give the same positions (single-threaded, seeded
// splitmix64, no std::random_device).
//
// Incremental: step(k) runs k iterations, so a caller can animate the layout or stop at any time;
// run() iterates until converged() or the iteration cap, checking a cancel flag every iteration.
// Cost: O(n log n + m) per iteration, O(n + m) memory.

#include <orgweave/core/Graph.hpp>
#include <orgweave/core/Model.hpp>

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace orgweave::layouts {

/// A node held in place, by graph index, at a position in points.
struct PinnedNode {
    core::Graph::Index node = 0;
    core::Point position;
};

struct ForceOptions {
    unsigned long long seed = 1;      ///< seed of the random initial placement
    std::size_t maxIterations = 800;  ///< run() stops here at the latest
    std::vector<PinnedNode> pinned;   ///< nodes that never move
    /// Starting positions in points, per graph node (empty, or one entry per node; nullopt entries
    /// are placed near their placed neighbours, else at random).
    std::vector<std::optional<core::Point>> initial;
    /// Cluster id per graph node (empty for none; negative for a node in no cluster).
    std::vector<int> clusters;
    double clusterStrength = 1.0;  ///< pull toward the cluster's centroid, per unit of mass·distance
    double scaling = 2.0;          ///< kr: strength of the repulsion
    double gravity = 1.0;          ///< pull toward the centre
    double theta = 1.2;            ///< Barnes–Hut accuracy (larger: faster, coarser)
    double unitLength = 20.0;      ///< points per simulation unit
    /// Converged when the mean move of a free node in one iteration falls below this fraction of
    /// the picture's expected radius.
    double tolerance = 1e-3;
};

class ForceLayout {
public:
    /// Lays out `graph` (direction ignored; weights are attraction strengths). O(n + m).
    ForceLayout(const core::Graph& graph, ForceOptions options);

    /// Runs k iterations (fewer when there is nothing to move). O(k · n log n).
    void step(std::size_t k = 1);
    /// Iterates until converged() or the iteration cap, calling `progress(done, cap)` after each
    /// iteration. Returns false when `cancel` became true (checked every iteration).
    bool run(const std::atomic<bool>* cancel = nullptr,
             const std::function<void(std::size_t, std::size_t)>& progress = {});

    /// Whether the last iteration moved the nodes by less than the tolerance (or nothing can move).
    bool converged() const { return m_converged; }
    std::size_t iterations() const { return m_iterations; }
    std::size_t nodeCount() const { return m_x.size(); }

    /// Current positions in points, per graph node. O(n).
    std::vector<core::Point> positions() const;

    /// Pushes apart free nodes closer than 2·radius points (circles), `passes` times, with a grid.
    /// Pinned nodes stay. O(passes · n) for an even spread.
    void removeOverlaps(double radius, int passes = 8);
    /// The same with a radius per graph node (points): nodes i and j end at least r_i + r_j apart.
    void removeOverlaps(std::span<const double> radii, int passes = 8);

private:
    void place(unsigned long long seed, const std::vector<std::optional<core::Point>>& initial);
    void iterate();
    void repulse();
    void adjustSpeedAndMove();

    std::vector<double> m_x, m_y;    // simulation units
    std::vector<double> m_dx, m_dy;  // forces of this iteration
    std::vector<double> m_oldDx, m_oldDy;
    std::vector<double> m_mass;  // degree + 1
    std::vector<char> m_pinned;
    std::vector<core::Graph::Edge> m_edges;
    std::vector<int> m_clusters;
    std::size_t m_clusterCount = 0;
    double m_clusterStrength = 1.0;
    double m_kr = 2.0;
    double m_kg = 1.0;  // per unit distance, already divided by the mean mass
    double m_theta = 1.2;
    double m_unit = 20.0;
    double m_tolerance = 1e-3;
    double m_radius = 1.0;  // expected radius of the picture, simulation units
    double m_centerX = 0.0, m_centerY = 0.0;
    double m_speed = 1.0;
    double m_speedEfficiency = 1.0;
    std::size_t m_maxIterations = 800;
    std::size_t m_iterations = 0;
    std::size_t m_free = 0;
    bool m_converged = false;

    struct Cell {
        double cx, cy, half;  // square: centre and half side
        double mass, mx, my;  // total mass; centre of mass (sums until finished)
        int child;            // first of four children, -1 for a leaf
        int body;             // the single body of a leaf, -1 for none or several
    };
    std::vector<Cell> m_cells;
    std::vector<int> m_stack;
};

}  // namespace orgweave::layouts
