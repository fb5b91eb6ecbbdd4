// Sections: the survey · applying to the model · entry points
//
// Reading the CSV, resolving names and summing responses per pair is SurveyResponses (shared with
// the trust and value import); this file says what an RC survey is and how its scores go on ties.
#include "orgweave/core/RelationalCoordinationImport.hpp"

#include "SurveyResponses.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/ReadGuard.hpp"
#include "orgweave/core/Translate.hpp"

#include <charconv>
#include <map>
#include <set>
#include <system_error>
#include <utility>

namespace orgweave::core {

namespace {

constexpr std::size_t kDimensions = kRcDimensions.size();

// ---- the survey -------------------------------------------------------------------------------

const survey::SurveySpec& rcSurvey() {
    static const survey::SurveySpec spec = [] {
        survey::SurveySpec s;
        s.respondent = {{"respondent_role", "respondent", "rater_role", "rater", "from_role", "from"}};
        s.rated = {{"rated_role", "rated", "target_role", "to_role", "to"}};
        static const std::array<std::string, kDimensions> communication = [] {
            std::array<std::string, kDimensions> names;
            for (std::size_t d = 0; d < kDimensions; ++d)
                names[d] = std::string(kRcDimensions[d]) + "_communication";
            return names;
        }();
        for (std::size_t d = 0; d < kDimensions; ++d)
            s.dimensions.push_back({{kRcDimensions[d], communication[d]}});
        s.text = survey::ColumnSpec{{"focal_process", "focal_work_process", "process"}};
        s.scaleMin = 1.0;
        s.scaleMax = 5.0;
        s.accepts = [](NodeKind kind) { return kind == NodeKind::Role; };
        s.createdKind = NodeKind::Role;
        s.createdIdFallback = "role";
        s.words = {
            N_("the survey is empty: expected a header row (respondent_role, rated_role, frequent, timely, "
               "accurate, problem_solving, shared_goals, shared_knowledge, mutual_respect) and one row per "
               "response"),
            survey::NP_(
                "missing column {} in the header (found {}); a survey needs respondent_role, rated_role and "
                "the "
                "seven RC dimensions (a dimension nobody was asked about may be an empty column)",
                "missing columns {} in the header (found {}); a survey needs respondent_role, rated_role and "
                "the seven RC dimensions (a dimension nobody was asked about may be an empty column)"),
            N_("the role is empty: every response names the respondent's role and the rated role"),
            N_("\"{}\" is {}, not a role; RC ties join roles"),
            N_("\"{}\" is the label of several roles ({}); write the role's id instead"),
            N_("unknown role \"{}\": no role in the document has this id or label"),
            N_("; correct the name or give --create-roles to add it"),
            N_("no ratings between two different roles to import"),
            survey::NP_(
                "{} within-role rating (a role rating itself) skipped: RC ties join two different roles",
                "{} within-role ratings (a role rating itself) skipped: RC ties join two different "
                "roles"),
            N_("added role \"{}\" ({})"),
        };
        return s;
    }();
    return spec;
}

// ---- applying to the model --------------------------------------------------------------------

std::string formatScore(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

std::string uniqueTieId(const std::set<std::string, std::less<>>& taken, const std::string& base) {
    std::string id = base;
    for (int n = 2; taken.count(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

void writeScores(Tie& tie, const survey::PairResponses& pair, const std::string& surveyName) {
    std::map<std::string, double>& rc = tie.details.edit().rc;
    rc.clear();
    nlohmann::json counts = nlohmann::json::object();
    for (std::size_t d = 0; d < kDimensions; ++d) {
        if (const std::optional<double> mean = pair.mean(d)) {
            rc[std::string(kRcDimensions[d])] = *mean;
            counts[std::string(kRcDimensions[d])] = pair.counts[d];
        }
    }
    if (!tie.attrs.is_object())
        tie.attrs = nlohmann::json::object();
    tie.attrs["rc_index"] = pair.meanOf(0, kDimensions).value_or(0.0);
    tie.attrs["rc_respondents"] = pair.respondents;
    tie.attrs["rc_counts"] = counts;
    tie.attrs["rc_survey"] = surveyName;
    if (pair.texts.empty()) {
        tie.attrs.erase("rc_focal_process");
    } else {
        std::string joined;
        for (const std::string& f : pair.texts)
            joined += (joined.empty() ? "" : "; ") + f;
        tie.attrs["rc_focal_process"] = joined;
    }
}

double indexOf(const Tie& tie) {
    double sum = 0.0;
    for (const auto& [dimension, score] : tie.details->rc)
        sum += score;
    return tie.details->rc.empty() ? 0.0 : sum / static_cast<double>(tie.details->rc.size());
}

RcImportResult importUnguarded(Model& model, std::string_view text, const std::string& fileName,
                               const RcImportOptions& options) {
    RcImportResult result;
    Diagnostics& problems = result.diagnostics;
    std::optional<survey::SurveyResponses> read = survey::readSurveyResponses(
        model, text, fileName, rcSurvey(), options.createRoles, problems, result.notes);
    if (!read)
        return result;
    if (read->distinctTexts > 1)
        problems.push_back(
            Diagnostic{Severity::Warning,
                       fileName,
                       0,
                       0,
                       {},
                       fill(tr("the survey names {} focal processes; their scores are averaged together per "
                               "pair of roles (import one file per process to keep them apart)"),
                            {std::to_string(read->distinctTexts)})});

    // Apply to a copy, so that the model is untouched on failure.
    Model updated = model;
    if (!survey::applyWave(updated, {options.wave, options.waveDate, options.wavePhase, options.waveLabel},
                           fileName, problems, result.notes))
        return result;
    result.responses = read->responses;
    result.rolesCreated = read->newNodes.size();
    for (Node& role : read->newNodes)
        updated.nodes.push_back(std::move(role));
    const std::string surveyName = std::filesystem::path(fileName).filename().string();
    std::set<std::string, std::less<>> tieIds;
    for (const Tie& tie : updated.ties)
        tieIds.insert(tie.id);
    for (const survey::PairResponses& pair : read->pairs) {
        Tie* existing = nullptr;
        std::string undirected;  // an id, not a pointer: the ties grow below
        for (Tie& tie : updated.ties) {
            if (tie.kind != TieKind::Collaborates)
                continue;
            if (tie.isDirected() && tie.source == pair.respondent && tie.target == pair.rated &&
                tie.details->rcWave == options.wave) {
                existing = &tie;
                break;
            }
            if (!tie.isDirected() && undirected.empty() &&
                ((tie.source == pair.respondent && tie.target == pair.rated) ||
                 (tie.source == pair.rated && tie.target == pair.respondent)))
                undirected = tie.id;
        }
        if (existing) {
            const bool hadScores = !existing->details->rc.empty();
            const double before = indexOf(*existing);
            writeScores(*existing, pair, surveyName);
            ++result.tiesUpdated;
            result.notes.push_back(survey::noteAt(
                fileName, pair.firstLine,
                hadScores ? fill(tr("tie \"{}\" ({} rates {}): RC scores replaced (index {} → {})"),
                                 {existing->id, pair.respondent, pair.rated, formatScore(before),
                                  formatScore(indexOf(*existing))})
                          : fill(tr("tie \"{}\" ({} rates {}): RC scores replaced"),
                                 {existing->id, pair.respondent, pair.rated})));
            continue;
        }
        Tie& tie = updated.ties.emplace_back();
        tie.id = uniqueTieId(tieIds, "rc-" + pair.respondent + "-" + pair.rated);
        tieIds.insert(tie.id);
        tie.details.edit().rcWave = options.wave;
        tie.kind = TieKind::Collaborates;
        tie.source = pair.respondent;
        tie.target = pair.rated;
        tie.directed = true;
        writeScores(tie, pair, surveyName);
        if (!undirected.empty()) {
            result.notes.push_back(
                survey::noteAt(fileName, pair.firstLine,
                               fill(tr("the undirected tie \"{}\" between {} and {} is kept; the ratings "
                                       "go on a new directed tie \"{}\""),
                                    {undirected, pair.respondent, pair.rated, tie.id})));
        }
        ++result.tiesCreated;
    }
    model = std::move(updated);
    return result;
}

}  // namespace

// ---- entry points -----------------------------------------------------------------------------

RcImportResult importRelationalCoordination(Model& model, std::string_view text, const std::string& fileName,
                                            const RcImportOptions& options) {
    return readGuarded<RcImportResult>(fileName,
                                       [&] { return importUnguarded(model, text, fileName, options); });
}

RcImportResult importRelationalCoordinationFile(Model& model, const std::filesystem::path& path,
                                                const RcImportOptions& options) {
    RcImportResult result;
    const auto text = readInputFile(path, N_("a relational coordination survey (CSV)"), result.diagnostics);
    if (!text)
        return result;
    return importRelationalCoordination(model, *text, path.string(), options);
}

}  // namespace orgweave::core
