#pragma once
// The built-in vocabularies of DOMAIN.md §2, each entry with a label and a one-sentence
// description (used by the studio's pickers, legends and reports).
//
// A vocabulary is *closed* when the engine gives its values meaning (mandate, seat, levels, …):
// other values are errors. It is *open* when users may add their own (types, behaviours, context
// factors, …): other values are kept as given. Cost: static tables, lookups are linear (< 30 items).

#include "orgweave/core/Model.hpp"

#include <span>
#include <string>
#include <string_view>

namespace orgweave::core {

struct VocabularyEntry {
    std::string_view id;
    std::string_view label;
    std::string_view description;
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
