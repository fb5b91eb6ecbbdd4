#pragma once
// The one reader of "who rates whom" survey CSVs (private to orgweave_core): the relational
// coordination import and the trust and value (PARTNER) import differ only in their columns, their
// scale, which nodes may answer and be rated, and their words; both are a SurveySpec here.
//
// Reading: UTF-8 with or without BOM, ',' or ';' separated (with ';' a decimal comma is accepted),
// RFC 4180 quotes, blank and '#' lines ignored (CsvScanner). Header names match case-insensitively
// with spaces, hyphens and underscores equivalent. A respondent or rated name is a node of an
// accepted kind, matched by id, else by label (ASCII case-insensitive); unknown names are one error
// each (at their first use, with how many more rows use them) unless the caller creates nodes for
// them. Responses of one ordered pair are summed per dimension; a response without any score is a
// warning, a self-rating is counted and skipped. Stops after 50 errors. Cost: O(file size · log).
//
// Survey waves (DOMAIN.md §2.7) are shared by both surveys: the document's `rc_waves` list the
// survey rounds (id, label, date, phase); relational coordination scores name theirs in `rc_wave`,
// trust and value scores in the tie attribute `partner_wave`.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core::survey {

/// A message with a singular and a plural form (both message ids, extracted by NP_).
struct PluralMessage {
    const char* singular;
    const char* plural;
};

/// Marks a singular/plural pair of message ids for extraction (scripts/update-po.sh) without
/// translating it; translated with trn() where it is shown.
constexpr PluralMessage NP_(const char* singular, const char* plural) {
    return {singular, plural};
}

/// The words of one survey. Every field is a message id (N_/NP_), translated where it is used; "{}"
/// are filled in the order given in each comment.
struct SurveyWords {
    const char* emptySurvey;           ///< the file has no header
    PluralMessage missingColumns;      ///< {missing list} {found list}
    const char* emptyName;             ///< a respondent or rated cell is empty
    const char* wrongKind;             ///< {name} {kind with article}
    const char* severalLabels;         ///< {name} {ids}
    const char* unknownName;           ///< {name}
    const char* createHint;            ///< appended to unknownName: how to add it
    const char* noPairs;               ///< nothing left to import
    PluralMessage selfRatingsSkipped;  ///< {count}
    const char* added;                 ///< a node created: {id} {label}
};

/// One column the survey reads: the header names accepted for it (normalized: lower case, words
/// joined by '_'); the first is the one messages name.
struct ColumnSpec {
    std::vector<std::string_view> names;
};

struct SurveySpec {
    ColumnSpec respondent;
    ColumnSpec rated;
    std::vector<ColumnSpec> dimensions;
    std::optional<ColumnSpec> text;  ///< an optional free-text column collected per pair
    double scaleMin = 1.0;
    double scaleMax = 5.0;
    std::function<bool(NodeKind)> accepts;  ///< the kinds that answer and are rated
    NodeKind createdKind = NodeKind::Role;  ///< the kind of a node created for an unknown name
    std::string_view createdIdFallback;     ///< the id of a created node whose name has no letters
    SurveyWords words;
};

/// The responses of one ordered pair (respondent → rated).
struct PairResponses {
    std::string respondent;
    std::string rated;
    int firstLine = 0;
    std::vector<double> sums;         ///< per dimension
    std::vector<std::size_t> counts;  ///< per dimension: answers
    std::size_t respondents = 0;      ///< rows with at least one score
    std::vector<std::string> texts;   ///< distinct values of the text column, in order of appearance

    /// The mean of dimension `d`; nullopt when nobody answered it.
    std::optional<double> mean(std::size_t d) const;
    /// The mean of the dimension means present in [first, last); nullopt when none.
    std::optional<double> meanOf(std::size_t first, std::size_t last) const;
};

struct SurveyResponses {
    std::vector<PairResponses> pairs;  ///< in order of first appearance
    std::vector<Node> newNodes;        ///< created for unknown names (when asked to)
    std::vector<int> createdAt;        ///< the line of each new node's first use
    std::size_t responses = 0;         ///< rows with at least one score between two different nodes
    std::size_t distinctTexts = 0;     ///< distinct values of the text column over the whole file
    int headerLine = 1;
};

/// Reads `text` by `spec`. Errors and warnings go to `problems` (file, line, column), notes (ignored
/// columns, skipped self-ratings) to `notes` as "file:line: note: …"; nullopt when there are errors.
std::optional<SurveyResponses> readSurveyResponses(const Model& model, std::string_view text,
                                                   const std::string& fileName, const SurveySpec& spec,
                                                   bool createNodes, Diagnostics& problems,
                                                   std::vector<std::string>& notes);

/// "file:line: note: message" (line 0: no line).
std::string noteAt(const std::string& fileName, int line, const std::string& message);

/// The survey round scores are imported into (both imports' --wave, --wave-date, --wave-phase,
/// --wave-label).
struct WaveRequest {
    std::string wave;   ///< empty: scores without a wave
    std::string date;   ///< "YYYY-MM" of a new wave
    std::string phase;  ///< phase id of a new wave
    std::string label;  ///< label of a new wave
};

/// Adds the requested wave to the document's survey waves, or checks it against the one there.
/// Refuses (an error in `problems`, false) a date or phase without a wave, scores without a wave in
/// a document that has waves, a new wave without a date or phase, a new wave while some scores (of
/// either survey) have none, and a wave that exists with another date or phase.
bool applyWave(Model& model, const WaveRequest& request, const std::string& fileName, Diagnostics& problems,
               std::vector<std::string>& notes);

}  // namespace orgweave::core::survey
