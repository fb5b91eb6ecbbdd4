// Sections: the table · phases and waves · findGaps
#include "orgweave/core/GapEngine.hpp"

#include "GapContext.hpp"
#include "orgweave/core/PhaseFilter.hpp"

#include <algorithm>
#include <stdexcept>

namespace orgweave::core {

// ---- the table --------------------------------------------------------------------------------

std::span<const GapRuleInfo> gapRules() {
    static const std::vector<GapRuleInfo> infos = [] {
        std::vector<GapRuleInfo> out;
        for (const GapRule& rule : gapRuleTable())
            out.push_back(rule.info);
        return out;
    }();
    return infos;
}

const GapRuleInfo* findGapRule(std::string_view id) {
    for (const GapRuleInfo& info : gapRules()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

int GapReport::passes() const {
    return static_cast<int>(
        std::count_if(evaluations.begin(), evaluations.end(),
                      [](const CheckEvaluation& e) { return e.status == CheckStatus::Pass; }));
}

// ---- phases and waves -------------------------------------------------------------------------

std::string latestPhase(const Model& model) {
    const auto& phases = model.annotations.phases;
    if (phases.empty())
        return {};
    std::size_t best = 0;
    for (std::size_t i = 1; i < phases.size(); ++i) {
        // Later start wins; an undated phase after a dated one wins by its place in the list.
        if (phases[i].start.empty() || phases[best].start.empty() || phases[i].start >= phases[best].start)
            best = i;
    }
    return phases[best].id;
}

std::optional<std::string> rcWaveFor(const Model& model, std::string_view phase) {
    const auto& waves = model.annotations.rcWaves;
    if (waves.empty())
        return std::string();
    auto later = [](const RcWave& a, const RcWave& b) {
        return b.date.empty() || a.date.empty() || b.date >= a.date;
    };
    const RcWave* chosen = nullptr;
    if (phase.empty()) {
        for (const RcWave& w : waves) {
            if (!chosen || later(*chosen, w))
                chosen = &w;
        }
        return chosen->id;
    }
    for (const RcWave& w : waves) {
        if (w.phase == phase)
            return w.id;
    }
    const Phase* p = model.findPhase(phase);
    for (const RcWave& w : waves) {
        if (!p || w.date.empty() || !w.phase.empty())
            continue;
        const bool afterStart = p->start.empty() || w.date >= p->start.substr(0, 7);
        const bool beforeEnd = p->end.empty() || w.date <= p->end.substr(0, 7);
        if (afterStart && beforeEnd && (!chosen || later(*chosen, w)))
            chosen = &w;
    }
    if (chosen)
        return chosen->id;
    return std::nullopt;
}

Model assessedModel(const Model& model, std::string_view phase) {
    return assessedModel(model, phase, rcWaveFor(model, phase));
}

RcSummary summarizeRc(const Model& assessed, const std::string& wave) {
    RcSummary s;
    s.wave = wave;
    std::array<double, 7> sums{};
    std::array<int, 7> counts{};
    double indexSum = 0;
    for (const Tie& tie : assessed.ties) {
        if (tie.details->rc.empty())
            continue;
        double tieSum = 0;
        for (const auto& [dim, score] : tie.details->rc) {
            tieSum += score;
            for (std::size_t d = 0; d < kRcDimensions.size(); ++d) {
                if (kRcDimensions[d] == dim) {
                    sums[d] += score;
                    ++counts[d];
                }
            }
        }
        indexSum += tieSum / double(tie.details->rc.size());
        ++s.ties;
    }
    for (std::size_t d = 0; d < 7; ++d) {
        if (counts[d] > 0)
            s.dimensions[d] = sums[d] / counts[d];
    }
    if (s.ties > 0)
        s.index = indexSum / double(s.ties);
    return s;
}

Model assessedModel(const Model& model, std::string_view phase, const std::optional<std::string>& wave) {
    Model out = modelInPhase(model, phase);
    for (Tie& tie : out.ties) {
        // Scores of other waves are never averaged in; a phase without a wave has no RC.
        // The tie keeps no trace of that other wave either, so a check does not take it for a tie
        // surveyed in this wave with its scores missing.
        if ((!tie.details->rc.empty() || !tie.details->rcWave.empty()) &&
            (!wave || tie.details->rcWave != *wave)) {
            tie.details.edit().rc.clear();
            tie.details.edit().rcWave.clear();
        }
    }
    return out;
}

// ---- findGaps ---------------------------------------------------------------------------------

GapReport findGaps(const Model& model, const GapSettings& settings, std::string_view requested) {
    if (std::string problem = unknownPhaseProblem(model, requested); !problem.empty())
        throw std::invalid_argument(problem);
    GapReport report;
    report.phase = requested.empty() ? latestPhase(model) : std::string(requested);
    const Phase* phase = report.phase.empty() ? nullptr : model.findPhase(report.phase);
    if (requested.empty() && phase)
        report.phaseNote = fill(settings.texts.tr("assessed in the latest phase, {} (no phase was given)"),
                                {phase->displayLabel()});
    report.setting = model.annotations.setting.empty() ? "generic" : model.annotations.setting;
    const std::optional<std::string> wave = rcWaveFor(model, report.phase);
    if (wave) {
        report.rcWave = *wave;
        if (!wave->empty()) {
            for (const RcWave& w : model.annotations.rcWaves) {
                if (w.id == *wave)
                    report.rcWaveNote =
                        w.date.empty()
                            ? fill(settings.texts.tr("relational coordination from survey wave {}"),
                                   {w.displayLabel()})
                            : fill(settings.texts.tr("relational coordination from survey wave {} ({})"),
                                   {w.displayLabel(), w.date});
            }
        }
    } else {
        report.rcWaveNote =
            fill(settings.texts.tr("no survey wave belongs to {}: relational coordination not recorded"),
                 {phase->displayLabel()});
    }

    const Model scoped = assessedModel(model, report.phase);
    const GapContext context(scoped, settings, phase ? scoped.findPhase(report.phase) : nullptr);
    for (const GapRule& rule : gapRuleTable()) {
        if (settings.disabled.count(rule.info.id))
            continue;  // disabled rules are left out entirely (they neither pass nor fail)
        CheckWriter writer(rule.info, report.evaluations, settings.texts);
        rule.check(context, writer);
    }
    for (const CheckEvaluation& e : report.evaluations) {
        if (e.status == CheckStatus::Gap)
            report.findings.push_back(findingOf(e));
        else if (e.status == CheckStatus::NotEvaluable)
            report.notEvaluated.push_back(notEvaluatedOf(e, settings.texts));
    }
    report.alignment = computeAlignment(scoped, report.evaluations);
    return report;
}

}  // namespace orgweave::core
