// The one UTF-8 shortening helper (core/Text.hpp; issue 16): labels, legend entries and table
// cells are cut at a character boundary with "…", by bytes or by code points.
#include "orgweave/core/Text.hpp"
#include "orgweave/core/TieRules.hpp"
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

TEST_CASE("text: the indefinite article follows the word's first sound (issue 18)", "[core][text]") {
    CHECK(core::withArticle("organization") == "an organization");
    CHECK(core::withArticle("Organization") == "an Organization");
    CHECK(core::withArticle("agreement") == "an agreement");
    CHECK(core::withArticle("role") == "a role");
    CHECK(core::withArticle("committee") == "a committee");
    CHECK(core::withArticle("user organization") == "a user organization");
    CHECK(core::withArticle("unit") == "a unit");
    CHECK(core::withArticle("unknown kind") == "an unknown kind");
    CHECK(core::withArticle("") == "a ");
}

TEST_CASE("text: messages about kinds say \"an organization\" (issue 18)", "[core][text]") {
    int messages = 0;
    for (const core::NodeKind a : core::kAllNodeKinds) {
        for (const core::NodeKind b : core::kAllNodeKinds) {
            const std::string why = core::whyNoTieBetween(a, b);
            CHECK(why.find("a organization") == std::string::npos);
            CHECK(why.find("a agreement") == std::string::npos);
            messages += why.empty() ? 0 : 1;
        }
    }
    CHECK(messages > 0);
}
