#include "orgweave/core/GapReportJson.hpp"

namespace orgweave::core {

using nlohmann::ordered_json;

namespace {
ordered_json elementsToJson(const std::vector<Element>& elements) {
    ordered_json out = ordered_json::array();
    for (Element e : elements)
        out.push_back(std::string(toString(e)));
    return out;
}
}  // namespace

ordered_json subjectToJson(const CheckSubject& s) {
    return {{"kind", std::string(toString(s.kind))}, {"ids", s.ids}, {"label", s.label}};
}

ordered_json findingToJson(const Finding& f) {
    return {{"rule", f.rule},
            {"title", f.title},
            {"severity", std::string(toString(f.severity))},
            {"elements", elementsToJson(f.elements)},
            {"subject", subjectToJson(f.subject)},
            {"nodes", f.nodes},
            {"ties", f.ties},
            {"explanation", f.explanation},
            {"suggestion", f.suggestion}};
}

ordered_json evaluationToJson(const CheckEvaluation& e) {
    return {{"rule", e.rule},
            {"title", e.title},
            {"status", std::string(toString(e.status))},
            {"severity", std::string(toString(e.severity))},
            {"elements", elementsToJson(e.elements)},
            {"subject", subjectToJson(e.subject)},
            {"nodes", e.nodes},
            {"ties", e.ties},
            {"explanation", e.explanation},
            {"suggestion", e.suggestion},
            {"needs", e.needs}};
}

ordered_json scoreToJson(const AlignmentScore& s) {
    ordered_json out = {{"passes", s.passes}, {"total", s.total}};
    if (auto p = s.percent())
        out["percent"] = *p;
    else
        out["percent"] = nullptr;
    return out;
}

ordered_json alignmentToJson(const Alignment& a) {
    ordered_json names = ordered_json::array();
    for (Element e : kAlignmentElements)
        names.push_back(std::string(toString(e)));
    ordered_json cells = ordered_json::array();
    for (const auto& row : a.cells) {
        ordered_json r = ordered_json::array();
        for (const AlignmentScore& cell : row)
            r.push_back(scoreToJson(cell));
        cells.push_back(std::move(r));
    }
    ordered_json scores = ordered_json::object();
    ordered_json completeness = ordered_json::object();
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string name(toString(kAlignmentElements[i]));
        scores[name] = scoreToJson(a.elements[i]);
        if (a.completeness[i])
            completeness[name] = *a.completeness[i];
        else
            completeness[name] = nullptr;
    }
    ordered_json organizations = ordered_json::array();
    for (const OrganizationAlignment& o : a.organizations) {
        ordered_json j = {{"id", o.id}, {"label", o.label}, {"party", o.party}, {"scored", o.scored}};
        if (o.scored) {
            j["represented_only"] = o.representedOnly;
            j["score"] = scoreToJson(o.score);
        }
        organizations.push_back(std::move(j));
    }
    return {{"elements", names},
            {"cells", std::move(cells)},
            {"scores", std::move(scores)},
            {"organizations", std::move(organizations)},
            {"completeness", std::move(completeness)}};
}

ordered_json gapReportToJson(const GapReport& report, const Model& /*model*/) {
    ordered_json findings = ordered_json::array();
    for (const Finding& f : report.findings)
        findings.push_back(findingToJson(f));
    ordered_json notEvaluated = ordered_json::array();
    for (const NotEvaluated& n : report.notEvaluated) {
        notEvaluated.push_back({{"rule", n.rule},
                                {"title", n.title},
                                {"subject", subjectToJson(n.subject)},
                                {"needs", n.needs},
                                {"reason", n.reason}});
    }
    ordered_json evaluations = ordered_json::array();
    for (const CheckEvaluation& e : report.evaluations)
        evaluations.push_back(evaluationToJson(e));
    const int total = static_cast<int>(report.evaluations.size());
    return ordered_json{{"phase", report.phase},
                        {"phase_note", report.phaseNote},
                        {"setting", report.setting},
                        {"rc_wave", report.rcWave},
                        {"rc_wave_note", report.rcWaveNote},
                        {"summary",
                         {{"evaluations", total},
                          {"passes", report.passes()},
                          {"gaps", static_cast<int>(report.findings.size())},
                          {"not_evaluable", static_cast<int>(report.notEvaluated.size())}}},
                        {"findings", std::move(findings)},
                        {"not_evaluated", std::move(notEvaluated)},
                        {"evaluations", std::move(evaluations)},
                        {"alignment", alignmentToJson(report.alignment)}};
}

}  // namespace orgweave::core
