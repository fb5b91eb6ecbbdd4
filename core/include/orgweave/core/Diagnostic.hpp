#pragma once
// A message about a place in an input file: "FILE:LINE:COL: error: what is wrong".
// Line and column are 1-based; 0 means unknown. `pointer` is the JSON pointer of the value the
// message is about (e.g. "/nodes/3/kind") when the input is JSON, empty otherwise.

#include <string>
#include <vector>

namespace orgweave::core {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;
    int column = 0;
    std::string pointer;
    std::string message;

    /// "file:line:col: error: message" (line/col left out when unknown).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

}  // namespace orgweave::core
