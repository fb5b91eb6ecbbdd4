#pragma once
// Pickers over a core::Vocabulary (DOMAIN.md §2): a combo for one value, a combo of checkboxes for
// several, and an inline checklist. Every built-in entry shows its label and has its description
// as tooltip; a value that is not built in shows as itself (marked "custom"). Open vocabularies end
// with a "custom…" entry where the user types a value of their own (kept as given).
//
// Convention: a picker returns true on the frame the user changed the value (one click, one
// change); the caller turns that into one command. Cost: O(entries) per frame while open.

#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <string>
#include <vector>

namespace orgweave::studio {

class VocabularyPicker {
public:
    /// One value; `allowNone` offers "(none)" (the empty string).
    bool combo(const char* id, const core::Vocabulary& vocabulary, std::string& value, bool allowNone = true);
    /// Several values in a combo of checkboxes; the preview lists the chosen labels.
    bool multiCombo(const char* id, const core::Vocabulary& vocabulary, std::vector<std::string>& values);
    /// Several values as checkboxes in place (with custom values already chosen, and for open
    /// vocabularies a field to add one).
    bool checklist(const char* id, const core::Vocabulary& vocabulary, std::vector<std::string>& values);

    /// "Label, Label, custom" for a list of values.
    /// Where each entry (by id; "(none)" for none) was drawn last frame while a list was open (tests).
    const ItemRects& rects() const { return m_rects; }

    static std::string summary(const core::Vocabulary& vocabulary, const std::vector<std::string>& values);

private:
    /// The "custom…" field for an open vocabulary; true with `typed` when the user entered a value.
    bool customField(const core::Vocabulary& vocabulary, std::string& typed);
    /// One checkbox per built-in entry (description as tooltip), then one per custom value held.
    bool checkboxes(const core::Vocabulary& vocabulary, std::vector<std::string>& values);
    static bool toggle(std::vector<std::string>& values, const std::string& value, bool on);

    ItemRects m_rects;
    std::string m_custom;  ///< text of the "custom…" field being typed
};

}  // namespace orgweave::studio
