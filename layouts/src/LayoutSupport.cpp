#include "LayoutSupport.hpp"

#include <algorithm>
#include <limits>

namespace orgweave::layouts::detail {

NodeSize labelBox(const std::string& label) {
    std::size_t characters = 0;
    for (char c : label) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++characters;  // UTF-8 lead bytes
    }
    const double width = std::min(320.0, std::max(kNodeHeight, 7.0 * static_cast<double>(characters) + 10.0));
    return NodeSize{width, kNodeHeight};
}

std::string clusterKey(const core::Model& model, const core::Node& node, const std::string& field) {
    if (field == "organization") {
        if (node.kind == core::NodeKind::Organization)
            return node.id;
        if (!node.organization.empty())
            return node.organization;
        if (!node.site.empty()) {
            if (const core::Node* site = model.findNode(node.site))
                return site->organization;
        }
        return {};
    }
    if (field == "site")
        return node.kind == core::NodeKind::Site ? node.id : node.site;
    if (field == "owner")
        return node.kind == core::NodeKind::Committee ? node.id : node.owner;
    if (field == "kind")
        return std::string(core::toString(node.kind));
    if (field == "type")
        return node.type;
    if (auto it = node.attrs.find(field); it != node.attrs.end() && it->is_string())
        return it->get<std::string>();
    return {};
}

void finish(LayoutResult& result, const core::Model& model, bool keep) {
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const core::Node& node : model.nodes) {
        auto p = result.positions.find(node.id);
        if (p == result.positions.end())
            continue;
        const NodeSize box = labelBox(node.displayLabel());
        result.sizes[node.id] = box;
        minX = std::min(minX, p->second.x - box.width / 2.0);
        maxX = std::max(maxX, p->second.x + box.width / 2.0);
        minY = std::min(minY, p->second.y - box.height / 2.0);
        maxY = std::max(maxY, p->second.y + box.height / 2.0);
    }
    if (result.positions.empty())
        return;
    if (keep) {
        result.left = minX;
        result.top = minY;
    } else {
        for (auto& [id, p] : result.positions) {
            p.x -= minX;
            p.y -= minY;
        }
    }
    result.width = maxX - minX;
    result.height = maxY - minY;
}

}  // namespace orgweave::layouts::detail
