#include "orgweave/core/Partition.hpp"

#include "orgweave/core/NodeIndex.hpp"

#include <algorithm>
#include <unordered_map>

namespace orgweave::core {

std::string partitionValue(const Node& node, const std::string& attribute) {
    if (attribute == "organization") {
        if (node.kind == NodeKind::Organization)
            return node.id;
        if (!node.organization.empty())
            return node.organization;
    } else if (attribute == "kind") {
        return std::string(toString(node.kind));
    } else if (attribute == "type") {
        if (!node.type.empty())
            return node.type;
    } else if (attribute == "site") {
        if (!node.site.empty())
            return node.site;
    } else if (attribute == "owner") {
        if (!node.owner.empty())
            return node.owner;
    } else if (attribute == "level") {
        if (node.committee->level)
            return std::to_string(*node.committee->level);
    } else if (attribute == "mandate") {
        if (!node.committee->mandate.empty())
            return node.committee->mandate;
    }
    auto it = node.attrs.find(attribute);
    if (it == node.attrs.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    return it->dump();
}

Partition buildPartition(const Model& model, const LensGraph& lens, const std::string& attribute) {
    Partition p;
    p.attribute = attribute;
    const NodeIndex index(model);
    std::unordered_map<std::string, int> groupIndex;
    p.groupOf.reserve(lens.modelIndex.size());
    for (std::size_t modelIndex : lens.modelIndex) {
        const std::string value = partitionValue(model.nodes[modelIndex], attribute);
        if (value.empty()) {
            ++p.nodesWithoutValue;
        } else {
            p.attributeFound = true;
        }
        auto [it, inserted] = groupIndex.emplace(value, static_cast<int>(p.groupIds.size()));
        if (inserted) {
            p.groupIds.push_back(value);
            std::string label = value.empty() ? std::string("(none)") : value;
            if (attribute == "organization" && !value.empty()) {
                if (auto org = index.find(value))
                    label = model.nodes[*org].displayLabel();
            }
            p.groupLabels.push_back(std::move(label));
        }
        p.groupOf.push_back(it->second);
    }
    if (attribute != "organization")
        return p;
    for (std::size_t v = 0; v < lens.modelIndex.size(); ++v) {
        const Node& node = model.nodes[lens.modelIndex[v]];
        for (const Affiliation& affiliation : node.affiliations) {
            const auto org = index.find(affiliation.organization);
            if (!org || model.nodes[*org].kind != NodeKind::Organization)
                continue;
            auto [it, inserted] =
                groupIndex.emplace(affiliation.organization, static_cast<int>(p.groupIds.size()));
            if (inserted) {
                p.groupIds.push_back(affiliation.organization);
                p.groupLabels.push_back(model.nodes[*org].displayLabel());
            }
            if (it->second == p.groupOf[v])
                continue;  // its main organization again
            if (p.alsoIn.empty())
                p.alsoIn.resize(lens.modelIndex.size());
            std::vector<int>& also = p.alsoIn[v];
            if (std::find(also.begin(), also.end(), it->second) == also.end())
                also.push_back(it->second);
        }
    }
    return p;
}

}  // namespace orgweave::core
