#pragma once
// The `attrs` of a node or tie as an editable key/value table: string values are edited in place
// (committed when the field is left), values of other JSON types are shown read-only as their JSON
// text, a row can be removed, and a new key/value pair added. Returns one changed object per user
// action; the caller turns it into one command. Cost: O(attributes) per frame.

#include "orgweave/studio/panels/FieldEditor.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace orgweave::studio {

class AttributeTable {
public:
    /// Draws `attrs`; true with `edited` (a full copy with the change) when the user changed it.
    bool draw(const char* id, const nlohmann::json& attrs, nlohmann::json& edited, FieldEditor& fields);
    /// Forgets the half-typed new row (the selection changed).
    void reset();

private:
    std::string m_newKey;
    std::string m_newValue;
};

}  // namespace orgweave::studio
