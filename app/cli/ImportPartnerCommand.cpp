#include "ImportPartnerCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/PartnerSurveyImport.hpp>
#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>

namespace orgweave::cli {

using core::tr;

ImportPartnerCommand::ImportPartnerCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "import-partner",
        tr("Import a trust and value survey (PARTNER style) as directed ties with trust and value scores"));
    m_app
        ->add_option("FILE", m_file, tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app
        ->add_option(
            "SURVEY", m_survey,
            tr("Survey responses (.csv): respondent, partner, reliability, mission, openness, power, "
               "involvement, resources (each 1-4)"))
        ->required();
    m_app->add_option("--out", m_out, tr("Document to write, atomically (.orgweave.json keeps every score)"))
        ->required();
    m_app->add_flag("--create-organizations", m_createOrganizations,
                    tr("Add organizations the survey names but the document lacks"));
}

int ImportPartnerCommand::run() const {
    std::string why;
    const auto outFormat = formatOf(m_out, why);
    if (!outFormat) {
        std::cerr << "orgweave import-partner: " << why << '\n';
        return kExitUsage;
    }
    if (!isWritable(*outFormat)) {
        std::cerr << "orgweave import-partner: " << m_out << ": "
                  << tr("cannot write this format; give --out FILE.orgweave.json") << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    std::optional<core::Model> loaded = loadForCommand(m_file, "import-partner", status);
    if (!loaded)
        return status;

    core::Model model = std::move(*loaded);
    core::PartnerImportOptions options;
    options.createOrganizations = m_createOrganizations;
    const core::PartnerImportResult imported = core::importPartnerSurveyFile(model, m_survey, options);
    printDiagnostics(imported.diagnostics);
    for (const std::string& note : imported.notes)
        std::cerr << note << '\n';
    if (!imported.ok())
        return kExitBadInput;
    try {
        saveAny(model, m_out, *outFormat);
    } catch (const std::exception& e) {
        std::cerr << "orgweave import-partner: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cout << core::fill(
        core::trn("wrote {}: {} response into {} new and {} updated ties with trust and value",
                  "wrote {}: {} responses into {} new and {} updated ties with trust and value",
                  imported.responses),
        {m_out, std::to_string(imported.responses), std::to_string(imported.tiesCreated),
         std::to_string(imported.tiesUpdated)});
    if (imported.organizationsCreated > 0)
        std::cout << core::fill(
            core::trn(", {} organization added", ", {} organizations added", imported.organizationsCreated),
            {std::to_string(imported.organizationsCreated)});
    std::cout << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
