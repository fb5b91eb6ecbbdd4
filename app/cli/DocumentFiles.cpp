#include "DocumentFiles.hpp"

#include <orgweave/layouts/DotFormat.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>

namespace orgweave::cli {

namespace {
/// Formats promised by the command-line contract (DESIGN.md §7) that this build cannot handle yet.
constexpr std::array<std::string_view, 4> kPlannedExtensions{".graphml", ".gexf", ".csv", ".net"};
}  // namespace

std::optional<FileFormat> formatOf(const std::filesystem::path& path, std::string& why) {
    if (core::isNativeDocumentPath(path)) return FileFormat::Native;
    if (layouts::isDotPath(path)) return FileFormat::Dot;
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (std::find(kPlannedExtensions.begin(), kPlannedExtensions.end(), ext) != kPlannedExtensions.end()) {
        why = path.string() + ": the " + ext +
              " format is not supported by this version yet; it reads and writes .orgweave.json, .dot and .gv";
    } else {
        why = path.string() + ": unknown file format \"" + (ext.empty() ? std::string("(no extension)") : ext) +
              "\"; use .orgweave.json, .dot or .gv";
    }
    return std::nullopt;
}

core::LoadResult loadAny(const std::filesystem::path& path, FileFormat format) {
    switch (format) {
        case FileFormat::Dot: return layouts::loadDot(path);
        case FileFormat::Native: break;
    }
    return core::loadDocument(path);
}

void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format) {
    switch (format) {
        case FileFormat::Dot: layouts::saveDot(model, path); return;
        case FileFormat::Native: break;
    }
    core::saveDocument(model, path);
}

void printDiagnostics(const core::Diagnostics& diagnostics) {
    for (const core::Diagnostic& d : diagnostics) std::cerr << d.format() << '\n';
}

}  // namespace orgweave::cli
