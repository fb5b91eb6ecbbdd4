#pragma once
// Colour by and size by, as the studio's canvas and the renderer both apply them.
//
// colorBy: "organization" (VisualStyle's organization colours), "kind", a node measure of
// core::analyze (five light → dark bins over the measure's range; undefined values grey) or any
// node field or attribute (categorical palette in order of first appearance; nodes without it
// grey). sizeBy: a node measure; sizeUnit() gives 0…1 with area proportional to the value
// (square root of the position in the range). Cost: O(nodes) per mapping.

#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/layouts/VisualStyle.hpp"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace orgweave::layouts {

/// Node id → value of one measure (NaN where undefined).
using MeasureValues = std::unordered_map<std::string, double>;

/// The per-node measures one can colour or size by, in display order.
std::span<const std::string_view> nodeMeasureNames();
bool isNodeMeasure(std::string_view name);
/// The values of a measure in an analysis result (null for an unknown name or one not computed).
const std::vector<double>* measureValues(const core::AnalysisResult& result, std::string_view name);
/// Node id → value of `name` in `result`.
MeasureValues measureById(const core::AnalysisResult& result, std::string_view name);
/// A node field (type, site, owner, phase, status, mandate, permanence, decision_rule, level,
/// leadership_level) or attribute as text; empty when the node has none.
std::string nodeFieldText(const core::Node& node, std::string_view name);

struct Swatch {
    Rgb color = 0;
    std::string label;
};

struct NodeColours {
    std::vector<Rgb> fill;  ///< by index in model.nodes
    std::string heading;    ///< legend heading: "Organizations", "Colour: betweenness", …
    std::vector<Swatch> swatches;
    /// Set when colouring by a field no node has (the fill is then grey everywhere).
    bool nothingToColour = false;
};

/// Colours every node. `measure` must hold the values when `colorBy` is a node measure.
NodeColours colourNodes(const core::Model& model, std::string_view colorBy, const MeasureValues* measure);

/// Position of each node's value in the range, 0…1, square-rooted (by index in model.nodes; 0
/// for nodes without a value).
std::vector<double> sizeUnits(const core::Model& model, const MeasureValues& values);

/// "0.123", "12.3", "1.2e+03": three significant digits for legends.
std::string shortNumber(double value);

}  // namespace orgweave::layouts
