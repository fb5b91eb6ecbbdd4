#include "orgweave/core/ComparisonJson.hpp"

#include "orgweave/core/AnalysisJson.hpp"
#include "orgweave/core/GapReportJson.hpp"

namespace orgweave::core {

using nlohmann::ordered_json;

namespace {

ordered_json optionalNumber(const std::optional<double>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json elementsToJson(const std::vector<ElementDiff>& entries, bool ties) {
    ordered_json out = ordered_json::array();
    for (const ElementDiff& d : entries) {
        ordered_json e = {
            {"id", d.id}, {"label", d.label}, {"change", std::string(toString(d.change))}, {"kind", d.kind}};
        if (ties) {
            e["source"] = d.source;
            e["target"] = d.target;
            if (!d.beforeId.empty())
                e["before_id"] = d.beforeId;
        }
        ordered_json fields = ordered_json::array();
        for (const FieldChange& f : d.fields)
            fields.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
        e["fields"] = std::move(fields);
        out.push_back(std::move(e));
    }
    return out;
}

ordered_json countsToJson(const ModelDiff& diff, bool ties) {
    return {{"added", diff.count(ChangeKind::Added, ties)},
            {"removed", diff.count(ChangeKind::Removed, ties)},
            {"changed", diff.count(ChangeKind::Changed, ties)}};
}

ordered_json deltasToJson(const std::vector<MeasureDelta>& deltas) {
    ordered_json out = ordered_json::array();
    for (const MeasureDelta& d : deltas) {
        out.push_back({{"id", d.id},
                       {"label", d.label},
                       {"before", optionalNumber(d.before)},
                       {"after", optionalNumber(d.after)},
                       {"delta", d.delta()}});
    }
    return out;
}

/// {"wave", "ties", "index", "dimensions": {"frequent": 3.4 | null, …}}
ordered_json rcToJson(const RcSummary& rc) {
    ordered_json dims = ordered_json::object();
    for (std::size_t d = 0; d < kRcDimensions.size(); ++d)
        dims[std::string(kRcDimensions[d])] = optionalNumber(rc.dimensions[d]);
    return {{"wave", rc.wave}, {"ties", rc.ties}, {"index", optionalNumber(rc.index)}, {"dimensions", dims}};
}

ordered_json findingsToJson(const std::vector<Finding>& findings) {
    ordered_json out = ordered_json::array();
    for (const Finding& f : findings)
        out.push_back(findingToJson(f));
    return out;
}

ordered_json side(const std::string& name, const std::string& phase) {
    return {{"name", name}, {"phase", phase.empty() ? ordered_json(nullptr) : ordered_json(phase)}};
}

}  // namespace

ordered_json groupPairsToJson(const std::vector<GroupPairDelta>& pairs) {
    ordered_json out = ordered_json::array();
    for (const GroupPairDelta& p : pairs) {
        out.push_back({{"a", p.groupA},
                       {"b", p.groupB},
                       {"a_label", p.labelA},
                       {"b_label", p.labelB},
                       {"paths_before", p.pathsBefore},
                       {"paths_after", p.pathsAfter}});
    }
    return out;
}

ordered_json comparisonToJson(const Comparison& c) {
    return {{"before", side(c.nameBefore, c.phaseBefore)},
            {"after", side(c.nameAfter, c.phaseAfter)},
            {"structure",
             {{"counts",
               {{"nodes", countsToJson(c.structure, false)}, {"ties", countsToJson(c.structure, true)}}},
              {"nodes", elementsToJson(c.structure.nodes, false)},
              {"ties", elementsToJson(c.structure.ties, true)}}},
            {"network",
             {{"before", networkSummaryToJson(c.networkBefore)},
              {"after", networkSummaryToJson(c.networkAfter)}}},
            {"betweenness", deltasToJson(c.betweenness)},
            {"degree", deltasToJson(c.degree)},
            {"path_cap", c.pathCap},
            {"group_pairs", groupPairsToJson(c.groupPairs)},
            {"gaps",
             {{"new", findingsToJson(c.gapsNew)},
              {"resolved", findingsToJson(c.gapsResolved)},
              {"no_longer_evaluated", findingsToJson(c.gapsNoLongerEvaluated)},
              {"changed", findingsToJson(c.gapsChanged)}}},
            {"relational_coordination", {{"before", rcToJson(c.rcBefore)}, {"after", rcToJson(c.rcAfter)}}},
            {"alignment",
             {{"before", alignmentToJson(c.alignmentBefore)}, {"after", alignmentToJson(c.alignmentAfter)}}}};
}

ordered_json whatIfToJson(const WhatIfImpact& impact) {
    const ScenarioModel& s = impact.scenario;
    return {{"removed_nodes", s.removedNodes},
            {"removed_ties", s.removedTies},
            {"notes", s.notes},
            {"disconnected", groupPairsToJson(impact.disconnected)},
            {"down_to_one_path", groupPairsToJson(impact.downToOnePath)},
            {"strengthened", groupPairsToJson(impact.strengthened)},
            {"comparison", comparisonToJson(impact.comparison)}};
}

}  // namespace orgweave::core
