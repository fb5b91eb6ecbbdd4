#pragma once
// Import of relational coordination survey responses (DOMAIN.md §2.5) into a document.
//
// Input: a CSV with one row per response: who answers (respondent role), about whom (rated role),
// and the seven dimensions frequent, timely, accurate, problem_solving, shared_goals,
// shared_knowledge, mutual_respect, each 1–5 or blank (not answered); an optional focal_process
// column; other columns are ignored. Header names match case-insensitively with spaces, hyphens
// and underscores equivalent ("Problem solving", "problem-solving"); the role columns may also be
// called respondent/rater/from and rated/to, a dimension may carry a "_communication" suffix.
// UTF-8 with or without BOM, ',' or ';' separated (chosen on the header; with ';' a decimal comma
// is accepted), RFC 4180 quotes, blank and '#' lines ignored. Roles are matched by id, else by
// label (ASCII case-insensitive).
//
// Output: one DIRECTED `collaborates` tie per ordered pair of roles (respondent → rated) whose
// `rc` holds the mean of each dimension answered at least once, and attrs `rc_index` (mean of the
// dimension means present), `rc_respondents` (rows with at least one score), `rc_counts` (answers
// per dimension), `rc_focal_process` (when given) and `rc_survey` (the file name). A directed
// collaborates tie that already joins the same ordered pair gets its rc and those attrs replaced
// (reported as a note); otherwise a tie "rc-<rater>-<rated>" is added. Within-role ratings are not
// ties and are skipped with a note.
//
// Survey waves (DOMAIN.md §2.7): with `wave`, the scores belong to that wave (tie `rc_wave`); the
// wave is added to the document's `rc_waves` with `waveDate` (YYYY-MM) and/or `wavePhase` when new,
// and only ties of the same wave are replaced, so earlier waves stay as they were (never averaged).
// A new wave's ties get fresh ids when "rc-<rater>-<rated>" is taken. Without `wave`, a document
// that already has waves is refused (say which wave the scores belong to).
//
// Errors (each with file:line:col): empty file, missing or repeated column, a row with the wrong
// number of fields, a value that is not a number or outside 1–5, an unknown role (unless
// createRoles: then a role is added with the name as label), a name that is not a role or matches
// several roles. On any error the model is left unchanged. Cost: O(file size + ties · log).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

struct RcImportOptions {
    /// Add roles named in the survey but absent from the document instead of failing.
    bool createRoles = false;
    std::string wave;       ///< survey wave id; empty: scores without a wave
    std::string waveDate;   ///< "YYYY-MM" of a new wave
    std::string wavePhase;  ///< phase id of a new wave
    std::string waveLabel;  ///< label of a new wave
};

struct RcImportResult {
    Diagnostics diagnostics;         ///< errors and warnings with file, line and column
    std::vector<std::string> notes;  ///< information: replaced ties, created roles, skipped rows
    std::size_t responses = 0;       ///< data rows with at least one score
    std::size_t tiesCreated = 0;
    std::size_t tiesUpdated = 0;
    std::size_t rolesCreated = 0;
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Aggregates the survey text into `model` (unchanged when the result has errors). `fileName`
/// is used in messages and stored in the ties' `rc_survey` attribute (its file name part).
RcImportResult importRelationalCoordination(Model& model, std::string_view text, const std::string& fileName,
                                            const RcImportOptions& options = {});

/// Reads the file and imports it; an unreadable file is an error diagnostic, never an exception.
RcImportResult importRelationalCoordinationFile(Model& model, const std::filesystem::path& path,
                                                const RcImportOptions& options = {});

}  // namespace orgweave::core
