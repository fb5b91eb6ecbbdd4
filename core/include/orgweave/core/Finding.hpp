#pragma once
// One gap found by a rule (DOMAIN.md §4): which rule, how serious, which of the four elements it
// relates, the nodes and ties involved, and what it means and what to do, in the user's words.

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

struct Finding {
    std::string rule;   ///< "G1" … "G21"
    std::string title;  ///< the rule's name, e.g. "Orphan learning action"
    FindingSeverity severity = FindingSeverity::Warning;
    std::vector<Element> elements;
    std::vector<std::string> nodes;  ///< ids of the nodes involved
    std::vector<std::string> ties;   ///< ids of the ties involved
    std::string explanation;         ///< one sentence naming the labels involved
    std::string suggestion;          ///< what to change
};

/// A rule that could not be evaluated because its data is absent.
struct NotEvaluated {
    std::string rule;
    std::string title;
    std::string reason;
};

}  // namespace orgweave::core
