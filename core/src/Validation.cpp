// Sections: helpers · nodes · ties · annotations · layout · ties on two threads
#include "orgweave/core/Validation.hpp"
#include "orgweave/core/Text.hpp"

#include "orgweave/core/ViewFilter.hpp"

#include "orgweave/core/TieRules.hpp"
#include "orgweave/core/Translate.hpp"

#include "IdTable.hpp"
#include "JsonLocator.hpp"
#include "orgweave/core/ContainmentCycles.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <future>
#include <set>
#include <system_error>
#include <thread>
#include <utility>

namespace orgweave::core {

namespace {

/// A node kind's file spelling with its English article ("a role", "an organization"), translated.
std::string kindWithArticle(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return tr("an organization");
        case NodeKind::Site:
            return tr("a site");
        case NodeKind::Committee:
            return tr("a committee");
        case NodeKind::Role:
            return tr("a role");
        case NodeKind::SharedTool:
            return tr("a shared_tool");
        case NodeKind::LearningAction:
            return tr("a learning_action");
    }
    return withArticle(toString(kind));
}

/// A node kind's file spelling ("role", "shared_tool"), translated.
std::string kindWord(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return tr("organization");
        case NodeKind::Site:
            return tr("site");
        case NodeKind::Committee:
            return tr("committee");
        case NodeKind::Role:
            return tr("role");
        case NodeKind::SharedTool:
            return tr("shared_tool");
        case NodeKind::LearningAction:
            return tr("learning_action");
    }
    return std::string(toString(kind));
}

// ---- helpers ----------------------------------------------------------------------------------

/// A JSON pointer spelled out only when a diagnostic needs it (most checks pass, and building
/// "/nodes/12345/organization" for each of them would cost an allocation): a whole pointer, or a
/// base and one more key. Holds views: what it was made from must outlive it (a call's arguments).
class LazyPointer {
public:
    LazyPointer(const std::string& whole) : m_base(whole) {}  // NOLINT(google-explicit-constructor)
    LazyPointer(const char* whole) : m_base(whole) {}         // NOLINT(google-explicit-constructor)
    LazyPointer(std::string_view base, std::string_view key) : m_base(base), m_key(key), m_hasKey(true) {}
    /// Element `index` of the array at `base`: ("/ties", 12) is "/ties/12".
    LazyPointer(std::string_view base, std::size_t index) : m_base(base), m_index(index), m_hasIndex(true) {}

    /// This pointer (an element or a whole pointer, without a key yet) and one more key; `key`
    /// must outlive the result.
    LazyPointer operator/(std::string_view key) const {
        LazyPointer child = *this;
        child.m_key = key;
        child.m_hasKey = true;
        return child;
    }

    std::string str() const {
        std::string out(m_base);
        if (m_hasIndex)
            out = appendPointer(out, m_index);
        if (m_hasKey)
            out = appendPointer(out, m_key);
        return out;
    }

private:
    std::string_view m_base;
    std::size_t m_index = 0;
    std::string_view m_key;
    bool m_hasIndex = false;
    bool m_hasKey = false;
};

class Checker {
public:
    explicit Checker(const Model& model) : Checker(model, NodeIndex(model)) {}
    /// A checker that shares `index` (of the same model), e.g. for another thread.
    Checker(const Model& model, NodeIndex index) : m_model(model), m_index(std::move(index)) {
        for (const Phase& phase : model.annotations.phases)
            m_phaseIds.insert(phase.id);
    }
    const NodeIndex& index() const { return m_index; }

    Diagnostics take() { return std::move(m_diagnostics); }
    /// Diagnostics found by another checker (ViewFilter::check).
    Diagnostics& diagnostics() { return m_diagnostics; }

    void error(const LazyPointer& pointer, std::string message) {
        m_diagnostics.push_back(Diagnostic{Severity::Error, {}, 0, 0, pointer.str(), std::move(message)});
    }
    void warning(const LazyPointer& pointer, std::string message) {
        m_diagnostics.push_back(Diagnostic{Severity::Warning, {}, 0, 0, pointer.str(), std::move(message)});
    }

    /// Index of the first node with this id.
    std::optional<std::size_t> nodeIndex(std::string_view id) const { return m_index.find(id); }

    const Node* node(std::string_view id) const {
        auto i = m_index.find(id);
        return i ? &m_model.nodes[*i] : nullptr;
    }

    /// A closed vocabulary value: empty is fine, anything else must be built in.
    void closed(const LazyPointer& pointer, std::string_view field, const std::string& value,
                const Vocabulary& vocabulary) {
        if (value.empty() || vocabulary.contains(value))
            return;
        std::string expected;
        for (std::size_t i = 0; i < vocabulary.entries.size(); ++i) {
            if (i > 0)
                expected += i + 1 == vocabulary.entries.size() ? " or " : ", ";
            expected += vocabulary.entries[i].id;
        }
        error(pointer, fill(tr("unknown {} \"{}\" (expected {})"), {ui().text(field), value, expected}));
    }

    /// A reference to a node of a given kind.
    void reference(const LazyPointer& pointer, std::string_view field, const std::string& id, NodeKind kind) {
        if (id.empty())
            return;
        const Node* target = node(id);
        if (!target) {
            error(pointer, fill(tr("{} \"{}\" does not exist"), {ui().text(field), id}));
        } else if (target->kind != kind) {
            error(pointer,
                  fill(tr("{} \"{}\" is {}, expected {}"),
                       {ui().text(field), id, kindWithArticle(target->kind), kindWithArticle(kind)}));
        }
    }

    void phases(const LazyPointer& pointer, const std::vector<std::string>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (!m_phaseIds.count(ids[i])) {
                error(appendPointer(pointer.str(), i),
                      fill(tr("phase \"{}\" is not defined in \"phases\""), {ids[i]}));
            }
        }
    }

    void scores(const std::string& pointer, const ContextScores& scores) {
        for (const auto& [factor, score] : scores) {
            if (score.score < 1 || score.score > 5) {
                error(appendPointer(appendPointer(pointer, factor), "score"),
                      fill(tr("score of \"{}\" is {}, expected 1 to 5"),
                           {factor, std::to_string(score.score)}));
            }
        }
    }

    void context(const std::string& pointer, const Context& context) {
        scores(appendPointer(pointer, "system"), context.system);
        for (const auto& [org, orgScores] : context.organizations) {
            const std::string p = appendPointer(appendPointer(pointer, "organizations"), org);
            reference(p, N_("organization"), org, NodeKind::Organization);
            scores(p, orgScores);
        }
    }

    const Model& model() const { return m_model; }

private:
    const Model& m_model;
    NodeIndex m_index;
    std::set<std::string, std::less<>> m_phaseIds;
    Diagnostics m_diagnostics;
};

bool isDate(const std::string& text) {
    // YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    if (text.size() >= 7) {
        const int month = std::stoi(text.substr(5, 2));
        if (month < 1 || month > 12)
            return false;
    }
    if (text.size() == 10) {
        const int day = std::stoi(text.substr(8, 2));
        if (day < 1 || day > 31)
            return false;
    }
    return true;
}

void checkDate(Checker& c, const LazyPointer& pointer, std::string_view field, const std::string& value) {
    if (!value.empty() && !isDate(value)) {
        c.error(pointer, fill(tr("{} \"{}\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
                              {ui().text(field), value}));
    }
}

/// The v2 dates (learning-action dates, meta.as_of, survey waves): a month, "YYYY-MM".
void checkMonth(Checker& c, const LazyPointer& pointer, std::string_view field, const std::string& value) {
    if (!value.empty() && (value.size() != 7 || !isDate(value))) {
        c.error(pointer,
                fill(tr("{} \"{}\" is not a month (use YYYY-MM, e.g. 2024-03)"), {ui().text(field), value}));
    }
}

void checkLeadership(Checker& c, const std::string& lp, const Leadership& leadership) {
    c.closed(LazyPointer(lp, "level"), N_("leadership level"), leadership.level,
             vocabulary::leadershipLevels());
    c.closed(LazyPointer(lp, "authority"), N_("decision authority"), leadership.authority,
             vocabulary::decisionAuthority());
}

/// Fields of format version 2 on a node (DOMAIN.md §2.4, §2.7).
void checkNodeV2(Checker& c, const Node& node, const LazyPointer& p) {
    auto at = [&](std::string_view key) { return p / key; };
    c.closed(at("party"), N_("party"), node.organizationProfile->party, vocabulary::parties());
    if (node.kind != NodeKind::Organization &&
        (!node.organizationProfile->party.empty() || !node.organizationProfile->sector.empty()))
        c.warning(p, tr("party and sector only mean something on organizations"));
    for (std::size_t i = 0; i < node.affiliations.size(); ++i) {
        const Affiliation& a = node.affiliations[i];
        const std::string ap = appendPointer(at("affiliations").str(), i);
        if (node.kind != NodeKind::Role) {
            c.error(ap, fill(tr("only roles have affiliations (\"{}\" is {})"),
                             {node.id, kindWithArticle(node.kind)}));
            break;
        }
        c.reference(appendPointer(ap, "organization"), N_("affiliated organization"), a.organization,
                    NodeKind::Organization);
        if (!a.organization.empty() && a.organization == node.organization) {
            c.error(appendPointer(ap, "organization"),
                    fill(tr("affiliation \"{}\" is the role's main organization already"), {a.organization}));
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (node.affiliations[j].organization == a.organization)
                c.error(appendPointer(ap, "organization"),
                        fill(tr("affiliation \"{}\" is listed twice"), {a.organization}));
        }
        if (a.share && !(std::isfinite(*a.share) && *a.share > 0.0 && *a.share <= 1.0)) {
            c.error(appendPointer(ap, "share"),
                    tr("share must be above 0 and at most 1 (0.2 is a fifth of a post)"));
        }
    }
    checkMonth(c, at("start"), N_("start"), node.learningAction->start);
    checkMonth(c, at("last_activity"), N_("last activity"), node.learningAction->lastActivity);
    checkMonth(c, at("status_since"), N_("status since"), node.learningAction->statusSince);
    if (!node.learningAction->start.empty() && !node.learningAction->lastActivity.empty() &&
        isDate(node.learningAction->start) && isDate(node.learningAction->lastActivity) &&
        node.learningAction->lastActivity < node.learningAction->start) {
        c.error(at("last_activity"), fill(tr("last activity {} is before the start {}"),
                                          {node.learningAction->lastActivity, node.learningAction->start}));
    }
    c.reference(at("spreads"), N_("spread learning action"), node.learningAction->spreads,
                NodeKind::LearningAction);
    if (!node.learningAction->spreads.empty() && node.learningAction->spreads == node.id)
        c.error(at("spreads"), "learning action \"" + node.id + "\" cannot spread itself");
    c.closed(at("participation"), N_("participation"), node.learningAction->participation,
             vocabulary::participation());
    c.closed(at("purpose"), N_("benchmarking purpose"), node.learningAction->purpose,
             vocabulary::benchmarkingPurposes());
    c.closed(at("dialogue"), N_("dialogue"), node.learningAction->dialogue, vocabulary::dialogue());
    const bool actionOnly =
        !node.learningAction->start.empty() || !node.learningAction->lastActivity.empty() ||
        !node.learningAction->statusSince.empty() || !node.learningAction->spreads.empty() ||
        !node.learningAction->participation.empty() || !node.learningAction->purpose.empty() ||
        !node.learningAction->dialogue.empty();
    if (actionOnly && node.kind != NodeKind::LearningAction)
        c.warning(p, tr("dates, spreads, participation, purpose and dialogue only mean something on learning "
                        "actions"));
}

// ---- nodes ------------------------------------------------------------------------------------

void checkNode(Checker& c, const Node& node, const LazyPointer& p) {
    auto at = [&](std::string_view key) { return p / key; };
    c.reference(at("organization"), N_("organization"), node.organization, NodeKind::Organization);
    c.reference(at("site"), N_("site"), node.site, NodeKind::Site);
    c.reference(at("owner"), N_("owner committee"), node.owner, NodeKind::Committee);
    c.reference(at("facilitator"), N_("facilitator"), node.learningAction->facilitator, NodeKind::Role);
    c.reference(at("shared_tool"), N_("shared tool"), node.learningAction->sharedTool, NodeKind::SharedTool);
    if (node.id == node.organization || node.id == node.site || node.id == node.owner) {
        c.error(p, fill(tr("node \"{}\" cannot contain itself"), {node.id}));
    }
    if (node.kind == NodeKind::Role && !node.site.empty() && !node.organization.empty()) {
        const bool affiliated =
            std::any_of(node.affiliations.begin(), node.affiliations.end(), [&](const Affiliation& a) {
                const Node* site = c.node(node.site);
                return site && a.organization == site->organization;
            });
        if (const Node* site = c.node(node.site);
            site && !affiliated && !site->organization.empty() && site->organization != node.organization) {
            c.warning(at("site"),
                      fill(tr("role \"{}\" belongs to \"{}\" but its site \"{}\" belongs to \"{}\""),
                           {node.id, node.organization, node.site, site->organization}));
        }
    }

    if (node.committee->level && (*node.committee->level < 1 || *node.committee->level > 3)) {
        c.error(at("level"), fill(tr("committee level is {}, expected 1 (partnership), 2 (strategic) or 3 "
                                     "(professional/operational)"),
                                  {std::to_string(*node.committee->level)}));
    }
    c.closed(at("mandate"), N_("mandate"), node.committee->mandate, vocabulary::committeeMandates());
    c.closed(at("decision_rule"), N_("decision rule"), node.committee->decisionRule,
             vocabulary::decisionRules());
    c.closed(at("permanence"), N_("permanence"), node.committee->permanence, vocabulary::permanence());
    checkDate(c, at("end_date"), N_("end date"), node.committee->endDate);
    if (node.committee->meetingsPerYear &&
        !(*node.committee->meetingsPerYear >= 0 && *node.committee->meetingsPerYear <= 366)) {
        c.error(at("meetings_per_year"), tr("meetings per year must be between 0 and 366"));
    }
    if (node.leadership)
        checkLeadership(c, at("leadership").str(), *node.leadership);
    checkNodeV2(c, node, p);
    if (node.learningAction->iterations && *node.learningAction->iterations < 0)
        c.error(at("iterations"), tr("iterations cannot be negative"));
    c.closed(at("phase"), N_("learning cycle phase"), node.learningAction->phase,
             vocabulary::learningPhases());
    c.closed(at("status"), N_("status"), node.learningAction->status, vocabulary::learningStatus());
    for (std::size_t i = 0; i < node.learningAction->contradictions.size(); ++i) {
        c.closed(appendPointer(appendPointer(at("contradictions").str(), i), "level"),
                 N_("contradiction level"), node.learningAction->contradictions[i].level,
                 vocabulary::contradictionLevels());
    }
    c.phases(at("phases"), node.phases);
}

// ---- ties -------------------------------------------------------------------------------------

void checkTie(Checker& c, const Tie& tie, const LazyPointer& p) {
    auto at = [&](std::string_view key) { return p / key; };
    const Node* source = c.node(tie.source);
    const Node* target = c.node(tie.target);
    if (!tie.source.empty() && !source)
        c.error(at("source"), fill(tr("tie \"{}\": source \"{}\" does not exist"), {tie.id, tie.source}));
    if (!tie.target.empty() && !target)
        c.error(at("target"), fill(tr("tie \"{}\": target \"{}\" does not exist"), {tie.id, tie.target}));
    if (source && target) {
        if (std::string why = tieEndpointProblem(tie.kind, source->kind, target->kind); !why.empty()) {
            c.error(at("kind"), fill(tr("tie \"{}\" cannot join {} \"{}\" to {} \"{}\": {}"),
                                     {tie.id, kindWord(source->kind), source->id, kindWord(target->kind),
                                      target->id, why}));
        }
    }
    if (!tie.source.empty() && tie.source == tie.target) {
        c.warning(p, fill(tr("tie \"{}\" joins \"{}\" to itself; measures ignore it"), {tie.id, tie.source}));
    }
    if (tie.weight && !(std::isfinite(*tie.weight) && *tie.weight > 0)) {
        c.error(at("weight"), tr("weight must be a positive number"));
    }
    c.closed(at("seat"), N_("seat"), tie.details->seat, vocabulary::seats());
    if (tie.kind != TieKind::MemberOf && (!tie.details->seat.empty() || !tie.details->represents.empty())) {
        c.warning(p, tr("seat and represents only mean something on member_of ties"));
    }
    for (std::size_t i = 0; i < tie.details->represents.size(); ++i) {
        c.reference(appendPointer(at("represents").str(), i), N_("represented organization"),
                    tie.details->represents[i], NodeKind::Organization);
    }
    for (const auto& [dimension, score] : tie.details->rc) {
        const std::string rp = appendPointer(at("rc").str(), dimension);
        c.closed(rp, N_("relational coordination dimension"), dimension, vocabulary::rcDimensions());
        if (!(score >= 1.0 && score <= 5.0)) {
            c.error(rp, fill(tr("RC score of \"{}\" must be between 1 and 5"), {dimension}));
        }
    }
    if (!tie.details->rcWave.empty()) {
        const auto& waves = c.model().annotations.rcWaves;
        const bool known = std::any_of(waves.begin(), waves.end(),
                                       [&](const RcWave& w) { return w.id == tie.details->rcWave; });
        if (!known) {
            c.error(at("rc_wave"),
                    fill(tr("survey wave \"{}\" is not defined in \"rc_waves\""), {tie.details->rcWave}));
        } else if (tie.details->rc.empty()) {
            c.warning(at("rc_wave"), "tie \"" + tie.id + "\" names a survey wave but has no RC scores");
        }
    }
    c.phases(at("phases"), tie.phases);
}

// ---- annotations ------------------------------------------------------------------------------

void checkAnnotations(Checker& c, const Annotations& a) {
    c.context("/context", a.context);
    c.closed("/setting", N_("setting"), a.setting, vocabulary::settings());
    checkMonth(c, "/meta/as_of", N_("as_of"), a.meta.asOf);
    for (std::size_t i = 0; i < a.meta.recorded.size(); ++i) {
        c.closed(appendPointer("/meta/recorded", i), N_("recorded element"), a.meta.recorded[i],
                 vocabulary::recordedElements());
    }
    for (std::size_t i = 0; i < a.meta.expectedVoices.size(); ++i) {
        if (a.meta.expectedVoices[i].empty())
            c.error(appendPointer("/meta/expected_voices", i),
                    tr("an expected voice is an organization type, not empty"));
    }
    std::set<std::string, std::less<>> waveIds;
    for (std::size_t i = 0; i < a.rcWaves.size(); ++i) {
        const RcWave& wave = a.rcWaves[i];
        const std::string p = appendPointer("/rc_waves", i);
        if (!waveIds.insert(wave.id).second)
            c.error(appendPointer(p, "id"), fill(tr("duplicate survey wave id \"{}\""), {wave.id}));
        checkMonth(c, appendPointer(p, "date"), "wave date", wave.date);
        if (!wave.phase.empty() && !c.model().findPhase(wave.phase))
            c.error(appendPointer(p, "phase"),
                    fill(tr("phase \"{}\" is not defined in \"phases\""), {wave.phase}));
    }
    c.closed("/governance", N_("governance form"), a.governance, vocabulary::governanceForms());
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < a.phases.size(); ++i) {
        const Phase& phase = a.phases[i];
        const std::string p = appendPointer("/phases", i);
        if (!ids.insert(phase.id).second)
            c.error(appendPointer(p, "id"), "duplicate phase id \"" + phase.id + "\"");
        checkDate(c, appendPointer(p, "start"), "start", phase.start);
        checkDate(c, appendPointer(p, "end"), "end", phase.end);
        if (isDate(phase.start) && isDate(phase.end) && phase.end < phase.start) {
            c.error(appendPointer(p, "end"), "phase \"" + phase.id + "\" ends before it starts");
        }
        c.closed(appendPointer(p, "bureaucracy_mode"), N_("bureaucracy mode"), phase.bureaucracyMode,
                 vocabulary::bureaucracyModes());
        if (phase.context)
            c.context(appendPointer(p, "context"), *phase.context);
        for (const auto& [role, leadership] : phase.leadership) {
            const std::string lp = appendPointer(appendPointer(p, "leadership"), role);
            c.reference(lp, N_("role"), role, NodeKind::Role);
            checkLeadership(c, lp, leadership);
        }
    }
    ids.clear();
    for (std::size_t i = 0; i < a.views.size(); ++i) {
        const View& view = a.views[i];
        const std::string p = appendPointer("/views", i);
        if (!ids.insert(view.id).second)
            c.error(appendPointer(p, "id"), "duplicate view id \"" + view.id + "\"");
        if (!view.phase.empty())
            c.phases(p, {view.phase});
        ViewFilter::check(view.filter, appendPointer(p, "filter"), c.diagnostics());
        for (std::size_t h = 0; h < view.highlighted.size(); ++h) {
            if (!c.node(view.highlighted[h])) {
                c.warning(appendPointer(appendPointer(p, "highlighted"), h),
                          fill(tr("highlighted node \"{}\" does not exist"), {view.highlighted[h]}));
            }
        }
    }
}

// ---- layout -----------------------------------------------------------------------------------

void checkLayout(Checker& c, const Layout& layout) {
    for (const auto& [id, point] : layout.positions) {
        if (!std::isfinite(point.x) || !std::isfinite(point.y)) {
            c.error(appendPointer("/layout/positions", id),
                    fill(tr("position of \"{}\" is not a finite number"), {id}));
        }
    }
    for (std::size_t i = 0; i < layout.pinned.size(); ++i) {
        if (!c.node(layout.pinned[i])) {
            c.warning(appendPointer("/layout/pinned", i),
                      fill(tr("pinned node \"{}\" does not exist"), {layout.pinned[i]}));
        }
    }
}

// ---- ties on two threads ----------------------------------------------------------------------

/// Ties with problems, in order, and where their diagnostics end: `diagnostics` of ties[k].first
/// end at ties[k].second.
struct TieProblems {
    Diagnostics diagnostics;
    std::vector<std::pair<std::uint32_t, std::size_t>> ties;
};

/// The problems of every tie of one kind: its id (empty or a duplicate) when `ids`, else checkTie's.
TieProblems tieProblems(const Model& model, const NodeIndex& index, bool ids) {
    Checker c(model, index);
    TieProblems out;
    IdTable seen(ids ? model.ties.size() : 0);
    const auto tieId = [&model](std::uint32_t i) -> std::string_view { return model.ties[i].id; };
    for (std::size_t i = 0; i < model.ties.size(); ++i) {
        const Tie& tie = model.ties[i];
        const LazyPointer p("/ties", i);
        if (!ids) {
            checkTie(c, tie, p);
        } else if (tie.id.empty()) {
            c.error(p, tr("tie has an empty id"));
        } else if (seen.insert(tie.id, static_cast<std::uint32_t>(i), tieId) != IdTable::kNone) {
            c.error(p / "id", fill(tr("duplicate tie id \"{}\""), {tie.id}));
        }
        const std::size_t end = c.diagnostics().size();
        if (end > (out.ties.empty() ? 0 : out.ties.back().second))
            out.ties.emplace_back(static_cast<std::uint32_t>(i), end);
    }
    out.diagnostics = c.take();
    return out;
}

/// Below this many ties the checks of ties run on the calling thread (a thread costs more).
constexpr std::size_t kParallelTies = 4096;

/// checkTie of every tie: started by validate() before anything else, on a second thread for a
/// large model (while the calling thread checks nodes and tie ids), merged by mergeTieProblems.
std::future<TieProblems> startTieChecks(const Checker& c) {
    const Model& model = c.model();
    const bool parallel = model.ties.size() >= kParallelTies && std::thread::hardware_concurrency() > 1;
    auto task = [&model, index = c.index()] { return tieProblems(model, index, false); };
    if (parallel) {
        try {
            return std::async(std::launch::async, task);
        } catch (const std::system_error&) {  // no thread to be had: check them later, here
        }
    }
    return std::async(std::launch::deferred, task);
}

/// Every tie's id problems, then its other problems, tie by tie, after the diagnostics so far.
void mergeTieProblems(Checker& c, TieProblems ids, TieProblems rest) {
    Diagnostics& out = c.diagnostics();
    out.reserve(out.size() + ids.diagnostics.size() + rest.diagnostics.size());
    std::size_t a = 0;
    std::size_t b = 0;
    std::size_t fromA = 0;
    std::size_t fromB = 0;
    while (a < ids.ties.size() || b < rest.ties.size()) {
        const std::uint32_t tie = std::min(a < ids.ties.size() ? ids.ties[a].first : IdTable::kNone,
                                           b < rest.ties.size() ? rest.ties[b].first : IdTable::kNone);
        if (a < ids.ties.size() && ids.ties[a].first == tie) {
            for (; fromA < ids.ties[a].second; ++fromA)
                out.push_back(std::move(ids.diagnostics[fromA]));
            ++a;
        }
        if (b < rest.ties.size() && rest.ties[b].first == tie) {
            for (; fromB < rest.ties[b].second; ++fromB)
                out.push_back(std::move(rest.diagnostics[fromB]));
            ++b;
        }
    }
}

}  // namespace

Diagnostics validate(const Model& model) {
    Checker c(model);
    std::future<TieProblems> tieChecks = startTieChecks(c);
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& node = model.nodes[i];
        const LazyPointer p("/nodes", i);
        if (node.id.empty()) {
            c.error(p, tr("node has an empty id"));
        } else if (c.nodeIndex(node.id) != i) {  // the index keeps the first node of each id
            c.error(p / "id", fill(tr("duplicate node id \"{}\""), {node.id}));
        }
        checkNode(c, node, p);
    }
    TieProblems ids = tieProblems(model, c.index(), true);
    mergeTieProblems(c, std::move(ids), tieChecks.get());
    // A learning action nobody takes part in is probably unfinished data entry.
    std::vector<bool> withParticipants(model.nodes.size(), false);  // by the first node of an id
    for (const Tie& tie : model.ties) {
        if (tie.kind == TieKind::ParticipatesIn) {
            if (const auto target = c.nodeIndex(tie.target))
                withParticipants[*target] = true;
        }
    }
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& node = model.nodes[i];
        if (node.kind == NodeKind::LearningAction && !withParticipants[*c.nodeIndex(node.id)]) {
            c.warning(
                appendPointer("/nodes", i),
                fill(tr("learning action \"{}\" has no participants (no participates_in ties)"), {node.id}));
        }
    }
    for (Diagnostic& d : findContainmentCycles(model))
        c.diagnostics().push_back(std::move(d));
    checkAnnotations(c, model.annotations);
    checkLayout(c, model.layout);
    return c.take();
}

}  // namespace orgweave::core
