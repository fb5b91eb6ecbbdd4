// NodeDecorations: outlines · halos · sizes
#include "orgweave/layouts/NodeDecorations.hpp"

#include <map>
#include <string>

namespace orgweave::layouts {

using core::NodeKind;

std::vector<OutlineMembers> outlineMembership(const core::Model& model) {
    std::vector<OutlineMembers> outlines;
    std::map<std::string_view, std::size_t, std::less<>> outlineOf;  // organization id → outline
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        if (node.kind == NodeKind::Organization && !outlineOf.contains(node.id)) {
            outlineOf.emplace(node.id, outlines.size());
            outlines.push_back({i, {i}});
        }
    }
    std::map<std::string_view, std::string_view, std::less<>> organizationOfSite;
    for (const core::Node& node : model.nodes) {
        if (node.kind == NodeKind::Site)
            organizationOfSite.emplace(node.id, node.organization);
    }
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        if (node.kind != NodeKind::Site && node.kind != NodeKind::Role)
            continue;
        std::string_view organization = node.organization;
        if (!outlineOf.contains(organization) && node.kind == NodeKind::Role && !node.site.empty()) {
            if (const auto site = organizationOfSite.find(node.site); site != organizationOfSite.end())
                organization = site->second;
        }
        if (const auto it = outlineOf.find(organization); it != outlineOf.end())
            outlines[it->second].members.push_back(i);
    }
    std::erase_if(outlines, [](const OutlineMembers& outline) { return outline.members.size() < 2; });
    return outlines;
}

std::vector<std::optional<core::FindingSeverity>> worstSeverityPerNode(
    const core::Model& model, const std::vector<core::Finding>& findings, std::string_view rule) {
    std::vector<std::optional<core::FindingSeverity>> worst(model.nodes.size());
    std::map<std::string_view, std::size_t, std::less<>> indexOf;
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        indexOf.emplace(model.nodes[i].id, i);
    for (const core::Finding& finding : findings) {
        if (!rule.empty() && finding.rule != rule)
            continue;
        for (const std::string& id : finding.nodes) {
            const auto it = indexOf.find(id);
            if (it == indexOf.end())
                continue;
            std::optional<core::FindingSeverity>& slot = worst[it->second];
            if (!slot || static_cast<int>(finding.severity) > static_cast<int>(*slot))
                slot = finding.severity;
        }
    }
    return worst;
}

double sizedRadius(double unit) {
    return kSizedMinRadius + (kSizedMaxRadius - kSizedMinRadius) * unit;
}

}  // namespace orgweave::layouts
