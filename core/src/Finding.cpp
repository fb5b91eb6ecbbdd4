#include "orgweave/core/Finding.hpp"

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
            return "Context";
        case Element::Architecture:
            return "Architecture";
        case Element::Leadership:
            return "Leadership";
        case Element::Learning:
            return "Collaborative learning";
        case Element::Relational:
            return "Relational coordination";
    }
    return "Architecture";
}

}  // namespace orgweave::core
