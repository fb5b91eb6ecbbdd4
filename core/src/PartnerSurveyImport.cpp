// Sections: the survey · applying to the model · entry points
//
// Reading the CSV, resolving names and summing responses per pair is SurveyResponses (shared with
// the relational coordination import); this file says what a trust and value survey is and how its
// scores go on ties.
#include "orgweave/core/PartnerSurveyImport.hpp"

#include "SurveyResponses.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/ReadGuard.hpp"
#include "orgweave/core/Translate.hpp"

#include <set>
#include <utility>

namespace orgweave::core {

namespace {

constexpr std::size_t kDimensions = kPartnerDimensions.size();

// ---- the survey -------------------------------------------------------------------------------

bool isActor(NodeKind kind) {
    return kind == NodeKind::Organization || kind == NodeKind::Role || kind == NodeKind::Site ||
           kind == NodeKind::Committee;
}

const survey::SurveySpec& partnerSurvey() {
    static const survey::SurveySpec spec = [] {
        survey::SurveySpec s;
        s.respondent = {{"respondent", "respondent_organization", "rater", "from"}};
        s.rated = {{"partner", "partner_organization", "rated", "to"}};
        s.dimensions = {{{"reliability", "reliable"}},
                        {{"mission", "support_of_mission", "shared_mission", "mission_support"}},
                        {{"openness", "openness_to_discussion", "open_to_discussion"}},
                        {{"power", "power_and_influence", "influence"}},
                        {{"involvement", "level_of_involvement"}},
                        {{"resources", "resources_contributed", "resource_contribution"}}};
        s.scaleMin = kPartnerScaleMin;
        s.scaleMax = kPartnerScaleMax;
        s.accepts = isActor;
        s.createdKind = NodeKind::Organization;
        s.createdIdFallback = "organization";
        s.words = {
            N_("the survey is empty: expected a header row (respondent, partner, reliability, mission, "
               "openness, power, involvement, resources) and one row per response"),
            survey::NP_(
                "missing column {} in the header (found {}); a trust and value survey needs respondent, "
                "partner, reliability, mission, openness, power, involvement and resources (a dimension "
                "nobody was asked about may be an empty column)",
                "missing columns {} in the header (found {}); a trust and value survey needs "
                "respondent, partner, reliability, mission, openness, power, involvement and resources "
                "(a dimension nobody was asked about may be an empty column)"),
            N_("the name is empty: every response names the respondent and the partner"),
            N_("\"{}\" is {}, not an organization, role, site or committee"),
            N_("\"{}\" is the label of several nodes ({}); write the id instead"),
            N_("unknown name \"{}\": no organization, role, site or committee has this id or label"),
            N_("; correct the name or give --create-organizations to add it"),
            N_("no ratings between two different partners to import"),
            survey::NP_("{} self-rating skipped: a tie joins two different partners",
                        "{} self-ratings skipped: a tie joins two different partners"),
            N_("added organization \"{}\" ({})"),
        };
        return s;
    }();
    return spec;
}

// ---- applying to the model --------------------------------------------------------------------

std::string attrName(std::size_t dimension) {
    return "partner_" + std::string(kPartnerDimensions[dimension]);
}

void writeScores(Tie& tie, const survey::PairResponses& pair, const std::string& surveyName,
                 const std::string& wave) {
    if (!tie.attrs.is_object())
        tie.attrs = nlohmann::json::object();
    const auto put = [&](const std::string& name, std::optional<double> value) {
        if (value)
            tie.attrs[name] = *value;
        else
            tie.attrs.erase(name);
    };
    for (std::size_t d = 0; d < kDimensions; ++d)
        put(attrName(d), pair.mean(d));
    put(std::string(kPartnerTrustAttr), pair.meanOf(0, kPartnerTrustDimensions));
    put(std::string(kPartnerValueAttr), pair.meanOf(kPartnerTrustDimensions, kDimensions));
    tie.attrs["partner_respondents"] = pair.respondents;
    tie.attrs[std::string(kPartnerSurveyAttr)] = surveyName;
    if (wave.empty())
        tie.attrs.erase(std::string(kPartnerWaveAttr));
    else
        tie.attrs[std::string(kPartnerWaveAttr)] = wave;
}

PartnerImportResult importUnguarded(Model& model, std::string_view text, const std::string& fileName,
                                    const PartnerImportOptions& options) {
    PartnerImportResult result;
    std::optional<survey::SurveyResponses> read =
        survey::readSurveyResponses(model, text, fileName, partnerSurvey(), options.createOrganizations,
                                    result.diagnostics, result.notes);
    if (!read)
        return result;

    // Apply to a copy, so that the model is untouched on failure.
    Model updated = model;
    if (!survey::applyWave(updated, {options.wave, options.waveDate, options.wavePhase, options.waveLabel},
                           fileName, result.diagnostics, result.notes))
        return result;
    result.responses = read->responses;
    result.organizationsCreated = read->newNodes.size();
    for (Node& node : read->newNodes)
        updated.nodes.push_back(std::move(node));
    const std::string surveyName = std::filesystem::path(fileName).filename().string();
    std::set<std::string, std::less<>> tieIds;
    for (const Tie& tie : updated.ties)
        tieIds.insert(tie.id);
    for (const survey::PairResponses& pair : read->pairs) {
        // The directed tie that holds this wave's scores, else the first directed one without any
        // trust and value scores (scores of another wave are never overwritten).
        Tie* scored = nullptr;
        Tie* unscored = nullptr;
        for (Tie& tie : updated.ties) {
            if (tie.kind != TieKind::Collaborates || !tie.isDirected() || tie.source != pair.respondent ||
                tie.target != pair.rated)
                continue;
            if (!hasPartnerScores(tie)) {
                if (unscored == nullptr)
                    unscored = &tie;
            } else if (partnerWaveOf(tie) == options.wave) {
                scored = &tie;
                break;
            }
        }
        if (Tie* existing = scored != nullptr ? scored : unscored) {
            writeScores(*existing, pair, surveyName, options.wave);
            ++result.tiesUpdated;
            result.notes.push_back(survey::noteAt(
                fileName, pair.firstLine,
                fill(scored != nullptr ? tr("tie \"{}\" ({} rates {}): trust and value scores replaced")
                                       : tr("tie \"{}\" ({} rates {}): trust and value scores added"),
                     {existing->id, pair.respondent, pair.rated})));
            continue;
        }
        Tie& tie = updated.ties.emplace_back();
        const std::string base = "partner-" + pair.respondent + "-" + pair.rated;
        tie.id = base;
        for (int n = 2; tieIds.count(tie.id); ++n)
            tie.id = base + "-" + std::to_string(n);
        tieIds.insert(tie.id);
        tie.kind = TieKind::Collaborates;
        tie.source = pair.respondent;
        tie.target = pair.rated;
        tie.directed = true;
        writeScores(tie, pair, surveyName, options.wave);
        ++result.tiesCreated;
    }
    model = std::move(updated);
    return result;
}

}  // namespace

// ---- entry points -----------------------------------------------------------------------------

bool hasPartnerScores(const Tie& tie) {
    return tie.attrs.is_object() && tie.attrs.contains(std::string(kPartnerSurveyAttr));
}

std::string partnerWaveOf(const Tie& tie) {
    if (!tie.attrs.is_object())
        return {};
    const auto it = tie.attrs.find(std::string(kPartnerWaveAttr));
    return it != tie.attrs.end() && it->is_string() ? it->get<std::string>() : std::string();
}

PartnerImportResult importPartnerSurvey(Model& model, std::string_view text, const std::string& fileName,
                                        const PartnerImportOptions& options) {
    return readGuarded<PartnerImportResult>(fileName,
                                            [&] { return importUnguarded(model, text, fileName, options); });
}

PartnerImportResult importPartnerSurveyFile(Model& model, const std::filesystem::path& path,
                                            const PartnerImportOptions& options) {
    PartnerImportResult result;
    const auto text = readInputFile(path, N_("a trust and value survey (CSV)"), result.diagnostics);
    if (!text)
        return result;
    return importPartnerSurvey(model, *text, path.string(), options);
}

}  // namespace orgweave::core
