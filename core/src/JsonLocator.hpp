#pragma once
// Maps JSON pointers back to line and column in the source text, so that semantic errors found
// after parsing ("/nodes/3/kind") can be reported where the user sees them. Private to core.
// Cost: one linear scan of the text per locate() call.

#include "orgweave/core/Diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace orgweave::core {

/// "/a/b" + "c/d" → "/a/b/c~1d" (RFC 6901 escaping).
std::string appendPointer(const std::string& base, std::string_view token);
std::string appendPointer(const std::string& base, std::size_t index);

/// 1-based line and column (in bytes) of a byte offset.
std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset);

/// Offset of the first opening bracket nested deeper than `maxDepth`, if any. Strings are skipped.
std::optional<std::size_t> findExcessiveNesting(std::string_view text, int maxDepth);

/// Fills in line/column of every diagnostic that has a pointer and no line yet. A pointer to a
/// missing member resolves to the nearest existing parent value.
void locateDiagnostics(std::string_view text, Diagnostics& diagnostics);

}  // namespace orgweave::core
