#include "orgweave/layouts/DocumentFormats.hpp"

#include "orgweave/layouts/DotFormat.hpp"

#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GmlFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/core/Translate.hpp>
#include <orgweave/core/UcinetDlFormat.hpp>
#include <orgweave/core/VnaFormat.hpp>

#include <stdexcept>

namespace orgweave::layouts {

std::string_view knownExtensions() {
    return ".orgweave.json .graphml .gexf .gml .net .paj .dl .vna .csv .tsv .dot .gv";
}

std::string_view formatName(FileFormat format) {
    switch (format) {
        case FileFormat::Native:
            return "orgweave document";
        case FileFormat::Graphml:
            return "GraphML";
        case FileFormat::Gexf:
            return "GEXF";
        case FileFormat::Dot:
            return "DOT";
        case FileFormat::Pajek:
            return "Pajek";
        case FileFormat::UcinetDl:
            return "UCINET DL";
        case FileFormat::Csv:
            return "CSV";
        case FileFormat::Gml:
            return "GML";
        case FileFormat::Vna:
            return "NetDraw VNA";
    }
    return "unknown";
}

std::optional<FileFormat> formatOf(const std::filesystem::path& path, std::string& why) {
    if (core::isNativeDocumentPath(path))
        return FileFormat::Native;
    if (core::isGraphmlPath(path))
        return FileFormat::Graphml;
    if (core::isGexfPath(path))
        return FileFormat::Gexf;
    if (isDotPath(path))
        return FileFormat::Dot;
    if (core::isPajekPath(path))
        return FileFormat::Pajek;
    if (core::isUcinetDlPath(path))
        return FileFormat::UcinetDl;
    if (core::isGmlPath(path))
        return FileFormat::Gml;
    if (core::isVnaPath(path))
        return FileFormat::Vna;
    if (core::isCsvPath(path))
        return FileFormat::Csv;
    const std::string ext = core::lowercaseExtension(path);
    why = path.string() + ": " +
          core::fill(
              core::tr("unknown file format \"{}\"; use one of {}"),
              {ext.empty() ? std::string(core::tr("(no extension)")) : ext, std::string(knownExtensions())});
    return std::nullopt;
}

core::LoadResult loadAny(const std::filesystem::path& path, FileFormat format) {
    switch (format) {
        case FileFormat::Native:
            return core::loadDocument(path);
        case FileFormat::Graphml:
            return core::loadGraphml(path);
        case FileFormat::Gexf:
            return core::loadGexf(path);
        case FileFormat::Dot:
            return loadDot(path);
        case FileFormat::Pajek:
            return core::loadPajek(path);
        case FileFormat::UcinetDl:
            return core::loadUcinetDl(path);
        case FileFormat::Csv:
            return core::loadCsv(path);
        case FileFormat::Gml:
            return core::loadGml(path);
        case FileFormat::Vna:
            return core::loadVna(path);
    }
    return core::loadDocument(path);
}

void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format,
             core::Diagnostics& warnings) {
    switch (format) {
        case FileFormat::Native:
            core::saveDocument(model, path);
            return;
        case FileFormat::Graphml:
            if (core::isYedGraphmlPath(path))
                core::saveGraphmlForYed(model, path, warnings);
            else
                core::saveGraphml(model, path);
            return;
        case FileFormat::Gexf:
            core::saveGexf(model, path);
            return;
        case FileFormat::Dot:
            saveDot(model, path);
            return;
        case FileFormat::Pajek:
            core::savePajek(model, path, warnings);
            return;
        case FileFormat::UcinetDl:
            core::saveUcinetDl(model, path, warnings);
            return;
        case FileFormat::Csv:
            if (core::lowercaseExtension(path) != ".csv")
                throw std::runtime_error(path.string() + ": orgweave reads " +
                                         core::lowercaseExtension(path) +
                                         " files but writes tables as .csv; save as .csv");
            core::saveCsv(model, path, warnings);
            return;
        case FileFormat::Gml:
            core::saveGml(model, path, warnings);
            return;
        case FileFormat::Vna:
            core::saveVna(model, path, warnings);
            return;
    }
}

}  // namespace orgweave::layouts
