#pragma once
// `orgweave import-rc FILE SURVEY.csv --out FILE [--create-roles] [--wave ID …]` and
// `orgweave import-partner FILE SURVEY.csv --out FILE [--create-organizations] [--wave ID …]`: one
// command per survey kind, the same options and steps. import-rc aggregates relational coordination
// responses into directed role-to-role ties with per-dimension means
// (core/RelationalCoordinationImport.hpp); import-partner a trust and value survey in the style of
// PARTNER into directed ties with trust and value attributes (core/PartnerSurveyImport.hpp). Both
// write the document atomically. Exit 2 for an output that cannot hold the result; 1 for an
// unreadable document or survey, an unknown name, a value outside the scale, a wave that cannot be
// used (each message names file:line:col).

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ImportSurveyCommand {
public:
    enum class Survey { RelationalCoordination, TrustAndValue };

    ImportSurveyCommand(CLI::App& parent, Survey survey);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    /// "import-rc" or "import-partner".
    const char* name() const;

    Survey m_survey;
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_surveyFile;
    std::string m_out;
    bool m_createNodes = false;
    std::string m_wave;
    std::string m_waveDate;
    std::string m_wavePhase;
    std::string m_waveLabel;
};

}  // namespace orgweave::cli
