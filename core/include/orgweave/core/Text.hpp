#pragma once
// Small text helpers shared by the readers and the command line. ASCII case folding only: file
// extensions and format keywords are ASCII; labels are never folded. Cost: O(length).

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

/// `text` with A–Z turned into a–z; other bytes (UTF-8 included) unchanged.
inline std::string toLowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

/// "an" before a word that starts with a vowel sound ("an organization", "an agreement"), else "a"
/// ("a role", "a user organization", "a unit"). English only: translated texts carry their own.
inline std::string_view indefiniteArticle(std::string_view word) {
    const std::string lower = toLowerAscii(word.substr(0, 3));
    if (lower.empty())
        return "a";
    switch (lower[0]) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
            return "an";
        case 'u':
            // "u" sounds like "you" in user, unit, union, university; "un-" before a consonant
            // and "ud", "um", "up" … are vowels ("an unknown", "an update").
            return lower.starts_with("us") || lower.starts_with("uni") || lower.starts_with("uti") ? "a"
                                                                                                   : "an";
        default:
            return "a";
    }
}

/// `word` with its indefinite article: "an organization", "a role".
inline std::string withArticle(std::string_view word) {
    std::string out(indefiniteArticle(word));
    out += ' ';
    out += word;
    return out;
}

/// `text` for XML, SVG and HTML (text and quoted attributes): & < > " ' as entities, and the
/// control characters XML 1.0 forbids dropped (tab, newline and carriage return kept). Cost: O(length).
inline std::string escapeMarkup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    out += c;
                break;
        }
    }
    return out;
}

/// The extension of `path` in lower case, with its dot (".graphml"), or "" when it has none.
inline std::string lowercaseExtension(const std::filesystem::path& path) {
    return toLowerAscii(path.extension().string());
}

/// A document's file name without ".orgweave.json" (or ".json"): "region" for
/// "region.orgweave.json", for naming files derived from it. Other names are returned whole.
inline std::string documentStem(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    for (const std::string suffix : {".orgweave.json", ".json"}) {
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return name.substr(0, name.size() - suffix.size());
    }
    return name;
}

}  // namespace orgweave::core
