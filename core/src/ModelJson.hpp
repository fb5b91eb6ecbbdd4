#pragma once
// Conversion between the JSON of a native document and the Model. Private to core.
// Reading checks types and required fields only (semantics: Validation.cpp) and records each
// problem with the JSON pointer of the offending value. Writing emits keys in a fixed order.
// The streaming reader and writer (NativeFormat.cpp) work element by element: one node or tie is
// a small JSON tree handed to readNodeElement/readTieElement (or made by nodeElementToJson/
// tieElementToJson); everything else of the document is read by readDocumentMembers.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <nlohmann/json.hpp>

namespace orgweave::core {

/// Reads everything but "format" and "version" (checked by the caller).
Model modelFromJson(const nlohmann::json& root, Diagnostics& diagnostics);
/// `withNodesAndTies` false: "nodes" and "ties" are empty arrays (the streaming writer fills them).
nlohmann::ordered_json modelToJson(const Model& model, int version, bool withNodesAndTies = true);

/// Appends the node (or tie) read from `value` (at JSON pointer `pointer`) to `out`; on a type
/// error nothing is appended and the problem is added to `diagnostics`.
void readNodeElement(const nlohmann::json& value, const std::string& pointer, std::vector<Node>& out,
                     Diagnostics& diagnostics);
void readTieElement(const nlohmann::json& value, const std::string& pointer, std::vector<Tie>& out,
                    Diagnostics& diagnostics);
/// Reads every top-level member of `root` but "format" and "version" into the model: "nodes" and
/// "ties" when present (the streaming reader hands them over one by one instead, so only a value
/// that is not an array reaches this), annotations, layout and unknown members (extra).
void readDocumentMembers(const nlohmann::json& root, Model& model, Diagnostics& diagnostics);

nlohmann::ordered_json nodeElementToJson(const Node& node);
nlohmann::ordered_json tieElementToJson(const Tie& tie);

}  // namespace orgweave::core
