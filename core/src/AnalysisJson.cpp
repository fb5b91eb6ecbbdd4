#include "orgweave/core/AnalysisJson.hpp"

#include "orgweave/core/MeasureCatalogue.hpp"

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace orgweave::core {

using nlohmann::ordered_json;

namespace {

ordered_json number(double value) {
    return std::isfinite(value) ? ordered_json(value) : ordered_json(nullptr);
}

ordered_json groupValue(const AnalysisResult& r, std::size_t v) {
    const std::string& id = r.partition.groupIds[static_cast<std::size_t>(r.partition.groupOf[v])];
    return id.empty() ? ordered_json(nullptr) : ordered_json(id);
}

}  // namespace

ordered_json networkSummaryToJson(const NetworkSummary& s) {
    return {
        {"nodes", s.nodes},
        {"ties", s.ties},
        {"density", number(s.density)},
        {"components", s.components},
        {"diameter", s.diameter},
        {"average_path_length", number(s.averagePathLength)},
        {"degree_centralization", number(s.degreeCentralization)},
        {"ei_index", number(s.eiIndex)},
        {"internal_ties", s.internalTies},
        {"external_ties", s.externalTies},
        {"modularity", number(s.partitionModularity)},
    };
}

ordered_json analysisToJson(const AnalysisResult& r) {
    const NetworkSummary& s = r.network;
    ordered_json network = {
        {"lens", std::string(toString(r.lens.lens))},
        {"directed", s.directed},
        {"partition", r.partition.attribute},
    };
    network.update(networkSummaryToJson(s));
    if (r.has("communities")) {
        network["communities"] = {{"count", s.communityCount}, {"modularity", number(s.communityModularity)}};
        // Members of each community (numbered 1, 2, … as the nodes' "community").
        std::map<int, std::vector<std::string>> members;
        for (std::size_t v = 0; v < r.nodeCount() && v < r.community.size(); ++v) {
            if (r.community[v] >= 0)
                members[r.community[v] + 1].push_back(r.ids[v]);
        }
        ordered_json list = ordered_json::array();
        for (const auto& [community, ids] : members)
            list.push_back({{"community", community}, {"size", ids.size()}, {"nodes", ids}});
        network["communities"]["members"] = std::move(list);
    }
    network["approximate"] = r.approximate;
    if (r.approximate) {
        network["sampled_sources"] = r.sourcesUsed;
        network["betweenness_error_bound"] = number(r.betweennessErrorBound);
        network["betweenness_error_confidence"] = r.betweennessConfidence;
        network["harmonic_normalized_error_bound"] = number(r.harmonicErrorBound);
    }
    if (r.has("group_paths")) {
        ordered_json pairs = ordered_json::array();
        for (const GroupPair& p : r.groupPairs) {
            const auto a = static_cast<std::size_t>(p.groupA);
            const auto b = static_cast<std::size_t>(p.groupB);
            pairs.push_back({{"a", r.partition.groupIds[a]},
                             {"b", r.partition.groupIds[b]},
                             {"a_label", r.partition.groupLabels[a]},
                             {"b_label", r.partition.groupLabels[b]},
                             {"paths", p.paths},
                             {"at_least", p.capped}});
        }
        network["group_paths"] = std::move(pairs);
        network["group_paths_cap"] = r.pathCap;
    }
    network["notes"] = r.notes;

    ordered_json nodes = ordered_json::array();
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        ordered_json node = {{"id", r.ids[v]},
                             {"label", r.labels[v]},
                             {"kind", std::string(toString(r.kinds[v]))},
                             {"group", groupValue(r, v)}};
        for (const MeasureInfo& m : measureCatalogue()) {
            if (m.shape == MeasureShape::Network || !m.computedIn(r))
                continue;
            const std::string key(m.id);
            if (m.id == "brokerage") {
                const BrokerageCounts& b = r.brokerage[v];
                node[key] = {{"coordinator", b.coordinator},
                             {"consultant", b.consultant},
                             {"representative", b.representative},
                             {"gatekeeper", b.gatekeeper},
                             {"liaison", b.liaison},
                             {"total", b.total()}};
            } else if (m.shape == MeasureShape::Flag) {
                node[key] = m.value(r, v) != 0.0;
            } else {
                node[key] = number(m.value(r, v));
            }
        }
        if (r.has("communities") && v < r.community.size())
            node["community"] =
                r.community[v] >= 0 ? ordered_json(r.community[v] + 1) : ordered_json(nullptr);
        nodes.push_back(std::move(node));
    }

    ordered_json groups = ordered_json::array();
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
        const GroupTies& t = r.groups[g];
        ordered_json group = {{"id", r.partition.groupIds[g].empty() ? ordered_json(nullptr)
                                                                     : ordered_json(r.partition.groupIds[g])},
                              {"label", r.partition.groupLabels[g]},
                              {"size", t.size},
                              {"internal_ties", t.internalTies},
                              {"external_ties", t.externalTies},
                              {"ei_index", number(t.eiIndex)}};
        if (!r.boundarySpanner.empty()) {
            ordered_json spanners = ordered_json::array();
            for (std::size_t v = 0; v < r.nodeCount(); ++v) {
                if (static_cast<std::size_t>(r.partition.groupOf[v]) != g || !r.boundarySpanner[v])
                    continue;
                spanners.push_back({{"id", r.ids[v]},
                                    {"groups_reached", r.groupsReached[v]},
                                    {"multilateral", r.multilateral[v] != 0}});
            }
            group["spanners"] = std::move(spanners);
        }
        groups.push_back(std::move(group));
    }

    ordered_json bridges = ordered_json::array();
    for (auto [a, b] : r.bridges)
        bridges.push_back({{"source", r.ids[a]}, {"target", r.ids[b]}});

    return ordered_json{{"network", std::move(network)},
                        {"nodes", std::move(nodes)},
                        {"groups", std::move(groups)},
                        {"bridges", std::move(bridges)}};
}

}  // namespace orgweave::core
