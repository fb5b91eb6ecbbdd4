#pragma once
// Conversion between the JSON of a native document and the Model. Private to core.
// Reading checks types and required fields only (semantics: Validation.cpp) and records each
// problem with the JSON pointer of the offending value. Writing emits keys in a fixed order.
// The streaming reader and writer (NativeFormat.cpp) work element by element: one node or tie is
// a FlatElement (or, when it must be migrated or is no object, a small JSON tree) handed to
// readNodeElement/readTieElement (or made by nodeElementToJson/tieElementToJson); everything else
// of the document is read by readDocumentMembers. Both forms of an element give the same fields
// and the same diagnostics, in the same order.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// Reads everything but "format" and "version" (checked by the caller).
Model modelFromJson(const nlohmann::json& root, Diagnostics& diagnostics);
/// `withNodesAndTies` false: "nodes" and "ties" are empty arrays (the streaming writer fills them).
nlohmann::ordered_json modelToJson(const Model& model, int version, bool withNodesAndTies = true);

/// One node or tie object as the streaming reader collects it: its members in file order, a
/// string value as plain text, any other value as JSON (numbers, booleans and null allocate
/// nothing; arrays and objects are trees). The members and their strings are reused from one
/// element to the next, so reading the common fields allocates nothing once warm. A repeated key
/// keeps its place and its last value, as in a json object.
struct FlatMember {
    std::string key;
    bool isText = false;  ///< a string value, in `text`
    std::string text;
    mutable nlohmann::json value;  ///< any other value (or, on demand, `text` as JSON)
    mutable bool known = false;    ///< read by a field reader (the rest goes to `extra`)
};

class FlatElement {
public:
    /// Forgets the members (keeps their buffers).
    void clear() { m_size = 0; }
    /// The member for `key`, emptied (null, not text): a new one, or the earlier one of that key.
    FlatMember& add(std::string_view key);
    /// The member for `key`, or nullptr. Cost: a scan of the members (a dozen at most, usually).
    const FlatMember* find(std::string_view key) const;
    const FlatMember* begin() const { return m_members.data(); }
    const FlatMember* end() const { return m_members.data() + m_size; }
    std::size_t size() const { return m_size; }
    /// The element as a json object (for migrations and elements that wait for the version).
    nlohmann::json toJson() const;

private:
    std::vector<FlatMember> m_members;
    std::size_t m_size = 0;
};

/// Appends the node (or tie) read from `value`, element `index` of the array at JSON pointer
/// `array` ("/nodes"), to `out`; on a type error nothing is appended (a json value that is not an
/// object) or the field stays empty, and the problem is added to `diagnostics`. The pointer is
/// spelled out only when a diagnostic needs it.
void readNodeElement(const nlohmann::json& value, std::string_view array, std::size_t index,
                     std::vector<Node>& out, Diagnostics& diagnostics);
void readTieElement(const nlohmann::json& value, std::string_view array, std::size_t index,
                    std::vector<Tie>& out, Diagnostics& diagnostics);
void readNodeElement(const FlatElement& value, std::string_view array, std::size_t index,
                     std::vector<Node>& out, Diagnostics& diagnostics);
void readTieElement(const FlatElement& value, std::string_view array, std::size_t index,
                    std::vector<Tie>& out, Diagnostics& diagnostics);
/// Reads every top-level member of `root` but "format" and "version" into the model: "nodes" and
/// "ties" when present (the streaming reader hands them over one by one instead, so only a value
/// that is not an array reaches this), annotations, layout and unknown members (extra).
void readDocumentMembers(const nlohmann::json& root, Model& model, Diagnostics& diagnostics);

nlohmann::ordered_json nodeElementToJson(const Node& node);
nlohmann::ordered_json tieElementToJson(const Tie& tie);

}  // namespace orgweave::core
