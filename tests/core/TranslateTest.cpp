// core/Translate: languages, the system's language, number formatting, placeholders, and gettext
// lookups through a test catalogue (tests/core/data/translation/nb.po, compiled by the build) and
// through the real one (po/nb.po).
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Translate.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

using namespace orgweave::core;

namespace {

/// Sets an environment variable for one scope and restores it after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value != nullptr)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

/// Binds the catalogues of `folder` (ORGWEAVE_LOCALEDIR) for one scope; English after.
class ScopedCatalogue {
public:
    ScopedCatalogue(const char* folder, Language ui, Language other) : m_env("ORGWEAVE_LOCALEDIR", folder) {
        notice = initTranslation(ui, {other});
    }
    ~ScopedCatalogue() { initTranslation(Language::English); }
    ScopedCatalogue(const ScopedCatalogue&) = delete;
    ScopedCatalogue& operator=(const ScopedCatalogue&) = delete;

    std::string notice;

private:
    ScopedEnv m_env;
};

}  // namespace

TEST_CASE("translate: language codes and locale names", "[translation]") {
    CHECK(parseLanguage("nb") == Language::Bokmal);
    CHECK(parseLanguage("nb_NO.UTF-8") == Language::Bokmal);
    CHECK(parseLanguage("no_NO") == Language::Bokmal);
    CHECK(parseLanguage("NB") == Language::Bokmal);
    CHECK(parseLanguage("en") == Language::English);
    CHECK(parseLanguage("en_GB.UTF-8@euro") == Language::English);
    CHECK_FALSE(parseLanguage("C").has_value());
    CHECK_FALSE(parseLanguage("POSIX").has_value());
    CHECK_FALSE(parseLanguage("sv_SE").has_value());
    CHECK_FALSE(parseLanguage("").has_value());
    for (Language language : allLanguages())
        CHECK(parseLanguage(languageCode(language)) == language);
    CHECK(languageName(Language::Bokmal) == "Norsk bokmål");
}

TEST_CASE("translate: the system's language", "[translation]") {
    ScopedEnv language("LANGUAGE", nullptr);
    ScopedEnv all("LC_ALL", nullptr);
    ScopedEnv messages("LC_MESSAGES", nullptr);
    ScopedEnv lang("LANG", nullptr);
    CHECK(systemLanguage() == Language::English);
    {
        ScopedEnv l("LANG", "nb_NO.UTF-8");
        CHECK(systemLanguage() == Language::Bokmal);
        ScopedEnv a("LC_ALL", "C.UTF-8");  // LC_ALL wins over LANG, and C is English
        CHECK(systemLanguage() == Language::English);
    }
    {
        // LANGUAGE is a list; the first known language decides (nynorsk is not known, bokmål is next).
        ScopedEnv l("LANGUAGE", "nn:nb:en");
        CHECK(systemLanguage() == Language::Bokmal);
    }
    {
        ScopedEnv m("LC_MESSAGES", "en_US.UTF-8");
        ScopedEnv l("LANG", "nb_NO.UTF-8");
        CHECK(systemLanguage() == Language::English);
    }
}

TEST_CASE("translate: numbers in English and in bokmål", "[translation]") {
    const Translator en(Language::English);
    const Translator nb(Language::Bokmal);
    CHECK(en.formatNumber(0.5, 2) == "0.50");
    CHECK(nb.formatNumber(0.5, 2) == "0,50");
    CHECK(nb.formatNumber(3.14159, 1) == "3,1");
    CHECK(nb.formatNumber(1234.5, 1) == "1234,5");  // four digits are not grouped in Norwegian
    CHECK(nb.formatNumber(12345.678, 2) == "12\u00a0345,68");
    CHECK(en.formatNumber(1234.5, 1) == "1,234.5");
    CHECK(en.formatNumber(1234567, 0) == "1,234,567");
    CHECK(nb.formatCount(1234567) == "1\u00a0234\u00a0567");
    CHECK(nb.formatNumber(-2.26, 1) == "-2,3");
    CHECK(nb.formatNumber(-0.001, 2) == "0,00");  // no negative zero
    CHECK(en.formatNumber(std::nan(""), 2) == "\u2013");
    CHECK(nb.formatNumber(7, 0) == "7");
}

TEST_CASE("translate: placeholders in order and by number", "[translation]") {
    CHECK(fill("{} of {}", {"3", "13"}) == "3 of 13");
    CHECK(fill("{1} ledes av {0}", {"the head of interaction", "the professional committee"}) ==
          "the professional committee ledes av the head of interaction");
    CHECK(fill("{} and {}", {"one"}) == "one and {}");  // a missing argument leaves the placeholder
    CHECK(fill("{name} {}", {"x"}) == "{name} x");      // not a placeholder
    CHECK(fill("", {}) == "");
}

TEST_CASE("translate: English needs no catalogue", "[translation]") {
    initTranslation(Language::English);
    const Translator en(Language::English);
    CHECK(en.available());
    CHECK(std::string(en.tr("The committee meets {} times a year.")) ==
          "The committee meets {} times a year.");
    CHECK(std::string(en.trn("{} municipality", "{} municipalities", 1)) == "{} municipality");
    CHECK(std::string(en.trn("{} municipality", "{} municipalities", 13)) == "{} municipalities");
    // Bokmål without initTranslation: no catalogue is bound, the English text is kept.
    const Translator nb(Language::Bokmal);
    CHECK_FALSE(nb.available());
    CHECK(std::string(nb.tr("Usage")) == "Usage");
}

TEST_CASE("translate: lookups and plural forms through gettext", "[translation]") {
    // An English studio that writes a report in bokmål: the process binds the bokmål catalogue, the
    // English Translator still gives the ids.
    ScopedCatalogue catalogue(ORGWEAVE_TEST_LOCALEDIR, Language::English, Language::Bokmal);
    REQUIRE(catalogue.notice.empty());
    const Translator nb(Language::Bokmal);
    REQUIRE(nb.available());
    CHECK(ui().language() == Language::English);
    CHECK(std::string(tr("The committee meets {} times a year.")) == "The committee meets {} times a year.");
    CHECK(fill(nb.tr("The committee meets {} times a year."), {nb.formatCount(5)}) ==
          "Utvalget møtes 5 ganger i året.");
    CHECK(fill(nb.trn("{} municipality", "{} municipalities", 1), {"1"}) == "1 kommune");
    CHECK(fill(nb.trn("{} municipality", "{} municipalities", 13), {"13"}) == "13 kommuner");
    CHECK(fill(nb.trn("{} municipality", "{} municipalities", 0), {"0"}) == "0 kommuner");
    CHECK(fill(nb.tr("{0} chairs {1}"), {"leder", "fagrådet"}) == "fagrådet ledes av leder");
    CHECK(std::string(nb.tr("Untranslated on purpose")) == "Untranslated on purpose");
    CHECK(std::string(nb.tr("Not in the catalogue")) == "Not in the catalogue");
}

TEST_CASE("translate: the process language is bokmål", "[translation]") {
    ScopedCatalogue catalogue(ORGWEAVE_TEST_LOCALEDIR, Language::Bokmal, Language::English);
    REQUIRE(catalogue.notice.empty());
    CHECK(ui().language() == Language::Bokmal);
    CHECK(std::string(tr("The committee meets {} times a year.")) == "Utvalget møtes {} ganger i året.");
    CHECK(std::string(trn("{} municipality", "{} municipalities", 2)) == "{} kommuner");
    // The report's Translator can still be English.
    CHECK(std::string(Translator(Language::English).tr("{0} chairs {1}")) == "{0} chairs {1}");
}

TEST_CASE("translate: the real bokmål catalogue is built and read", "[translation]") {
    ScopedCatalogue catalogue(ORGWEAVE_BUILD_LOCALEDIR_FOR_TESTS, Language::Bokmal, Language::English);
    REQUIRE(catalogue.notice.empty());
    CHECK(std::string(tr("Usage")) == "Bruk");
}

TEST_CASE("translate: XML readers say what is wrong in bokmål too", "[translation]") {
    const std::string broken = "<graphml><graph><node id=\"a\"></graph>";
    const LoadResult english = parseGraphml(broken, "broken.graphml");
    REQUIRE(english.diagnostics.size() == 1);
    CHECK(english.diagnostics.front().message.find("an end tag does not match its start tag") !=
          std::string::npos);
    ScopedCatalogue catalogue(ORGWEAVE_BUILD_LOCALEDIR_FOR_TESTS, Language::Bokmal, Language::English);
    REQUIRE(catalogue.notice.empty());
    for (const LoadResult& result :
         {parseGraphml(broken, "broken.graphml"),
          parseGexf("<gexf><graph><nodes><node id=\"1\"></nodes></graph></gexf>", "broken.gexf")}) {
        REQUIRE(result.diagnostics.size() == 1);
        const std::string& message = result.diagnostics.front().message;
        CHECK(message.find("en slutttagg passer ikke til starttaggen") != std::string::npos);
        CHECK(message.find("mismatch") == std::string::npos);
        CHECK(result.diagnostics.front().line == 1);
    }
}

TEST_CASE("translate: JSON syntax errors are said in the user's language", "[translation]") {
    const std::string broken = "{\"nodes\": [ {\"id\": \"a\", \"kind\": \"role\",, } ] }";
    const LoadResult english = parseDocument(broken, "broken.orgweave.json");
    REQUIRE_FALSE(english.diagnostics.empty());
    CHECK(english.diagnostics.front().message ==
          "invalid JSON: syntax error in an object key: unexpected ','; expected string");
    CHECK(english.diagnostics.front().column == 40);
    ScopedCatalogue catalogue(ORGWEAVE_BUILD_LOCALEDIR_FOR_TESTS, Language::Bokmal, Language::English);
    REQUIRE(catalogue.notice.empty());
    const LoadResult bokmal = parseDocument(broken, "broken.orgweave.json");
    REQUIRE_FALSE(bokmal.diagnostics.empty());
    CHECK(bokmal.diagnostics.front().message ==
          "ugyldig JSON: syntaksfeil i en objektnøkkel: uventet ','; forventet streng");
    const LoadResult word =
        parseDocument("{\"nodes\": [ {\"id\": \"a\", \"kind\": rol} ] }", "w.orgweave.json");
    REQUIRE_FALSE(word.diagnostics.empty());
    CHECK(word.diagnostics.front().message.find("et ord som ikke er JSON") != std::string::npos);
    CHECK(word.diagnostics.front().message.find("last read") == std::string::npos);
}
