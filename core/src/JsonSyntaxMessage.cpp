#include "JsonSyntaxMessage.hpp"

#include "orgweave/core/Translate.hpp"

#include <array>
#include <utility>

namespace orgweave::core {

namespace {

using Phrase = std::pair<std::string_view, const char*>;

/// nlohmann's names of what it was parsing.
constexpr std::array kContexts{
    Phrase{"value", N_("a value")},
    Phrase{"object key", N_("an object key")},
    Phrase{"object separator", N_("an object (after a key)")},
    Phrase{"object", N_("an object")},
    Phrase{"array", N_("an array")},
};

/// nlohmann's token names (token_type_name).
constexpr std::array kTokens{
    Phrase{"true literal", N_("true")},
    Phrase{"false literal", N_("false")},
    Phrase{"null literal", N_("null")},
    Phrase{"string literal", N_("string")},
    Phrase{"number literal", N_("number")},
    Phrase{"end of input", N_("end of file")},
    Phrase{"'[', '{', or a literal", N_("a value ('[', '{', a string, a number, true, false or null)")},
    Phrase{"<parse error>", N_("something that is not JSON")},
    Phrase{"unknown token", N_("something that is not JSON")},
};

/// nlohmann's lexer messages, longest first where one starts another.
constexpr std::array kLexer{
    Phrase{"invalid string: missing closing quote", N_("a string without its closing quote")},
    Phrase{"invalid string: '\\u' must be followed by 4 hex digits",
           N_("a \\u escape in a string without its 4 hexadecimal digits")},
    Phrase{"invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF",
           N_("a broken \\u surrogate pair in a string")},
    Phrase{"invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
           N_("a broken \\u surrogate pair in a string")},
    Phrase{"invalid string: forbidden character after backslash",
           N_("a backslash in a string that starts no escape (write \\\\ for a backslash)")},
    Phrase{"invalid string: control character", N_("a control character in a string (write it as \\u00XX)")},
    Phrase{"invalid string: ill-formed UTF-8 byte",
           N_("a string that is not UTF-8 (save the file as UTF-8)")},
    Phrase{"invalid number; expected digit after '-'", N_("a number with no digit after '-'")},
    Phrase{"invalid number; expected digit after '.'", N_("a number with no digit after '.'")},
    Phrase{"invalid number; expected '+', '-', or digit after exponent",
           N_("a number with no digit after its exponent")},
    Phrase{"invalid number; expected digit after exponent sign",
           N_("a number with no digit after its exponent")},
    Phrase{"invalid literal",
           N_("a word that is not JSON (only true, false and null are; text needs quotes)")},
    Phrase{"invalid BOM", N_("a broken byte order mark")},
};

/// The phrase for `text`: equal to a key, or starting with one when `prefix`.
template <std::size_t N>
const char* lookup(const std::array<Phrase, N>& table, std::string_view text, bool prefix = false) {
    for (const Phrase& phrase : table) {
        if (prefix ? text.starts_with(phrase.first) : text == phrase.first)
            return phrase.second;
    }
    return nullptr;
}

/// "unexpected X; expected Y", or a lexer message (and what was expected), in the user's language;
/// nlohmann's "last read: '…'" is left out (the reader gives the line and column).
std::string detailText(std::string_view detail) {
    const auto token = [](std::string_view name) {
        const char* known = lookup(kTokens, name);
        return known != nullptr ? std::string(tr(known)) : std::string(name);  // "'['": the character
    };
    std::string out;
    std::string_view expected;
    if (const std::size_t at = detail.rfind("; expected "); at != std::string_view::npos) {
        const char* lexer = lookup(kLexer, detail, true);
        // "invalid number; expected digit after '.'" is one lexer message, not an expectation.
        if (lexer == nullptr || detail.find("; last read: ") < at) {
            expected = detail.substr(at + 11);
            detail = detail.substr(0, at);
        }
    }
    if (const char* lexer = lookup(kLexer, detail, true)) {
        out = tr(lexer);
    } else if (detail.starts_with("unexpected ")) {
        out = fill(tr("unexpected {}"), {token(detail.substr(11))});
    } else {
        out = std::string(detail.substr(0, detail.find("; last read: ")));
    }
    if (!expected.empty())
        out += "; " + fill(tr("expected {}"), {token(expected)});
    return out;
}

}  // namespace

std::string jsonSyntaxMessage(std::string_view what) {
    constexpr std::string_view kSyntax = "syntax error while parsing ";
    const std::size_t syntax = what.find(kSyntax);
    if (syntax == std::string_view::npos) {
        // Another parse error (e.g. "attempting to parse an empty input"): its text after the place.
        const std::size_t colon = what.find(": ", what.find("parse error"));
        if (colon == std::string_view::npos)
            return tr("invalid JSON");
        const std::string_view rest = what.substr(colon + 2);
        if (rest.starts_with("attempting to parse an empty input"))
            return tr("invalid JSON: the file is empty");
        return fill(tr("invalid JSON: {}"), {detailText(rest)});
    }
    std::string_view rest = what.substr(syntax + kSyntax.size());
    const std::size_t dash = rest.find(" - ");
    const std::string_view context = rest.substr(0, dash);
    const std::string_view detail =
        dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 3);
    const char* where = lookup(kContexts, context);
    return fill(tr("invalid JSON: syntax error in {}: {}"),
                {where != nullptr ? std::string(tr(where)) : std::string(context), detailText(detail)});
}

}  // namespace orgweave::core
