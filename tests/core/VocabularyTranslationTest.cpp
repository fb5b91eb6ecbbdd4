// Built-in vocabularies in the user's language: every description is a message id (N_) with a bokmål
// translation in po/nb.po, VocabularyEntry::describe() gives it in the process's language or a
// report's, and English stays the message id itself.

#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace orgweave::core;

namespace {

/// Every built-in vocabulary of Vocabulary.hpp.
std::vector<const Vocabulary*> allVocabularies() {
    namespace v = vocabulary;
    std::vector<const Vocabulary*> all{&v::nodeKinds(), &v::tieKinds()};
    for (NodeKind kind : kAllNodeKinds)
        all.push_back(&v::typesOf(kind));
    for (const Vocabulary* each : {&v::contextFactors(),
                                   &v::governanceForms(),
                                   &v::committeeMandates(),
                                   &v::decisionRules(),
                                   &v::permanence(),
                                   &v::architectureCharacteristics(),
                                   &v::seats(),
                                   &v::leadershipBehaviors(),
                                   &v::leadershipCapabilities(),
                                   &v::leadershipLevels(),
                                   &v::decisionAuthority(),
                                   &v::learningStrategies(),
                                   &v::learningPractices(),
                                   &v::learningPhases(),
                                   &v::learningStatus(),
                                   &v::contradictionLevels(),
                                   &v::rcDimensions(),
                                   &v::bureaucracyModes(),
                                   &v::parties(),
                                   &v::sectors(),
                                   &v::settings(),
                                   &v::participation(),
                                   &v::benchmarkingPurposes(),
                                   &v::dialogue(),
                                   &v::recordedElements()})
        all.push_back(each);
    return all;
}

/// The real catalogues of the build (po/LANG.po) for one scope, with `ui` as the process's language;
/// English after.
class ScopedBuildCatalogue {
public:
    explicit ScopedBuildCatalogue(Language ui) {
        if (const char* old = std::getenv("ORGWEAVE_LOCALEDIR"))
            m_old = old;
        ::setenv("ORGWEAVE_LOCALEDIR", ORGWEAVE_BUILD_LOCALEDIR_FOR_TESTS, 1);
        notice = initTranslation(ui, {Language::English});
    }
    ~ScopedBuildCatalogue() {
        if (m_old)
            ::setenv("ORGWEAVE_LOCALEDIR", m_old->c_str(), 1);
        else
            ::unsetenv("ORGWEAVE_LOCALEDIR");
        initTranslation(Language::English);
    }
    ScopedBuildCatalogue(const ScopedBuildCatalogue&) = delete;
    ScopedBuildCatalogue& operator=(const ScopedBuildCatalogue&) = delete;

    std::string notice;

private:
    std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("vocabulary: every description has a bokmål translation", "[vocabulary][translation]") {
    ScopedBuildCatalogue catalogue(Language::Bokmal);
    REQUIRE(catalogue.notice.empty());
    REQUIRE(ui().language() == Language::Bokmal);
    const Translator nb(Language::Bokmal);
    const Translator en(Language::English);
    std::size_t entries = 0;
    for (const Vocabulary* vocabulary : allVocabularies()) {
        for (const VocabularyEntry& entry : vocabulary->entries) {
            INFO(vocabulary->name << " / " << entry.id << ": " << entry.description);
            const std::string_view translated = entry.describe();
            CHECK(translated != entry.description);
            REQUIRE_FALSE(translated.empty());
            CHECK(translated.back() == '.');                      // one sentence, as in English
            CHECK(translated.data()[translated.size()] == '\0');  // usable with printf's %s
            CHECK(entry.describe(nb) == translated);
            // A report in English from a studio in bokmål keeps the English text.
            CHECK(entry.describe(en) == entry.description);
            ++entries;
        }
    }
    CHECK(entries >= 187);
    // The domain's own words.
    CHECK(std::string(vocabulary::nodeKinds().find("role")->describe()).find("praksiskonsulent") !=
          std::string::npos);
    CHECK(std::string(vocabulary::typesOf(NodeKind::Site).find("municipal_acute_beds")->describe())
              .find("øyeblikkelig hjelp") != std::string::npos);
}

TEST_CASE("vocabulary: descriptions are the English text by default", "[vocabulary][translation]") {
    initTranslation(Language::English);
    REQUIRE(ui().language() == Language::English);
    for (const Vocabulary* vocabulary : allVocabularies()) {
        for (const VocabularyEntry& entry : vocabulary->entries) {
            INFO(vocabulary->name << " / " << entry.id);
            CHECK(entry.describe() == entry.description);
            CHECK(entry.describe(Translator(Language::English)) == entry.description);
        }
    }
    const VocabularyEntry* gp = vocabulary::typesOf(NodeKind::Role).find("gp");
    REQUIRE(gp != nullptr);
    CHECK(gp->describe() == "A general practitioner, the patient's regular doctor in primary care.");
}
