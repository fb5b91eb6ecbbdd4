#pragma once
// The built-in vocabularies of DOMAIN.md §2, each entry with a label and a one-sentence
// description (used by the studio's pickers, legends and reports).
//
// Labels and descriptions are English message ids marked with N_ (Translate.hpp), so
// scripts/update-po.sh extracts them into po/; they are translated where they are shown: a label with
// tr()/Translator::text, a description with VocabularyEntry::describe().
//
// A vocabulary is *closed* when the engine gives its values meaning (mandate, seat, levels, …):
// other values are errors. It is *open* when users may add their own (types, behaviours, context
// factors, …): other values are kept as given. Cost: static tables, lookups are linear (< 30 items).

#include "orgweave/core/Model.hpp"

#include <span>
#include <string>
#include <string_view>

namespace orgweave::core {

class Translator;

struct VocabularyEntry {
    std::string_view id;
    std::string_view label;        ///< English message id (N_); show it translated
    std::string_view description;  ///< English message id (N_), one sentence; show describe()

    /// The description in the process's language (ui(): the studio's and the CLI's own texts), or the
    /// English text when it has no translation. NUL-terminated and valid for the life of the process.
    std::string_view describe() const;
    /// The description in `texts`' language (a report written in another language than the studio).
    std::string_view describe(const Translator& texts) const;
};

struct Vocabulary {
    std::string_view name;  ///< e.g. "mandate"
    bool open = false;      ///< users may add their own values
    std::span<const VocabularyEntry> entries;

    const VocabularyEntry* find(std::string_view id) const;
    bool contains(std::string_view id) const { return find(id) != nullptr; }
    /// Built-in label, or the id itself for a custom value.
    std::string_view labelOf(std::string_view id) const;
};

namespace vocabulary {
const Vocabulary& nodeKinds();
const Vocabulary& tieKinds();
/// Types per node kind (all open).
const Vocabulary& typesOf(NodeKind kind);
const Vocabulary& contextFactors();               // open
const Vocabulary& governanceForms();              // closed
const Vocabulary& committeeMandates();            // closed
const Vocabulary& decisionRules();                // closed
const Vocabulary& permanence();                   // closed
const Vocabulary& architectureCharacteristics();  // open
const Vocabulary& seats();                        // closed
const Vocabulary& leadershipBehaviors();          // open
const Vocabulary& leadershipCapabilities();       // open
const Vocabulary& leadershipLevels();             // closed
const Vocabulary& decisionAuthority();            // closed
const Vocabulary& learningStrategies();           // open
const Vocabulary& learningPractices();            // open
const Vocabulary& learningPhases();               // closed
const Vocabulary& learningStatus();               // closed
const Vocabulary& contradictionLevels();          // closed
const Vocabulary& rcDimensions();                 // closed
const Vocabulary& bureaucracyModes();             // closed
const Vocabulary& parties();                      // closed: partner | voice | external (§2.7)
const Vocabulary& sectors();                      // open
const Vocabulary& settings();                     // closed: no | uk | nl | generic
const Vocabulary& participation();                // closed: learning benchmarking (§2.4)
const Vocabulary& benchmarkingPurposes();         // closed
const Vocabulary& dialogue();                     // closed
const Vocabulary& recordedElements();             // closed: meta.recorded (§4)
}  // namespace vocabulary

}  // namespace orgweave::core
