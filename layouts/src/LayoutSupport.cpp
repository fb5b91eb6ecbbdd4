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

void separateGroups(std::map<std::string, core::Point>& positions,
                    const std::vector<std::vector<std::string>>& groups, const std::vector<bool>& fixed,
                    double margin) {
    struct Box {
        double minX, minY, maxX, maxY;
    };
    const std::size_t k = groups.size();
    std::vector<Box> boxes;
    std::vector<core::Point> offsets(k, core::Point{0.0, 0.0});
    std::vector<std::size_t> present;  // groups with at least one placed node
    boxes.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
        Box box{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        for (const std::string& id : groups[i]) {
            const auto p = positions.find(id);
            if (p == positions.end())
                continue;
            box = Box{std::min(box.minX, p->second.x), std::min(box.minY, p->second.y),
                      std::max(box.maxX, p->second.x), std::max(box.maxY, p->second.y)};
        }
        boxes.push_back(Box{box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin});
        if (box.minX <= box.maxX)
            present.push_back(i);
    }
    const auto isFixed = [&](std::size_t i) { return i < fixed.size() && fixed[i]; };
    const auto shift = [&](std::size_t i, double dx, double dy) {
        boxes[i].minX += dx;
        boxes[i].maxX += dx;
        boxes[i].minY += dy;
        boxes[i].maxY += dy;
        offsets[i].x += dx;
        offsets[i].y += dy;
    };
    constexpr int kMaxPasses = 2000;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool moved = false;
        for (std::size_t a = 0; a < present.size(); ++a) {
            for (std::size_t b = a + 1; b < present.size(); ++b) {
                const std::size_t i = present[a];
                const std::size_t j = present[b];
                const Box& p = boxes[i];
                const Box& q = boxes[j];
                const double overlapX = std::min(p.maxX, q.maxX) - std::max(p.minX, q.minX);
                const double overlapY = std::min(p.maxY, q.maxY) - std::max(p.minY, q.minY);
                if (overlapX <= 0.0 || overlapY <= 0.0 || (isFixed(i) && isFixed(j)))
                    continue;
                // Push j away from i along the axis that needs the shorter move (a hair more).
                double dx = 0.0;
                double dy = 0.0;
                if (overlapX <= overlapY) {
                    const bool right = (q.minX + q.maxX) >= (p.minX + p.maxX);
                    dx = (overlapX + 1e-6) * (right ? 1.0 : -1.0);
                } else {
                    const bool down = (q.minY + q.maxY) >= (p.minY + p.maxY);
                    dy = (overlapY + 1e-6) * (down ? 1.0 : -1.0);
                }
                const double share = isFixed(i) ? 1.0 : isFixed(j) ? 0.0 : 0.5;
                shift(j, dx * share, dy * share);
                shift(i, -dx * (1.0 - share), -dy * (1.0 - share));
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    for (std::size_t i = 0; i < k; ++i) {
        if (offsets[i].x == 0.0 && offsets[i].y == 0.0)
            continue;
        for (const std::string& id : groups[i]) {
            if (auto p = positions.find(id); p != positions.end()) {
                p->second.x += offsets[i].x;
                p->second.y += offsets[i].y;
            }
        }
    }
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
