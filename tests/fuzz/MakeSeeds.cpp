// Writes fuzzing seeds: every native document named on the command line, converted to GraphML,
// GEXF (1.2 and 1.3), Pajek, UCINET DL, CSV tables, GML, NetDraw VNA and DOT (and the document itself), into
// the corpus folders under argv[1].
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GmlFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>
#include <orgweave/core/UcinetDlFormat.hpp>
#include <orgweave/core/VnaFormat.hpp>
#include <orgweave/layouts/DotFormat.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    using namespace orgweave::core;
    if (argc < 3) {
        std::cerr << "usage: fuzz_make_seeds CORPUS_DIR DOCUMENT...\n";
        return 2;
    }
    const std::filesystem::path corpus = argv[1];
    auto put = [&](const char* reader, const std::string& name, const std::string& text) {
        std::filesystem::create_directories(corpus / reader);
        std::ofstream(corpus / reader / name, std::ios::binary) << text;
    };
    for (int i = 2; i < argc; ++i) {
        const LoadResult r = loadDocument(argv[i]);
        if (!r.ok())
            continue;
        const std::string stem = std::filesystem::path(argv[i]).stem().stem().string();
        Diagnostics warnings;
        put("Graphml", stem + ".graphml", writeGraphml(*r.model));
        put("Gexf", stem + ".gexf", writeGexf(*r.model));
        put("Gexf", stem + ".13.gexf", writeGexf(*r.model, GexfVersion::V1_3));
        put("Pajek", stem + ".net", writePajek(*r.model, warnings));
        put("UcinetDl", stem + ".dl", writeUcinetDl(*r.model, warnings));
        const CsvTables tables = writeCsvTables(*r.model, warnings);
        put("Csv", stem + ".nodes.csv", tables.nodes);
        put("Csv", stem + ".ties.csv", tables.ties);
        put("Gml", stem + ".gml", writeGml(*r.model, warnings));
        put("Vna", stem + ".vna", writeVna(*r.model, warnings));
        put("Dot", stem + ".dot", orgweave::layouts::writeDot(*r.model));
        put("Native", stem + ".orgweave.json", writeDocument(*r.model));
    }
    return 0;
}
