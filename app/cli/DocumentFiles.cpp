#include "DocumentFiles.hpp"

#include "ExitCode.hpp"

#include <orgweave/core/AtomicFile.hpp>

#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/layouts/DotFormat.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <stdexcept>

namespace orgweave::cli {

namespace {
/// Formats promised by the command-line contract (DESIGN.md §7) that this build cannot handle yet.
constexpr std::array<std::string_view, 3> kPlannedExtensions{".gexf", ".net", ".dl"};
}  // namespace

std::optional<FileFormat> formatOf(const std::filesystem::path& path, std::string& why) {
    if (core::isNativeDocumentPath(path)) return FileFormat::Native;
    if (layouts::isDotPath(path)) return FileFormat::Dot;
    if (core::isGraphmlPath(path)) return FileFormat::Graphml;
    if (core::isCsvPath(path)) return FileFormat::EdgeListCsv;
    const std::string ext = core::lowercaseExtension(path);
    if (std::find(kPlannedExtensions.begin(), kPlannedExtensions.end(), ext) != kPlannedExtensions.end()) {
        why = path.string() + ": the " + ext +
              " format is not supported by this version yet; it reads .orgweave.json, .graphml, .csv (edge list), .dot and .gv";
    } else {
        why = path.string() + ": unknown file format \"" + (ext.empty() ? std::string("(no extension)") : ext) +
              "\"; use .orgweave.json, .graphml, .csv, .dot or .gv";
    }
    return std::nullopt;
}

core::LoadResult loadAny(const std::filesystem::path& path, FileFormat format) {
    switch (format) {
        case FileFormat::Dot: return layouts::loadDot(path);
        case FileFormat::Graphml: return core::loadGraphml(path);
        case FileFormat::EdgeListCsv: return core::loadEdgeListCsv(path);
        case FileFormat::Native: break;
    }
    return core::loadDocument(path);
}

void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format) {
    switch (format) {
        case FileFormat::Dot: layouts::saveDot(model, path); return;
        case FileFormat::Graphml:
        case FileFormat::EdgeListCsv:
            throw std::runtime_error(path.string() + ": writing this format is not supported by this version yet");
        case FileFormat::Native: break;
    }
    core::saveDocument(model, path);
}

bool isWritable(FileFormat format) { return format == FileFormat::Native || format == FileFormat::Dot; }

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
    for (const core::Diagnostic& d : diagnostics) std::cerr << d.format() << '\n';
}

}  // namespace orgweave::cli
