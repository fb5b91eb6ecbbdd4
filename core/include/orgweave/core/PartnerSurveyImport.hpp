#pragma once
// Import of a trust and value survey in the style of PARTNER (issue 18): each respondent rates each
// partner on six dimensions, 1 (not at all) to 4 (very), three of trust and three of value:
//   trust: reliability, mission (support of the shared mission), openness (to discussion);
//   value: power (power and influence), involvement (level of involvement), resources (contributed).
// The tool imports scores; it does not ship a questionnaire.
//
// Input: a CSV with one row per response: who answers (respondent), about whom (partner), and the
// six dimensions, each 1–4 or blank (not answered); other columns are ignored. Header names match
// case-insensitively with spaces, hyphens and underscores equivalent; accepted names:
//   respondent | respondent_organization | rater | from;   partner | partner_organization | rated | to;
//   reliability | reliable;  mission | support_of_mission | shared_mission | mission_support;
//   openness | openness_to_discussion | open_to_discussion;  power | power_and_influence | influence;
//   involvement | level_of_involvement;  resources | resources_contributed | resource_contribution.
// UTF-8 with or without BOM, ',' or ';' separated (with ';' a decimal comma is accepted), RFC 4180
// quotes, blank and '#' lines ignored. A respondent or partner is an organization, role, site or
// committee, matched by id, else by label (ASCII case-insensitive).
//
// Output, stored on ties (the document format notes, README): one DIRECTED `collaborates` tie per
// ordered pair (respondent → partner) and survey wave with the tie attributes
//   partner_reliability, partner_mission, partner_openness, partner_power, partner_involvement,
//   partner_resources  the mean of each dimension answered at least once (1–4);
//   partner_trust      the mean of the trust dimension means present (absent when none);
//   partner_value      the mean of the value dimension means present (absent when none);
//   partner_respondents  rows with at least one score;  partner_survey  the file name;
//   partner_wave       the survey wave, when the import names one.
// The directed collaborates tie of the same ordered pair that holds this wave's scores gets them
// replaced, else one without trust and value scores gets them added (its other fields, relational
// coordination included, are kept; reported as a note); otherwise a tie
// "partner-<respondent>-<partner>" is added. Self-ratings are skipped with a note.
//
// Survey waves (DOMAIN.md §2.7), as for relational coordination: with `wave`, the scores belong to
// that wave of the document's survey waves (`rc_waves`, added with `waveDate` and/or `wavePhase`
// when new) and only ties of the same wave are replaced, so an earlier round stays as it was (never
// averaged). Without `wave`, a document that has waves is refused; a new wave is refused while some
// scores (of either survey) have no wave.
//
// Errors (each with file:line:col): empty file, missing or repeated column, a row with the wrong
// number of fields, a value that is not a number or outside 1–4, an unknown name (unless
// createOrganizations: then an organization is added with the name as label), a name that is a
// learning action or shared tool, or matches several nodes, a wave that cannot be used. On any
// error the model is unchanged. Reading is shared with the RC import (core/src/SurveyResponses).
// Cost: O(file size + pairs · ties).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// The six dimensions in file order, as the suffix of their tie attribute ("partner_" + name).
inline constexpr std::array<std::string_view, 6> kPartnerDimensions{
    "reliability", "mission", "openness", "power", "involvement", "resources"};
/// The first three are trust, the last three value.
inline constexpr std::size_t kPartnerTrustDimensions = 3;
/// Tie attributes written by the import.
inline constexpr std::string_view kPartnerTrustAttr = "partner_trust";
inline constexpr std::string_view kPartnerValueAttr = "partner_value";
/// Tie attributes that say where a tie's trust and value scores come from: the survey file and
/// the survey wave (absent: scores without a wave).
inline constexpr std::string_view kPartnerSurveyAttr = "partner_survey";
inline constexpr std::string_view kPartnerWaveAttr = "partner_wave";
/// The scale of every PARTNER score.
inline constexpr double kPartnerScaleMin = 1.0;
inline constexpr double kPartnerScaleMax = 4.0;

struct PartnerImportOptions {
    /// Add organizations named in the survey but absent from the document instead of failing.
    bool createOrganizations = false;
    std::string wave;       ///< survey wave id; empty: scores without a wave
    std::string waveDate;   ///< "YYYY-MM" of a new wave
    std::string wavePhase;  ///< phase id of a new wave
    std::string waveLabel;  ///< label of a new wave
};

struct PartnerImportResult {
    Diagnostics diagnostics;         ///< errors and warnings with file, line and column
    std::vector<std::string> notes;  ///< information: replaced scores, created organizations, skipped rows
    std::size_t responses = 0;       ///< data rows with at least one score
    std::size_t tiesCreated = 0;
    std::size_t tiesUpdated = 0;
    std::size_t organizationsCreated = 0;
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Whether `tie` holds trust and value scores (it has the kPartnerSurveyAttr attribute). O(log attrs).
bool hasPartnerScores(const Tie& tie);
/// The survey wave of `tie`'s trust and value scores (kPartnerWaveAttr), or "" without one.
std::string partnerWaveOf(const Tie& tie);

/// Aggregates the survey text into `model` (unchanged when the result has errors). `fileName` is
/// used in messages and stored in the ties' `partner_survey` attribute (its file name part).
PartnerImportResult importPartnerSurvey(Model& model, std::string_view text, const std::string& fileName,
                                        const PartnerImportOptions& options = {});

/// Reads the file and imports it; an unreadable file is an error diagnostic, never an exception.
PartnerImportResult importPartnerSurveyFile(Model& model, const std::filesystem::path& path,
                                            const PartnerImportOptions& options = {});

}  // namespace orgweave::core
