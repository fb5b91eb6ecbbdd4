#pragma once
// Boost.Graph's Fruchterman–Reingold and Kamada–Kawai layouts on the full lens of a model
// (ties plus containment links, undirected). Private to layouts; runLayout calls them as the
// engines "fr" and "kk". Kamada–Kawai needs a connected graph, so each connected component is laid
// out on its own and the components are placed side by side. Positions in points, not yet moved to
// (0, 0). Cost: fr O(iterations · n²) (Boost's exact repulsion), kk O(n²) memory and more time.

#include <orgweave/core/Model.hpp>

#include <map>
#include <string>

namespace orgweave::layouts {

std::map<std::string, core::Point> fruchtermanReingoldPositions(const core::Model& model, unsigned seed);
std::map<std::string, core::Point> kamadaKawaiPositions(const core::Model& model);

}  // namespace orgweave::layouts
