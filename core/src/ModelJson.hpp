#pragma once
// Conversion between the JSON tree of a native document and the Model. Private to core.
// Reading checks types and required fields only (semantics: Validation.cpp) and records each
// problem with the JSON pointer of the offending value. Writing emits keys in a fixed order.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <nlohmann/json.hpp>

namespace orgweave::core {

/// Reads everything but "format" and "version" (checked by the caller).
Model modelFromJson(const nlohmann::json& root, Diagnostics& diagnostics);
nlohmann::ordered_json modelToJson(const Model& model, int version);

}  // namespace orgweave::core
