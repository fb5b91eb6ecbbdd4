// Sections: text helpers · table
#include "AnalysisTable.hpp"

#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Utf8Text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sstream>

namespace orgweave::cli {

using core::AnalysisResult;

namespace {

// ---- text helpers -----------------------------------------------------------------------------

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t w = core::utf8Length(text);
    return w >= width ? text : text + std::string(width - w, ' ');
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t w = core::utf8Length(text);
    return w >= width ? text : std::string(width - w, ' ') + text;
}

std::string fixed(double value, int digits = 3) {
    if (!std::isfinite(value))
        return "–";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}

std::string signedFixed(double value) {
    if (!std::isfinite(value))
        return "undefined";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%+.2f", value);
    return buffer;
}

/// A simple aligned table: the first row is the header; `right` marks numeric columns.
class TextTable {
public:
    TextTable(std::vector<std::string> header, std::vector<bool> right) : m_right(std::move(right)) {
        m_rows.push_back(std::move(header));
    }
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    bool empty() const { return m_rows.size() <= 1; }
    std::string str(const std::string& indent = "  ") const {
        std::vector<std::size_t> widths(m_rows[0].size(), 0);
        for (const auto& row : m_rows) {
            for (std::size_t c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], core::utf8Length(row[c]));
        }
        std::string out;
        for (std::size_t r = 0; r < m_rows.size(); ++r) {
            std::string line = indent;
            for (std::size_t c = 0; c < m_rows[r].size(); ++c) {
                if (c > 0)
                    line += "  ";
                line += m_right[c] ? padLeft(m_rows[r][c], widths[c]) : pad(m_rows[r][c], widths[c]);
            }
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            out += line + '\n';
            if (r == 0) {
                std::size_t total = 0;
                for (std::size_t w : widths)
                    total += w;
                out += indent + std::string(total + 2 * (widths.size() - 1), '-') + '\n';
            }
        }
        return out;
    }

private:
    std::vector<std::vector<std::string>> m_rows;
    std::vector<bool> m_right;
};

std::string groupLabelOf(const AnalysisResult& r, std::size_t v) {
    return r.partition.groupLabels[static_cast<std::size_t>(r.partition.groupOf[v])];
}

/// Node indices with finite values, best first (highest, or lowest when `ascending`).
std::vector<std::size_t> ranking(const std::vector<double>& values, bool ascending, std::size_t top) {
    std::vector<std::size_t> order;
    for (std::size_t v = 0; v < values.size(); ++v) {
        if (std::isfinite(values[v]))
            order.push_back(v);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return ascending ? values[a] < values[b] : values[a] > values[b];
    });
    if (order.size() > top)
        order.resize(top);
    return order;
}

std::string kindNoun(const AnalysisResult& r) {
    switch (r.lens.lens) {
        case core::LensKind::People:
            return "roles";
        case core::LensKind::Organizations:
            return "organizations";
        case core::LensKind::Full:
            return "nodes";
    }
    return "nodes";
}

}  // namespace

// ---- table ------------------------------------------------------------------------------------

std::string analysisTable(const AnalysisResult& r, const std::string& title, std::size_t top) {
    std::ostringstream out;
    const core::NetworkSummary& s = r.network;
    const std::size_t n = r.nodeCount();
    out << title << "\n";
    out << std::string(std::min<std::size_t>(core::utf8Length(title), 100), '=') << "\n";
    out << core::toString(r.lens.lens) << " lens: " << n << " " << kindNoun(r) << ", " << s.ties
        << (s.directed ? " directed ties" : " ties") << ", density " << fixed(s.density) << ", "
        << s.components << (s.components == 1 ? " component" : " components");
    if (r.has("betweenness"))
        out << ", diameter " << s.diameter << ", average distance " << fixed(s.averagePathLength, 2);
    out << "\n";
    out << "Groups by " << r.partition.attribute << ": " << r.partition.groupCount()
        << ". Ties across groups: " << s.externalTies << " of " << (s.externalTies + s.internalTies)
        << " (E-I index " << signedFixed(s.eiIndex)
        << "; −1 all inside, +1 all across). Modularity of the groups: " << fixed(s.partitionModularity, 2);
    if (r.has("communities")) {
        out << "; detected communities: " << s.communityCount << " (modularity "
            << fixed(s.communityModularity, 2) << ")";
    }
    out << ".\n";
    for (const std::string& note : r.notes)
        out << "Note: " << note << ".\n";
    if (n == 0)
        return out.str();

    if (r.has("boundary_spanner")) {
        std::vector<std::size_t> spanners;
        for (std::size_t v = 0; v < n; ++v) {
            if (r.boundarySpanner[v])
                spanners.push_back(v);
        }
        std::stable_sort(spanners.begin(), spanners.end(), [&](std::size_t a, std::size_t b) {
            if (r.groupsReached[a] != r.groupsReached[b])
                return r.groupsReached[a] > r.groupsReached[b];
            return !r.betweenness.empty() && r.betweenness[a] > r.betweenness[b];
        });
        out << "\nBoundary spanners: " << spanners.size() << " " << kindNoun(r)
            << " with ties into two or more groups";
        if (spanners.empty()) {
            out << ". Nobody links the groups: each works in its own silo.\n";
        } else {
            out << "\n";
            TextTable t(
                {"Who", "Group", "Groups reached", "Ties inside", "Ties across", "Kind", "Betweenness"},
                {false, false, true, true, true, false, true});
            const std::size_t shown =
                std::min<std::size_t>(spanners.size(), std::max<std::size_t>(top * 3, 10));
            for (std::size_t i = 0; i < shown; ++i) {
                const std::size_t v = spanners[i];
                t.add({core::shortenUtf8(r.labels[v], 36, core::TextUnit::CodePoints),
                       core::shortenUtf8(groupLabelOf(r, v), 24, core::TextUnit::CodePoints),
                       std::to_string(r.groupsReached[v]), std::to_string(r.internalAlters[v]),
                       std::to_string(r.externalAlters[v]), r.multilateral[v] ? "multilateral" : "one-sided",
                       r.betweenness.empty() ? "" : fixed(r.betweenness[v])});
            }
            out << t.str();
            if (shown < spanners.size())
                out << "  … and " << spanners.size() - shown << " more (--format csv lists all)\n";
        }
    }

    out << "\nKey " << kindNoun(r) << " (top " << top << " per measure)\n";
    for (const core::MeasureInfo& m : core::measureCatalogue()) {
        if (!m.keyActor || !m.computedIn(r))
            continue;
        const std::vector<double>& values = r.*m.values;
        out << "  " << m.rankingTitle() << ": who " << m.plain << "\n";
        std::size_t rank = 0;
        for (std::size_t v : ranking(values, !m.higherIsCentral, top)) {
            out << "    " << padLeft(std::to_string(++rank), 2) << ". "
                << pad(core::shortenUtf8(r.labels[v], 40, core::TextUnit::CodePoints), 40) << "  "
                << pad(core::shortenUtf8(groupLabelOf(r, v), 24, core::TextUnit::CodePoints), 24) << "  "
                << fixed(values[v]) << "\n";
        }
    }

    if (r.has("brokerage")) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return r.brokerage[a].total() > r.brokerage[b].total();
        });
        out << "\nBrokerage roles (Gould–Fernandez; ordered pairs a → broker → b with no direct tie a → b)\n";
        TextTable t(
            {"Broker", "Coordinator", "Consultant", "Representative", "Gatekeeper", "Liaison", "Total"},
            {false, true, true, true, true, true, true});
        for (std::size_t i = 0; i < std::min<std::size_t>(n, top * 2); ++i) {
            const auto& b = r.brokerage[order[i]];
            if (b.total() == 0)
                break;
            t.add({core::shortenUtf8(r.labels[order[i]], 36, core::TextUnit::CodePoints),
                   std::to_string(b.coordinator), std::to_string(b.consultant),
                   std::to_string(b.representative), std::to_string(b.gatekeeper), std::to_string(b.liaison),
                   std::to_string(b.total())});
        }
        out << (t.empty() ? "  Nobody brokers: every two-step path is closed by a direct tie.\n" : t.str());
        out << "  coordinator A→A→A, consultant A→B→A, representative A→A→B, gatekeeper A→B→B, liaison "
               "A→B→C\n";
    }

    out << "\nFragility\n";
    if (r.has("articulation_point")) {
        std::vector<std::string> names;
        for (std::size_t v = 0; v < n; ++v) {
            if (r.articulationPoint[v])
                names.push_back(r.labels[v]);
        }
        if (names.empty()) {
            out << "  No single " << (r.lens.lens == core::LensKind::People ? "role" : "node")
                << " holds the network together: removing any one leaves the rest connected.\n";
        } else {
            out << "  If one of these leaves, part of the network is cut off (" << names.size() << "):\n";
            for (const auto& name : names)
                out << "    - " << name << "\n";
        }
    }
    if (r.has("bridges")) {
        if (r.bridges.empty()) {
            out << "  No tie is the only link between two parts of the network.\n";
        } else {
            out << "  Ties that are the only link between two parts (" << r.bridges.size() << "):\n";
            for (std::size_t i = 0; i < std::min<std::size_t>(r.bridges.size(), top * 3); ++i) {
                out << "    - " << r.labels[r.bridges[i].first] << " — " << r.labels[r.bridges[i].second]
                    << "\n";
            }
            if (r.bridges.size() > top * 3)
                out << "    … and " << r.bridges.size() - top * 3 << " more\n";
        }
    }
    if (r.has("group_paths")) {
        std::vector<const core::GroupPair*> weak;
        for (const auto& p : r.groupPairs) {
            if (p.paths <= 1)
                weak.push_back(&p);
        }
        std::stable_sort(weak.begin(), weak.end(), [](auto* a, auto* b) { return a->paths < b->paths; });
        if (weak.empty()) {
            out << "  Every pair of groups is joined by at least two independent paths.\n";
        } else {
            out << "  Pairs of groups one person away from disconnection, or not connected at all ("
                << weak.size() << " of " << r.groupPairs.size() << "):\n";
            for (std::size_t i = 0; i < std::min<std::size_t>(weak.size(), top * 4); ++i) {
                const auto& p = *weak[i];
                const auto a = static_cast<std::size_t>(p.groupA);
                const auto b = static_cast<std::size_t>(p.groupB);
                std::string why;
                for (std::size_t g : {a, b}) {
                    if (p.paths == 1 && r.groups[g].size == 1) {
                        why += (why.empty() ? " (" : ", ") + r.partition.groupLabels[g] + " has one " +
                               (r.lens.lens == core::LensKind::People ? "role" : "node");
                    }
                }
                if (!why.empty())
                    why += ")";
                out << "    - " << r.partition.groupLabels[a] << " — " << r.partition.groupLabels[b] << ": "
                    << (p.paths == 0 ? "not connected" : "1 path") << why << "\n";
            }
            if (weak.size() > top * 4)
                out << "    … and " << weak.size() - top * 4 << " more\n";
        }
    }

    out << "\nGroups by " << r.partition.attribute << "\n";
    TextTable groups({"Group", "Size", "Ties inside", "Ties across", "E-I", "Spanners"},
                     {false, true, true, true, true, true});
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
        std::size_t spanners = 0;
        for (std::size_t v = 0; v < n && !r.boundarySpanner.empty(); ++v) {
            if (static_cast<std::size_t>(r.partition.groupOf[v]) == g && r.boundarySpanner[v])
                ++spanners;
        }
        const auto& t = r.groups[g];
        groups.add({core::shortenUtf8(r.partition.groupLabels[g], 36, core::TextUnit::CodePoints),
                    std::to_string(t.size), std::to_string(t.internalTies), std::to_string(t.externalTies),
                    signedFixed(t.eiIndex), std::to_string(spanners)});
    }
    out << groups.str();
    return out.str();
}

}  // namespace orgweave::cli
