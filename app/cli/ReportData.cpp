// Sections: helpers · summary · picture · measures · fragility · gaps · gatherReport
#include "ReportData.hpp"
#include "ReportText.hpp"

#include <orgweave/core/MeasureCatalogue.hpp>
#include <orgweave/core/PhaseFilter.hpp>
#include <orgweave/core/Vocabulary.hpp>
#include <orgweave/layouts/GraphvizLayout.hpp>
#include <orgweave/layouts/Renderer.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

namespace orgweave::cli {

using namespace orgweave::core;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

constexpr std::size_t kTopActors = 10;

std::string labelOfNode(const Model& model, const std::string& id) {
    const Node* node = model.findNode(id);
    return node ? node->displayLabel() : id;
}

/// Distinct labels joined by "; " (labels themselves often hold commas: "Municipal director, Moss").
std::string labelsOf(const Model& model, const std::vector<std::string>& ids) {
    std::vector<std::string> seen;
    std::string out;
    for (const std::string& id : ids) {
        const std::string label = labelOfNode(model, id);
        if (std::find(seen.begin(), seen.end(), label) != seen.end())
            continue;
        seen.push_back(label);
        out += (out.empty() ? "" : "; ") + label;
    }
    return out;
}

/// "Learning ↔ Architecture" in the canonical element order, so both directions group together.
std::string pairName(const Translator& t, const Finding& finding) {
    std::vector<Element> elements = finding.elements;
    std::sort(elements.begin(), elements.end());
    elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
    std::string out;
    for (Element e : elements)
        out += (out.empty() ? "" : " ↔ ") + say(t, std::string(labelOf(e)).c_str());
    return out.empty() ? say(t, "Other") : out;
}

// ---- summary ----------------------------------------------------------------------------------

void gatherSummary(const Model& inPhase, ReportData& data) {
    for (NodeKind kind : kAllNodeKinds) {
        const auto n = static_cast<std::size_t>(std::count_if(inPhase.nodes.begin(), inPhase.nodes.end(),
                                                              [&](const Node& x) { return x.kind == kind; }));
        if (n > 0)
            data.nodeCounts.emplace_back(data.texts.text(vocabulary::nodeKinds().labelOf(toString(kind))), n);
    }
    for (TieKind kind : kAllTieKinds) {
        const auto n = static_cast<std::size_t>(std::count_if(inPhase.ties.begin(), inPhase.ties.end(),
                                                              [&](const Tie& x) { return x.kind == kind; }));
        if (n > 0)
            data.tieCounts.emplace_back(data.texts.text(vocabulary::tieKinds().labelOf(toString(kind))), n);
    }
    data.nodeTotal = inPhase.nodes.size();
    data.tieTotal = inPhase.ties.size();

    const Annotations& a = inPhase.annotations;
    if (!a.governance.empty()) {
        const VocabularyEntry* entry = vocabulary::governanceForms().find(a.governance);
        data.governance = entry ? data.texts.text(entry->label) : a.governance;
        data.governanceDescription = entry ? std::string(entry->describe(data.texts)) : std::string();
    }
    for (const std::string& c : a.characteristics)
        data.characteristics.emplace_back(
            data.texts.text(vocabulary::architectureCharacteristics().labelOf(c)));

    const Vocabulary& factors = vocabulary::contextFactors();
    auto addScores = [&](const ContextScores& scores, const std::string& scope) {
        // Built-in factors in the thesis's order first, then the user's own.
        for (const VocabularyEntry& entry : factors.entries) {
            if (auto it = scores.find(std::string(entry.id)); it != scores.end())
                data.context.push_back(
                    {data.texts.text(entry.label), scope, it->second.score, it->second.note});
        }
        for (const auto& [id, score] : scores) {
            if (!factors.contains(id))
                data.context.push_back({id, scope, score.score, score.note});
        }
    };
    addScores(a.context.system, say(data.texts, "whole system"));
    for (const auto& [organization, scores] : a.context.organizations)
        addScores(scores, labelOfNode(inPhase, organization));
}

// ---- picture ----------------------------------------------------------------------------------

/// The <svg> element of a rendered file: no XML prolog, doctype or comments.
std::string inlineSvg(const std::string& file) {
    const auto start = file.find("<svg");
    if (start == std::string::npos)
        return {};
    std::string svg = file.substr(start);
    std::string out;
    out.reserve(svg.size());
    std::size_t pos = 0;
    while (pos < svg.size()) {
        const auto open = svg.find("<!--", pos);
        if (open == std::string::npos) {
            out.append(svg, pos, std::string::npos);
            break;
        }
        out.append(svg, pos, open - pos);
        const auto close = svg.find("-->", open + 4);
        if (close == std::string::npos)
            break;
        pos = close + 3;
        // Drop the line break the comment stood on.
        if (pos < svg.size() && svg[pos] == '\n')
            ++pos;
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

/// The network picture of `phase` as an inline <svg> element; throws on a rendering failure.
std::string renderPicture(const Model& model, const std::string& phase, const core::Translator& texts) {
    layouts::RenderOptions options;
    options.texts = texts;
    options.colorBy = "organization";
    options.sizeBy = "betweenness";
    options.phase = phase;
    options.title = " ";
    std::random_device random;
    const std::filesystem::path temporary =
        std::filesystem::temp_directory_path() /
        ("orgweave-report-" + std::to_string(random()) + std::to_string(random()) + ".svg");
    std::string svg;
    try {
        layouts::renderDocument(model, options, temporary);
        std::ifstream in(temporary, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        svg = inlineSvg(text.str());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return svg;
}

void gatherPicture(const Model& model, const std::string& phase, ReportData& data) {
    data.pictureNote =
        model.layout.positions.empty()
            ? say(data.texts, "Placed by the automatic layout (the document stores no positions).")
            : say(data.texts, "Drawn at the positions stored in the document.");
    data.pictureNote += say(data.texts, " Colour: organization. Size: betweenness of roles (people lens).");
    try {
        data.svg = renderPicture(model, phase, data.texts);
        if (data.svg.empty())
            data.svgProblem = say(data.texts, "the renderer wrote no picture");
    } catch (const std::exception& e) {
        data.svgProblem = e.what();
    }
}

// ---- measures ---------------------------------------------------------------------------------

std::string organizationOf(const Model& model, const Node& node) {
    if (node.kind == NodeKind::Organization)
        return node.displayLabel();
    if (node.organization.empty())
        return {};
    return labelOfNode(model, node.organization);
}

ReportMeasure topBy(const Translator& t, const Model& model, const AnalysisResult& result,
                    const std::vector<double>& values, const core::MeasureInfo& info, bool integer) {
    ReportMeasure measure;
    measure.name = std::string(info.id);
    const std::string label = t.text(info.label);
    measure.title = info.higherIsCentral ? (integer ? sayf(t, "{} (total)", {label}) : label)
                                         : sayf(t, "{} (lowest)", {label});
    measure.meaning = sayf(t, "The role that {}.", {t.text(info.plain)});
    const bool lowestFirst = !info.higherIsCentral;
    measure.lowestFirst = lowestFirst;
    measure.integer = integer;
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]) || (!lowestFirst && values[i] <= 0.0))
            continue;
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (values[a] != values[b])
            return lowestFirst ? values[a] < values[b] : values[a] > values[b];
        return result.labels[a] < result.labels[b];
    });
    if (order.size() > kTopActors)
        order.resize(kTopActors);
    for (std::size_t i : order) {
        const Node& node = model.nodes[result.lens.modelIndex[i]];
        measure.top.push_back({result.ids[i], result.labels[i], organizationOf(model, node), values[i]});
    }
    return measure;
}

void gatherMeasures(const Model& model, const AnalysisResult& result, ReportData& data) {
    data.network = result.network;
    data.roles = result.nodeCount();
    for (const core::MeasureInfo& m : core::measureCatalogue()) {
        if (!m.keyActor && m.id != "brokerage")
            continue;
        data.keyActors.push_back(
            topBy(data.texts, model, result, m.column(result), m, m.shape == core::MeasureShape::Count));
    }

    for (std::size_t i = 0; i < result.nodeCount(); ++i) {
        auto& row = data.measuresById[result.ids[i]];
        const Translator& t = data.texts;
        row.emplace_back(say(t, "Degree"), formatValue(t, result.degree[i], false));
        row.emplace_back(say(t, "Betweenness"), formatValue(t, result.betweenness[i], false));
        row.emplace_back(say(t, "Closeness"), formatValue(t, result.closeness[i], false));
        row.emplace_back(say(t, "Eigenvector"), formatValue(t, result.eigenvector[i], false));
        row.emplace_back(say(t, "PageRank"), formatValue(t, result.pagerank[i], false));
        row.emplace_back(say(t, "Constraint"), formatValue(t, result.constraint[i], false));
        row.emplace_back(say(t, "Brokerage (total)"),
                         formatValue(t, static_cast<double>(result.brokerage[i].total()), true));
    }
    for (std::size_t i = 0; i < result.nodeCount(); ++i) {
        if (!result.boundarySpanner[i])
            continue;
        const Node& node = model.nodes[result.lens.modelIndex[i]];
        ReportSpanner s;
        s.id = result.ids[i];
        s.label = result.labels[i];
        s.organization = organizationOf(model, node);
        s.groupsReached = result.groupsReached[i];
        s.multilateral = result.multilateral[i] != 0;
        s.betweenness = result.betweenness[i];
        s.brokerage = result.brokerage[i];
        data.spanners.push_back(std::move(s));
    }
    std::sort(data.spanners.begin(), data.spanners.end(), [](const ReportSpanner& a, const ReportSpanner& b) {
        if (a.brokerage.total() != b.brokerage.total())
            return a.brokerage.total() > b.brokerage.total();
        if (a.betweenness != b.betweenness)
            return a.betweenness > b.betweenness;
        return a.label < b.label;
    });
}

// ---- fragility --------------------------------------------------------------------------------

void gatherPairs(const AnalysisResult& result, ReportData& data) {
    data.pathCap = result.pathCap;
    const auto& labels = result.partition.groupLabels;
    for (const GroupPair& pair : result.groupPairs) {
        if (pair.capped || (result.pathCap > 0 && pair.paths >= result.pathCap)) {
            ++data.pairsAtCap;
            continue;
        }
        ReportPair row;
        row.organizationA = labels.at(static_cast<std::size_t>(pair.groupA));
        row.organizationB = labels.at(static_cast<std::size_t>(pair.groupB));
        row.paths = pair.paths;
        row.capped = pair.capped;
        data.pairs.push_back(std::move(row));
    }
    std::sort(data.pairs.begin(), data.pairs.end(), [](const ReportPair& a, const ReportPair& b) {
        // Fragile (one path) first, then unconnected, then the rest.
        auto rank = [](unsigned p) { return p == 1 ? 0u : p == 0 ? 1u : p; };
        if (rank(a.paths) != rank(b.paths))
            return rank(a.paths) < rank(b.paths);
        if (a.organizationA != b.organizationA)
            return a.organizationA < b.organizationA;
        return a.organizationB < b.organizationB;
    });
}

// ---- gaps -------------------------------------------------------------------------------------

void gatherGaps(const Model& model, const GapReport& report, ReportData& data) {
    for (const Finding& f : report.findings) {
        const std::string name = pairName(data.texts, f);
        auto it = std::find_if(data.findingGroups.begin(), data.findingGroups.end(),
                               [&](const ReportFindingGroup& g) { return g.elements == name; });
        if (it == data.findingGroups.end()) {
            data.findingGroups.push_back({name, {}});
            it = data.findingGroups.end() - 1;
        }
        it->findings.push_back({f, labelsOf(model, f.nodes)});
        switch (f.severity) {
            case FindingSeverity::Critical:
                ++data.criticalCount;
                break;
            case FindingSeverity::Warning:
                ++data.warningCount;
                break;
            case FindingSeverity::Info:
                ++data.infoCount;
                break;
        }
    }
    data.notEvaluated = report.notEvaluated;
    data.alignment = report.alignment;
    for (const OrganizationAlignment& o : report.alignment.organizations) {
        if (o.scored)
            data.organizationScores.emplace_back(o.label, o.score);
    }
    std::stable_sort(data.organizationScores.begin(), data.organizationScores.end(),
                     [](const auto& a, const auto& b) {
                         return a.second.percent().value_or(101) < b.second.percent().value_or(101);
                     });
}

}  // namespace

/// The picture of a phase for the phase story; "" when it cannot be drawn.
std::string reportPicture(const Model& model, const std::string& phase, const core::Translator& texts) {
    try {
        return renderPicture(model, phase, texts);
    } catch (const std::exception&) {
        return {};
    }
}

std::string formatValue(const Translator& t, double value, bool integer) {
    if (std::isnan(value))
        return "–";
    return integer ? t.formatCount(std::llround(value)) : t.formatNumber(value, 3);
}

// ---- gatherReport -----------------------------------------------------------------------------

ReportData gatherReport(const Model& model, const std::string& sourceFile, const std::string& requestedPhase,
                        const Translator& texts) {
    ReportData data;
    data.texts = texts;
    // The file name only: an absolute path tells a committee nothing and leaks the author's folders.
    data.sourceFile = std::filesystem::path(sourceFile).filename().string();
    const std::string phase = requestedPhase.empty() ? latestPhase(model) : requestedPhase;
    data.phaseId = phase;
    if (!phase.empty()) {
        const Phase* found = model.findPhase(phase);
        if (found == nullptr)
            throw std::invalid_argument(unknownPhaseProblem(model, phase));
        data.phaseLabel = found->displayLabel();
    }
    const Meta& meta = model.annotations.meta;
    data.title = meta.title.empty() ? std::filesystem::path(sourceFile).filename().string() : meta.title;
    data.description = meta.description;

    const Model inPhase = modelInPhase(model, phase);
    gatherSummary(inPhase, data);
    gatherPicture(model, phase, data);

    AnalysisOptions options;
    options.lens.phase = phase;
    const AnalysisResult result = analyze(model, options);
    gatherMeasures(model, result, data);  // the lens indexes the whole document
    gatherPairs(result, data);
    GapSettings settings;
    settings.texts = texts;
    const GapReport report = findGaps(model, settings, requestedPhase);
    gatherGaps(inPhase, report, data);
    gatherElements(model, assessedModel(model, phase), phase, report, data);
    if (data.assessedNote.empty() && !phase.empty())
        data.assessedNote = sayf(texts, "Assessed in phase {}.", {data.phaseLabel});
    return data;
}

}  // namespace orgweave::cli
