#include "orgweave/core/ModelComparison.hpp"

#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/PhaseFilter.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace orgweave::core {

namespace {

AnalysisResult analyzeSide(const Model& model, std::string_view phase, const CompareOptions& options) {
    AnalysisOptions a;
    a.lens.lens = options.lens;
    a.lens.phase = std::string(phase);
    a.partition = options.partition;
    a.run.threads = options.threads;
    a.pathCap = 3;
    return analyze(model, a);
}

std::vector<MeasureDelta> measureDeltas(const AnalysisResult& before, const std::vector<double>& valuesBefore,
                                        const AnalysisResult& after, const std::vector<double>& valuesAfter) {
    std::vector<MeasureDelta> out;
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < before.ids.size(); ++i) {
        at[before.ids[i]] = out.size();
        out.push_back({before.ids[i], before.labels[i], valuesBefore[i], std::nullopt});
    }
    for (std::size_t i = 0; i < after.ids.size(); ++i) {
        auto it = at.find(after.ids[i]);
        if (it == at.end()) {
            out.push_back({after.ids[i], after.labels[i], std::nullopt, valuesAfter[i]});
        } else {
            out[it->second].after = valuesAfter[i];
            out[it->second].label = after.labels[i];
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const MeasureDelta& x, const MeasureDelta& y) {
        const double dx = std::fabs(x.delta());
        const double dy = std::fabs(y.delta());
        if (dx != dy)
            return dx > dy;
        return x.id < y.id;
    });
    return out;
}

using PairKey = std::pair<std::string, std::string>;

struct PairCounts {
    std::string labelA, labelB;
    bool swapped = false;
    unsigned before = 0, after = 0;
};

void collectPairs(const AnalysisResult& r, bool afterSide, std::map<PairKey, PairCounts>& pairs,
                  std::vector<PairKey>& order) {
    for (const GroupPair& p : r.groupPairs) {
        const auto a = static_cast<std::size_t>(p.groupA);
        const auto b = static_cast<std::size_t>(p.groupB);
        const std::string& idA = r.partition.groupIds[a];
        const std::string& idB = r.partition.groupIds[b];
        const bool swap = idB < idA;
        PairKey key = swap ? PairKey{idB, idA} : PairKey{idA, idB};
        auto [it, inserted] = pairs.try_emplace(key);
        if (inserted) {
            order.push_back(key);
            it->second.swapped = swap;
            it->second.labelA = r.partition.groupLabels[swap ? b : a];
            it->second.labelB = r.partition.groupLabels[swap ? a : b];
        }
        (afterSide ? it->second.after : it->second.before) = p.paths;
    }
}

std::vector<GroupPairDelta> pairDeltas(const AnalysisResult& before, const AnalysisResult& after) {
    std::map<PairKey, PairCounts> pairs;
    std::vector<PairKey> order;
    collectPairs(before, false, pairs, order);
    collectPairs(after, true, pairs, order);
    std::vector<GroupPairDelta> out;
    for (const PairKey& key : order) {
        const PairCounts& c = pairs[key];
        if (c.before == c.after)
            continue;
        GroupPairDelta d;
        // Keep the orientation the document first gave the pair.
        d.groupA = c.swapped ? key.second : key.first;
        d.groupB = c.swapped ? key.first : key.second;
        d.labelA = c.swapped ? c.labelB : c.labelA;
        d.labelB = c.swapped ? c.labelA : c.labelB;
        d.pathsBefore = c.before;
        d.pathsAfter = c.after;
        out.push_back(std::move(d));
    }
    // Worst loss first: losses before gains; among losses, the pairs left with fewest paths (cut
    // pairs, then pairs down to one path), then the biggest drop; gains biggest first.
    std::stable_sort(out.begin(), out.end(), [](const GroupPairDelta& x, const GroupPairDelta& y) {
        const int dx = static_cast<int>(x.pathsAfter) - static_cast<int>(x.pathsBefore);
        const int dy = static_cast<int>(y.pathsAfter) - static_cast<int>(y.pathsBefore);
        if ((dx < 0) != (dy < 0))
            return dx < 0;
        if (dx < 0 && x.pathsAfter != y.pathsAfter)
            return x.pathsAfter < y.pathsAfter;
        return dx < dy;
    });
    return out;
}

/// Splits the gaps into new, resolved, no longer evaluated and changed, by rule and subject.
void matchFindings(const GapReport& before, const GapReport& after, Comparison& c) {
    auto key = [](const std::string& rule, const CheckSubject& subject) {
        return rule + '|' + subject.key();
    };
    std::map<std::string, const CheckEvaluation*> afterByKey;
    for (const CheckEvaluation& e : after.evaluations)
        afterByKey.emplace(key(e.rule, e.subject), &e);
    std::set<std::string> gapBefore;
    for (const CheckEvaluation& e : before.evaluations) {
        if (e.status != CheckStatus::Gap)
            continue;
        gapBefore.insert(key(e.rule, e.subject));
        auto it = afterByKey.find(key(e.rule, e.subject));
        if (it == afterByKey.end() || it->second->status == CheckStatus::NotEvaluable) {
            c.gapsNoLongerEvaluated.push_back(findingOf(e));
        } else if (it->second->status == CheckStatus::Pass) {
            c.gapsResolved.push_back(findingOf(e));
        } else if (it->second->explanation != e.explanation || it->second->severity != e.severity ||
                   it->second->nodes != e.nodes || it->second->ties != e.ties) {
            c.gapsChanged.push_back(findingOf(*it->second));
        }
    }
    for (const CheckEvaluation& e : after.evaluations) {
        if (e.status == CheckStatus::Gap && !gapBefore.count(key(e.rule, e.subject)))
            c.gapsNew.push_back(findingOf(e));
    }
}

}  // namespace

namespace {

void requirePhase(const Model& model, std::string_view phase) {
    if (std::string problem = unknownPhaseProblem(model, phase); !problem.empty())
        throw ComparisonError(problem);
}

}  // namespace

Comparison compareModels(const Model& before, std::string_view phaseBefore, const Model& after,
                         std::string_view phaseAfter, const CompareOptions& options) {
    requirePhase(before, phaseBefore);
    requirePhase(after, phaseAfter);
    Comparison c;
    c.phaseBefore = std::string(phaseBefore);
    c.phaseAfter = std::string(phaseAfter);
    c.top = options.top;
    DiffOptions diffOptions;
    diffOptions.ignorePhases = !phaseBefore.empty() || !phaseAfter.empty();
    c.structure = diffModels(modelInPhase(before, phaseBefore), modelInPhase(after, phaseAfter), diffOptions);

    const AnalysisResult a = analyzeSide(before, phaseBefore, options);
    const AnalysisResult b = analyzeSide(after, phaseAfter, options);
    c.networkBefore = a.network;
    c.networkAfter = b.network;
    c.pathCap = a.pathCap;
    c.betweenness = measureDeltas(a, a.betweenness, b, b.betweenness);
    c.degree = measureDeltas(a, a.degree, b, b.degree);
    c.groupPairs = pairDeltas(a, b);

    // With waves given, each side is the document with that wave's scores (waves defined on it).
    auto withWave = [](const Model& m, const std::optional<std::string>& wave) {
        if (!wave)
            return m;
        Model copy = m;
        for (Tie& t : copy.ties) {
            if (!t.details->rc.empty() && t.details->rcWave != *wave)
                t.details.edit().rc.clear();
        }
        copy.annotations.rcWaves.erase(
            std::remove_if(copy.annotations.rcWaves.begin(), copy.annotations.rcWaves.end(),
                           [&](const RcWave& w) { return w.id != *wave; }),
            copy.annotations.rcWaves.end());
        return copy;
    };
    for (const auto& [m, wave] :
         {std::pair{&before, options.waveBefore}, std::pair{&after, options.waveAfter}}) {
        if (!wave || wave->empty())
            continue;
        const auto& waves = m->annotations.rcWaves;
        if (std::none_of(waves.begin(), waves.end(), [&](const RcWave& w) { return w.id == *wave; }))
            throw ComparisonError("survey wave \"" + *wave + "\" is not defined in this document");
    }
    const Model beforeSide = withWave(before, options.waveBefore);
    const Model afterSide = withWave(after, options.waveAfter);
    const GapReport gapsBefore = findGaps(beforeSide, options.gaps, phaseBefore);
    const GapReport gapsAfter = findGaps(afterSide, options.gaps, phaseAfter);
    c.rcBefore = summarizeRc(assessedModel(beforeSide, phaseBefore), gapsBefore.rcWave);
    c.rcAfter = summarizeRc(assessedModel(afterSide, phaseAfter), gapsAfter.rcWave);
    matchFindings(gapsBefore, gapsAfter, c);
    c.phaseNoteBefore = gapsBefore.phaseNote;
    c.phaseNoteAfter = gapsAfter.phaseNote;
    c.rcWaveBefore = gapsBefore.rcWave;
    c.rcWaveAfter = gapsAfter.rcWave;
    for (const Model* m : {&before, &after}) {
        for (const Node& n : m->nodes) {
            if (n.kind == NodeKind::Organization)
                c.organizationLabels.emplace(n.id, n.displayLabel());
        }
    }
    c.alignmentBefore = gapsBefore.alignment;
    c.alignmentAfter = gapsAfter.alignment;
    return c;
}

}  // namespace orgweave::core
