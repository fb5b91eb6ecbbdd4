#pragma once
// `orgweave import-partner FILE SURVEY.csv --out FILE [--create-organizations]`: aggregates a trust
// and value survey in the style of PARTNER (core/PartnerSurveyImport.hpp) into directed
// `collaborates` ties with per-dimension means, trust and value as tie attributes, and writes the
// document atomically. Exit 2 for an output that cannot hold the result; 1 for an unreadable
// document or survey, an unknown name, a value outside 1–4 (each message names file:line:col).

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ImportPartnerCommand {
public:
    explicit ImportPartnerCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_survey;
    std::string m_out;
    bool m_createOrganizations = false;
};

}  // namespace orgweave::cli
