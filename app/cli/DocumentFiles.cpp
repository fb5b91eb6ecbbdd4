#include "DocumentFiles.hpp"

#include "ExitCode.hpp"

#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <stdexcept>

namespace orgweave::cli {

bool isWritable(FileFormat) {
    return true;
}

void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format) {
    core::Diagnostics warnings;
    layouts::saveAny(model, path, format, warnings);
    printDiagnostics(warnings);
}

std::optional<core::Model> loadForCommand(const std::string& file, const char* command, int& exitCode,
                                          std::size_t* diagnosticCount) {
    std::string why;
    const auto format = formatOf(file, why);
    if (!format) {
        std::cerr << "orgweave " << command << ": " << why << '\n';
        exitCode = kExitUsage;
        return std::nullopt;
    }
    core::LoadResult loaded = loadAny(file, *format);
    printDiagnostics(loaded.diagnostics);
    if (diagnosticCount != nullptr)
        *diagnosticCount = loaded.diagnostics.size();
    if (!loaded.ok()) {
        exitCode = kExitBadInput;
        return std::nullopt;
    }
    exitCode = kExitSuccess;
    return std::move(loaded.model);
}

int writeOutput(const std::string& text, const std::string& out, const char* command) {
    if (out.empty() || out == "-") {
        std::cout << text;
        return kExitSuccess;
    }
    try {
        core::writeFileAtomically(out, text);
    } catch (const std::exception& e) {
        std::cerr << "orgweave " << command << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    return kExitSuccess;
}

void printDiagnostics(const core::Diagnostics& diagnostics) {
    // Diagnostic::format() with "error" and "warning" in the user's language.
    for (const core::Diagnostic& d : diagnostics) {
        std::string where = d.file.empty() ? std::string("<input>") : d.file;
        if (d.line > 0)
            where += ':' + std::to_string(d.line) +
                     (d.column > 0 ? ':' + std::to_string(d.column) : std::string());
        std::cerr << where << ": "
                  << (d.severity == core::Severity::Error ? core::tr("error") : core::tr("warning")) << ": "
                  << d.message << '\n';
    }
}

}  // namespace orgweave::cli
