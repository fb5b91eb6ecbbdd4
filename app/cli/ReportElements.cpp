// Sections: helpers · parties and period · priorities · architecture · leadership · learning ·
// relational coordination · phase story · side panel · gatherElements
#include "ReportData.hpp"
#include "ReportText.hpp"

#include <orgweave/core/ModelComparison.hpp>
#include <orgweave/core/PhaseFilter.hpp>
#include <orgweave/core/Vocabulary.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace orgweave::cli {

using namespace orgweave::core;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

std::string labelIn(const Model& model, const std::string& id) {
    const Node* node = model.findNode(id);
    return node ? node->displayLabel() : id;
}

std::string joined(const std::vector<std::string>& parts, const char* separator = ", ") {
    std::string out;
    for (const std::string& part : parts)
        out += (out.empty() ? "" : separator) + part;
    return out;
}

/// The organization a node belongs to (itself for an organization), "" when none.
std::string organizationIdOf(const Model& model, const std::string& id) {
    const Node* node = model.findNode(id);
    if (node == nullptr)
        return {};
    return node->kind == NodeKind::Organization ? node->id : node->organization;
}

bool isPartner(const Node& node) {
    return node.kind == NodeKind::Organization &&
           (node.organizationProfile->party.empty() || node.organizationProfile->party == "partner");
}

int severityRank(FindingSeverity s) {
    return s == FindingSeverity::Critical ? 2 : s == FindingSeverity::Warning ? 1 : 0;
}

// ---- parties and period -----------------------------------------------------------------------

void gatherParties(const Model& model, ReportData& data) {
    for (const Node& node : model.nodes) {
        if (node.kind != NodeKind::Organization)
            continue;
        const std::string party =
            node.organizationProfile->party.empty() ? "partner" : node.organizationProfile->party;
        data.parties.push_back(
            {node.displayLabel(), party,
             data.texts.text(vocabulary::typesOf(NodeKind::Organization).labelOf(node.type))});
    }
    std::stable_sort(
        data.parties.begin(), data.parties.end(), [](const ReportParty& a, const ReportParty& b) {
            auto rank = [](const std::string& p) { return p == "partner" ? 0 : p == "voice" ? 1 : 2; };
            return rank(a.party) < rank(b.party);
        });
    const Meta& meta = model.annotations.meta;
    data.asOf = meta.asOf;
    data.setting = data.texts.text(vocabulary::settings().labelOf(
        model.annotations.setting.empty() ? std::string("generic") : model.annotations.setting));
    std::string first, last;
    for (const Phase& p : model.annotations.phases) {
        if (!p.start.empty() && (first.empty() || p.start < first))
            first = p.start;
        if (!p.end.empty() && (last.empty() || p.end > last))
            last = p.end;
    }
    if (!meta.asOf.empty() && (last.empty() || meta.asOf > last))
        last = meta.asOf;
    if (!first.empty())  // without phases, "as of" alone says when the document describes
        data.period = (first.empty() ? std::string("…") : first) + " – " + (last.empty() ? "…" : last);
}

// ---- priorities -------------------------------------------------------------------------------

/// The level-1 committee (else level 2) with a decision-binding mandate first: who acts on
/// architecture findings.
const Node* topCommittee(const Model& model) {
    const Node* best = nullptr;
    auto rank = [](const Node& n) {
        const int level = n.committee->level.value_or(9);
        return level * 2 + (n.committee->mandate == "decision_binding" ? 0 : 1);
    };
    for (const Node& node : model.nodes) {
        if (node.kind != NodeKind::Committee || !node.committee->level || *node.committee->level > 2)
            continue;
        if (best == nullptr || rank(node) < rank(*best))
            best = &node;
    }
    return best;
}

void ownerOf(const Translator& t, const Model& model, const Finding& f, ReportPriority& p) {
    const CheckSubject& s = f.subject;
    if ((s.kind == SubjectKind::LearningAction || s.kind == SubjectKind::CareOrganizationInAction) &&
        !s.ids.empty()) {
        const std::string& actionId = s.kind == SubjectKind::LearningAction ? s.ids.front() : s.ids.back();
        const Node* action = model.findNode(actionId);
        if (action != nullptr && !action->owner.empty()) {
            p.owner = labelIn(model, action->owner);
            p.ownerWhy = say(t, "owner committee of the learning action");
            return;
        }
    }
    if (s.kind == SubjectKind::Partner && !s.ids.empty()) {
        p.owner = labelIn(model, s.ids.front());
        p.ownerWhy = say(t, "the partner itself");
        return;
    }
    if (const Node* top = topCommittee(model)) {
        p.owner = top->displayLabel();
        p.ownerWhy = sayf(t, "level-{} committee", {std::to_string(top->committee->level.value_or(1))});
        return;
    }
    p.owner = say(t, "the partners together");
    p.ownerWhy = say(t, "no level-1 or level-2 committee is recorded");
}

void gatherPriorities(const Model& model, const GapReport& report, ReportData& data) {
    std::vector<ReportPriority> all;
    for (const Finding& f : report.findings) {
        ReportPriority p;
        p.finding = f;
        std::set<std::string> partners;
        std::vector<std::string> labels;
        for (const std::string& id : f.nodes) {
            const std::string org = organizationIdOf(model, id);
            const Node* o = model.findNode(org);
            if (o != nullptr && isPartner(*o))
                partners.insert(org);
            const std::string label = labelIn(model, id);
            if (std::find(labels.begin(), labels.end(), label) == labels.end())
                labels.push_back(label);
        }
        p.partners = partners.size();
        p.involved = joined(labels, "; ");
        ownerOf(data.texts, model, f, p);
        all.push_back(std::move(p));
    }
    std::stable_sort(all.begin(), all.end(), [](const ReportPriority& a, const ReportPriority& b) {
        if (severityRank(a.finding.severity) != severityRank(b.finding.severity))
            return severityRank(a.finding.severity) > severityRank(b.finding.severity);
        if (a.partners != b.partners)
            return a.partners > b.partners;
        return a.finding.nodes.size() > b.finding.nodes.size();
    });
    // One priority per check, so five findings of one rule do not crowd out the rest; the others
    // stay in the element sections.
    std::set<std::string> rules;
    for (ReportPriority& p : all) {
        if (data.priorities.size() == 5)
            break;
        if (!rules.insert(p.finding.rule).second)
            continue;
        data.priorities.push_back(std::move(p));
    }
    for (ReportPriority& p : all) {  // fewer than three distinct checks: fill from the rest
        if (data.priorities.size() >= 3)
            break;
        const bool taken =
            std::any_of(data.priorities.begin(), data.priorities.end(), [&](const ReportPriority& q) {
                return q.finding.rule == p.finding.rule && q.finding.subject == p.finding.subject;
            });
        if (!taken)
            data.priorities.push_back(p);
    }
    std::stable_sort(data.priorities.begin(), data.priorities.end(),
                     [](const ReportPriority& a, const ReportPriority& b) {
                         if (severityRank(a.finding.severity) != severityRank(b.finding.severity))
                             return severityRank(a.finding.severity) > severityRank(b.finding.severity);
                         return a.partners > b.partners;
                     });
}

// ---- architecture -----------------------------------------------------------------------------

void gatherCommittees(const Model& model, const GapReport& report, ReportData& data) {
    for (const Node& c : model.nodes) {
        if (c.kind != NodeKind::Committee)
            continue;
        ReportCommittee row;
        row.label = c.displayLabel();
        row.level = c.committee->level;
        row.mandate = c.committee->mandate.empty()
                          ? std::string()
                          : data.texts.text(vocabulary::committeeMandates().labelOf(c.committee->mandate));
        std::map<std::string, std::size_t> byOrg;
        std::vector<std::string> order;
        for (const Tie& t : model.ties) {
            if (t.kind != TieKind::MemberOf || t.target != c.id)
                continue;
            ++row.seats;
            if (t.details->seat == "observer")
                continue;
            std::string org = labelIn(model, organizationIdOf(model, t.source));
            if (org.empty())
                org = labelIn(model, t.source);
            if (byOrg[org]++ == 0)
                order.push_back(org);
        }
        std::vector<std::string> parts;
        for (const std::string& org : order)
            parts.push_back(org + " " + std::to_string(byOrg[org]));
        row.seatsByOrganization = joined(parts);
        for (const CheckEvaluation& e : report.evaluations) {
            if (e.rule == "G4" && e.subject.kind == SubjectKind::Committee && !e.subject.ids.empty() &&
                e.subject.ids.front() == c.id) {
                row.parity = std::string(toString(e.status));
                row.parityNote = e.status == CheckStatus::NotEvaluable ? joined(e.needs) : e.explanation;
            }
        }
        data.committees.push_back(std::move(row));
    }
    std::stable_sort(data.committees.begin(), data.committees.end(),
                     [](const ReportCommittee& a, const ReportCommittee& b) {
                         return a.level.value_or(9) < b.level.value_or(9);
                     });
}

// ---- leadership -------------------------------------------------------------------------------

void gatherLeaders(const Model& model, ReportData& data) {
    for (const Node& org : model.nodes) {
        if (org.kind != NodeKind::Organization)
            continue;
        for (const Node& role : model.nodes) {
            if (role.kind != NodeKind::Role || role.organization != org.id || !role.leadership)
                continue;
            const Leadership& l = *role.leadership;
            std::vector<std::string> behaviors;
            for (const std::string& b : l.behaviors)
                behaviors.emplace_back(data.texts.text(vocabulary::leadershipBehaviors().labelOf(b)));
            data.leaders.push_back(
                {org.displayLabel(), role.displayLabel(),
                 l.level.empty() ? std::string()
                                 : data.texts.text(vocabulary::leadershipLevels().labelOf(l.level)),
                 joined(behaviors),
                 l.authority.empty()
                     ? std::string()
                     : data.texts.text(vocabulary::decisionAuthority().labelOf(l.authority))});
        }
    }
}

// ---- learning ---------------------------------------------------------------------------------

void gatherActions(const Model& model, ReportData& data) {
    for (const Node& a : model.nodes) {
        if (a.kind != NodeKind::LearningAction)
            continue;
        ReportAction row;
        row.label = a.displayLabel();
        row.type = a.type.empty()
                       ? std::string()
                       : data.texts.text(vocabulary::typesOf(NodeKind::LearningAction).labelOf(a.type));
        row.owner = a.owner.empty() ? std::string() : labelIn(model, a.owner);
        std::vector<std::string> participants;
        for (const Tie& t : model.ties) {
            if (t.kind == TieKind::ParticipatesIn && t.target == a.id) {
                const std::string label = labelIn(model, t.source);
                if (std::find(participants.begin(), participants.end(), label) == participants.end())
                    participants.push_back(label);
            }
        }
        row.participants = joined(participants, "; ");
        row.stage = a.learningAction->phase.empty()
                        ? std::string()
                        : data.texts.text(vocabulary::learningPhases().labelOf(a.learningAction->phase));
        row.status = a.learningAction->status.empty()
                         ? std::string()
                         : data.texts.text(vocabulary::learningStatus().labelOf(a.learningAction->status));
        row.start = a.learningAction->start;
        row.lastActivity = a.learningAction->lastActivity;
        row.statusSince = a.learningAction->statusSince;
        row.iterations = a.learningAction->iterations;
        data.actions.push_back(std::move(row));
    }
}

// ---- relational coordination ------------------------------------------------------------------

void gatherRc(const Model& assessed, const GapReport& report, ReportData& data) {
    std::vector<std::string> roles;
    std::map<std::pair<std::string, std::string>, std::pair<double, int>> sums;
    for (const Tie& t : assessed.ties) {
        if (t.details->rc.empty())
            continue;
        double sum = 0.0;
        for (const auto& [dimension, score] : t.details->rc)
            sum += score;
        const double mean = sum / static_cast<double>(t.details->rc.size());
        for (const std::string* id : {&t.source, &t.target})
            if (std::find(roles.begin(), roles.end(), *id) == roles.end())
                roles.push_back(*id);
        auto key = std::minmax(t.source, t.target);
        auto& cell = sums[{key.first, key.second}];
        cell.first += mean;
        cell.second += 1;
    }
    if (roles.empty())
        return;
    ReportRc rc;
    rc.waveNote = report.rcWaveNote;
    for (const std::string& id : roles)
        rc.roles.push_back(labelIn(assessed, id));
    rc.cells.assign(roles.size(), std::vector<std::optional<double>>(roles.size()));
    for (std::size_t i = 0; i < roles.size(); ++i)
        for (std::size_t j = 0; j < roles.size(); ++j) {
            auto key = std::minmax(roles[i], roles[j]);
            if (auto it = sums.find({key.first, key.second}); it != sums.end())
                rc.cells[i][j] = it->second.first / it->second.second;
        }
    const RcSummary summary = summarizeRc(assessed, report.rcWave);
    rc.index = summary.index;
    for (std::size_t d = 0; d < kRcDimensions.size(); ++d)
        if (summary.dimensions[d])
            rc.dimensions.emplace_back(data.texts.text(vocabulary::rcDimensions().labelOf(kRcDimensions[d])),
                                       *summary.dimensions[d]);
    std::stable_sort(rc.dimensions.begin(), rc.dimensions.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    data.rc = std::move(rc);
}

// ---- phase story ------------------------------------------------------------------------------

void gatherPhases(const Model& model, ReportData& data,
                  std::string (*picture)(const Model&, const std::string&, const core::Translator&)) {
    const auto& phases = model.annotations.phases;
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const Phase& p = phases[i];
        ReportPhaseStep step;
        step.id = p.id;
        step.label = p.displayLabel();
        step.period = p.start.empty() && p.end.empty() ? std::string() : p.start + " – " + p.end;
        const Model in = modelInPhase(model, p.id);
        for (const Node& n : in.nodes) {
            step.roles += n.kind == NodeKind::Role;
            step.committees += n.kind == NodeKind::Committee;
            step.actions += n.kind == NodeKind::LearningAction;
            step.organizations += n.kind == NodeKind::Organization;
        }
        step.ties = in.ties.size();
        GapSettings settings;
        settings.texts = data.texts;
        const GapReport report = findGaps(model, settings, p.id);
        for (const CheckEvaluation& e : report.evaluations) {
            step.passes += e.status == CheckStatus::Pass;
            step.gaps += e.status == CheckStatus::Gap;
            step.notEvaluable += e.status == CheckStatus::NotEvaluable;
        }
        step.alignment = report.alignment;
        if (i > 0) {
            CompareOptions options;
            options.threads = 1;
            options.gaps.texts = data.texts;
            const Comparison c = compareModels(model, phases[i - 1].id, model, p.id, options);
            step.nodesAdded = c.structure.count(ChangeKind::Added, false);
            step.nodesRemoved = c.structure.count(ChangeKind::Removed, false);
            step.tiesAdded = c.structure.count(ChangeKind::Added, true);
            step.tiesRemoved = c.structure.count(ChangeKind::Removed, true);
            step.gapsNew = c.gapsNew;
            step.gapsResolved = c.gapsResolved;
            step.gapsNoLongerEvaluated = c.gapsNoLongerEvaluated;
        }
        step.svg = picture(model, p.id, data.texts);
        data.phases.push_back(std::move(step));
    }
}

// ---- side panel -------------------------------------------------------------------------------

void gatherNodes(const Model& assessed, const GapReport& report, ReportData& data) {
    for (const Node& n : assessed.nodes) {
        ReportNodeInfo info;
        info.id = n.id;
        info.label = n.displayLabel();
        info.kind = data.texts.text(vocabulary::nodeKinds().labelOf(toString(n.kind)));
        if (n.kind != NodeKind::Organization && !n.organization.empty())
            info.organization = labelIn(assessed, n.organization);
        if (auto it = data.measuresById.find(n.id); it != data.measuresById.end())
            info.measures = it->second;
        for (const Finding& f : report.findings)
            if (std::find(f.nodes.begin(), f.nodes.end(), n.id) != f.nodes.end())
                info.findings.push_back(f.rule + " " + f.title + ": " + f.explanation);
        for (const Tie& t : assessed.ties) {
            if (t.source != n.id)
                continue;
            if (t.kind == TieKind::MemberOf || t.kind == TieKind::ParticipatesIn ||
                t.kind == TieKind::ReportsTo)
                info.belongs.push_back(data.texts.text(vocabulary::tieKinds().labelOf(toString(t.kind))) +
                                       ": " + labelIn(assessed, t.target));
        }
        if (n.kind == NodeKind::LearningAction && !n.owner.empty())
            info.belongs.push_back(sayf(data.texts, "owner: {}", {labelIn(assessed, n.owner)}));
        data.nodes.push_back(std::move(info));
    }
}

}  // namespace

void gatherElements(const Model& model, const Model& assessed, const std::string& phase,
                    const GapReport& report, ReportData& data) {
    gatherParties(assessed, data);
    if (!phase.empty() || !model.annotations.phases.empty())
        gatherPhases(model, data, &reportPicture);
    if (!report.phaseNote.empty())
        data.assessedNote = report.phaseNote;
    gatherPriorities(assessed, report, data);
    gatherCommittees(assessed, report, data);
    gatherLeaders(assessed, data);
    gatherActions(assessed, data);
    gatherRc(assessed, report, data);
    for (const CheckEvaluation& e : report.evaluations) {
        ++data.evaluations;
        data.passes += e.status == CheckStatus::Pass;
        if (std::find(e.elements.begin(), e.elements.end(), Element::Context) != e.elements.end())
            data.contextChecks.push_back(e);
    }
    gatherNodes(assessed, report, data);
}

}  // namespace orgweave::cli
