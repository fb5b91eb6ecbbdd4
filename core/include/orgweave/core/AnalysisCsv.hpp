#pragma once
// The CSV form of an analysis, one row per node: what `orgweave analyze --format csv` prints and the
// studio's Measures panel exports (one dialect for both).
//
// RFC 4180: comma separated, CRLF-free ("\n" line ends), a header line, fields holding a comma, a
// quote or a line break are quoted with inner quotes doubled. Columns: id, label, kind, group, then
// the measures of MeasureCatalogue.hpp in its order, each only when computed: numbers with 17
// significant digits (empty = undefined), brokerage as brokerage_coordinator … brokerage_total,
// boundary_spanner as boundary_spanner, multilateral, groups_reached (true/false, count),
// articulation_point as true/false. When shortest-path measures were estimated from sampled
// sources, one comment line before the header says so and states betweenness's error bound:
// "# betweenness, closeness and harmonic are estimated from K of n sources; …" (readers skip it with
// pandas' comment="#" or R's comment.char="#"). Cost: O(n · columns).

#include "orgweave/core/Analysis.hpp"

#include <string>

namespace orgweave::core {

std::string analysisCsv(const AnalysisResult& result);

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
std::string csvField(const std::string& text);

}  // namespace orgweave::core
