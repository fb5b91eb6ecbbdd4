#include "orgweave/core/Model.hpp"

#include <algorithm>

namespace orgweave::core {

namespace {
constexpr std::array<std::string_view, 6> kNodeKindNames{"organization", "site",        "committee",
                                                         "role",         "shared_tool", "learning_action"};
constexpr std::array<std::string_view, 7> kTieKindNames{
    "member_of", "reports_to", "collaborates", "participates_in", "uses", "maintains", "agreement"};

template <typename Items, typename Id>
auto* findById(Items& items, Id id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
}  // namespace

std::string_view toString(NodeKind kind) {
    return kNodeKindNames.at(static_cast<std::size_t>(kind));
}
std::string_view toString(TieKind kind) {
    return kTieKindNames.at(static_cast<std::size_t>(kind));
}

std::optional<NodeKind> nodeKindFromString(std::string_view text) {
    for (std::size_t i = 0; i < kNodeKindNames.size(); ++i) {
        if (kNodeKindNames[i] == text)
            return static_cast<NodeKind>(i);
    }
    return std::nullopt;
}

std::optional<TieKind> tieKindFromString(std::string_view text) {
    for (std::size_t i = 0; i < kTieKindNames.size(); ++i) {
        if (kTieKindNames[i] == text)
            return static_cast<TieKind>(i);
    }
    return std::nullopt;
}

bool isDirectedByDefault(TieKind kind) {
    return kind != TieKind::Collaborates && kind != TieKind::Agreement;
}

const Node* Model::findNode(std::string_view id) const {
    return findById(nodes, id);
}
Node* Model::findNode(std::string_view id) {
    return findById(nodes, id);
}
const Tie* Model::findTie(std::string_view id) const {
    return findById(ties, id);
}
Tie* Model::findTie(std::string_view id) {
    return findById(ties, id);
}
const Phase* Model::findPhase(std::string_view id) const {
    return findById(annotations.phases, id);
}

}  // namespace orgweave::core
