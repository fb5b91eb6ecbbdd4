#include "orgweave/core/Finding.hpp"
#include "orgweave/core/Translate.hpp"

namespace orgweave::core {

std::string_view toString(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Info:
            return "info";
        case FindingSeverity::Warning:
            return "warning";
        case FindingSeverity::Critical:
            return "critical";
    }
    return "warning";
}

std::string_view toString(Element element) {
    switch (element) {
        case Element::Context:
            return "context";
        case Element::Architecture:
            return "architecture";
        case Element::Leadership:
            return "leadership";
        case Element::Learning:
            return "learning";
        case Element::Relational:
            return "relational";
    }
    return "architecture";
}

std::string_view labelOf(Element element) {
    switch (element) {
        case Element::Context:
            return N_("Context");
        case Element::Architecture:
            return N_("Architecture");
        case Element::Leadership:
            return N_("Leadership");
        case Element::Learning:
            return N_("Collaborative learning");
        case Element::Relational:
            return N_("Relational coordination");
    }
    return "Architecture";
}

}  // namespace orgweave::core

namespace orgweave::core {

std::string_view toString(CheckStatus status) {
    switch (status) {
        case CheckStatus::Pass:
            return "pass";
        case CheckStatus::Gap:
            return "gap";
        case CheckStatus::NotEvaluable:
            return "not_evaluable";
    }
    return "gap";
}

std::string_view toString(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Network:
            return "network";
        case SubjectKind::Partner:
            return "partner";
        case SubjectKind::CareOrganizationInAction:
            return "care_organization_in_action";
        case SubjectKind::Committee:
            return "committee";
        case SubjectKind::LearningAction:
            return "learning_action";
        case SubjectKind::OrganizationPair:
            return "organization_pair";
        case SubjectKind::Role:
            return "role";
        case SubjectKind::ContextFactor:
            return "context_factor";
        case SubjectKind::SharedTool:
            return "shared_tool";
        case SubjectKind::Phase:
            return "phase";
    }
    return "network";
}

std::string CheckSubject::key() const {
    std::string out(toString(kind));
    if (kind == SubjectKind::Phase)
        return out;  // the phase assessed: the same subject when two phases are compared
    out += ':';
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i == 0 ? "" : ",") + ids[i];
    return out;
}

Finding findingOf(const CheckEvaluation& e) {
    return Finding{e.rule, e.title,       e.severity,   e.elements, e.nodes,
                   e.ties, e.explanation, e.suggestion, e.subject};
}

NotEvaluated notEvaluatedOf(const CheckEvaluation& e, const Translator& texts) {
    std::string needs;
    for (std::size_t i = 0; i < e.needs.size(); ++i)
        needs += (i == 0 ? "" : "; ") + e.needs[i];
    const std::string reason = needs.empty() ? e.explanation : fill(texts.tr("needs {}"), {needs});
    return NotEvaluated{e.rule, e.title, reason, e.subject, e.needs};
}

}  // namespace orgweave::core
