#pragma once
// `orgweave import-rc FILE SURVEY.csv --out FILE [--create-roles]`: aggregates relational
// coordination survey responses into directed role-to-role `collaborates` ties with per-dimension
// means (core/RelationalCoordinationImport.hpp) and writes the document atomically. Exit 2 for an
// output that cannot hold the result; 1 for an unreadable document or survey, an unknown role,
// a value outside 1–5 (each message names file:line:col).

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ImportRcCommand {
public:
    explicit ImportRcCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_survey;
    std::string m_out;
    bool m_createRoles = false;
    std::string m_wave;
    std::string m_waveDate;
    std::string m_wavePhase;
    std::string m_waveLabel;
};

}  // namespace orgweave::cli
