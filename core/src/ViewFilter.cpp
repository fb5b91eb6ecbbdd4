#include "orgweave/core/ViewFilter.hpp"

#include "JsonLocator.hpp"

#include <array>
#include <string_view>

namespace orgweave::core {

namespace {

constexpr std::array<std::string_view, 3> kKeys{"kinds", "organizations", "types"};

void readList(const nlohmann::json& filter, const char* key, std::set<std::string>& out) {
    const auto it = filter.find(key);
    if (it == filter.end() || !it->is_array())
        return;
    for (const nlohmann::json& item : *it) {
        if (item.is_string())
            out.insert(item.get<std::string>());
    }
}

/// The organization a node belongs to for the "organizations" key: its own id for an
/// organization, its "organization" field for a site or role, none otherwise.
const std::string* organizationOf(const Node& node) {
    if (node.kind == NodeKind::Organization)
        return &node.id;
    if (node.kind == NodeKind::Site || node.kind == NodeKind::Role)
        return &node.organization;
    return nullptr;
}

}  // namespace

ViewFilter ViewFilter::fromJson(const nlohmann::json& filter) {
    ViewFilter result;
    if (!filter.is_object())
        return result;
    readList(filter, "kinds", result.m_kinds);
    readList(filter, "organizations", result.m_organizations);
    readList(filter, "types", result.m_types);
    return result;
}

nlohmann::json ViewFilter::toJson() const {
    nlohmann::json out = nlohmann::json::object();
    if (!m_kinds.empty())
        out["kinds"] = m_kinds;
    if (!m_organizations.empty())
        out["organizations"] = m_organizations;
    if (!m_types.empty())
        out["types"] = m_types;
    return out;
}

std::vector<std::string> ViewFilter::unknownKeys(const nlohmann::json& filter) {
    std::vector<std::string> unknown;
    if (!filter.is_object())
        return unknown;
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        bool known = false;
        for (const std::string_view key : kKeys)
            known = known || it.key() == key;
        if (!known)
            unknown.push_back(it.key());
    }
    return unknown;
}

void ViewFilter::check(const nlohmann::json& filter, const std::string& pointer, Diagnostics& out) {
    if (!filter.is_object())
        return;
    for (const std::string& key : unknownKeys(filter)) {
        out.push_back(
            Diagnostic{Severity::Warning,
                       {},
                       0,
                       0,
                       appendPointer(pointer, key),
                       "unknown filter key \"" + key + "\" is ignored (known: kinds, organizations, types)"});
    }
    for (const std::string_view key : kKeys) {
        const auto it = filter.find(key);
        if (it == filter.end())
            continue;
        bool strings = it->is_array();
        if (strings) {
            for (const nlohmann::json& item : *it)
                strings = strings && item.is_string();
        }
        if (!strings) {
            out.push_back(Diagnostic{Severity::Error,
                                     {},
                                     0,
                                     0,
                                     appendPointer(pointer, key),
                                     "filter key \"" + std::string(key) + "\" must be a list of strings"});
        }
    }
}

bool ViewFilter::admits(const Node& node) const {
    if (!m_kinds.empty() && !m_kinds.contains(std::string(toString(node.kind))))
        return false;
    if (!m_types.empty() && !m_types.contains(node.type))
        return false;
    if (!m_organizations.empty()) {
        const std::string* organization = organizationOf(node);
        if (organization == nullptr || !m_organizations.contains(*organization))
            return false;
    }
    return true;
}

std::vector<bool> ViewFilter::visibleNodes(const Model& model) const {
    std::vector<bool> visible(model.nodes.size(), true);
    if (empty())
        return visible;
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        visible[i] = admits(model.nodes[i]);
    return visible;
}

Model ViewFilter::apply(const Model& model) const {
    if (empty())
        return model;
    Model out = model;
    std::set<std::string, std::less<>> hidden;
    for (const Node& node : model.nodes) {
        if (!admits(node))
            hidden.insert(node.id);
    }
    std::erase_if(out.nodes, [&](const Node& node) { return hidden.contains(node.id); });
    std::erase_if(out.ties,
                  [&](const Tie& tie) { return hidden.contains(tie.source) || hidden.contains(tie.target); });
    for (const std::string& id : hidden) {
        out.layout.positions.erase(id);
        std::erase(out.layout.pinned, id);
    }
    return out;
}

}  // namespace orgweave::core
