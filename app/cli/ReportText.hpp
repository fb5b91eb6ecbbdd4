#pragma once
// The one place every text of the report passes through (HTML and Markdown): a Translator lookup
// (core/Translate.hpp), so a report can be written in another language than the program's own.
// `say` is deliberately not an extraction keyword of scripts/update-po.sh yet: the bokmål step adds
// `--keyword=say` there and translates the report's texts in po/nb.po in one go (until then the
// "translation:" test would fail on every untranslated report text).

#include <orgweave/core/Translate.hpp>

#include <string>
#include <vector>

namespace orgweave::cli {

/// The report's text `msgid` in the translator's language.
inline std::string say(const core::Translator& t, const char* msgid) {
    return t.tr(msgid);
}

/// A pattern with "{}" placeholders, translated, then filled in order.
inline std::string sayf(const core::Translator& t, const char* pattern,
                        const std::vector<std::string>& args) {
    return core::fill(t.tr(pattern), args);
}

/// The singular or plural pattern for `n`, translated, then filled with `n` and `args`.
inline std::string sayn(const core::Translator& t, const char* singular, const char* plural, unsigned long n,
                        std::vector<std::string> args = {}) {
    args.insert(args.begin(), t.formatCount(static_cast<long long>(n)));
    return core::fill(t.trn(singular, plural, n), args);
}

}  // namespace orgweave::cli
