#include "GapsCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"
#include "GapsText.hpp"

#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/GapReportJson.hpp>
#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>

namespace orgweave::cli {

GapsCommand::GapsCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "gaps", core::tr("Where context, architecture, leadership and learning fail to support each other"));
    m_app->add_option("FILE", m_file, core::tr("Document (.orgweave.json, .graphml, .csv, .dot)"))
        ->required();
    m_app->add_option("--phase", m_phase, core::tr("Evaluate the document as it stands in this phase"));
    m_app->add_option("--rules", m_rules,
                      core::tr("JSON file overriding rule thresholds, e.g. {\"context_high\": 3}"));
    m_app
        ->add_option("--format", m_format, core::tr("Output: table, json or md (Markdown for meeting notes)"))
        ->check(CLI::IsMember({"table", "json", "md"}))
        ->capture_default_str();
    m_app->add_option("--out", m_out, core::tr("Write to this file (atomically) instead of standard output"));
}

int GapsCommand::run() const {
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "gaps", status);
    if (!model)
        return status;
    core::GapSettings settings;
    if (!m_rules.empty()) {
        const core::GapSettingsResult rules = core::loadGapSettings(m_rules);
        printDiagnostics(rules.diagnostics);
        if (!rules.settings)
            return kExitBadInput;
        settings = *rules.settings;
    }
    core::GapReport report;
    try {
        // Texts in the user's language for the table and Markdown; JSON stays English (machine output).
        if (m_format != "json")
            settings.texts = core::ui();
        report = core::findGaps(*model, settings, m_phase);
    } catch (const std::invalid_argument& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    const auto& meta = model->annotations.meta;
    std::string title = meta.title.empty() ? m_file : meta.title;
    if (!m_phase.empty())
        title += " (phase " + m_phase + ")";
    std::string text;
    if (m_format == "json") {
        text = core::gapReportToJson(report, *model).dump(2) + "\n";
    } else if (m_format == "md") {
        text = gapsMarkdown(report, *model, title);
    } else {
        text = gapsTable(report, *model, title);
    }
    return writeOutput(text, m_out, "gaps");
}

}  // namespace orgweave::cli
