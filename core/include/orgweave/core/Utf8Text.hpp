#pragma once
// The one UTF-8 shortening of the project: labels on the canvas and in pictures, legend entries
// and table cells of the command line are cut at a character boundary with "…", by bytes or by
// code points (terminal columns). Cost: O(length).

#include <cstddef>
#include <string>
#include <string_view>

namespace orgweave::core {

/// Number of code points of UTF-8 text (bytes that do not continue a character).
inline std::size_t utf8Length(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

/// How shortenUtf8() counts its limit.
enum class TextUnit { Bytes, CodePoints };

/// `text` whole when it is at most `limit` long, else cut at a character boundary so that the cut
/// text and "…" together stay within `limit` (in bytes the ellipsis counts as one): the one
/// shortening of labels, legend entries and table cells.
inline std::string shortenUtf8(std::string_view text, std::size_t limit, TextUnit unit = TextUnit::Bytes) {
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
    if ((unit == TextUnit::Bytes ? text.size() : utf8Length(text)) <= limit)
        return std::string(text);
    if (limit <= 1)
        return std::string(kEllipsis);
    std::size_t cut = 0;
    if (unit == TextUnit::Bytes) {
        cut = limit - 1;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
    } else {
        std::size_t points = 0;
        while (cut < text.size()) {
            if ((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80 && ++points > limit - 1)
                break;
            ++cut;
        }
    }
    std::string out(text.substr(0, cut));
    out += kEllipsis;
    return out;
}

}  // namespace orgweave::core
