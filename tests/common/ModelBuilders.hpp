#pragma once
// Builders for nodes and ties in tests (designated initializers would trip
// -Wmissing-field-initializers on these large structs).

#include <orgweave/core/Model.hpp>

#include <string>

namespace orgweave::test {

inline core::Node makeNode(std::string id, core::NodeKind kind, std::string type = {}, std::string label = {},
                           std::string organization = {}, std::string site = {}, std::string owner = {}) {
    core::Node node;
    node.id = std::move(id);
    node.kind = kind;
    node.type = std::move(type);
    node.label = std::move(label);
    node.organization = std::move(organization);
    node.site = std::move(site);
    node.owner = std::move(owner);
    return node;
}

inline core::Tie makeTie(std::string id, core::TieKind kind, std::string source, std::string target) {
    core::Tie tie;
    tie.id = std::move(id);
    tie.kind = kind;
    tie.source = std::move(source);
    tie.target = std::move(target);
    return tie;
}

}  // namespace orgweave::test
