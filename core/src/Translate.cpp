#include "orgweave/core/Translate.hpp"

#include <libintl.h>

#include <algorithm>
#include <cctype>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

// glibc's counter of catalogue changes: incremented after LANGUAGE changes so that gettext forgets
// the translations it cached (documented in the GNU gettext manual, "Being a gettext grok").
extern "C" int _nl_msg_cat_cntr;

namespace orgweave::core {

namespace {

constexpr const char* kDomain = "orgweave";

/// The language gettext reads (the one catalogue bound), if any.
std::optional<Language> g_bound;
Translator g_ui;

std::string lower(std::string_view text) {
    std::string result(text);
    for (char& c : result)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

/// The folders that may hold LANG/LC_MESSAGES/orgweave.mo, in the order they are tried.
std::vector<std::filesystem::path> catalogueFolders() {
    std::vector<std::filesystem::path> folders;
    if (const char* env = std::getenv("ORGWEAVE_LOCALEDIR"); env != nullptr && *env != '\0')
        folders.emplace_back(env);
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error)
        folders.push_back(exe.parent_path().parent_path() / "share" / "locale");
#ifdef ORGWEAVE_BUILD_LOCALEDIR
    folders.emplace_back(ORGWEAVE_BUILD_LOCALEDIR);
#endif
    return folders;
}

/// Whether gettext has the catalogue of `language` loaded: its header (the translation of "")
/// names the language.
bool catalogueLoaded(Language language) {
    const char* header = dgettext(kDomain, "");
    if (header == nullptr || *header == '\0')
        return false;
    const std::string expected = "Language: " + std::string(languageCode(language));
    return std::strstr(header, expected.c_str()) != nullptr;
}

/// Groups the digits of a non-negative integer written in `digits` with `separator` every three
/// digits from the right, when it has at least `minimum` digits.
std::string groupDigits(const std::string& digits, std::string_view separator, std::size_t minimum) {
    if (digits.size() < minimum)
        return digits;
    std::string result;
    const std::size_t head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    result.append(digits, 0, head);
    for (std::size_t i = head; i < digits.size(); i += 3) {
        result.append(separator);
        result.append(digits, i, 3);
    }
    return result;
}

}  // namespace

const std::vector<Language>& allLanguages() {
    static const std::vector<Language> languages{Language::English, Language::Bokmal};
    return languages;
}

std::string_view languageCode(Language language) {
    switch (language) {
        case Language::Bokmal:
            return "nb";
        case Language::English:
            break;
    }
    return "en";
}

std::string_view languageName(Language language) {
    switch (language) {
        case Language::Bokmal:
            return "Norsk bokmål";
        case Language::English:
            break;
    }
    return "English";
}

std::optional<Language> parseLanguage(std::string_view code) {
    // The language part of a locale name: "nb_NO.UTF-8@euro" -> "nb".
    const std::size_t end = code.find_first_of("_-.@");
    const std::string language = lower(code.substr(0, end));
    if (language == "en")
        return Language::English;
    if (language == "nb" || language == "no")
        return Language::Bokmal;
    return std::nullopt;
}

Language systemLanguage() {
    if (const char* list = std::getenv("LANGUAGE"); list != nullptr) {
        std::string_view rest(list);
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            if (const auto language = parseLanguage(rest.substr(0, colon)))
                return *language;
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value == nullptr || *value == '\0')
            continue;
        // The first variable that is set decides, as for setlocale(LC_MESSAGES, "").
        return parseLanguage(value).value_or(Language::English);
    }
    return Language::English;
}

const char* Translator::tr(const char* msgid) const {
    if (m_language == Language::English || g_bound != m_language)
        return msgid;
    return dgettext(kDomain, msgid);
}

const char* Translator::trn(const char* singular, const char* plural, unsigned long n) const {
    if (m_language == Language::English || g_bound != m_language)
        return n == 1 ? singular : plural;
    return dngettext(kDomain, singular, plural, n);
}

std::string Translator::text(std::string_view msgid) const {
    const std::string id(msgid);
    return std::string(tr(id.c_str()));
}

std::string Translator::formatNumber(double value, int decimals) const {
    if (!std::isfinite(value))
        return "\u2013";
    decimals = std::clamp(decimals, 0, 9);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string text(buffer);
    const std::size_t point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string fraction = point == std::string::npos ? std::string() : text.substr(point + 1);
    const bool zero = std::all_of(text.begin(), text.end(), [](char c) { return c == '0' || c == '.'; });
    const bool bokmal = m_language == Language::Bokmal;
    // Norwegian: no-break space between groups from five digits on (Språkrådet), decimal comma.
    std::string result = (value < 0 && !zero) ? "-" : "";
    result += bokmal ? groupDigits(whole, "\u00a0", 5) : groupDigits(whole, ",", 4);
    if (!fraction.empty()) {
        result += bokmal ? ',' : '.';
        result += fraction;
    }
    return result;
}

std::string Translator::formatCount(long long value) const {
    return formatNumber(static_cast<double>(value), 0);
}

bool Translator::available() const {
    return m_language == Language::English || (g_bound == m_language && catalogueLoaded(m_language));
}

std::string initTranslation(Language uiLanguage, const std::vector<Language>& others) {
    g_ui = Translator(uiLanguage);
    std::optional<Language> wanted;
    if (uiLanguage != Language::English) {
        wanted = uiLanguage;
    } else {
        for (Language other : others) {
            if (other != Language::English) {
                wanted = other;
                break;
            }
        }
    }
    if (wanted == g_bound)
        return {};
    g_bound.reset();
    if (!wanted)
        return {};

    const std::string code(languageCode(*wanted));
    const std::filesystem::path relative = std::filesystem::path(code) / "LC_MESSAGES" / "orgweave.mo";
    std::string looked;
    std::optional<std::filesystem::path> folder;
    for (const std::filesystem::path& candidate : catalogueFolders()) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate / relative, error)) {
            folder = candidate;
            break;
        }
        looked += (looked.empty() ? "" : ", ") + (candidate / relative).string();
    }
    const std::string missing = "the " + std::string(languageName(*wanted)) +
                                " translation is not installed (looked for " + looked +
                                "); texts stay in English";
    if (!folder)
        return missing;

    bindtextdomain(kDomain, folder->c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
    // gettext reads LANGUAGE only when LC_MESSAGES is not the C locale; C.UTF-8 is glibc's own.
    ::setenv("LANGUAGE", code.c_str(), 1);
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    if (messages == nullptr || std::strcmp(messages, "C") == 0 || std::strcmp(messages, "POSIX") == 0) {
        if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr && std::setlocale(LC_MESSAGES, "") == nullptr)
            return "the C.UTF-8 locale is missing, so the " + std::string(languageName(*wanted)) +
                   " translation cannot be read; texts stay in English";
    }
    ++_nl_msg_cat_cntr;
    g_bound = wanted;
    if (!catalogueLoaded(*wanted)) {
        g_bound.reset();
        return "the " + std::string(languageName(*wanted)) + " translation in " + folder->string() +
               " could not be read; texts stay in English";
    }
    return {};
}

const Translator& ui() {
    return g_ui;
}

const char* tr(const char* msgid) {
    return g_ui.tr(msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    return g_ui.trn(singular, plural, n);
}

std::string fill(std::string_view pattern, const std::vector<std::string>& arguments) {
    std::string result;
    std::size_t next = 0;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view inside = pattern.substr(i + 1, close - i - 1);
                std::size_t index = next;
                bool placeholder = inside.empty();
                if (!inside.empty() && inside.size() <= 2 &&
                    std::all_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                    index = static_cast<std::size_t>(std::stoi(std::string(inside)));
                    placeholder = true;
                }
                if (placeholder && index < arguments.size()) {
                    result += arguments[index];
                    if (inside.empty())
                        ++next;
                    i = close + 1;
                    continue;
                }
            }
        }
        result += pattern[i];
        ++i;
    }
    return result;
}

}  // namespace orgweave::core
