#pragma once
#include "orgweave/core/Translate.hpp"
// The result of the checks of DOMAIN.md §4, v2: every rule is a check evaluated per subject.
//
//   CheckEvaluation  one check on one subject: pass, gap (with severity) or not evaluable (with the
//                    data it needs). Every evaluation names labels, never ids, in its texts.
//   Finding          a gap, as the canvas, the renderer and the panels show it (derived from the
//                    evaluations whose status is Gap).
//   NotEvaluated     an evaluation whose status is NotEvaluable, with what it needs.
//
// Severity of an evaluation: for a gap, how serious it is; for a pass or a not-evaluable
// evaluation, the severity the check has when it fails on that subject (its weight in the
// alignment, Alignment.hpp). Cost: plain value types.

#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

enum class FindingSeverity { Info, Warning, Critical };

/// The four elements of the model, plus relational coordination (a quality of architecture ties).
enum class Element { Context, Architecture, Leadership, Learning, Relational };

std::string_view toString(FindingSeverity severity);
std::string_view toString(Element element);
/// "Context", "Architecture", …
std::string_view labelOf(Element element);

enum class CheckStatus { Pass, Gap, NotEvaluable };
/// "pass", "gap", "not_evaluable".
std::string_view toString(CheckStatus status);

/// What a check is about (DOMAIN.md §4, column "subject").
enum class SubjectKind {
    Network,                   ///< the whole network (in the phase assessed)
    Partner,                   ///< a partner organization
    CareOrganizationInAction,  ///< a care organization taking part in a learning action (G5)
    Committee,
    LearningAction,
    OrganizationPair,  ///< two care organizations (G8)
    Role,
    ContextFactor,  ///< a context factor, e.g. restricted_autonomy (G7)
    SharedTool,
    Phase,
};
/// "network", "partner", "care_organization_in_action", "committee", "learning_action",
/// "organization_pair", "role", "context_factor", "shared_tool", "phase".
std::string_view toString(SubjectKind kind);

struct CheckSubject {
    SubjectKind kind = SubjectKind::Network;
    /// Node ids: one for a partner, committee, action, role or tool; organization then action for
    /// CareOrganizationInAction; the two organizations (sorted) for a pair; empty for the network.
    /// A context factor or a phase keeps its id here too (a factor id, a phase id).
    std::vector<std::string> ids;
    std::string label;  ///< shown to people: "Moss and Hospital trust", "the network", …
    /// "kind:id,id" — equal for the same subject in two documents or phases ("phase" for the phase
    /// assessed, so G23 compares across phases).
    std::string key() const;
    bool operator==(const CheckSubject&) const = default;
};

struct CheckEvaluation {
    std::string rule;   ///< "G1" … "G24"
    std::string title;  ///< the rule's name
    CheckStatus status = CheckStatus::Pass;
    FindingSeverity severity = FindingSeverity::Warning;
    std::vector<Element> elements;
    CheckSubject subject;
    std::vector<std::string> nodes;  ///< ids of the nodes involved (gap); the subject's nodes otherwise
    std::vector<std::string> ties;   ///< ids of the ties involved
    std::string explanation;  ///< gap: what is wrong; pass: why it holds; not evaluable: what is missing
    std::string suggestion;   ///< gap: what to change (uses the setting's institutions)
    std::vector<std::string> needs;  ///< not evaluable: the data the check needs, in the user's words
};

/// A gap (an evaluation with status Gap), as shown on the canvas and in the lists.
struct Finding {
    std::string rule;   ///< "G1" … "G24"
    std::string title;  ///< the rule's name, e.g. "Orphan learning action"
    FindingSeverity severity = FindingSeverity::Warning;
    std::vector<Element> elements;
    std::vector<std::string> nodes;  ///< ids of the nodes involved
    std::vector<std::string> ties;   ///< ids of the ties involved
    std::string explanation;         ///< one sentence naming the labels involved
    std::string suggestion;          ///< what to change
    CheckSubject subject;
};

/// A check that could not be evaluated on a subject because its data is not recorded.
struct NotEvaluated {
    std::string rule;
    std::string title;
    std::string reason;  ///< "needs …" in the user's words
    CheckSubject subject;
    std::vector<std::string> needs;
};

Finding findingOf(const CheckEvaluation& evaluation);
/// The reason "needs …" in the language of `texts` (English by default).
NotEvaluated notEvaluatedOf(const CheckEvaluation& evaluation, const Translator& texts = Translator{});

}  // namespace orgweave::core
