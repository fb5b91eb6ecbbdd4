#include "ComparisonText.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

namespace {

/// Ties listed in the text forms; a reorganization can add or remove hundreds.
constexpr std::size_t kListedTies = 40;

/// Headings, bullets and paragraphs in the terminal or in Markdown.
class Writer {
public:
    explicit Writer(TextStyle style) : m_style(style) {}
    void title(const std::string& text) {
        if (m_style == TextStyle::Markdown)
            m_out << "# " << text << "\n";
        else
            m_out << text << "\n" << std::string(std::min<std::size_t>(text.size(), 100), '=') << "\n";
    }
    void heading(const std::string& text) {
        if (m_style == TextStyle::Markdown)
            m_out << "\n## " << text << "\n\n";
        else
            m_out << "\n" << text << "\n" << std::string(40, '-') << "\n";
    }
    void paragraph(const std::string& text) {
        m_out << (m_style == TextStyle::Markdown ? "\n" : "") << text << "\n";
    }
    void bullet(const std::string& text) {
        m_out << (m_style == TextStyle::Markdown ? "- " : "  ") << text << "\n";
    }
    void detail(const std::string& text) {
        m_out << (m_style == TextStyle::Markdown ? "  " : "      ") << text << "\n";
    }
    std::string strong(const std::string& text) const {
        return m_style == TextStyle::Markdown ? "**" + text + "**" : text;
    }
    /// "+ ", "− ", "~ " in the terminal; "*added* ", … in Markdown (where "- −" would read badly).
    std::string changeMark(ChangeKind change) const {
        if (m_style == TextStyle::Markdown) {
            const char* word = change == ChangeKind::Added     ? tr("added")
                               : change == ChangeKind::Removed ? tr("removed")
                                                               : tr("changed");
            return "*" + std::string(word) + "* ";
        }
        return change == ChangeKind::Added ? "+ " : change == ChangeKind::Removed ? "− " : "~ ";
    }
    std::string str() const { return m_out.str(); }

private:
    TextStyle m_style;
    std::ostringstream m_out;
};

/// `value` in the language's notation ("0,1650" in bokmål); "n/a" when undefined.
std::string fixed(double value, int decimals = 4) {
    if (!std::isfinite(value))
        return tr("n/a");
    return ui().formatNumber(value, decimals);
}

std::string count(std::size_t value) {
    return ui().formatCount(static_cast<long long>(value));
}

/// "7 of 9 · 81%" or "not recorded" in the user's language.
std::string scoreText(const AlignmentScore& score) {
    if (!score.recorded())
        return tr("not recorded");
    return fill(tr("{} of {} · {}%"), {std::to_string(score.passes), std::to_string(score.total),
                                       std::to_string(*score.percent())});
}

const char* severityWord(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Info:
            return tr("info");
        case FindingSeverity::Warning:
            return tr("warning");
        case FindingSeverity::Critical:
            return tr("critical");
    }
    return "";
}

std::string signedFixed(double value) {
    return (value > 0 ? "+" : value < 0 ? "" : "±") + fixed(value);
}

std::string optionalFixed(const std::optional<double>& value) {
    return value ? fixed(*value) : "—";
}

std::string paths(unsigned n, unsigned cap) {
    if (n >= cap)
        return std::to_string(cap) + "+";
    return std::to_string(n);
}

std::string pairText(const GroupPairDelta& p, unsigned cap) {
    return p.labelA + " ↔ " + p.labelB + ": " +
           fill(trn("{} → {} path", "{} → {} paths", p.pathsAfter),
                {paths(p.pathsBefore, cap), paths(p.pathsAfter, cap)});
}

void pairList(Writer& w, const std::string& heading, const std::vector<GroupPairDelta>& pairs, unsigned cap) {
    if (pairs.empty())
        return;
    w.heading(heading + " (" + count(pairs.size()) + ")");
    for (const GroupPairDelta& p : pairs)
        w.bullet(pairText(p, cap));
}

void movers(Writer& w, const std::string& heading, const std::vector<MeasureDelta>& deltas, std::size_t top) {
    std::size_t shown = 0;
    for (const MeasureDelta& d : deltas)
        shown += (shown < top && d.delta() != 0.0) ? 1 : 0;
    w.heading(heading);
    if (shown == 0) {
        w.bullet(tr("no change"));
        return;
    }
    for (std::size_t i = 0; i < shown; ++i) {
        const MeasureDelta& d = deltas[i];
        w.bullet(d.label + " (" + d.id + "): " + optionalFixed(d.before) + " → " + optionalFixed(d.after) +
                 "  (" + signedFixed(d.delta()) + ")");
    }
}

void findings(Writer& w, const std::string& heading, const std::vector<Finding>& list, bool always = true) {
    if (list.empty() && !always)
        return;
    w.heading(heading + " (" + count(list.size()) + ")");
    if (list.empty())
        w.bullet(tr("none"));
    for (const Finding& f : list) {
        w.bullet(w.strong(f.rule + " " + f.title) + " — " + f.subject.label + " (" +
                 severityWord(f.severity) + "): " + f.explanation);
    }
}

/// "7 of 9 · 81% → 5 of 6 · 70%", with "(over fewer checks)" when n shrank.
std::string scoreChange(const AlignmentScore& a, const AlignmentScore& b) {
    std::string out = scoreText(a) + " → " + scoreText(b);
    if (b.total < a.total)
        out += "  " +
               fill(tr("(over fewer checks: {} no longer evaluated)"), {std::to_string(a.total - b.total)});
    else if (a.percent() && b.percent() && *a.percent() != *b.percent())
        out += std::string("  ") + (*b.percent() > *a.percent() ? tr("(better)") : tr("(worse)"));
    return out;
}

/// Relational coordination per dimension, wave against wave (never averaged).
void relationalCoordination(Writer& w, const Comparison& c) {
    if (!c.rcBefore.index && !c.rcAfter.index)
        return;
    auto name = [](const RcSummary& s) {
        return s.wave.empty() ? std::string(tr("scores without a wave")) : fill(tr("wave {}"), {s.wave});
    };
    auto value = [](const std::optional<double>& v) {
        if (!v)
            return std::string("–");
        return ui().formatNumber(*v, 2);
    };
    w.heading(fill(tr("Relational coordination ({} → {})"), {name(c.rcBefore), name(c.rcAfter)}));
    w.bullet(fill(tr("RC index of the network: {} → {}"), {value(c.rcBefore.index), value(c.rcAfter.index)}));
    for (std::size_t d = 0; d < kRcDimensions.size(); ++d) {
        const auto& a = c.rcBefore.dimensions[d];
        const auto& b = c.rcAfter.dimensions[d];
        std::string line = ui().text(vocabulary::rcDimensions().labelOf(kRcDimensions[d])) + ": " + value(a) +
                           " → " + value(b);
        if (a && b && std::abs(*b - *a) >= 0.005)
            line += std::string("  ") + (*b > *a ? tr("(better)") : tr("(worse)"));
        w.bullet(line);
    }
}

void alignment(Writer& w, const Comparison& c) {
    relationalCoordination(w, c);
    w.heading(tr("Alignment (k of n evaluations pass, weighted by severity)"));
    for (const std::string& note : {c.phaseNoteBefore, c.phaseNoteAfter}) {
        if (!note.empty())
            w.bullet(fill(tr("Note: {}"), {note}));
    }
    if (c.rcWaveBefore != c.rcWaveAfter)
        w.bullet(fill(tr("Survey waves: {} → {}"),
                      {c.rcWaveBefore.empty() ? std::string(tr("none")) : c.rcWaveBefore,
                       c.rcWaveAfter.empty() ? std::string(tr("none")) : c.rcWaveAfter}));
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i)
        w.bullet(ui().text(labelOf(kAlignmentElements[i])) + ": " +
                 scoreChange(c.alignmentBefore.elements[i], c.alignmentAfter.elements[i]));
    std::vector<std::string> changed;
    for (const OrganizationAlignment& after : c.alignmentAfter.organizations) {
        if (!after.scored)
            continue;
        const OrganizationAlignment* before = c.alignmentBefore.organization(after.id);
        const AlignmentScore none;
        const AlignmentScore& b = before ? before->score : none;
        if (b == after.score)
            continue;
        changed.push_back(after.label + " " + scoreChange(b, after.score));
    }
    if (!changed.empty()) {
        std::string line;
        for (const std::string& s : changed)
            line += (line.empty() ? "" : "; ") + s;
        w.bullet(fill(tr("Partners: {}"), {line}));
    }
}

std::string countsLine(const ModelDiff& d, bool ties) {
    return fill(tr("{} added, {} removed, {} changed"),
                {count(d.count(ChangeKind::Added, ties)), count(d.count(ChangeKind::Removed, ties)),
                 count(d.count(ChangeKind::Changed, ties))});
}

/// Lists the entries, at most `limit` of them (the rest are counted; JSON lists every one).
void structureList(Writer& w, const std::string& heading, const std::vector<ElementDiff>& entries,
                   std::size_t limit) {
    if (entries.empty())
        return;
    w.heading(heading);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i == limit) {
            w.bullet(
                fill(tr("… and {} more (--format json lists every one)"), {count(entries.size() - limit)}));
            break;
        }
        const ElementDiff& e = entries[i];
        w.bullet(w.changeMark(e.change) + e.label + " (" + e.id + ", " + e.kind + ")");
        for (const FieldChange& f : e.fields) {
            w.detail(f.field + ": " + (f.before.empty() ? std::string(tr("(not set)")) : f.before) + " → " +
                     (f.after.empty() ? std::string(tr("(not set)")) : f.after));
        }
    }
}

void network(Writer& w, const NetworkSummary& a, const NetworkSummary& b) {
    w.heading(tr("Network (lens graph)"));
    auto counts = [&](const char* name, std::size_t x, std::size_t y) {
        w.bullet(std::string(name) + ": " + count(x) + " → " + count(y));
    };
    auto real = [&](const char* name, double x, double y) {
        w.bullet(std::string(name) + ": " + fixed(x, 3) + " → " + fixed(y, 3));
    };
    counts(tr("nodes"), a.nodes, b.nodes);
    counts(tr("ties"), a.ties, b.ties);
    real(tr("density"), a.density, b.density);
    counts(tr("components"), a.components, b.components);
    counts(tr("diameter"), a.diameter, b.diameter);
    real(tr("average path length"), a.averagePathLength, b.averagePathLength);
    real(tr("degree centralization"), a.degreeCentralization, b.degreeCentralization);
    real(tr("E-I index (partition)"), a.eiIndex, b.eiIndex);
    real(tr("modularity (partition)"), a.partitionModularity, b.partitionModularity);
}

}  // namespace

std::string whatIfText(const WhatIfImpact& impact, const Model& original, const std::string& title,
                       TextStyle style) {
    const Comparison& c = impact.comparison;
    Writer w(style);
    w.title(title);
    w.paragraph(whatIfHeadline(impact, original, ui()) + ".");
    if (!impact.scenario.notes.empty()) {
        w.heading(tr("What else changes"));
        for (const std::string& note : impact.scenario.notes)
            w.bullet(note);
    }
    pairList(w, tr("Organization pairs disconnected"), impact.disconnected, c.pathCap);
    pairList(w, tr("Organization pairs down to one path"), impact.downToOnePath, c.pathCap);
    pairList(w, tr("Organization pairs strengthened"), impact.strengthened, c.pathCap);
    std::vector<GroupPairDelta> weaker;
    for (const GroupPairDelta& p : c.groupPairs) {
        if (p.pathsAfter < p.pathsBefore && p.pathsAfter >= 2)
            weaker.push_back(p);
    }
    pairList(w, tr("Organization pairs with fewer paths"), weaker, c.pathCap);
    movers(w, tr("Betweenness: top movers"), c.betweenness, c.top);
    findings(w, tr("Gaps created"), c.gapsNew);
    findings(w, tr("Gaps resolved"), c.gapsResolved);
    findings(w, tr("Gaps no longer evaluated (subject gone or data missing; not an improvement)"),
             c.gapsNoLongerEvaluated, false);
    findings(w, tr("Gaps still there, changed"), c.gapsChanged, false);
    alignment(w, c);
    w.heading(tr("Structure"));
    w.bullet(fill(tr("Nodes: {}"), {countsLine(c.structure, false)}));
    w.bullet(fill(tr("Ties: {}"), {countsLine(c.structure, true)}));
    return w.str();
}

std::string comparisonText(const Comparison& c, const std::string& title, TextStyle style) {
    Writer w(style);
    w.title(title);
    w.paragraph(
        fill(tr("Nodes: {}. Ties: {}."), {countsLine(c.structure, false), countsLine(c.structure, true)}));
    structureList(w, tr("Nodes"), c.structure.nodes, c.structure.nodes.size());
    structureList(w, tr("Ties"), c.structure.ties, kListedTies);
    movers(w, tr("Betweenness: top movers"), c.betweenness, c.top);
    movers(w, tr("Degree centrality: top movers"), c.degree, c.top);
    w.heading(fill(tr("Organization pairs whose paths changed ({})"), {count(c.groupPairs.size())}));
    if (c.groupPairs.empty())
        w.bullet(tr("none"));
    for (const GroupPairDelta& p : c.groupPairs)
        w.bullet(pairText(p, c.pathCap));
    findings(w, tr("Gaps new"), c.gapsNew);
    findings(w, tr("Gaps resolved"), c.gapsResolved);
    findings(w, tr("Gaps no longer evaluated (subject gone or data missing; not an improvement)"),
             c.gapsNoLongerEvaluated, false);
    findings(w, tr("Gaps still there, changed"), c.gapsChanged, false);
    alignment(w, c);
    network(w, c.networkBefore, c.networkAfter);
    return w.str();
}

}  // namespace orgweave::cli
