// Sections: helpers · table · Markdown
#include "GapsText.hpp"

#include <orgweave/core/Translate.hpp>

#include <orgweave/core/Vocabulary.hpp>

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
        out += tr(std::string(labelOf(elements[i])).c_str());
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
            return tr("info");
        case FindingSeverity::Warning:
            return tr("WARNING");
        case FindingSeverity::Critical:
            return tr("CRITICAL");
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
    return fill(tr("{} evaluations: {} pass, {} gaps ({} critical, {} warnings, {} for information), {} not "
                   "evaluable"),
                {std::to_string(report.evaluations.size()), std::to_string(report.passes()),
                 std::to_string(report.findings.size()), std::to_string(critical), std::to_string(warning),
                 std::to_string(info), std::to_string(report.notEvaluated.size())});
}

std::string percentText(const std::optional<double>& share) {
    if (!share)
        return tr("no partners");
    return fill(tr("{}%"), {std::to_string(static_cast<int>(*share * 100.0 + 0.5))});
}

/// Setting, phase and survey wave: what was assessed.
std::string scopeLines(const GapReport& report) {
    std::string out =
        fill(tr("Setting: {}"), {tr(std::string(vocabulary::settings().labelOf(report.setting)).c_str())});
    if (!report.phase.empty())
        out += fill(tr("; phase: {}"), {report.phase});
    out += ".\n";
    if (!report.phaseNote.empty())
        out += fill(tr("Note: {}."), {report.phaseNote}) + "\n";
    if (!report.rcWaveNote.empty())
        out += fill(tr("Survey: {}."), {report.rcWaveNote}) + "\n";
    return out;
}

/// "7 of 9 · 81%" or "not recorded" in the user's language.
std::string scoreText(const AlignmentScore& score) {
    if (!score.recorded())
        return tr("not recorded");
    return fill(tr("{} of {} · {}%"), {std::to_string(score.passes), std::to_string(score.total),
                                       std::to_string(*score.percent())});
}

constexpr const char* kWeights =
    N_("k of n evaluations pass; percent weighted by the severity of each check when it fails (info 0.25, "
       "warning 1, critical 2); \"not recorded\" when nothing could be evaluated");

/// The four elements of the alignment table, in the user's language.
std::vector<std::string> elementNames() {
    return {tr("Context"), tr("Architecture"), tr("Leadership"), tr("Learning")};
}

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
    out << "\n" << fill(tr("Alignment ({})"), {tr(kWeights)}) << "\n";
    const std::vector<std::string> names = elementNames();
    constexpr std::size_t width = 18;
    auto pad = [](const std::string& text, std::size_t w) {
        // Count UTF-8 code points so "·" pads like one character.
        std::size_t shown = 0;
        for (unsigned char ch : text)
            shown += (ch & 0xC0) != 0x80 ? 1 : 0;
        return text + std::string(shown < w ? w - shown : 1, ' ');
    };
    out << "  " << pad("", 14);
    for (const std::string& n : names)
        out << pad(n, width);
    out << "\n";
    for (std::size_t i = 0; i < 4; ++i) {
        out << "  " << pad(names[i], 14);
        for (std::size_t j = 0; j < 4; ++j)
            out << pad(scoreText(a.cells[i][j]), width);
        out << "\n";
    }
    out << "  " << tr("Elements:");
    for (std::size_t i = 0; i < 4; ++i)
        out << " " << names[i] << " " << scoreText(a.elements[i]) << (i < 3 ? ";" : "\n");
    out << "  " << tr("Completeness (share of partners for which the element is recorded):");
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
        out << "  " << tr("Partners:");
        for (std::size_t i = 0; i < scored.size(); ++i) {
            out << (i ? "; " : " ") << scored[i]->label << " "
                << (scored[i]->representedOnly && !scored[i]->score.recorded() ? tr("represented only")
                                                                               : scoreText(scored[i]->score));
        }
        out << "\n";
    }
    if (!listed.empty()) {
        out << "  " << tr("Listed, not scored:");
        for (std::size_t i = 0; i < listed.size(); ++i)
            out << (i ? ", " : " ") << listed[i];
        out << "\n";
    }
    if (!report.notEvaluated.empty()) {
        out << "\n" << tr("Not evaluable (the data they need is not recorded)") << "\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "  " << n.rule << " " << n.title << " — " << n.subject.label << ": " << n.reason << "\n";
    }
    return out.str();
}

// ---- Markdown ---------------------------------------------------------------------------------

std::string gapsMarkdown(const GapReport& report, const Model& /*model*/, const std::string& title) {
    std::ostringstream out;
    out << "# " << fill(tr("Gaps: {}"), {title}) << "\n\n"
        << scopeLines(report) << "\n"
        << counts(report) << ".\n";
    for (const auto& [name, findings] : grouped(report)) {
        out << "\n## " << name << "\n\n";
        for (const Finding* f : findings) {
            out << "- **" << f->rule << " " << f->title << "** — " << f->subject.label << " ("
                << severityTag(f->severity) << "). " << f->explanation << "  \n  *" << tr("Suggestion:")
                << "* " << f->suggestion << "\n";
        }
    }
    const Alignment& a = report.alignment;
    const std::vector<std::string> names = elementNames();
    out << "\n## " << tr("Alignment") << "\n\n"
        << tr(kWeights) << ".\n\n|  | " << names[0] << " | " << names[1] << " | " << names[2] << " | "
        << names[3] << " |\n"
        << "|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i) {
        out << "| **" << names[i] << "** |";
        for (std::size_t j = 0; j < 4; ++j)
            out << " " << scoreText(a.cells[i][j]) << " |";
        out << "\n";
    }
    out << "\n| " << tr("Element") << " | " << tr("Score") << " | " << tr("Completeness")
        << " |\n|---|---|---|\n";
    for (std::size_t i = 0; i < 4; ++i)
        out << "| " << names[i] << " | " << scoreText(a.elements[i]) << " | "
            << percentText(a.completeness[i]) << " |\n";
    if (!a.organizations.empty()) {
        out << "\n| " << tr("Organization") << " | " << tr("Party") << " | " << tr("Score")
            << " |\n|---|---|---|\n";
        for (const OrganizationAlignment& o : a.organizations) {
            out << "| " << o.label << " | " << tr(std::string(vocabulary::parties().labelOf(o.party)).c_str())
                << " | "
                << (!o.scored                                  ? std::string(tr("listed, not scored"))
                    : o.representedOnly && !o.score.recorded() ? std::string(tr("represented only"))
                                                               : scoreText(o.score))
                << " |\n";
        }
    }
    if (!report.notEvaluated.empty()) {
        out << "\n## " << tr("Not evaluable") << "\n\n";
        for (const NotEvaluated& n : report.notEvaluated)
            out << "- " << n.rule << " " << n.title << " — " << n.subject.label << ": " << n.reason << "\n";
    }
    return out.str();
}

}  // namespace orgweave::cli
