#include "orgweave/core/Alignment.hpp"

#include "orgweave/core/NodeIndex.hpp"

#include <algorithm>
#include <set>

namespace orgweave::core {

int severityWeight(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Info:
            return 1;
        case FindingSeverity::Warning:
            return 3;
        case FindingSeverity::Critical:
            return 6;
    }
    return 3;
}

namespace {

std::size_t slotOf(Element element) {
    switch (element) {
        case Element::Context:
            return 0;
        case Element::Architecture:
        case Element::Relational:
            return 1;
        case Element::Leadership:
            return 2;
        case Element::Learning:
            return 3;
    }
    return 1;
}

int scoreFrom(int weight) {
    return std::max(0, 100 - 5 * weight);
}

}  // namespace

Alignment computeAlignment(const Model& model, const std::vector<Finding>& findings) {
    Alignment a;
    std::array<int, 4> elementWeight{};
    const NodeIndex index(model);
    std::map<std::string, int> organizationWeight;
    for (const Node& node : model.nodes) {
        if (node.kind == NodeKind::Organization)
            organizationWeight[node.id] = 0;
    }
    for (const Finding& f : findings) {
        const int w = severityWeight(f.severity);
        std::set<std::size_t> slots;
        for (Element e : f.elements)
            slots.insert(slotOf(e));
        std::vector<std::size_t> list(slots.begin(), slots.end());
        if (list.size() == 1) {
            a.weights[list[0]][list[0]] += w;
            a.counts[list[0]][list[0]] += 1;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                a.weights[list[i]][list[j]] += w;
                a.weights[list[j]][list[i]] += w;
                a.counts[list[i]][list[j]] += 1;
                a.counts[list[j]][list[i]] += 1;
            }
        }
        for (std::size_t s : list)
            elementWeight[s] += w;

        std::set<std::string> organizations;
        for (const std::string& id : f.nodes) {
            auto i = index.find(id);
            if (!i)
                continue;
            const Node& node = model.nodes[*i];
            if (node.kind == NodeKind::Organization) {
                organizations.insert(node.id);
            } else if (!node.organization.empty()) {
                organizations.insert(node.organization);
            } else if (!node.site.empty()) {
                if (auto s = index.find(node.site))
                    organizations.insert(model.nodes[*s].organization);
            }
        }
        for (const std::string& org : organizations) {
            if (organizationWeight.count(org))
                organizationWeight[org] += w;
        }
    }
    for (std::size_t s = 0; s < 4; ++s)
        a.elementScores[s] = scoreFrom(elementWeight[s]);
    for (const auto& [org, weight] : organizationWeight)
        a.organizationScores[org] = scoreFrom(weight);
    return a;
}

}  // namespace orgweave::core
