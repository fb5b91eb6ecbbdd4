#pragma once
// Shared pieces of the interchange readers and writers (GraphML, GEXF, Pajek, UCINET DL, CSV).
// Private to core.
//
// Readers collect problems with a line and column, rebuild a Model either directly (plain graphs:
// roles tied by `collaborates`) or from our own native JSON blobs, run validate() and map its JSON
// pointers back to the node or tie element they came from. Writers report what the target format
// cannot carry as warnings (lossWarnings), never silently. Cost: linear in the input.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core::interop {

/// 1-based line and column; 0 means unknown.
struct Location {
    int line = 0;
    int column = 0;
};

/// Problems of one input, turned into diagnostics sorted by position and capped at 100.
class Problems {
public:
    explicit Problems(std::string file) : m_file(std::move(file)) {}
    void error(Location where, std::string message);
    void warning(Location where, std::string message);
    bool hasErrors() const { return m_errors > 0; }
    std::size_t errorCount() const { return m_errors; }
    const std::string& file() const { return m_file; }
    /// The diagnostics, and the model when there is no error.
    LoadResult finish(std::optional<Model> model);

private:
    std::string m_file;
    std::vector<Diagnostic> m_list;
    std::size_t m_errors = 0;
};

/// Line and column of a byte offset (one scan of the text up to the offset).
Location locationOf(std::string_view text, std::size_t offset);

/// Offset → line/column lookups over one text in O(1) memory: each lookup scans forward from the
/// previous one (from the start when it goes back), so lookups in increasing order cost O(text) in all.
class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text) : m_text(text) {}
    Location at(std::ptrdiff_t offset) const;

private:
    std::string_view m_text;
    mutable std::size_t m_offset = 0;     ///< last offset looked up
    mutable std::size_t m_lineStart = 0;  ///< start of its line
    mutable int m_line = 1;
};

/// Nodes a header may declare without describing them (UCINET DL N=, Pajek *Vertices N, …): the
/// readers create declared nodes that have neither a line nor a tie only up to this many, and warn
/// about the rest, so a short header that claims a million nodes allocates nothing for them.
inline constexpr std::int64_t kMaxImpliedNodes = 10'000;
/// Ties one file may expand to (matrices, node lists, adjacency tables): above it, an error.
inline constexpr std::size_t kMaxReadTies = 4'000'000;

/// Whether the text holds nothing but blanks (space, tab, CR, LF), scanned without allocating.
bool isBlank(std::string_view text);

/// Refuses text above kMaxDocumentBytes, with NUL bytes or invalid UTF-8, and strips a UTF-8 BOM.
/// `what` names the format in messages ("a Pajek file"). False when an error was recorded.
bool checkText(std::string_view& text, Problems& problems, std::string_view what);

/// Characters XML 1.0 cannot hold: NUL and the other C0 controls but tab, LF and CR, lone
/// surrogates, U+FFFE, U+FFFF and code points above U+10FFFF. pugixml accepts them raw and drops or
/// cuts text at character references to them, while a writer can only write them as references.
/// So each one, raw or as a reference (&#0;, &#xDFFF;), becomes U+FFFD in a copy of the text, and
/// what a reader returns is what the writers write back. Lines stay where they were (a reference is
/// longer than U+FFFD; a raw control byte grows by two bytes within its line).
struct XmlCharacterRepair {
    std::string text;             ///< the repaired copy
    std::size_t count = 0;        ///< characters replaced
    std::size_t firstOffset = 0;  ///< of the first one, in the original text
    std::string example;          ///< the first one as written: "&#0;" or "U+0014"
};
/// nullopt when the text holds none of them. Cost: one pass over the text.
std::optional<XmlCharacterRepair> repairXmlCharacters(std::string_view text);
/// The warning for a repair: "N character(s) XML cannot hold, such as …, each read as U+FFFD".
std::string xmlCharacterRepairMessage(const XmlCharacterRepair& repair);

/// Runs validate() and records its findings at the locations of the nodes and ties they name.
void validateInto(const Model& model, const std::vector<Location>& nodeLocations,
                  const std::vector<Location>& tieLocations, Problems& problems);

/// The native JSON of a model (the same tree writeDocument() prints).
nlohmann::ordered_json nativeJson(const Model& model);
/// Everything of a native document but its nodes, ties and positions (meta, context, phases, …).
nlohmann::ordered_json documentBlob(const nlohmann::ordered_json& doc);
/// Reads a native document tree built by a reader; diagnostics keep their JSON pointers and have no
/// line or column (they would point into the synthesized JSON).
LoadResult parseNativeTree(const nlohmann::ordered_json& doc, const std::string& file);
/// Reads a native document tree built by a reader (checks, migration and validation as for a
/// native file); problems about /nodes/i and /ties/i are recorded at those elements' locations.
/// Problems about the rest of the document (phases, meta, …) are recorded at `elsewhere`.
std::optional<Model> modelFromNative(const nlohmann::ordered_json& doc,
                                     const std::vector<Location>& nodeLocations,
                                     const std::vector<Location>& tieLocations, Problems& problems,
                                     Location elsewhere = {});

/// A whole decimal number (optional sign), or nullopt.
std::optional<std::int64_t> parseInteger(std::string_view text);
/// A finite or infinite decimal number (optional '+'), or nullopt.
std::optional<double> parseNumber(std::string_view text);
/// Shortest text that reads back as the same double ("2", "0.1", "1e+300").
std::string formatNumber(double value);
/// Strips blanks (space, tab, CR, LF).
std::string_view trim(std::string_view text);

/// A word of a line-oriented text format (Pajek, UCINET DL).
struct Token {
    std::string text;
    Location where;
    bool quoted = false;        ///< was written in double quotes
    bool unterminated = false;  ///< a quote opened and the line ended first
};
using TokenLine = std::vector<Token>;

/// A word of a line-oriented text, viewing the text (no allocation).
struct TokenView {
    std::string_view text;
    Location where;
    bool quoted = false;
    bool unterminated = false;
};

/// Reads the words of a text one at a time (the rules of tokenLines below) in O(1) memory.
class TokenCursor {
public:
    TokenCursor(std::string_view text, bool commas, char comment)
        : m_text(text), m_commas(commas), m_comment(comment) {}
    /// The next word, or nullopt at the end of the text.
    std::optional<TokenView> next();

private:
    bool isSeparator(char c) const { return c == ' ' || c == '\t' || c == '\r' || (m_commas && c == ','); }
    std::string_view m_text;
    bool m_commas;
    char m_comment;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    bool m_lineHasToken = false;
};

/// Splits the text into lines of tokens: blanks (and commas when `commas`) separate tokens, double
/// quotes group a token (no escapes, as Pajek and UCINET write them), lines whose first non-blank
/// character is `comment` are skipped, and so are blank lines. Cost: O(text).
std::vector<TokenLine> tokenLines(std::string_view text, bool commas, char comment);

/// What a format carries, for lossWarnings().
struct Carries {
    bool kinds = false;        ///< node and tie kinds other than role / collaborates
    bool nodeLabels = true;    ///< node labels distinct from ids
    bool containment = false;  ///< organization, site, owner
    bool nodeType = false;     ///< node type
    bool structured = false;   ///< every other node/tie field (committee, leadership, rc, …)
    bool attrs = false;        ///< node and tie attrs
    bool tieIds = false;       ///< tie ids
    bool tieLabels = false;    ///< tie labels and notes
    bool direction = true;     ///< per-tie direction
    bool weights = true;       ///< tie weights
    bool positions = false;    ///< layout positions
    bool phases = false;       ///< node/tie phases
    bool document = false;     ///< meta, context, governance, phases, views, pinned, extra keys
};

/// One warning per kind of information the model has and the format cannot carry, naming how
/// many nodes or ties lose it. `format` names the format ("Pajek"); `file` goes into the diagnostics.
void lossWarnings(const Model& model, const Carries& carries, std::string_view format,
                  const std::string& file, Diagnostics& warnings);

}  // namespace orgweave::core::interop
