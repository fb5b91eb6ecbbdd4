// ForceAtlas2-style layout with a Barnes–Hut quadtree.
//
// Sections: random numbers · construction and initial placement · one iteration (quadtree
// repulsion, attraction, gravity, clusters, adaptive speed) · running · overlap removal

#include "orgweave/layouts/ForceLayout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <unordered_map>
#include <utility>

namespace orgweave::layouts {

// ---- random numbers ---------------------------------------------------------------------------

namespace {

/// splitmix64: tiny, seedable and the same on every platform.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

constexpr int kMaxDepth = 48;

}  // namespace

// ---- construction and initial placement -------------------------------------------------------

ForceLayout::ForceLayout(const core::Graph& graph, ForceOptions options)
    : m_clusterStrength(options.clusterStrength),
      m_kr(options.scaling > 0 ? options.scaling : 2.0),
      m_theta(options.theta > 0 ? options.theta : 1.2),
      m_unit(options.unitLength > 0 ? options.unitLength : 20.0),
      m_tolerance(options.tolerance),
      m_maxIterations(options.maxIterations) {
    const std::size_t n = graph.nodeCount();
    m_edges = core::UndirectedView(graph).get().edges();
    m_mass.assign(n, 1.0);
    for (const core::Graph::Edge& e : m_edges) {
        m_mass[e.source] += 1.0;
        m_mass[e.target] += 1.0;
    }
    double totalMass = 0.0;
    for (double m : m_mass)
        totalMass += m;
    const double meanMass = n ? totalMass / static_cast<double>(n) : 1.0;
    // Expected radius: a tie is about sqrt(kr)·mass long, and the picture about sqrt(n) ties wide.
    m_radius = std::max(1.0, std::sqrt(m_kr) * meanMass * std::sqrt(static_cast<double>(n)));
    // Linear gravity g·mass·d/meanMass balances the repulsion of the whole graph near m_radius.
    m_kg = std::max(0.0, options.gravity) / meanMass;

    m_pinned.assign(n, 0);
    std::vector<std::optional<core::Point>> initial = std::move(options.initial);
    initial.resize(n);
    for (const PinnedNode& p : options.pinned) {
        if (p.node >= n || !std::isfinite(p.position.x) || !std::isfinite(p.position.y))
            continue;
        m_pinned[p.node] = 1;
        initial[p.node] = p.position;
    }
    m_free = static_cast<std::size_t>(std::count(m_pinned.begin(), m_pinned.end(), char{0}));

    if (options.clusters.size() == n) {
        m_clusters = std::move(options.clusters);
        int top = -1;
        for (int c : m_clusters)
            top = std::max(top, c);
        m_clusterCount = static_cast<std::size_t>(top + 1);
    }
    m_dx.assign(n, 0.0);
    m_dy.assign(n, 0.0);
    m_oldDx.assign(n, 0.0);
    m_oldDy.assign(n, 0.0);
    place(options.seed, initial);
    m_converged = m_free == 0 || n < 2;
}

void ForceLayout::place(unsigned long long seed, const std::vector<std::optional<core::Point>>& initial) {
    const std::size_t n = m_mass.size();
    m_x.assign(n, 0.0);
    m_y.assign(n, 0.0);
    std::vector<char> placed(n, 0);
    double sx = 0.0;
    double sy = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = initial[i];
        if (!p || !std::isfinite(p->x) || !std::isfinite(p->y))
            continue;
        m_x[i] = p->x / m_unit;
        m_y[i] = p->y / m_unit;
        placed[i] = 1;
        sx += m_x[i];
        sy += m_y[i];
        ++count;
    }
    // Gravity pulls toward the pinned nodes' centre, else the stored positions' centre, else 0.
    double px = 0.0;
    double py = 0.0;
    std::size_t pins = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!m_pinned[i])
            continue;
        px += m_x[i];
        py += m_y[i];
        ++pins;
    }
    if (pins) {
        m_centerX = px / static_cast<double>(pins);
        m_centerY = py / static_cast<double>(pins);
    } else if (count) {
        m_centerX = sx / static_cast<double>(count);
        m_centerY = sy / static_cast<double>(count);
    }

    SplitMix random(seed);
    if (count == 0) {
        for (std::size_t i = 0; i < n; ++i) {
            m_x[i] = m_centerX + (random.uniform() - 0.5) * 2.0 * m_radius;
            m_y[i] = m_centerY + (random.uniform() - 0.5) * 2.0 * m_radius;
        }
        return;
    }
    // New nodes next to their placed neighbours (incremental layout after an edit), else at random.
    std::vector<std::vector<core::Graph::Index>> neighbours(n);
    for (const core::Graph::Edge& e : m_edges) {
        neighbours[e.source].push_back(e.target);
        neighbours[e.target].push_back(e.source);
    }
    const double jitter = std::sqrt(m_kr);
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i])
            continue;
        double nx = 0.0;
        double ny = 0.0;
        std::size_t k = 0;
        for (core::Graph::Index j : neighbours[i]) {
            if (!placed[j])
                continue;
            nx += m_x[j];
            ny += m_y[j];
            ++k;
        }
        const double a = random.uniform() * 2.0 * std::numbers::pi;
        if (k) {
            m_x[i] = nx / static_cast<double>(k) + jitter * std::cos(a);
            m_y[i] = ny / static_cast<double>(k) + jitter * std::sin(a);
        } else {
            const double r = m_radius * std::sqrt(random.uniform());
            m_x[i] = m_centerX + r * std::cos(a);
            m_y[i] = m_centerY + r * std::sin(a);
        }
    }
}

// ---- one iteration ----------------------------------------------------------------------------

void ForceLayout::repulse() {
    const std::size_t n = m_x.size();
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (std::size_t i = 0; i < n; ++i) {
        minX = std::min(minX, m_x[i]);
        maxX = std::max(maxX, m_x[i]);
        minY = std::min(minY, m_y[i]);
        maxY = std::max(maxY, m_y[i]);
    }
    const double half = std::max(maxX - minX, maxY - minY) / 2.0 + 1e-6;
    m_cells.clear();
    m_cells.reserve(4 * n + 1);
    m_cells.push_back(Cell{(minX + maxX) / 2.0, (minY + maxY) / 2.0, half, 0.0, 0.0, 0.0, -1, -1});

    auto quadrant = [this](int cell, double x, double y) {
        const Cell& c = m_cells[static_cast<std::size_t>(cell)];
        return c.child + (x >= c.cx ? 1 : 0) + (y >= c.cy ? 2 : 0);
    };
    auto subdivide = [this](int cell) {
        const Cell c = m_cells[static_cast<std::size_t>(cell)];
        const double h = c.half / 2.0;
        const int first = static_cast<int>(m_cells.size());
        for (int q = 0; q < 4; ++q) {
            m_cells.push_back(
                Cell{c.cx + ((q & 1) ? h : -h), c.cy + ((q & 2) ? h : -h), h, 0.0, 0.0, 0.0, -1, -1});
        }
        m_cells[static_cast<std::size_t>(cell)].child = first;
    };

    // Insert every body; cells accumulate mass and mass-weighted position sums.
    for (std::size_t i = 0; i < n; ++i) {
        const double x = m_x[i];
        const double y = m_y[i];
        const double m = m_mass[i];
        int cell = 0;
        for (int depth = 0;; ++depth) {
            Cell& c = m_cells[static_cast<std::size_t>(cell)];
            if (c.child < 0) {
                if (c.mass == 0.0) {  // empty leaf
                    c.body = static_cast<int>(i);
                    c.mass = m;
                    c.mx = m * x;
                    c.my = m * y;
                    break;
                }
                if (depth >= kMaxDepth) {  // (nearly) coincident bodies: one aggregate leaf
                    c.body = -1;
                    c.mass += m;
                    c.mx += m * x;
                    c.my += m * y;
                    break;
                }
                // Occupied leaf: push its body one level down and continue below.
                const int old = c.body;
                subdivide(cell);
                Cell& parent = m_cells[static_cast<std::size_t>(cell)];
                parent.body = -1;
                const auto o = static_cast<std::size_t>(old);
                Cell& child = m_cells[static_cast<std::size_t>(quadrant(cell, m_x[o], m_y[o]))];
                child.body = old;
                child.mass = m_mass[o];
                child.mx = m_mass[o] * m_x[o];
                child.my = m_mass[o] * m_y[o];
            }
            Cell& inner = m_cells[static_cast<std::size_t>(cell)];
            inner.mass += m;
            inner.mx += m * x;
            inner.my += m * y;
            cell = quadrant(cell, x, y);
        }
    }
    for (Cell& c : m_cells) {
        if (c.mass > 0.0) {
            c.mx /= c.mass;
            c.my /= c.mass;
        }
    }

    // Forces: kr · m_i · M / d along the line between the body and the cell's centre of mass.
    const double theta2 = m_theta * m_theta;
    const double minDistance = 0.01;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = m_x[i];
        const double y = m_y[i];
        const double km = m_kr * m_mass[i];
        double fx = 0.0;
        double fy = 0.0;
        m_stack.clear();
        m_stack.push_back(0);
        while (!m_stack.empty()) {
            const Cell& c = m_cells[static_cast<std::size_t>(m_stack.back())];
            m_stack.pop_back();
            if (c.mass == 0.0 || c.body == static_cast<int>(i))
                continue;
            const double ddx = x - c.mx;
            const double ddy = y - c.my;
            const double d2 = ddx * ddx + ddy * ddy;
            const double size = 2.0 * c.half;
            if (c.child >= 0 && size * size >= theta2 * d2) {
                for (int q = 0; q < 4; ++q)
                    m_stack.push_back(c.child + q);
                continue;
            }
            if (d2 <= 0.0)
                continue;  // coincident: no direction to push in
            const double d = std::max(std::sqrt(d2), minDistance);
            const double f = km * c.mass / (d * d);  // times (ddx, ddy)/d·d
            fx += ddx * f;
            fy += ddy * f;
        }
        m_dx[i] += fx;
        m_dy[i] += fy;
    }
}

void ForceLayout::iterate() {
    const std::size_t n = m_x.size();
    std::swap(m_dx, m_oldDx);
    std::swap(m_dy, m_oldDy);
    std::fill(m_dx.begin(), m_dx.end(), 0.0);
    std::fill(m_dy.begin(), m_dy.end(), 0.0);

    repulse();

    // Linear attraction along ties.
    for (const core::Graph::Edge& e : m_edges) {
        const double ddx = m_x[e.target] - m_x[e.source];
        const double ddy = m_y[e.target] - m_y[e.source];
        const double w = e.weight > 0 ? e.weight : 1.0;
        m_dx[e.source] += w * ddx;
        m_dy[e.source] += w * ddy;
        m_dx[e.target] -= w * ddx;
        m_dy[e.target] -= w * ddy;
    }

    // Gravity toward the centre.
    for (std::size_t i = 0; i < n; ++i) {
        m_dx[i] += m_kg * m_mass[i] * (m_centerX - m_x[i]);
        m_dy[i] += m_kg * m_mass[i] * (m_centerY - m_y[i]);
    }

    // Pull toward the cluster's centroid.
    if (m_clusterCount && m_clusterStrength > 0.0) {
        std::vector<double> cx(m_clusterCount, 0.0);
        std::vector<double> cy(m_clusterCount, 0.0);
        std::vector<double> cn(m_clusterCount, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            if (m_clusters[i] < 0)
                continue;
            const auto c = static_cast<std::size_t>(m_clusters[i]);
            cx[c] += m_x[i];
            cy[c] += m_y[i];
            cn[c] += 1.0;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (m_clusters[i] < 0)
                continue;
            const auto c = static_cast<std::size_t>(m_clusters[i]);
            if (cn[c] < 2.0)
                continue;
            m_dx[i] += m_clusterStrength * m_mass[i] * (cx[c] / cn[c] - m_x[i]);
            m_dy[i] += m_clusterStrength * m_mass[i] * (cy[c] / cn[c] - m_y[i]);
        }
    }

    adjustSpeedAndMove();
    ++m_iterations;
}

void ForceLayout::adjustSpeedAndMove() {
    const std::size_t n = m_x.size();
    double swinging = 0.0;
    double traction = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        swinging += m_mass[i] * std::hypot(m_oldDx[i] - m_dx[i], m_oldDy[i] - m_dy[i]);
        traction += m_mass[i] * 0.5 * std::hypot(m_oldDx[i] + m_dx[i], m_oldDy[i] + m_dy[i]);
    }
    // ForceAtlas2's global speed (Jacomy et al. 2014, as in Gephi).
    const double nodes = static_cast<double>(std::max<std::size_t>(m_free, 1));
    const double optimalJitter = 0.05 * std::sqrt(nodes);
    const double minJitter = std::sqrt(optimalJitter);
    constexpr double kMaxJitter = 10.0;
    constexpr double kMinSpeedEfficiency = 0.05;
    double jitter = std::max(minJitter, std::min(kMaxJitter, optimalJitter * traction / (nodes * nodes)));
    if (traction > 0.0 && swinging / traction > 2.0) {
        if (m_speedEfficiency > kMinSpeedEfficiency)
            m_speedEfficiency *= 0.5;
        jitter = std::max(jitter, 1.0);
    }
    const double target = swinging > 0.0 ? jitter * m_speedEfficiency * traction / swinging
                                         : std::numeric_limits<double>::infinity();
    if (swinging > jitter * traction) {
        if (m_speedEfficiency > kMinSpeedEfficiency)
            m_speedEfficiency *= 0.7;
    } else if (m_speed < 1000.0) {
        m_speedEfficiency *= 1.3;
    }
    constexpr double kMaxRise = 0.5;
    m_speed += std::min(target - m_speed, kMaxRise * m_speed);
    if (!std::isfinite(m_speed) || m_speed <= 0.0)
        m_speed = 1e-6;

    // Local speed: damped by each node's own swing. A node never jumps further than the picture.
    double moved = 0.0;
    const double maxStep = m_radius;
    for (std::size_t i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        const double swing = m_mass[i] * std::hypot(m_oldDx[i] - m_dx[i], m_oldDy[i] - m_dy[i]);
        const double factor = m_speed / (1.0 + std::sqrt(m_speed * swing));
        double sx = m_dx[i] * factor;
        double sy = m_dy[i] * factor;
        const double len = std::hypot(sx, sy);
        if (!std::isfinite(len))
            continue;
        if (len > maxStep) {
            sx *= maxStep / len;
            sy *= maxStep / len;
        }
        m_x[i] += sx;
        m_y[i] += sy;
        moved += std::min(len, maxStep);
    }
    const double meanMove = moved / nodes;
    m_converged = m_iterations >= 20 && meanMove < m_tolerance * m_radius;
}

// ---- running ----------------------------------------------------------------------------------

void ForceLayout::step(std::size_t k) {
    if (m_free == 0 || m_x.size() < 2) {
        m_converged = true;
        return;
    }
    for (std::size_t i = 0; i < k; ++i)
        iterate();
}

bool ForceLayout::run(const std::atomic<bool>* cancel,
                      const std::function<void(std::size_t, std::size_t)>& progress) {
    while (!m_converged && m_iterations < m_maxIterations) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        step(1);
        if (progress)
            progress(m_iterations, m_maxIterations);
    }
    return !(cancel && cancel->load(std::memory_order_relaxed));
}

std::vector<core::Point> ForceLayout::positions() const {
    std::vector<core::Point> out(m_x.size());
    for (std::size_t i = 0; i < m_x.size(); ++i)
        out[i] = core::Point{m_x[i] * m_unit, m_y[i] * m_unit};
    return out;
}

// ---- overlap removal --------------------------------------------------------------------------

void ForceLayout::removeOverlaps(double radius, int passes) {
    if (radius <= 0.0)
        return;
    const std::vector<double> radii(m_x.size(), radius);
    removeOverlaps(radii, passes);
}

void ForceLayout::removeOverlaps(std::span<const double> radii, int passes) {
    const std::size_t n = m_x.size();
    if (n < 2 || radii.size() != n)
        return;
    double largest = 0.0;
    for (const double r : radii)
        largest = std::max(largest, r);
    if (largest <= 0.0)
        return;
    const double cell = 2.0 * largest / m_unit;  // simulation units
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> grid;
    auto key = [](std::int64_t gx, std::int64_t gy) {
        return (static_cast<std::uint64_t>(gx) << 32) ^ (static_cast<std::uint64_t>(gy) & 0xFFFFFFFFULL);
    };
    for (int pass = 0; pass < passes; ++pass) {
        grid.clear();
        for (std::size_t i = 0; i < n; ++i) {
            grid[key(static_cast<std::int64_t>(std::floor(m_x[i] / cell)),
                     static_cast<std::int64_t>(std::floor(m_y[i] / cell)))]
                .push_back(i);
        }
        bool any = false;
        for (std::size_t i = 0; i < n; ++i) {
            const auto gx = static_cast<std::int64_t>(std::floor(m_x[i] / cell));
            const auto gy = static_cast<std::int64_t>(std::floor(m_y[i] / cell));
            for (std::int64_t ox = -1; ox <= 1; ++ox) {
                for (std::int64_t oy = -1; oy <= 1; ++oy) {
                    auto it = grid.find(key(gx + ox, gy + oy));
                    if (it == grid.end())
                        continue;
                    for (std::size_t j : it->second) {
                        if (j <= i || (m_pinned[i] && m_pinned[j]))
                            continue;
                        double ddx = m_x[j] - m_x[i];
                        double ddy = m_y[j] - m_y[i];
                        double d = std::hypot(ddx, ddy);
                        const double minD = (radii[i] + radii[j]) / m_unit;
                        if (d >= minD)
                            continue;
                        if (d < 1e-9) {  // same point: a direction from the indices
                            const double a =
                                static_cast<double>((i * 7919 + j * 104729) % 360) * std::numbers::pi / 180.0;
                            ddx = std::cos(a);
                            ddy = std::sin(a);
                            d = 0.0;
                        } else {
                            ddx /= d;
                            ddy /= d;
                        }
                        const double push = (minD - d) * 1.01;
                        const double shareI = m_pinned[i] ? 0.0 : m_pinned[j] ? 1.0 : 0.5;
                        const double shareJ = 1.0 - shareI;
                        m_x[i] -= ddx * push * shareI;
                        m_y[i] -= ddy * push * shareI;
                        m_x[j] += ddx * push * shareJ;
                        m_y[j] += ddy * push * shareJ;
                        any = true;
                    }
                }
            }
        }
        if (!any)
            break;
    }
}

}  // namespace orgweave::layouts
