#include "DiffCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/ComparisonJson.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/core/Translate.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace orgweave::cli {

namespace {

std::string phaseName(const core::Model& model, const std::string& id) {
    const auto& phases = model.annotations.phases;
    auto it = std::find_if(phases.begin(), phases.end(), [&](const core::Phase& p) { return p.id == id; });
    return it == phases.end() || it->label.empty() ? id : it->label + " (" + id + ")";
}

}  // namespace

DiffCommand::DiffCommand(CLI::App& parent) {
    m_app =
        parent.add_subcommand("diff", core::tr("What changed between two files, or two phases of one file"));
    m_app
        ->add_option("FILES", m_files, core::tr("Two documents of one format, or one document with --phases"))
        ->required()
        ->expected(1, 2);
    m_app
        ->add_option("--phases", m_phases,
                     core::tr("Compare these two phases of one document (before, after)"))
        ->expected(2);
    m_app
        ->add_option(
            "--waves", m_waves,
            core::tr("Compare two relational coordination survey waves of one document (before, after)"))
        ->expected(2);
    m_options.addTo(*m_app);
}

int DiffCommand::run() const {
    if (!m_waves.empty() && (!m_phases.empty() || m_files.size() != 1)) {
        std::cerr << "orgweave diff: "
                  << core::tr("--waves compares two survey waves of one file; give one file and no --phases")
                  << '\n';
        return kExitUsage;
    }
    if (m_files.size() == 1 && m_phases.empty() && m_waves.empty()) {
        std::cerr << "orgweave diff: "
                  << core::tr(
                         "give two files (orgweave diff A B) or one file and two phases (orgweave diff "
                         "FILE --phases P1 P2)")
                  << '\n';
        return kExitUsage;
    }
    if (m_files.size() == 2 && !m_phases.empty()) {
        std::cerr << "orgweave diff: "
                  << core::tr(
                         "--phases compares two phases of one file; give one file with --phases, or two "
                         "files without it")
                  << '\n';
        return kExitUsage;
    }
    if (m_files.size() == 2) {
        std::string why;
        const auto a = formatOf(m_files[0], why);
        const auto b = a ? formatOf(m_files[1], why) : std::nullopt;
        if (!a || !b) {
            std::cerr << "orgweave diff: " << why << '\n';
            return kExitUsage;
        }
        if (*a != *b) {
            // Suggest converting the file that is not native into the other one's format.
            const bool convertFirst = *a != layouts::FileFormat::Native && *b == layouts::FileFormat::Native;
            const std::string& from = convertFirst ? m_files[0] : m_files[1];
            const std::string& other = convertFirst ? m_files[1] : m_files[0];
            const auto otherFormat = convertFirst ? *b : *a;
            const std::string extension = otherFormat == layouts::FileFormat::Native
                                              ? ".orgweave.json"
                                              : core::lowercaseExtension(other);
            const std::string to = (std::filesystem::path(from).parent_path() /
                                    (std::filesystem::path(from).stem().string() + extension))
                                       .string();
            std::cerr << "orgweave diff: "
                      << core::fill(
                             core::tr("{} ({}) and {} ({}) are in different formats; compare two files of "
                                      "one format, converting one first:"),
                             {m_files[0], std::string(layouts::formatName(*a)), m_files[1],
                              std::string(layouts::formatName(*b))})
                      << "\n  orgweave convert " << from << " " << to << '\n';
            return kExitUsage;
        }
    }
    int status = kExitSuccess;
    const std::optional<core::Model> before = loadForCommand(m_files[0], "diff", status);
    if (!before)
        return status;
    std::optional<core::Model> second;
    if (m_files.size() == 2) {
        second = loadForCommand(m_files[1], "diff", status);
        if (!second)
            return status;
    }
    const core::Model& after = second ? *second : *before;
    const std::string phaseBefore = m_phases.empty() ? std::string() : m_phases[0];
    const std::string phaseAfter = m_phases.empty() ? std::string() : m_phases[1];

    core::Comparison c;
    try {
        core::CompareOptions options = m_options.toCore();
        if (!m_waves.empty()) {
            options.waveBefore = m_waves[0];
            options.waveAfter = m_waves[1];
        }
        c = core::compareModels(*before, phaseBefore, after, phaseAfter, options);
    } catch (const core::ComparisonError& e) {
        std::cerr << m_files[0] << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    std::string title;
    if (second) {
        c.nameBefore = m_files[0];
        c.nameAfter = m_files[1];
    } else if (!m_waves.empty()) {
        c.nameBefore = core::fill(core::tr("wave {}"), {m_waves[0]});
        c.nameAfter = core::fill(core::tr("wave {}"), {m_waves[1]});
        const std::string& docTitle = before->annotations.meta.title;
        title = (docTitle.empty() ? m_files[0] : docTitle) + ": ";
    } else {
        c.nameBefore = phaseName(*before, phaseBefore);
        c.nameAfter = phaseName(*before, phaseAfter);
        const std::string& docTitle = before->annotations.meta.title;
        title = (docTitle.empty() ? m_files[0] : docTitle) + ": ";
    }
    title = core::fill(core::tr("Diff: {}"), {title + c.nameBefore + " → " + c.nameAfter});
    std::string text = m_options.format == "json" ? core::comparisonToJson(c).dump(2) + "\n"
                                                  : comparisonText(c, title, m_options.style());
    return writeOutput(text, m_options.out, "diff");
}

}  // namespace orgweave::cli
