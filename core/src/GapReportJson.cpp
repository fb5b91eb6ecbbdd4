#include "orgweave/core/GapReportJson.hpp"

namespace orgweave::core {

using nlohmann::ordered_json;

ordered_json findingToJson(const Finding& f) {
    ordered_json elements = ordered_json::array();
    for (Element e : f.elements)
        elements.push_back(std::string(toString(e)));
    return {{"rule", f.rule},
            {"title", f.title},
            {"severity", std::string(toString(f.severity))},
            {"elements", elements},
            {"nodes", f.nodes},
            {"ties", f.ties},
            {"explanation", f.explanation},
            {"suggestion", f.suggestion}};
}

ordered_json alignmentToJson(const Alignment& a, const Model& model) {
    std::map<std::string, std::string> labels;
    for (const auto& [id, score] : a.organizationScores) {
        if (const Node* n = model.findNode(id))
            labels[id] = n->displayLabel();
    }
    return alignmentToJson(a, labels);
}

ordered_json alignmentToJson(const Alignment& a, const std::map<std::string, std::string>& labels) {
    ordered_json names = ordered_json::array();
    for (Element e : kAlignmentElements)
        names.push_back(std::string(toString(e)));
    ordered_json scores = ordered_json::object();
    for (std::size_t i = 0; i < 4; ++i)
        scores[std::string(toString(kAlignmentElements[i]))] = a.elementScores[i];
    ordered_json organizations = ordered_json::array();
    for (const auto& [id, score] : a.organizationScores) {
        auto it = labels.find(id);
        organizations.push_back(
            {{"id", id}, {"label", it == labels.end() ? id : it->second}, {"score", score}});
    }
    return {{"elements", names},
            {"matrix", a.weights},
            {"counts", a.counts},
            {"scores", scores},
            {"organizations", organizations}};
}

ordered_json gapReportToJson(const GapReport& report, const Model& model) {
    ordered_json findings = ordered_json::array();
    for (const Finding& f : report.findings)
        findings.push_back(findingToJson(f));
    ordered_json notEvaluated = ordered_json::array();
    for (const NotEvaluated& n : report.notEvaluated) {
        notEvaluated.push_back({{"rule", n.rule}, {"title", n.title}, {"reason", n.reason}});
    }
    return ordered_json{{"findings", std::move(findings)},
                        {"alignment", alignmentToJson(report.alignment, model)},
                        {"not_evaluated", std::move(notEvaluated)}};
}

}  // namespace orgweave::core
