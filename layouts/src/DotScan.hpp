#pragma once
// A linear pre-pass over DOT text before cgraph reads it (DotFormat.cpp):
// - whether the text holds any token at all (a file of blanks and comments is "empty" at once);
// - an upper bound of the ties cgraph would create: `{a b c} -> {d e}` makes 3 × 2 edges, so a
//   34 KB file can ask for millions; the reader refuses more than kMaxDotTies at the edge operator
//   where the bound passes the limit, before cgraph allocates anything;
// - long tokens (quoted strings, names, HTML strings over kLongToken bytes) replaced by short
//   placeholders: cgraph's scanner re-reads a token from its start for every 8 KB it buffers, so a
//   4 MB token cost seconds; the placeholders (bytes 0xFF that valid UTF-8 never holds) are put back
//   by restoreLongTokens on every string read from the graph. Line breaks stay where they were.
// Cost: O(text size), one copy of the text when a token is replaced.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::layouts::detail {

struct DotScan {
    bool empty = true;                                 ///< no token at all (blanks and comments only)
    std::uint64_t expandedTies = 0;                    ///< upper bound of the edges the text creates
    std::size_t limitOffset = std::string_view::npos;  ///< edge operator where the bound passed the limit
    std::string prepared;                 ///< the text with long tokens replaced (empty: none replaced)
    std::vector<std::string> longTokens;  ///< value of placeholder i, as cgraph would have read it
};

inline constexpr std::size_t kLongToken = 4096;

DotScan scanDot(std::string_view text, std::uint64_t tieLimit, std::size_t longToken = kLongToken);

/// `value` with every placeholder of `scan` replaced by the token it stands for.
std::string restoreLongTokens(std::string_view value, const std::vector<std::string>& longTokens);

}  // namespace orgweave::layouts::detail
