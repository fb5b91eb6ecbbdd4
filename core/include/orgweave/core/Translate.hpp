#pragma once
// Translation of user-facing texts with GNU gettext (glibc's libintl; no extra library).
//
// Design (issue 22; extend it to the report, the checks and the studio the same way):
// - Message ids are the English texts themselves, written in the source as tr("...") or
//   trn("one ...", "{} ...", n). scripts/update-po.sh extracts every such call with xgettext into
//   po/orgweave.pot and merges it into each po/LANG.po (po/LINGUAS lists the languages). Build rules
//   (cmake/OrgweaveTranslation.cmake) compile po/LANG.po with msgfmt into
//   BUILD/share/locale/LANG/LC_MESSAGES/orgweave.mo and install it under share/locale; the test
//   "translation: ..." fails when a message id of the sources has no LANG translation.
// - A Translator is a context: one language for one output. The CLI's and the studio's own texts use
//   the process's Translator (ui(), set once by initTranslation at start); a report or the checks'
//   findings take a Translator argument, so a report can be written in bokmål from an English studio.
//   English is the message ids (no catalogue read); any other language is looked up with
//   dgettext/dngettext in the text domain "orgweave", bound to the catalogue folder with output in
//   UTF-8 whatever LC_CTYPE says.
// - gettext chooses the catalogue from the process's locale, not per call. initTranslation therefore
//   points gettext at the one catalogue the process needs (LANGUAGE=nb, and LC_MESSAGES C.UTF-8 when
//   it was "C", since gettext ignores LANGUAGE in the C locale). LC_NUMERIC and LC_CTYPE are never
//   changed, so parsing and writing documents stay locale-independent. Consequence: one process
//   serves English plus one other language; with a second catalogue, a Translator for a language other
//   than the bound one falls back to English (available() says whether it is really translated).
// - Numbers are formatted by language here (formatNumber: "1 234,5" in nb, "1,234.5" in English), not
//   by the C library's locale, which would need the locale installed and would change strtod.
// - Catalogue folder, first found: $ORGWEAVE_LOCALEDIR; EXE/../share/locale (installed, e.g.
//   /usr/share/locale); the build tree's share/locale (running from the build folder).
// - The language: --lang on the command line, the studio's Settings::language, else the system's
//   (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; "nb", "no" and "nb_NO.UTF-8" are bokmål), else English.
// Cost: tr() is one gettext lookup (a hash probe, cached by glibc) for a non-English language and free
// for English; the catalogue is read once, on the first lookup.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// A language orgweave's texts can be written in. English is the message ids themselves.
enum class Language {
    English,
    Bokmal,  ///< Norwegian bokmål, "nb"
};

/// Every language, English first.
const std::vector<Language>& allLanguages();

/// "en", "nb".
std::string_view languageCode(Language language);

/// The language's own name: "English", "Norsk bokmål".
std::string_view languageName(Language language);

/// Parses a language code or locale name: "en", "en_GB.UTF-8", "nb", "nb_NO.UTF-8", "no", "no_NO".
/// nullopt for anything else (case-insensitive; "C" and "POSIX" are not languages).
std::optional<Language> parseLanguage(std::string_view code);

/// The language the environment asks for: the first known entry of LANGUAGE (colon-separated), else
/// LC_ALL, LC_MESSAGES, LANG; English when none names a known language.
Language systemLanguage();

/// Translates into one language. Cheap to copy.
class Translator {
public:
    explicit Translator(Language language = Language::English) : m_language(language) {}

    Language language() const { return m_language; }

    /// The translation of `msgid`, or `msgid` itself for English or a missing translation. The
    /// pointer stays valid for the life of the process.
    const char* tr(const char* msgid) const;

    /// tr() of a text that is not a literal in the source (a vocabulary label marked with N_, a
    /// setting's words, a user's own value): its translation, or the text itself.
    std::string text(std::string_view msgid) const;

    /// The form for `n` of a message with a singular and a plural id (the language's plural rule).
    const char* trn(const char* singular, const char* plural, unsigned long n) const;

    /// `value` with `decimals` decimals (rounded; 0..9), the language's decimal mark and digit
    /// grouping: nb "12 345,6" (no-break spaces; numbers of four digits are not grouped), English
    /// "12,345.6". Not finite: "–".
    std::string formatNumber(double value, int decimals) const;

    /// formatNumber(value, 0) for a whole number.
    std::string formatCount(long long value) const;

    /// Whether the text of tr() really is in this language: English, or the catalogue is bound and
    /// loaded for it (false when the catalogue is missing, so callers can warn once).
    bool available() const;

private:
    Language m_language;
};

/// Sets the process's language (the CLI's --lang, the studio's setting) and binds the catalogue of
/// every language the process may use (`others`, for example the report's). Call at start, before
/// any thread; again when the studio's setting changes (only from the thread that draws). Returns an
/// empty string, or a notice the user can act on when a catalogue is missing (texts stay English).
std::string initTranslation(Language ui, const std::vector<Language>& others = {});

/// The process's Translator (English until initTranslation).
const Translator& ui();

/// ui().tr(msgid): the CLI's and the studio's own texts.
const char* tr(const char* msgid);

/// ui().trn(singular, plural, n).
const char* trn(const char* singular, const char* plural, unsigned long n);

/// Replaces each "{}" in `pattern` with the next argument, in order (translated patterns keep the
/// placeholders, so a translation can move them). Extra placeholders stay as they are.
std::string fill(std::string_view pattern, const std::vector<std::string>& arguments);

/// Marks a string literal for extraction without translating it (tables of messages that are
/// translated where they are shown, with tr(variable)).
constexpr const char* N_(const char* msgid) {
    return msgid;
}

}  // namespace orgweave::core
