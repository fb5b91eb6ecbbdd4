#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Translate.hpp"

#include <array>
#include <limits>

namespace orgweave::core {

namespace {

using S = MeasureShape;
using R = AnalysisResult;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// clang-format off
const std::array<MeasureInfo, 17> kCatalogue{{
    {"degree", N_("Degree"),
     N_("Degree: share of the other nodes this node is tied to; degree / (n\xE2\x88\x92" "1) (in + out when directed)."),
     N_("has the most direct ties"), S::Number, true, true, &R::degree},
    {"betweenness", N_("Betweenness"),
     N_("Betweenness: share of shortest paths between other pairs that pass through this node; normalized by "
     "(n\xE2\x88\x92" "1)(n\xE2\x88\x92" "2) (networkx). Sampled on large networks, with its error bound."),
     N_("sits on the shortest paths between others: a bridge, or a bottleneck"), S::Number, true, true,
     &R::betweenness},
    {"closeness", N_("Closeness"),
     N_("Closeness: inverse mean distance to the nodes it reaches, scaled by the reachable fraction "
     "(Wasserman\xE2\x80\x93" "Faust)."),
     N_("reaches everyone in the fewest steps"), S::Number, true, true, &R::closeness},
    {"harmonic", N_("Harmonic"),
     N_("Harmonic closeness: the raw sum of 1/d over every other node (unreachable nodes add 0)."), "",
     S::Number, true, false, &R::harmonic},
    {"eigenvector", N_("Eigenvector"),
     N_("Eigenvector: high when tied to nodes that are themselves central; unit Euclidean norm, iterated to "
     "1e-12 (networkx)."),
     N_("is tied to others who are well connected themselves"), S::Number, true, true, &R::eigenvector},
    {"pagerank", N_("PageRank"),
     N_("PageRank: share of a random walk's time spent here; alpha 0.85, dangling rank spread uniformly, "
     "iterated to 1e-12."),
     N_("is reached often when following ties at random"), S::Number, true, true, &R::pagerank},
    {"clustering", N_("Clustering"),
     N_("Clustering: share of pairs of this node's neighbours that are tied to each other; 0 below degree 2."),
     "", S::Number, true, false, &R::clustering},
    {"constraint", N_("Constraint"),
     N_("Constraint (Burt): how much the node's ties lead to the same few contacts; low = spans structural "
     "holes. Undefined for isolates."),
     N_("has the most open network: contacts who are not tied to each other leave room to broker"),
     S::Number, false, true, &R::constraint},
    {"effective_size", N_("Eff. size"),
     N_("Effective size (Burt): number of non-redundant contacts (degree minus the mean ties among them). "
     "Undefined for isolates."),
     "", S::Number, true, false, &R::effectiveSize},
    {"efficiency", N_("Efficiency"),
     N_("Efficiency (Burt): effective size / number of contacts. Undefined for isolates."), "", S::Number, true,
     false, &R::efficiency},
    {"brokerage", N_("Brokerage"),
     N_("Brokerage (Gould\xE2\x80\x93" "Fernandez): open two-paths a\xE2\x86\x92v\xE2\x86\x92" "b this node "
     "brokers, all five roles, by the partition; ordered pairs."),
     N_("brokers the most open two-paths between others (all five Gould\xE2\x80\x93" "Fernandez roles)"),
     S::Count, true, false, nullptr},
    {"ei_index", N_("E-I"),
     N_("E-I index (Krackhardt\xE2\x80\x93" "Stern): (external \xE2\x88\x92 internal ties) / all ties of the node, "
     "by the partition; from \xE2\x88\x92" "1 (inward) to +1 (outward)."),
     "", S::Number, true, false, &R::eiIndex},
    {"boundary_spanner", N_("Spanner"),
     N_("Boundary spanner: has ties into two or more groups of the partition; multilateral if it also has ties "
     "inside its own group."),
     "", S::Flag, true, false, nullptr},
    {"articulation_point", N_("Cut point"),
     N_("Articulation point: removing this node cuts the network into more pieces."), "", S::Flag, true, false,
     nullptr},
    {"bridges", N_("Bridges"), N_("Bridges: ties that are the only link between two parts of the network."), "",
     S::Network, true, false, nullptr},
    {"communities", N_("Communities"),
     N_("Communities: groups found by Louvain modularity optimization (seeded, reproducible)."), "", S::Network,
     true, false, nullptr},
    {"group_paths", N_("Group paths"),
     N_("Group paths: independent paths between each pair of groups (Menger); 1 = one person away from "
     "disconnection."),
     "", S::Network, true, false, nullptr},
}};
// clang-format on

}  // namespace

double MeasureInfo::value(const AnalysisResult& r, std::size_t node) const {
    if (values != nullptr) {
        const std::vector<double>& v = r.*values;
        return node < v.size() ? v[node] : kNaN;
    }
    if (id == "brokerage")
        return node < r.brokerage.size() ? static_cast<double>(r.brokerage[node].total()) : kNaN;
    if (id == "boundary_spanner") {
        if (node >= r.boundarySpanner.size())
            return kNaN;
        if (!r.boundarySpanner[node])
            return 0.0;
        return node < r.multilateral.size() && r.multilateral[node] ? 2.0 : 1.0;
    }
    if (id == "articulation_point")
        return node < r.articulationPoint.size() ? (r.articulationPoint[node] ? 1.0 : 0.0) : kNaN;
    return kNaN;
}

bool MeasureInfo::computedIn(const AnalysisResult& r) const {
    if (!r.has(id))
        return false;
    const std::size_t n = r.nodeCount();
    if (values != nullptr)
        return (r.*values).size() == n;
    if (id == "brokerage")
        return r.brokerage.size() == n;
    if (id == "boundary_spanner")
        return r.boundarySpanner.size() == n && r.multilateral.size() == n && r.groupsReached.size() == n;
    if (id == "articulation_point")
        return r.articulationPoint.size() == n;
    return true;
}

std::vector<double> MeasureInfo::column(const AnalysisResult& r) const {
    if (values != nullptr)
        return r.*values;
    std::vector<double> out;
    if (shape == MeasureShape::Network || !computedIn(r))
        return out;
    out.reserve(r.nodeCount());
    for (std::size_t v = 0; v < r.nodeCount(); ++v)
        out.push_back(value(r, v));
    return out;
}

std::string MeasureInfo::rankingTitle() const {
    return std::string(label) + (higherIsCentral ? "" : " (lowest)");
}

std::span<const MeasureInfo> measureCatalogue() {
    return kCatalogue;
}

const MeasureInfo* findMeasure(std::string_view id) {
    for (const MeasureInfo& m : kCatalogue) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

std::string measureIdList() {
    std::string out;
    for (const MeasureInfo& m : kCatalogue)
        out += (out.empty() ? "" : ", ") + std::string(m.id);
    return out;
}

}  // namespace orgweave::core
