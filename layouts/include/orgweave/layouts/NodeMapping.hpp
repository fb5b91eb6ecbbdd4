#pragma once
// Colour by and size by, as the studio's canvas and the renderer both apply them.
//
// colorBy: "organization" (VisualStyle's organization colours), "kind", "community" (the Louvain
// community of core::analyze, pass its values as the measure), "file_colour" (the colour a GEXF or
// yEd file gave the node, attrs.color "#rrggbb"), a node measure of core::analyze (five light →
// dark bins over the measure's range; undefined values grey) or any node field or attribute
// (categorical palette in order of first appearance, generated colours beyond it; nodes without
// it grey). Headings say when colours beyond the palette were generated. sizeBy: a node measure; sizeUnit()
// gives 0…1 with area proportional to the value (square root of the position in the range). Cost: O(nodes)
// per mapping.

#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/layouts/VisualStyle.hpp"

#include <optional>
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
/// Whether colouring by `colorBy` needs an analysis (a node measure or "community").
bool needsAnalysis(std::string_view colorBy);
/// Node id → community number (1, 2, …) of `result` (empty when communities were not computed).
MeasureValues communityById(const core::AnalysisResult& result);
/// The values colouring by `colorBy` needs from `result`: a measure's or the communities.
MeasureValues coloringValues(const core::AnalysisResult& result, std::string_view colorBy);
/// The values of a measure in an analysis result (null for an unknown name or one not computed).
const std::vector<double>* measureValues(const core::AnalysisResult& result, std::string_view name);
/// Node id → value of `name` in `result`.
MeasureValues measureById(const core::AnalysisResult& result, std::string_view name);
/// A node field (type, sector, party, site, owner, phase, status, mandate, permanence, decision_rule, level,
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
    /// Colours generated beyond the categorical palette (said in the heading).
    std::size_t generated = 0;
};

/// Colours every node. `measure` must hold the values when `colorBy` is a node measure. The heading
/// and swatch labels are in the language of `texts`.
NodeColours colourNodes(const core::Model& model, std::string_view colorBy, const MeasureValues* measure,
                        const core::Translator& texts = core::ui());

/// Shape by an attribute (issue 18) as well as by kind: shapeBy is any node field or attribute
/// (nodeFieldText) or "file_shape" (attrs.shape as a file gave it). Its values in order of first
/// appearance get circle, rounded square, diamond, triangle, hexagon; beyond five values the rest
/// share the star ("other"). Nodes without a value keep their kind's shape (the legend's node kinds
/// still say which). Empty or "kind": by kind only. Cost: O(nodes).
struct NodeShapes {
    std::vector<NodeShape> shape;                        ///< by index in model.nodes
    std::string heading;                                 ///< "Shape: sector"; empty when shaping by kind
    std::vector<std::pair<NodeShape, std::string>> key;  ///< value → shape, in order
    std::size_t unshaped = 0;                            ///< nodes without a value (kind's shape)
};
NodeShapes shapeNodes(const core::Model& model, std::string_view shapeBy);

/// Position of each node's value in the range, 0…1, square-rooted (by index in model.nodes; 0
/// for nodes without a value).
std::vector<double> sizeUnits(const core::Model& model, const MeasureValues& values);

/// Tie quality drawn (DOMAIN.md §2.5): a tie's relational coordination by "rc_index" (the mean of the
/// dimensions present) or one dimension ("shared_goals", …), in the bands weak (< weakBelow), moderate
/// and strong (> strongAbove), coloured red-orange → amber → bluish green (Okabe–Ito) and drawn
/// thicker as the score rises (1–5 → 1×–3×). Ties without the score are drawn thin and faint.
struct TieQuality {
    enum class Band { None, Weak, Moderate, Strong };
    Band band = Band::None;
    double score = 0.0;  ///< 1–5; 0 with Band::None
    Rgb color = 0;
    double widthFactor = 1.0;
};
/// Whether `tieColorBy` names a tie score: "rc_index" or an RC dimension.
bool isTieScore(std::string_view tieColorBy);
/// The quality of `tie` by `tieColorBy` with the bands of DOMAIN.md §2.5 (settings may move them).
TieQuality tieQuality(const core::Tie& tie, std::string_view tieColorBy, double weakBelow = 3.5,
                      double strongAbove = 4.0);
/// Legend swatches of the three bands ("weak (< 3.5)", …) and the heading "Ties: RC index".
std::vector<Swatch> tieQualitySwatches(std::string_view tieColorBy, double weakBelow = 3.5,
                                       double strongAbove = 4.0);
std::string tieQualityHeading(std::string_view tieColorBy);

/// Any numeric tie score (issue 18), drawn like relational coordination: a score's scale and bands.
/// RC ("rc_index", a dimension): 1–5 with the bands of the settings, "weak/moderate/strong".
/// PARTNER trust and value (core/PartnerSurveyImport.hpp, "partner_trust", "partner_value",
/// "partner_reliability", …): 1–4 in thirds of the scale (low < 2, moderate 2–3, high > 3).
/// Any other numeric tie attribute, or "weight": the range of its values in the document, in thirds
/// (one value: every tie moderate). Width grows with the position in the range (1× → 3×).
/// Survey waves (DOMAIN.md §2.7): RC and trust and value scores are drawn from one wave only, the one
/// the phase uses (core::rcWaveFor); scores of other waves count as absent, never mixed in.
struct TieScoreScale {
    double low = 1.0;   ///< the bottom of the scale (thinnest)
    double high = 5.0;  ///< the top of the scale (thickest)
    double weakBelow = 3.5;
    double strongAbove = 4.0;
    bool relationalCoordination = true;  ///< band names weak/moderate/strong, else low/moderate/high
    bool wavesRecorded = false;          ///< the document has survey waves: only `wave` is drawn
    std::optional<std::string> wave;     ///< the wave in use; none: the phase has no wave (no survey score)
};
/// The tie scores one can colour by in `model`, in display order: "rc_index" and the seven RC
/// dimensions (always), PARTNER trust, value and their six dimensions (when a tie has them), then
/// "weight" and the other numeric tie attributes ties have (sorted; "rc_index" only once; the survey
/// counts rc_respondents and partner_respondents are not scores).
std::vector<std::string> tieScoreNames(const core::Model& model);
/// The score of `tie` by `key` (see TieScoreScale); nullopt when the tie has none.
std::optional<double> tieScore(const core::Tie& tie, std::string_view key);
/// The scale of `key` in `model` for `phase` (its survey wave); `rcWeak` and `rcStrong` are the
/// settings' RC bands.
TieScoreScale tieScoreScale(const core::Model& model, std::string_view key, double rcWeak = 3.5,
                            double rcStrong = 4.0, std::string_view phase = {});
/// tieScore() when the score belongs to the scale's survey wave (or is no survey score), else nullopt.
std::optional<double> tieScore(const core::Tie& tie, std::string_view key, const TieScoreScale& scale);
/// The quality of `tie` by any score `key` on `scale`.
TieQuality tieQuality(const core::Tie& tie, std::string_view key, const TieScoreScale& scale);
/// Legend swatches of the three bands of `scale`.
std::vector<Swatch> tieQualitySwatches(const TieScoreScale& scale);
/// The name of a tie score for menus and legends: "RC index", "RC shared goals", "Trust (PARTNER)",
/// "Value (PARTNER)", "Reliability (PARTNER)", "weight", an attribute's name with spaces.
std::string tieScoreLabel(std::string_view key);

/// "0.123", "12.3", "1.2e+03": three significant digits for legends; with a Translator, in its
/// language's notation ("0,123" in bokmål).
std::string shortNumber(double value);
std::string shortNumber(double value, const core::Translator& texts);

}  // namespace orgweave::layouts
