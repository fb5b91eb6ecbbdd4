#include "orgweave/studio/canvas/NodeSearch.hpp"

#include "orgweave/core/Text.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <algorithm>
#include <string>

namespace orgweave::studio {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool contains(std::string_view haystack, const std::string& lowerNeedle) {
    return core::toLowerAscii(haystack).find(lowerNeedle) != std::string::npos;
}

/// Whether a scalar inside `value` (any depth) contains the needle.
bool jsonContains(const nlohmann::json& value, const std::string& lowerNeedle) {
    if (value.is_string())
        return contains(value.get_ref<const std::string&>(), lowerNeedle);
    if (value.is_number() || value.is_boolean())
        return contains(value.dump(), lowerNeedle);
    if (value.is_array() || value.is_object())
        return std::any_of(value.begin(), value.end(),
                           [&](const nlohmann::json& item) { return jsonContains(item, lowerNeedle); });
    return false;
}

}  // namespace

int NodeSearch::rank(const core::Node& node, std::string_view query) {
    const std::string needle = core::toLowerAscii(trimmed(query));
    if (needle.empty())
        return 0;
    const std::string label = core::toLowerAscii(node.displayLabel());
    if (label.starts_with(needle))
        return 0;
    if (label.find(needle) != std::string::npos)
        return 1;
    if (contains(node.id, needle))
        return 2;
    if (!node.type.empty() && (contains(node.type, needle) ||
                               contains(core::vocabulary::typesOf(node.kind).labelOf(node.type), needle)))
        return 3;
    if (jsonContains(node.attrs, needle))
        return 3;
    return -1;
}

std::vector<std::size_t> NodeSearch::find(const core::Model& model, std::string_view query) {
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const int r = rank(model.nodes[i], query);
        if (r >= 0)
            ranked.emplace_back(r, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> indices;
    indices.reserve(ranked.size());
    for (const auto& [r, i] : ranked)
        indices.push_back(i);
    return indices;
}

}  // namespace orgweave::studio
