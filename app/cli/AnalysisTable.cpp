// Sections: text helpers · table
#include "AnalysisTable.hpp"

#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Utf8Text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sstream>

namespace orgweave::cli {

using core::AnalysisResult;
using core::fill;
using core::tr;
using core::trn;

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

/// `value` with `digits` decimals in the language's notation ("0,165" in bokmål); "–" when undefined.
std::string fixed(double value, int digits = 3) {
    return core::ui().formatNumber(value, digits);
}

/// "+0.25", "-0.50", "+0.00" (bokmål "+0,25").
std::string signedFixed(double value) {
    if (!std::isfinite(value))
        return tr("undefined");
    const std::string text = fixed(value, 2);
    return (text.front() == '-' ? "" : "+") + text;
}

/// A count in the language's notation ("12 345" in bokmål).
std::string count(std::size_t value) {
    return core::ui().formatCount(static_cast<long long>(value));
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

/// "5 roles", "1 organization", "12 nodes": what the lens's nodes are, counted.
std::string kindCount(const AnalysisResult& r, std::size_t n) {
    switch (r.lens.lens) {
        case core::LensKind::People:
            return fill(trn("{} role", "{} roles", n), {count(n)});
        case core::LensKind::Organizations:
            return fill(trn("{} organization", "{} organizations", n), {count(n)});
        case core::LensKind::Full:
            break;
    }
    return fill(trn("{} node", "{} nodes", n), {count(n)});
}

/// "Key roles", "Key organizations", "Key nodes".
std::string keyHeading(const AnalysisResult& r) {
    switch (r.lens.lens) {
        case core::LensKind::People:
            return tr("Key roles");
        case core::LensKind::Organizations:
            return tr("Key organizations");
        case core::LensKind::Full:
            break;
    }
    return tr("Key nodes");
}

/// "people lens", "organizations lens", "full lens".
std::string lensName(const AnalysisResult& r) {
    switch (r.lens.lens) {
        case core::LensKind::People:
            return tr("people lens");
        case core::LensKind::Organizations:
            return tr("organizations lens");
        case core::LensKind::Full:
            break;
    }
    return tr("full lens");
}

}  // namespace

// ---- table ------------------------------------------------------------------------------------

std::string analysisTable(const AnalysisResult& r, const std::string& title, std::size_t top) {
    std::ostringstream out;
    const core::NetworkSummary& s = r.network;
    const std::size_t n = r.nodeCount();
    const bool people = r.lens.lens == core::LensKind::People;
    out << title << "\n";
    out << std::string(std::min<std::size_t>(core::utf8Length(title), 100), '=') << "\n";
    out << lensName(r) << ": " << kindCount(r, n) << ", "
        << fill(s.directed ? trn("{} directed tie", "{} directed ties", s.ties)
                           : trn("{} tie", "{} ties", s.ties),
                {count(s.ties)})
        << ", " << fill(tr("density {}"), {fixed(s.density)}) << ", "
        << fill(trn("{} component", "{} components", s.components), {count(s.components)});
    if (r.has("betweenness"))
        out << ", "
            << fill(tr("diameter {}, average distance {}"),
                    {count(s.diameter), fixed(s.averagePathLength, 2)});
    out << "\n";
    out << fill(
        tr("Groups by {}: {}. Ties across groups: {} of {} (E-I index {}; −1 all inside, +1 all "
           "across). Modularity of the groups: {}"),
        {r.partition.attribute, count(r.partition.groupCount()), count(s.externalTies),
         count(s.externalTies + s.internalTies), signedFixed(s.eiIndex), fixed(s.partitionModularity, 2)});
    if (r.has("communities")) {
        out << fill(tr("; detected communities: {} (modularity {})"),
                    {count(s.communityCount), fixed(s.communityModularity, 2)});
    }
    out << ".\n";
    for (const std::string& note : r.notes)
        out << fill(tr("Note: {}."), {note}) << "\n";
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
        out << "\n"
            << fill(tr("Boundary spanners: {} with ties into two or more groups"),
                    {kindCount(r, spanners.size())});
        if (spanners.empty()) {
            out << ". " << tr("Nobody links the groups: each works in its own silo.") << "\n";
        } else {
            out << "\n";
            TextTable t({tr("Who"), tr("Group"), tr("Groups reached"), tr("Ties inside"), tr("Ties across"),
                         tr("Kind"), tr("Betweenness")},
                        {false, false, true, true, true, false, true});
            const std::size_t shown =
                std::min<std::size_t>(spanners.size(), std::max<std::size_t>(top * 3, 10));
            for (std::size_t i = 0; i < shown; ++i) {
                const std::size_t v = spanners[i];
                t.add({core::shortenUtf8(r.labels[v], 36, core::TextUnit::CodePoints),
                       core::shortenUtf8(groupLabelOf(r, v), 24, core::TextUnit::CodePoints),
                       count(r.groupsReached[v]), count(r.internalAlters[v]), count(r.externalAlters[v]),
                       r.multilateral[v] ? tr("multilateral") : tr("one-sided"),
                       r.betweenness.empty() ? "" : fixed(r.betweenness[v])});
            }
            out << t.str();
            if (shown < spanners.size())
                out << "  "
                    << fill(tr("… and {} more (--format csv lists all)"), {count(spanners.size() - shown)})
                    << "\n";
        }
    }

    out << "\n" << fill(tr("{} (top {} per measure)"), {keyHeading(r), count(top)}) << "\n";
    for (const core::MeasureInfo& m : core::measureCatalogue()) {
        if (!m.keyActor || !m.computedIn(r))
            continue;
        const std::vector<double>& values = r.*m.values;
        const std::string label = core::ui().text(m.label);
        out << "  "
            << fill(m.higherIsCentral ? tr("{}: who {}") : tr("{} (lowest): who {}"),
                    {label, core::ui().text(m.plain)})
            << "\n";
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
        out << "\n"
            << tr("Brokerage roles (Gould–Fernandez; ordered pairs a → broker → b with no direct tie a → b)")
            << "\n";
        TextTable t({tr("Broker"), tr("Coordinator"), tr("Consultant"), tr("Representative"),
                     tr("Gatekeeper"), tr("Liaison"), tr("Total")},
                    {false, true, true, true, true, true, true});
        for (std::size_t i = 0; i < std::min<std::size_t>(n, top * 2); ++i) {
            const auto& b = r.brokerage[order[i]];
            if (b.total() == 0)
                break;
            t.add({core::shortenUtf8(r.labels[order[i]], 36, core::TextUnit::CodePoints),
                   count(b.coordinator), count(b.consultant), count(b.representative), count(b.gatekeeper),
                   count(b.liaison), count(b.total())});
        }
        out << (t.empty()
                    ? "  " +
                          std::string(tr("Nobody brokers: every two-step path is closed by a direct tie.")) +
                          "\n"
                    : t.str());
        out << "  "
            << tr("coordinator A→A→A, consultant A→B→A, representative A→A→B, gatekeeper A→B→B, liaison "
                  "A→B→C")
            << "\n";
    }

    out << "\n" << tr("Fragility") << "\n";
    if (r.has("articulation_point")) {
        std::vector<std::string> names;
        for (std::size_t v = 0; v < n; ++v) {
            if (r.articulationPoint[v])
                names.push_back(r.labels[v]);
        }
        if (names.empty()) {
            out << "  "
                << (people ? tr("No single role holds the network together: removing any one leaves the rest "
                                "connected.")
                           : tr("No single node holds the network together: removing any one leaves the rest "
                                "connected."))
                << "\n";
        } else {
            out << "  "
                << fill(tr("If one of these leaves, part of the network is cut off ({}):"),
                        {count(names.size())})
                << "\n";
            for (const auto& name : names)
                out << "    - " << name << "\n";
        }
    }
    if (r.has("bridges")) {
        if (r.bridges.empty()) {
            out << "  " << tr("No tie is the only link between two parts of the network.") << "\n";
        } else {
            out << "  "
                << fill(tr("Ties that are the only link between two parts ({}):"), {count(r.bridges.size())})
                << "\n";
            for (std::size_t i = 0; i < std::min<std::size_t>(r.bridges.size(), top * 3); ++i) {
                out << "    - " << r.labels[r.bridges[i].first] << " — " << r.labels[r.bridges[i].second]
                    << "\n";
            }
            if (r.bridges.size() > top * 3)
                out << "    " << fill(tr("… and {} more"), {count(r.bridges.size() - top * 3)}) << "\n";
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
            out << "  " << tr("Every pair of groups is joined by at least two independent paths.") << "\n";
        } else {
            out << "  "
                << fill(tr("Pairs of groups one person away from disconnection, or not connected at all ({} "
                           "of "
                           "{}):"),
                        {count(weak.size()), count(r.groupPairs.size())})
                << "\n";
            for (std::size_t i = 0; i < std::min<std::size_t>(weak.size(), top * 4); ++i) {
                const auto& p = *weak[i];
                const auto a = static_cast<std::size_t>(p.groupA);
                const auto b = static_cast<std::size_t>(p.groupB);
                std::string why;
                for (std::size_t g : {a, b}) {
                    if (p.paths == 1 && r.groups[g].size == 1) {
                        why += (why.empty() ? " (" : ", ") +
                               fill(people ? tr("{} has one role") : tr("{} has one node"),
                                    {r.partition.groupLabels[g]});
                    }
                }
                if (!why.empty())
                    why += ")";
                out << "    - " << r.partition.groupLabels[a] << " — " << r.partition.groupLabels[b] << ": "
                    << (p.paths == 0 ? tr("not connected") : tr("1 path")) << why << "\n";
            }
            if (weak.size() > top * 4)
                out << "    " << fill(tr("… and {} more"), {count(weak.size() - top * 4)}) << "\n";
        }
    }

    out << "\n" << fill(tr("Groups by {}"), {r.partition.attribute}) << "\n";
    TextTable groups(
        {tr("Group"), tr("Size"), tr("Ties inside"), tr("Ties across"), tr("E-I"), tr("Spanners")},
        {false, true, true, true, true, true});
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
        std::size_t spanners = 0;
        for (std::size_t v = 0; v < n && !r.boundarySpanner.empty(); ++v) {
            if (static_cast<std::size_t>(r.partition.groupOf[v]) == g && r.boundarySpanner[v])
                ++spanners;
        }
        const auto& t = r.groups[g];
        groups.add({core::shortenUtf8(r.partition.groupLabels[g], 36, core::TextUnit::CodePoints),
                    count(t.size), count(t.internalTies), count(t.externalTies), signedFixed(t.eiIndex),
                    count(spanners)});
    }
    out << groups.str();
    return out.str();
}

}  // namespace orgweave::cli
