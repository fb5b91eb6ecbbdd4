// Sections: helpers · table · Markdown
#include "GapsText.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

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
    return std::to_string(report.evaluations.size()) + " evaluations: " + std::to_string(report.passes()) +
           " pass, " + std::to_string(report.findings.size()) + " gaps (" + std::to_string(critical) +
           " critical, " + std::to_string(warning) + " warnings, " + std::to_string(info) +
           " for information), " + std::to_string(report.notEvaluated.size()) + " not evaluable";
}

std::string percentText(const std::optional<double>& share) {
    if (!share)
        return "no partners";
    return std::to_string(static_cast<int>(*share * 100.0 + 0.5)) + "%";
}

/// Setting, phase and survey wave: what was assessed.
std::string scopeLines(const GapReport& report) {
    std::string out = "Setting: " + report.setting;
    if (!report.phase.empty())
        out += "; phase: " + report.phase;
    out += ".\n";
    if (!report.phaseNote.empty())
        out += "Note: " + report.phaseNote + ".\n";
    if (!report.rcWaveNote.empty())
        out += "Survey: " + report.rcWaveNote + ".\n";
    return out;
}

constexpr const char* kWeights =
    "k of n evaluations pass; percent weighted by the severity of each check when it fails (info 0.25, "
    "warning 1, critical 2); \"not recorded\" when nothing could be evaluated";

}  // namespace

// ---- table ------------------------------------------------------------------------------------

std::string gapsTable(const GapReport& report, const Model& /*model*/, const std::string& title) {
    std::ostringstream out;
    out << title << "\n"
        << std::string(std::min<std::size_t>(title.size(), 100), '=') << "\n"
        << scopeLines(report) << counts(report) << ".\n";
    for (const auto& [name, findings] : grouped(report)) {
        out << "\n" << name << "\n" << std::string(40, '-') << "\n";
        for (const Finding* f : findings) {
            out << "  [" << f->rule << " " << severityTag(f->severity) << "] " << f->title << " — "
                << f->subject.label << "\n";
            out << "    " << f->explanation << "\n";
            out << "    → " << f->suggestion << "\n";
        }
    }
    const Alignment& a = report.alignment;
    out << "\nAlignment (" << kWeights << ")\n";
    const char* names[] = {"Context", "Architecture", "Leadership", "Learning"};
    constexpr std::size_t width = 18;
    auto pad = [](const std::string& text, std::size_t w) {
        // Count UTF-8 code points so "·" pads like one character.
        std::size_t shown = 0;
        for (unsigned char ch : text)
            shown += (ch & 0xC0) != 0x80 ? 1 : 0;
        return text + std::string(shown < w ? w - shown : 1, ' ');
    };
    out << "  " << pad("", 14);
    for (const char* n : names)
        out << pad(n, width);
    out << "\n";
    for (std::size_t i = 0; i < 4; ++i) {
        out << "  " << pad(names[i], 14);
        for (std::size_t j = 0; j < 4; ++j)
            out << pad(a.cells[i][j].text(), width);
        out << "\n";
    }
    out << "  Elements:";
    for (std::size_t i = 0; i < 4; ++i)
        out << " " << names[i] << " " << a.elements[i].text() << (i < 3 ? ";" : "\n");
    out << "  Completeness (share of partners for which the element is recorded):";
    for (std::size_t i = 0; i < 4; ++i)
        out << " " << names[i] << " " << percentText(a.completeness[i]) << (i < 3 ? "," : "\n");
    std::vector<const OrganizationAlignment*> scored;
    std::vector<std::string> listed;
    for (const OrganizationAlignment& o : a.organizations) {
        if (o.scored)
            scored.push_back(&o);
        else
            listed.push_back(o.label + " (" + o.party + ")");
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto* x, const auto* y) {
        return x->score.percent().value_or(101) < y->score.percent().value_or(101);
    });
    if (!scored.empty()) {
        out << "  Partners:";
        for (std::size_t i = 0; i < scored.size(); ++i) {
            out << (i ? "; " : " ") << scored[i]->label << " "
                << (scored[i]->representedOnly && !scored[i]->score.recorded() ? "represented only"
                                                                               : scored[i]->score.text());
        }
        out << "\n";
    }
    if (!listed.empty()) {
        out << "  Listed, not scored:";
        for (std::size_t i = 0; i < listed.size(); ++i)
            out << (i ? ", " : " ") << listed[i];
        out << "\n";
    }
    if (!report.notEvaluated.empty()) {
        out << "\nNot evaluable (the data they need is not recorded)\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "  " << n.rule << " " << n.title << " — " << n.subject.label << ": " << n.reason << "\n";
    }
    return out.str();
}

// ---- Markdown ---------------------------------------------------------------------------------

std::string gapsMarkdown(const GapReport& report, const Model& /*model*/, const std::string& title) {
    std::ostringstream out;
    out << "# Gaps: " << title << "\n\n" << scopeLines(report) << "\n" << counts(report) << ".\n";
    for (const auto& [name, findings] : grouped(report)) {
        out << "\n## " << name << "\n\n";
        for (const Finding* f : findings) {
            out << "- **" << f->rule << " " << f->title << "** — " << f->subject.label << " ("
                << toString(f->severity) << "). " << f->explanation << "  \n  *Suggestion:* " << f->suggestion
                << "\n";
        }
    }
    const Alignment& a = report.alignment;
    const char* names[] = {"Context", "Architecture", "Leadership", "Learning"};
    out << "\n## Alignment\n\n"
        << kWeights << ".\n\n|  | Context | Architecture | Leadership | Learning |\n"
        << "|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i) {
        out << "| **" << names[i] << "** |";
        for (std::size_t j = 0; j < 4; ++j)
            out << " " << a.cells[i][j].text() << " |";
        out << "\n";
    }
    out << "\n| Element | Score | Completeness |\n|---|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i)
        out << "| " << names[i] << " | " << a.elements[i].text() << " | " << percentText(a.completeness[i])
            << " |\n";
    if (!a.organizations.empty()) {
        out << "\n| Organization | Party | Score |\n|---|---|---|\n";
        for (const OrganizationAlignment& o : a.organizations) {
            out << "| " << o.label << " | " << o.party << " | "
                << (!o.scored                                  ? "listed, not scored"
                    : o.representedOnly && !o.score.recorded() ? "represented only"
                                                               : o.score.text())
                << " |\n";
        }
    }
    if (!report.notEvaluated.empty()) {
        out << "\n## Not evaluable\n\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "- " << n.rule << " " << n.title << " — " << n.subject.label << ": " << n.reason << "\n";
    }
    return out.str();
}

}  // namespace orgweave::cli
