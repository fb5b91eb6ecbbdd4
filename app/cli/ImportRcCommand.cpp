#include "ImportRcCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/RelationalCoordinationImport.hpp>
#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>

namespace orgweave::cli {

ImportRcCommand::ImportRcCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "import-rc", core::tr("Import relational coordination survey scores as directed role-to-role ties"));
    m_app
        ->add_option("FILE", m_file,
                     core::tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app
        ->add_option(
            "SURVEY", m_survey,
            core::tr("Survey responses (.csv): respondent_role, rated_role, frequent, timely, accurate, "
                     "problem_solving, shared_goals, shared_knowledge, mutual_respect [, focal_process]"))
        ->required();
    m_app
        ->add_option("--out", m_out,
                     core::tr("Document to write, atomically (.orgweave.json keeps every score and count)"))
        ->required();
    m_app->add_flag("--create-roles", m_createRoles,
                    core::tr("Add roles the survey names but the document lacks"));
    m_app->add_option(
        "--wave", m_wave,
        core::tr("Survey wave the scores belong to (earlier waves are kept, never averaged in)"));
    m_app->add_option("--wave-date", m_waveDate, core::tr("Month of a new wave (YYYY-MM)"));
    m_app->add_option("--wave-phase", m_wavePhase, core::tr("Phase a new wave belongs to (a phase id)"));
    m_app->add_option("--wave-label", m_waveLabel, core::tr("Label of a new wave"));
}

int ImportRcCommand::run() const {
    std::string why;
    const auto outFormat = formatOf(m_out, why);
    if (!outFormat) {
        std::cerr << "orgweave import-rc: " << why << '\n';
        return kExitUsage;
    }
    if (!isWritable(*outFormat)) {
        std::cerr << "orgweave import-rc: " << m_out << ": "
                  << core::tr("cannot write this format; give --out FILE.orgweave.json") << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    std::optional<core::Model> loaded = loadForCommand(m_file, "import-rc", status);
    if (!loaded)
        return status;

    core::Model model = std::move(*loaded);
    core::RcImportOptions options;
    options.createRoles = m_createRoles;
    options.wave = m_wave;
    options.waveDate = m_waveDate;
    options.wavePhase = m_wavePhase;
    options.waveLabel = m_waveLabel;
    const core::RcImportResult imported = core::importRelationalCoordinationFile(model, m_survey, options);
    printDiagnostics(imported.diagnostics);
    for (const std::string& note : imported.notes)
        std::cerr << note << '\n';
    if (!imported.ok())
        return kExitBadInput;
    try {
        saveAny(model, m_out, *outFormat);
    } catch (const std::exception& e) {
        std::cerr << "orgweave import-rc: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cout << "wrote " << m_out << ": " << imported.responses << " response"
              << (imported.responses == 1 ? "" : "s") << " into " << imported.tiesCreated << " new and "
              << imported.tiesUpdated << " updated RC tie"
              << (imported.tiesCreated + imported.tiesUpdated == 1 ? "" : "s");
    if (imported.rolesCreated > 0)
        std::cout << ", " << imported.rolesCreated << " role" << (imported.rolesCreated == 1 ? "" : "s")
                  << " added";
    std::cout << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
