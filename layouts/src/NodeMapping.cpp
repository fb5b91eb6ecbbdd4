#include "orgweave/layouts/NodeMapping.hpp"

#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/PartnerSurveyImport.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Utf8Text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace orgweave::layouts {

namespace {

/// The catalogue's measures with one real per node, in its order.
const std::vector<std::string_view>& nodeMeasures() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const core::MeasureInfo& m : core::measureCatalogue()) {
            if (m.values != nullptr)
                out.push_back(m.id);
        }
        return out;
    }();
    return names;
}

constexpr std::size_t kMaxSwatchChars = 30;

struct Range {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(double v) {
        if (!std::isfinite(v))
            return;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    bool valid() const { return low <= high; }
    double unit(double v) const {
        if (!valid() || !std::isfinite(v) || high <= low)
            return 0.0;
        return std::clamp((v - low) / (high - low), 0.0, 1.0);
    }
};

/// "Organizations" with "(12 generated colours)" when some were generated.
std::string withGenerated(std::string heading, std::size_t generated, const core::Translator& texts) {
    if (generated > 0) {
        heading += " (";
        heading += core::fill(texts.trn("{} generated colour", "{} generated colours", generated),
                              {std::to_string(generated)});
        heading += ")";
    }
    return heading;
}

/// "#rrggbb" or "#rgb" as a colour.
std::optional<Rgb> parseHex(std::string_view text) {
    if (text.empty() || text[0] != '#')
        return std::nullopt;
    text.remove_prefix(1);
    std::string digits(text);
    if (digits.size() == 3)
        digits = {digits[0], digits[0], digits[1], digits[1], digits[2], digits[2]};
    if (digits.size() != 6 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        return std::nullopt;
    return static_cast<Rgb>(std::stoul(digits, nullptr, 16));
}

NodeColours byOrganization(const core::Model& model, const core::Translator& texts) {
    NodeColours colours;
    std::map<std::string, Rgb, std::less<>> colourOf;
    for (const OrganizationColour& organization : organizationColours(model)) {
        colours.generated += organization.generated ? 1 : 0;
        colourOf.emplace(organization.id, organization.color);
        colours.swatches.push_back(
            {organization.color, core::shortenUtf8(organization.label, kMaxSwatchChars)});
    }
    colours.fill.reserve(model.nodes.size());
    for (const core::Node& node : model.nodes) {
        const auto it = colourOf.find(drawnOrganizationOf(node));
        colours.fill.push_back(it != colourOf.end() ? it->second : neutralFillOf(node.kind));
    }
    colours.heading = withGenerated(texts.tr("Organizations"), colours.generated, texts);
    return colours;
}

/// The colour each file gave its node (attrs.color); nodes without one grey.
NodeColours byFileColour(const core::Model& model, const core::Translator& texts) {
    NodeColours colours;
    colours.heading = texts.tr("Colour: file colour");
    std::map<Rgb, std::size_t> uses;
    for (const core::Node& node : model.nodes) {
        std::optional<Rgb> colour;
        if (node.attrs.is_object()) {
            const auto it = node.attrs.find("color");
            if (it != node.attrs.end() && it->is_string())
                colour = parseHex(it->get_ref<const std::string&>());
        }
        colours.fill.push_back(colour.value_or(palette::kMissing));
        if (colour)
            ++uses[*colour];
    }
    // The most used file colours, as swatches named by their hex value.
    std::vector<std::pair<std::size_t, Rgb>> common;
    for (const auto& [colour, count] : uses)
        common.emplace_back(count, colour);
    std::stable_sort(common.begin(), common.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [count, colour] : common)
        colours.swatches.push_back({colour, hexOf(colour) + " (" + std::to_string(count) + ")"});
    colours.nothingToColour = uses.empty();
    return colours;
}

}  // namespace

std::span<const std::string_view> nodeMeasureNames() {
    return nodeMeasures();
}

bool isNodeMeasure(std::string_view name) {
    const core::MeasureInfo* m = core::findMeasure(name);
    return m != nullptr && m->values != nullptr;
}

bool needsAnalysis(std::string_view colorBy) {
    return colorBy == "community" || isNodeMeasure(colorBy);
}

MeasureValues communityById(const core::AnalysisResult& result) {
    MeasureValues values;
    if (!result.has("communities"))
        return values;
    for (std::size_t i = 0; i < result.ids.size() && i < result.community.size(); ++i) {
        if (result.community[i] >= 0)
            values.emplace(result.ids[i], static_cast<double>(result.community[i] + 1));
    }
    return values;
}

MeasureValues coloringValues(const core::AnalysisResult& result, std::string_view colorBy) {
    return colorBy == "community" ? communityById(result) : measureById(result, colorBy);
}

const std::vector<double>* measureValues(const core::AnalysisResult& result, std::string_view name) {
    const core::MeasureInfo* m = core::findMeasure(name);
    if (m == nullptr || m->values == nullptr || !result.has(name))
        return nullptr;
    return &(result.*(m->values));
}

MeasureValues measureById(const core::AnalysisResult& result, std::string_view name) {
    MeasureValues values;
    const std::vector<double>* v = measureValues(result, name);
    if (v == nullptr)
        return values;
    for (std::size_t i = 0; i < result.ids.size() && i < v->size(); ++i)
        values.emplace(result.ids[i], (*v)[i]);
    return values;
}

std::string nodeFieldText(const core::Node& node, std::string_view name) {
    if (name == "type")
        return node.type;
    if (name == "site")
        return node.site;
    if (name == "owner")
        return node.owner;
    if (name == "phase")
        return node.learningAction->phase;
    if (name == "status")
        return node.learningAction->status;
    if (name == "mandate")
        return node.committee->mandate;
    if (name == "permanence")
        return node.committee->permanence;
    if (name == "decision_rule")
        return node.committee->decisionRule;
    if (name == "sector" && !node.organizationProfile->sector.empty())
        return node.organizationProfile->sector;  // else attrs.sector (version 1 kept it there)
    if (name == "party" && !node.organizationProfile->party.empty())
        return node.organizationProfile->party;
    if (name == "level")
        return node.committee->level ? std::to_string(*node.committee->level) : std::string();
    if (name == "leadership_level")
        return node.leadership ? node.leadership->level : std::string();
    if (node.attrs.is_object()) {
        const auto it = node.attrs.find(name);
        if (it != node.attrs.end() && !it->is_null()) {
            if (it->is_string())
                return it->get<std::string>();
            return it->dump();
        }
    }
    return {};
}

NodeColours colourNodes(const core::Model& model, std::string_view colorBy, const MeasureValues* measure,
                        const core::Translator& texts) {
    if (colorBy.empty() || colorBy == "organization")
        return byOrganization(model, texts);
    NodeColours colours;
    colours.fill.reserve(model.nodes.size());
    if (colorBy == "kind") {
        colours.heading = texts.tr("Colour: kind");
        std::array<bool, core::kAllNodeKinds.size()> present{};
        for (const core::Node& node : model.nodes) {
            colours.fill.push_back(kindColorOf(node.kind));
            present[static_cast<std::size_t>(node.kind)] = true;
        }
        for (const core::NodeKind kind : core::kAllNodeKinds) {
            if (present[static_cast<std::size_t>(kind)])
                colours.swatches.push_back({kindColorOf(kind), texts.tr(kindLegendOf(kind))});
        }
        return colours;
    }
    if (colorBy == "file_colour" || colorBy == "file_color")
        return byFileColour(model, texts);
    if (colorBy == "community") {
        // Categorical by community number, numbered by size of the community (largest first).
        std::map<long, std::size_t> sizes;
        if (measure != nullptr) {
            for (const auto& [id, v] : *measure) {
                if (std::isfinite(v))
                    ++sizes[std::lround(v)];
            }
        }
        std::vector<std::pair<std::size_t, long>> bySize;
        for (const auto& [community, size] : sizes)
            bySize.emplace_back(size, community);
        std::stable_sort(bySize.begin(), bySize.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        ColourSequence sequence(palette::kCategory);
        std::map<long, Rgb> colourOf;
        for (const auto& [size, community] : bySize) {
            const Rgb color = sequence.next();
            colourOf.emplace(community, color);
            colours.swatches.push_back(
                {color, core::fill(texts.trn("community {} ({} node)", "community {} ({} nodes)", size),
                                   {std::to_string(community), std::to_string(size)})});
        }
        for (const core::Node& node : model.nodes) {
            const auto it = measure != nullptr ? measure->find(node.id) : MeasureValues::const_iterator{};
            if (measure == nullptr || it == measure->end() || !std::isfinite(it->second)) {
                colours.fill.push_back(palette::kMissing);
                continue;
            }
            colours.fill.push_back(colourOf[std::lround(it->second)]);
        }
        colours.generated = sequence.generated();
        colours.heading = withGenerated(texts.tr("Colour: community"), colours.generated, texts);
        colours.nothingToColour = colourOf.empty();
        return colours;
    }
    if (isNodeMeasure(colorBy)) {
        colours.heading = core::fill(texts.tr("Colour: {}"), {std::string(colorBy)});
        Range range;
        if (measure != nullptr) {
            for (const auto& [id, v] : *measure)
                range.add(v);
        }
        for (const core::Node& node : model.nodes) {
            const auto it = measure != nullptr ? measure->find(node.id) : MeasureValues::const_iterator{};
            if (measure == nullptr || it == measure->end() || !std::isfinite(it->second)) {
                colours.fill.push_back(palette::kMissing);
                continue;
            }
            const auto bin = std::min<std::size_t>(palette::kSequential.size() - 1,
                                                   static_cast<std::size_t>(range.unit(it->second) * 5.0));
            colours.fill.push_back(palette::kSequential[bin]);
        }
        if (range.valid()) {
            colours.swatches.push_back({palette::kSequential.front(),
                                        core::fill(texts.tr("low ({})"), {shortNumber(range.low, texts)})});
            colours.swatches.push_back({palette::kSequential.back(),
                                        core::fill(texts.tr("high ({})"), {shortNumber(range.high, texts)})});
        }
        return colours;
    }
    std::map<std::string, Rgb> categories;
    ColourSequence sequence(palette::kCategory);
    for (const core::Node& node : model.nodes) {
        const std::string value = nodeFieldText(node, colorBy);
        if (value.empty()) {
            colours.fill.push_back(palette::kMissing);
            continue;
        }
        auto it = categories.find(value);
        if (it == categories.end()) {
            const Rgb color = sequence.next();
            it = categories.emplace(value, color).first;
            colours.swatches.push_back({color, core::shortenUtf8(value, kMaxSwatchChars)});
        }
        colours.fill.push_back(it->second);
    }
    colours.nothingToColour = categories.empty();
    colours.generated = sequence.generated();
    colours.heading =
        withGenerated(core::fill(texts.tr("Colour: {}"), {std::string(colorBy)}), colours.generated, texts);
    return colours;
}

std::vector<double> sizeUnits(const core::Model& model, const MeasureValues& values) {
    Range range;
    for (const auto& [id, v] : values)
        range.add(v);
    std::vector<double> units;
    units.reserve(model.nodes.size());
    for (const core::Node& node : model.nodes) {
        const auto it = values.find(node.id);
        units.push_back(it == values.end() ? 0.0 : std::sqrt(range.unit(it->second)));
    }
    return units;
}

namespace {
constexpr Rgb kWeak = 0xD55E00;
constexpr Rgb kModerate = 0xE69F00;
constexpr Rgb kStrong = 0x009E73;
}  // namespace

bool isTieScore(std::string_view tieColorBy) {
    if (tieColorBy == "rc_index")
        return true;
    return std::find(core::kRcDimensions.begin(), core::kRcDimensions.end(), tieColorBy) !=
           core::kRcDimensions.end();
}

TieQuality tieQuality(const core::Tie& tie, std::string_view tieColorBy, double weakBelow,
                      double strongAbove) {
    TieQuality quality;
    double score = 0.0;
    if (tieColorBy == "rc_index") {
        double sum = 0.0;
        int count = 0;
        for (const auto& [dimension, value] : tie.details->rc) {
            if (std::isfinite(value)) {
                sum += value;
                ++count;
            }
        }
        if (count == 0)
            return quality;
        score = sum / count;
    } else {
        const auto it = tie.details->rc.find(std::string(tieColorBy));
        if (it == tie.details->rc.end() || !std::isfinite(it->second))
            return quality;
        score = it->second;
    }
    quality.score = score;
    quality.band = score < weakBelow     ? TieQuality::Band::Weak
                   : score > strongAbove ? TieQuality::Band::Strong
                                         : TieQuality::Band::Moderate;
    quality.color = quality.band == TieQuality::Band::Weak       ? kWeak
                    : quality.band == TieQuality::Band::Moderate ? kModerate
                                                                 : kStrong;
    quality.widthFactor = 1.0 + std::clamp((score - 1.0) / 4.0, 0.0, 1.0) * 2.0;
    return quality;
}

std::vector<Swatch> tieQualitySwatches(std::string_view, double weakBelow, double strongAbove) {
    return {{kWeak, core::fill(core::tr("weak (< {})"), {shortNumber(weakBelow)})},
            {kModerate,
             core::fill(core::tr("moderate ({}–{})"), {shortNumber(weakBelow), shortNumber(strongAbove)})},
            {kStrong, core::fill(core::tr("strong (> {})"), {shortNumber(strongAbove)})}};
}

std::string tieQualityHeading(std::string_view tieColorBy) {
    if (tieColorBy == "rc_index")
        return core::tr("Ties: RC index");
    if (!isTieScore(tieColorBy))
        return core::fill(core::tr("Ties: {}"), {tieScoreLabel(tieColorBy)});
    std::string name(tieColorBy);
    std::replace(name.begin(), name.end(), '_', ' ');
    return core::fill(core::tr("Ties: RC {}"), {name});
}

namespace {

constexpr std::string_view kPartnerPrefix = "partner_";

/// "partner_trust", "partner_value" and the six dimension attributes, in display order.
std::vector<std::string> partnerScoreNames() {
    std::vector<std::string> names{std::string(core::kPartnerTrustAttr),
                                   std::string(core::kPartnerValueAttr)};
    for (const std::string_view dimension : core::kPartnerDimensions)
        names.push_back(std::string(kPartnerPrefix) + std::string(dimension));
    return names;
}

/// Whether `key` is one of partnerScoreNames(), without building them (called per tie attribute).
bool isPartnerScore(std::string_view key) {
    if (key == core::kPartnerTrustAttr || key == core::kPartnerValueAttr)
        return true;
    if (!key.starts_with(kPartnerPrefix))
        return false;
    key.remove_prefix(kPartnerPrefix.size());
    return std::find(core::kPartnerDimensions.begin(), core::kPartnerDimensions.end(), key) !=
           core::kPartnerDimensions.end();
}

}  // namespace

std::vector<std::string> tieScoreNames(const core::Model& model) {
    std::vector<std::string> names{"rc_index"};
    for (const std::string_view dimension : core::kRcDimensions)
        names.emplace_back(dimension);
    bool partner = false;
    bool weight = false;
    std::set<std::string> others;
    for (const core::Tie& tie : model.ties) {
        weight = weight || tie.weight.has_value();
        if (!tie.attrs.is_object())
            continue;
        for (const auto& [name, value] : tie.attrs.items()) {
            if (!value.is_number())
                continue;
            if (isPartnerScore(name))
                partner = true;
            else if (name != "rc_index" && name != "weight" && name != "rc_respondents" &&
                     name != "partner_respondents")  // counts, not scores
                others.insert(name);
        }
    }
    if (partner) {
        for (std::string& name : partnerScoreNames())
            names.push_back(std::move(name));
    }
    if (weight)
        names.emplace_back("weight");
    names.insert(names.end(), others.begin(), others.end());
    return names;
}

std::optional<double> tieScore(const core::Tie& tie, std::string_view key) {
    if (isTieScore(key)) {
        const TieQuality quality = tieQuality(tie, key);
        if (quality.band == TieQuality::Band::None)
            return std::nullopt;
        return quality.score;
    }
    if (key == "weight") {
        if (tie.weight && std::isfinite(*tie.weight))
            return *tie.weight;
    }
    if (!tie.attrs.is_object())
        return std::nullopt;
    const auto it = tie.attrs.find(std::string(key));
    if (it == tie.attrs.end() || !it->is_number())
        return std::nullopt;
    const double value = it->get<double>();
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

namespace {

/// The survey wave `tie`'s score `key` belongs to: RC scores their `rc_wave`, trust and value scores
/// their `partner_wave` attribute; nullopt for a score that is no survey's.
std::optional<std::string> surveyWaveOf(const core::Tie& tie, std::string_view key) {
    if (isTieScore(key))
        return tie.details->rcWave;
    if (!isPartnerScore(key))
        return std::nullopt;
    return core::partnerWaveOf(tie);
}

}  // namespace

std::optional<double> tieScore(const core::Tie& tie, std::string_view key, const TieScoreScale& scale) {
    if (scale.wavesRecorded) {
        const std::optional<std::string> wave = surveyWaveOf(tie, key);
        if (wave && (!scale.wave || *wave != *scale.wave))
            return std::nullopt;
    }
    return tieScore(tie, key);
}

TieScoreScale tieScoreScale(const core::Model& model, std::string_view key, double rcWeak, double rcStrong,
                            std::string_view phase) {
    TieScoreScale scale;
    scale.wavesRecorded = !model.annotations.rcWaves.empty();
    scale.wave = core::rcWaveFor(model, phase);
    if (isTieScore(key)) {
        scale.weakBelow = rcWeak;
        scale.strongAbove = rcStrong;
        return scale;
    }
    scale.relationalCoordination = false;
    if (isPartnerScore(key)) {
        scale.low = core::kPartnerScaleMin;
        scale.high = core::kPartnerScaleMax;
    } else {
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        for (const core::Tie& tie : model.ties) {
            if (const std::optional<double> value = tieScore(tie, key, scale)) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
        if (!(low <= high)) {
            low = 0.0;
            high = 1.0;
        }
        scale.low = low;
        scale.high = high;
    }
    const double third = (scale.high - scale.low) / 3.0;
    scale.weakBelow = scale.low + third;
    scale.strongAbove = scale.high - third;
    return scale;
}

TieQuality tieQuality(const core::Tie& tie, std::string_view key, const TieScoreScale& scale) {
    TieQuality quality;
    const std::optional<double> score = tieScore(tie, key, scale);
    if (!score)
        return quality;
    quality.score = *score;
    quality.band = *score < scale.weakBelow     ? TieQuality::Band::Weak
                   : *score > scale.strongAbove ? TieQuality::Band::Strong
                                                : TieQuality::Band::Moderate;
    quality.color = quality.band == TieQuality::Band::Weak       ? kWeak
                    : quality.band == TieQuality::Band::Moderate ? kModerate
                                                                 : kStrong;
    const double span = scale.high - scale.low;
    const double unit = span > 0.0 ? std::clamp((*score - scale.low) / span, 0.0, 1.0) : 0.5;
    quality.widthFactor = 1.0 + unit * 2.0;
    return quality;
}

std::vector<Swatch> tieQualitySwatches(const TieScoreScale& scale) {
    if (scale.relationalCoordination)
        return tieQualitySwatches("rc_index", scale.weakBelow, scale.strongAbove);
    if (!(scale.high > scale.low))
        return {{kModerate, core::fill(core::tr("every tie {}"), {shortNumber(scale.low)})}};
    return {{kWeak, core::fill(core::tr("low (< {})"), {shortNumber(scale.weakBelow)})},
            {kModerate, core::fill(core::tr("moderate ({}–{})"),
                                   {shortNumber(scale.weakBelow), shortNumber(scale.strongAbove)})},
            {kStrong, core::fill(core::tr("high (> {})"), {shortNumber(scale.strongAbove)})}};
}

std::string tieScoreLabel(std::string_view key) {
    if (key == "rc_index")
        return core::tr("RC index");
    if (key == core::kPartnerTrustAttr)
        return core::tr("Trust (PARTNER)");
    if (key == core::kPartnerValueAttr)
        return core::tr("Value (PARTNER)");
    if (key == "partner_reliability")
        return core::tr("Reliability (PARTNER trust)");
    if (key == "partner_mission")
        return core::tr("Support of the mission (PARTNER trust)");
    if (key == "partner_openness")
        return core::tr("Openness to discussion (PARTNER trust)");
    if (key == "partner_power")
        return core::tr("Power and influence (PARTNER value)");
    if (key == "partner_involvement")
        return core::tr("Level of involvement (PARTNER value)");
    if (key == "partner_resources")
        return core::tr("Resources contributed (PARTNER value)");
    std::string name(key);
    std::replace(name.begin(), name.end(), '_', ' ');
    if (isTieScore(key))
        return "RC " + name;
    if (key == "weight")
        return core::tr("weight");
    return name;
}

NodeShapes shapeNodes(const core::Model& model, std::string_view shapeBy) {
    NodeShapes shapes;
    shapes.shape.reserve(model.nodes.size());
    for (const core::Node& node : model.nodes)
        shapes.shape.push_back(shapeOf(node.kind));
    if (shapeBy.empty() || shapeBy == "kind")
        return shapes;
    static constexpr std::array<NodeShape, 5> kShapes{NodeShape::Circle, NodeShape::RoundedRect,
                                                      NodeShape::Diamond, NodeShape::Triangle,
                                                      NodeShape::Hexagon};
    const std::string_view field = shapeBy == "file_shape" ? std::string_view("shape") : shapeBy;
    std::vector<std::string> values;  // in order of first appearance
    std::vector<std::string> byNode(model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        byNode[i] = nodeFieldText(model.nodes[i], field);
        if (!byNode[i].empty() && std::find(values.begin(), values.end(), byNode[i]) == values.end())
            values.push_back(byNode[i]);
    }
    const bool crowded = values.size() > kShapes.size();
    const std::size_t own = crowded ? kShapes.size() - 1 : values.size();
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        if (byNode[i].empty()) {
            ++shapes.unshaped;
            continue;
        }
        const auto k =
            static_cast<std::size_t>(std::find(values.begin(), values.end(), byNode[i]) - values.begin());
        shapes.shape[i] = k < own ? kShapes[k] : NodeShape::Star;
    }
    for (std::size_t k = 0; k < own; ++k)
        shapes.key.emplace_back(kShapes[k], core::shortenUtf8(values[k], 24));
    if (crowded)
        shapes.key.emplace_back(NodeShape::Star, core::fill(core::trn("other ({} value)", "other ({} values)",
                                                                      values.size() - own),
                                                            {std::to_string(values.size() - own)}));
    std::string name(shapeBy == "file_shape" ? std::string_view(core::tr("file shape")) : shapeBy);
    std::replace(name.begin(), name.end(), '_', ' ');
    shapes.heading = core::fill(core::tr("Shape: {}"), {name});
    return shapes;
}

std::string shortNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

std::string shortNumber(double value, const core::Translator& texts) {
    std::string text = shortNumber(value);
    if (texts.language() == core::Language::Bokmal)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

}  // namespace orgweave::layouts
