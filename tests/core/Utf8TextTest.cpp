// The one UTF-8 shortening helper (core/Text.hpp; issue 16): labels, legend entries and table
// cells are cut at a character boundary with "…", by bytes or by code points.
#include "orgweave/core/Utf8Text.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;

TEST_CASE("text: utf8Length counts code points", "[core][text]") {
    CHECK(core::utf8Length("") == 0);
    CHECK(core::utf8Length("abc") == 3);
    CHECK(core::utf8Length("Tromsø") == 6);
    CHECK(core::utf8Length("\xE2\x80\xA6") == 1);
}

TEST_CASE("text: shortenUtf8 keeps short text and never splits a character", "[core][text]") {
    CHECK(core::shortenUtf8("Geriatric ward", 30) == "Geriatric ward");
    CHECK(core::shortenUtf8("abcdefghij", 10) == "abcdefghij");
    CHECK(core::shortenUtf8("abcdefghijk", 10) == "abcdefghi\xE2\x80\xA6");
    // By bytes: "ø" is two bytes and would be cut in half at 5 bytes; it is dropped whole.
    CHECK(core::shortenUtf8("Tromsø kommune", 6) == "Troms\xE2\x80\xA6");
    CHECK(core::shortenUtf8("Tromsø kommune", 7) == "Troms\xE2\x80\xA6");
    CHECK(core::shortenUtf8("Tromsø kommune", 8) == "Tromsø\xE2\x80\xA6");
    // By code points (terminal columns): "ø" counts once.
    CHECK(core::shortenUtf8("Tromsø kommune", 7, core::TextUnit::CodePoints) == "Tromsø\xE2\x80\xA6");
    CHECK(core::shortenUtf8("Tromsø", 6, core::TextUnit::CodePoints) == "Tromsø");
    CHECK(core::utf8Length(core::shortenUtf8("æøåæøåæøå", 4, core::TextUnit::CodePoints)) == 4);
    // Degenerate limits give just the ellipsis.
    CHECK(core::shortenUtf8("abc", 1) == "\xE2\x80\xA6");
    CHECK(core::shortenUtf8("abc", 0, core::TextUnit::CodePoints) == "\xE2\x80\xA6");
}
