#include "ImportSurveyCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/PartnerSurveyImport.hpp>
#include <orgweave/core/RelationalCoordinationImport.hpp>
#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>

namespace orgweave::cli {

using core::tr;

namespace {

/// What either import did, for the summary line.
struct Imported {
    core::Diagnostics diagnostics;
    std::vector<std::string> notes;
    std::size_t responses = 0;
    std::size_t tiesCreated = 0;
    std::size_t tiesUpdated = 0;
    std::size_t nodesCreated = 0;
};

template <typename Result>
Imported summaryOf(const Result& result, std::size_t nodesCreated) {
    return {result.diagnostics, result.notes,       result.responses,
            result.tiesCreated, result.tiesUpdated, nodesCreated};
}

}  // namespace

ImportSurveyCommand::ImportSurveyCommand(CLI::App& parent, Survey survey) : m_survey(survey) {
    const bool rc = survey == Survey::RelationalCoordination;
    m_app = parent.add_subcommand(
        name(),
        rc ? tr("Import relational coordination survey scores as directed role-to-role ties")
           : tr("Import a trust and value survey (PARTNER style) as directed ties with trust and value "
                "scores"));
    m_app
        ->add_option("FILE", m_file, tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app
        ->add_option(
            "SURVEY", m_surveyFile,
            rc ? tr("Survey responses (.csv): respondent_role, rated_role, frequent, timely, accurate, "
                    "problem_solving, shared_goals, shared_knowledge, mutual_respect [, focal_process]")
               : tr("Survey responses (.csv): respondent, partner, reliability, mission, openness, "
                    "power, involvement, resources (each 1-4)"))
        ->required();
    m_app->add_option("--out", m_out, tr("Document to write, atomically (.orgweave.json keeps every score)"))
        ->required();
    if (rc)
        m_app->add_flag("--create-roles", m_createNodes,
                        tr("Add roles the survey names but the document lacks"));
    else
        m_app->add_flag("--create-organizations", m_createNodes,
                        tr("Add organizations the survey names but the document lacks"));
    m_app->add_option("--wave", m_wave,
                      tr("Survey wave the scores belong to (earlier waves are kept, never averaged in)"));
    m_app->add_option("--wave-date", m_waveDate, tr("Month of a new wave (YYYY-MM)"));
    m_app->add_option("--wave-phase", m_wavePhase, tr("Phase a new wave belongs to (a phase id)"));
    m_app->add_option("--wave-label", m_waveLabel, tr("Label of a new wave"));
}

const char* ImportSurveyCommand::name() const {
    return m_survey == Survey::RelationalCoordination ? "import-rc" : "import-partner";
}

int ImportSurveyCommand::run() const {
    const std::string command = std::string("orgweave ") + name();
    std::string why;
    const auto outFormat = formatOf(m_out, why);
    if (!outFormat) {
        std::cerr << command << ": " << why << '\n';
        return kExitUsage;
    }
    if (!isWritable(*outFormat)) {
        std::cerr << command << ": " << m_out << ": "
                  << tr("cannot write this format; give --out FILE.orgweave.json") << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    std::optional<core::Model> loaded = loadForCommand(m_file, name(), status);
    if (!loaded)
        return status;

    core::Model model = std::move(*loaded);
    Imported imported;
    if (m_survey == Survey::RelationalCoordination) {
        const core::RcImportOptions options{m_createNodes, m_wave, m_waveDate, m_wavePhase, m_waveLabel};
        const core::RcImportResult result =
            core::importRelationalCoordinationFile(model, m_surveyFile, options);
        imported = summaryOf(result, result.rolesCreated);
    } else {
        const core::PartnerImportOptions options{m_createNodes, m_wave, m_waveDate, m_wavePhase, m_waveLabel};
        const core::PartnerImportResult result = core::importPartnerSurveyFile(model, m_surveyFile, options);
        imported = summaryOf(result, result.organizationsCreated);
    }
    printDiagnostics(imported.diagnostics);
    for (const std::string& note : imported.notes)
        std::cerr << note << '\n';
    if (core::hasErrors(imported.diagnostics))
        return kExitBadInput;
    try {
        saveAny(model, m_out, *outFormat);
    } catch (const std::exception& e) {
        std::cerr << command << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    const bool rc = m_survey == Survey::RelationalCoordination;
    std::cout << core::fill(
        rc ? core::trn("wrote {}: {} response into {} new and {} updated RC ties",
                       "wrote {}: {} responses into {} new and {} updated RC ties", imported.responses)
           : core::trn("wrote {}: {} response into {} new and {} updated ties with trust and value",
                       "wrote {}: {} responses into {} new and {} updated ties with trust and value",
                       imported.responses),
        {m_out, std::to_string(imported.responses), std::to_string(imported.tiesCreated),
         std::to_string(imported.tiesUpdated)});
    if (imported.nodesCreated > 0)
        std::cout << core::fill(
            rc ? core::trn(", {} role added", ", {} roles added", imported.nodesCreated)
               : core::trn(", {} organization added", ", {} organizations added", imported.nodesCreated),
            {std::to_string(imported.nodesCreated)});
    std::cout << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
