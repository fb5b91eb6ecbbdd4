#include "orgweave/core/TieRules.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace orgweave::core {

namespace {

bool isOneOf(NodeKind kind, std::initializer_list<NodeKind> kinds) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

constexpr std::array<TieKind, 7> kPreference{
    TieKind::MemberOf,  TieKind::ReportsTo, TieKind::ParticipatesIn, TieKind::Uses,
    TieKind::Maintains, TieKind::Agreement, TieKind::Collaborates};

}  // namespace

std::string tieEndpointProblem(TieKind kind, NodeKind source, NodeKind target) {
    using K = NodeKind;
    switch (kind) {
        case TieKind::MemberOf:
            if (isOneOf(source, {K::Role, K::Organization}) && target == K::Committee)
                return {};
            return tr("member_of goes from a role (or an organization) to a committee");
        case TieKind::ReportsTo:
            if ((source == K::Committee && target == K::Committee) ||
                (source == K::Role && target == K::Role))
                return {};
            return tr("reports_to joins a committee to its parent committee, or a role to its manager");
        case TieKind::Collaborates: {
            const std::initializer_list<K> actors{K::Role, K::Site, K::Organization, K::Committee};
            if (isOneOf(source, actors) && isOneOf(target, actors))
                return {};
            return tr("collaborates joins roles, sites, organizations or committees");
        }
        case TieKind::ParticipatesIn:
            if (isOneOf(source, {K::Role, K::Site, K::Organization}) && target == K::LearningAction)
                return {};
            return tr("participates_in goes from a role, site or organization to a learning action");
        case TieKind::Uses:
        case TieKind::Maintains:
            if (isOneOf(source, {K::Site, K::Role, K::Committee, K::Organization}) && target == K::SharedTool)
                return {};
            return fill(tr("{} goes from a site (or a role, committee or organization) to a shared tool"),
                        {std::string(toString(kind))});
        case TieKind::Agreement:
            if (source == K::Organization && target == K::Organization)
                return {};
            return tr("agreement joins two organizations");
    }
    return {};
}

std::vector<TieKind> tieKindsBetween(NodeKind source, NodeKind target) {
    std::vector<TieKind> kinds;
    for (const TieKind kind : kPreference) {
        if (tieEndpointProblem(kind, source, target).empty())
            kinds.push_back(kind);
    }
    return kinds;
}

std::string whyNoTieBetween(NodeKind source, NodeKind target) {
    if (!tieKindsBetween(source, target).empty() || !tieKindsBetween(target, source).empty())
        return {};
    using K = NodeKind;
    if (source == K::LearningAction || target == K::LearningAction)
        return tr(
            "A learning action is joined only by its participants (roles, sites, organizations); "
            "its owner committee is set in the Inspector.");
    if (source == K::SharedTool || target == K::SharedTool)
        return tr(
            "A shared tool is joined only by the sites, roles, committees or organizations that use or "
            "maintain it.");
    return fill(
        tr("No tie kind joins {} and {}; containment (a site or role in its organization) is set in the "
           "Inspector."),
        {withArticle(toString(source)), withArticle(toString(target))});
}

}  // namespace orgweave::core
