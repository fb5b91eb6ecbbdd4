#include "GapsText.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

namespace {

/// "Learning ↔ Architecture" for a finding's elements.
std::string pairName(const Finding& f) {
    std::vector<Element> elements = f.elements;  // canonical order, so "A ↔ B" and "B ↔ A" group together
    std::sort(elements.begin(), elements.end());
    std::string out;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += " ↔ ";
        out += labelOf(elements[i]);
    }
    return out;
}

/// Findings grouped by element pair, in order of first appearance.
std::vector<std::pair<std::string, std::vector<const Finding*>>> grouped(const GapReport& report) {
    std::vector<std::pair<std::string, std::vector<const Finding*>>> groups;
    for (const Finding& f : report.findings) {
        const std::string name = pairName(f);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == name; });
        if (it == groups.end()) {
            groups.push_back({name, {}});
            it = groups.end() - 1;
        }
        it->second.push_back(&f);
    }
    return groups;
}

std::string severityTag(FindingSeverity s) {
    switch (s) {
        case FindingSeverity::Info:
            return "info";
        case FindingSeverity::Warning:
            return "WARNING";
        case FindingSeverity::Critical:
            return "CRITICAL";
    }
    return "";
}

std::string counts(const GapReport& report) {
    int critical = 0, warning = 0, info = 0;
    for (const Finding& f : report.findings) {
        (f.severity == FindingSeverity::Critical  ? critical
         : f.severity == FindingSeverity::Warning ? warning
                                                  : info) += 1;
    }
    return std::to_string(report.findings.size()) + " findings: " + std::to_string(critical) + " critical, " +
           std::to_string(warning) + " warnings, " + std::to_string(info) + " for information";
}

std::string cell(int count, int weight) {
    if (count == 0)
        return "·";
    return std::to_string(count) + " (" + std::to_string(weight) + ")";
}

}  // namespace

std::string gapsTable(const GapReport& report, const Model& model, const std::string& title) {
    std::ostringstream out;
    out << title << "\n"
        << std::string(std::min<std::size_t>(title.size(), 100), '=') << "\n"
        << counts(report) << ".\n";
    for (const auto& [name, findings] : grouped(report)) {
        out << "\n" << name << "\n" << std::string(40, '-') << "\n";
        for (const Finding* f : findings) {
            out << "  [" << f->rule << " " << severityTag(f->severity) << "] " << f->title << "\n";
            out << "    " << f->explanation << "\n";
            out << "    → " << f->suggestion << "\n";
        }
    }
    const Alignment& a = report.alignment;
    out << "\nAlignment (findings per pair of elements, severity weight in brackets)\n";
    const char* names[] = {"Context", "Architecture", "Leadership", "Learning"};
    out << "  " << std::string(14, ' ');
    for (const char* n : names)
        out << "  " << std::string(n).substr(0, 12)
            << std::string(12 - std::min<std::size_t>(12, std::string(n).size()), ' ');
    out << "\n";
    for (std::size_t i = 0; i < 4; ++i) {
        std::string row = std::string(names[i]);
        out << "  " << row << std::string(14 - row.size(), ' ');
        for (std::size_t j = 0; j < 4; ++j) {
            const std::string c = cell(a.counts[i][j], a.weights[i][j]);
            out << "  " << c << std::string(c.size() < 12 ? 12 - c.size() + (c == "·" ? 1 : 0) : 0, ' ');
        }
        out << "\n";
    }
    out << "  Scores (100 = no gaps; each warning −15, each critical −30, each info −5):";
    for (std::size_t i = 0; i < 4; ++i)
        out << " " << names[i] << " " << a.elementScores[i] << (i < 3 ? "," : "\n");
    std::vector<std::pair<int, std::string>> low;
    for (const auto& [id, score] : a.organizationScores) {
        if (score < 100) {
            const Node* n = model.findNode(id);
            low.emplace_back(score, n ? n->displayLabel() : id);
        }
    }
    std::sort(low.begin(), low.end());
    if (!low.empty()) {
        out << "  Organizations with gaps:";
        for (std::size_t i = 0; i < low.size(); ++i)
            out << (i ? ", " : " ") << low[i].second << " " << low[i].first;
        out << "\n";
    }
    if (!report.notEvaluated.empty()) {
        out << "\nNot evaluated (the data they need is missing)\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "  " << n.rule << " " << n.title << ": " << n.reason << "\n";
    }
    return out.str();
}

std::string gapsMarkdown(const GapReport& report, const Model& model, const std::string& title) {
    std::ostringstream out;
    out << "# Gaps: " << title << "\n\n" << counts(report) << ".\n";
    for (const auto& [name, findings] : grouped(report)) {
        out << "\n## " << name << "\n\n";
        for (const Finding* f : findings) {
            out << "- **" << f->rule << " " << f->title << "** (" << toString(f->severity) << "). "
                << f->explanation << "  \n  *Suggestion:* " << f->suggestion << "\n";
        }
    }
    const Alignment& a = report.alignment;
    const char* names[] = {"Context", "Architecture", "Leadership", "Learning"};
    out << "\n## Alignment\n\nFindings per pair of elements (severity weight in brackets).\n\n|  | Context | "
           "Architecture | Leadership | Learning |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i) {
        out << "| **" << names[i] << "** |";
        for (std::size_t j = 0; j < 4; ++j)
            out << " " << cell(a.counts[i][j], a.weights[i][j]) << " |";
        out << "\n";
    }
    out << "\n| Element | Score |\n|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i)
        out << "| " << names[i] << " | " << a.elementScores[i] << " |\n";
    out << "\nScore = 100 − 5 × (info 1, warning 3, critical 6 for each finding touching the element), at "
           "least 0.\n";
    if (!a.organizationScores.empty()) {
        out << "\n| Organization | Score |\n|---|---|\n";
        for (const auto& [id, score] : a.organizationScores) {
            const Node* n = model.findNode(id);
            out << "| " << (n ? n->displayLabel() : id) << " | " << score << " |\n";
        }
    }
    if (!report.notEvaluated.empty()) {
        out << "\n## Not evaluated\n\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "- " << n.rule << " " << n.title << ": " << n.reason << "\n";
    }
    return out.str();
}

}  // namespace orgweave::cli
