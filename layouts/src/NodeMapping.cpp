#include "orgweave/layouts/NodeMapping.hpp"

#include "orgweave/core/MeasureCatalogue.hpp"
#include "orgweave/core/Utf8Text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

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

NodeColours byOrganization(const core::Model& model) {
    NodeColours colours;
    colours.heading = "Organizations";
    std::map<std::string, Rgb, std::less<>> colourOf;
    for (const OrganizationColour& organization : organizationColours(model)) {
        colourOf.emplace(organization.id, organization.color);
        colours.swatches.push_back(
            {organization.color, core::shortenUtf8(organization.label, kMaxSwatchChars)});
    }
    colours.fill.reserve(model.nodes.size());
    for (const core::Node& node : model.nodes) {
        const auto it = colourOf.find(drawnOrganizationOf(node));
        colours.fill.push_back(it != colourOf.end() ? it->second : neutralFillOf(node.kind));
    }
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
        return node.phase;
    if (name == "status")
        return node.status;
    if (name == "mandate")
        return node.mandate;
    if (name == "permanence")
        return node.permanence;
    if (name == "decision_rule")
        return node.decisionRule;
    if (name == "level")
        return node.level ? std::to_string(*node.level) : std::string();
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

NodeColours colourNodes(const core::Model& model, std::string_view colorBy, const MeasureValues* measure) {
    if (colorBy.empty() || colorBy == "organization")
        return byOrganization(model);
    NodeColours colours;
    colours.fill.reserve(model.nodes.size());
    if (colorBy == "kind") {
        colours.heading = "Colour: kind";
        std::array<bool, core::kAllNodeKinds.size()> present{};
        for (const core::Node& node : model.nodes) {
            colours.fill.push_back(kindColorOf(node.kind));
            present[static_cast<std::size_t>(node.kind)] = true;
        }
        for (const core::NodeKind kind : core::kAllNodeKinds) {
            if (present[static_cast<std::size_t>(kind)])
                colours.swatches.push_back({kindColorOf(kind), kindLegendOf(kind)});
        }
        return colours;
    }
    if (isNodeMeasure(colorBy)) {
        colours.heading = "Colour: " + std::string(colorBy);
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
            colours.swatches.push_back(
                {palette::kSequential.front(), "low (" + shortNumber(range.low) + ")"});
            colours.swatches.push_back(
                {palette::kSequential.back(), "high (" + shortNumber(range.high) + ")"});
        }
        return colours;
    }
    colours.heading = "Colour: " + std::string(colorBy);
    std::map<std::string, Rgb> categories;
    for (const core::Node& node : model.nodes) {
        const std::string value = nodeFieldText(node, colorBy);
        if (value.empty()) {
            colours.fill.push_back(palette::kMissing);
            continue;
        }
        auto it = categories.find(value);
        if (it == categories.end()) {
            const Rgb color = palette::kCategory[categories.size() % palette::kCategory.size()];
            it = categories.emplace(value, color).first;
            colours.swatches.push_back({color, core::shortenUtf8(value, kMaxSwatchChars)});
        }
        colours.fill.push_back(it->second);
    }
    colours.nothingToColour = categories.empty();
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

std::string shortNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

}  // namespace orgweave::layouts
