// libFuzzer target: the CSV readers on arbitrary bytes: as a single edge list, as a ties table and
// as a nodes table; a model from the tables must write and read back with the same nodes and ties.
#include "FuzzSupport.hpp"

#include <orgweave/core/EdgeListCsv.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    fuzz::checkResult(core::parseEdgeListCsv(text, "fuzz.csv"), "fuzz.csv");
    fuzz::checkResult(core::parseCsvTables(std::nullopt, "n.csv", text, "fuzz.ties.csv"), "fuzz.ties.csv");
    const core::LoadResult nodes = core::parseCsvTables(text, "fuzz.nodes.csv", std::nullopt, "t.csv");
    fuzz::checkResult(nodes, "fuzz.nodes.csv");
    if (nodes.ok()) {
        core::Diagnostics warnings;
        const core::CsvTables tables = core::writeCsvTables(*nodes.model, warnings);
        const core::LoadResult back = core::parseCsvTables(tables.nodes, "n.csv", tables.ties, "t.csv");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(back.model->nodes == nodes.model->nodes, "the round trip gives the same nodes");
    }
    return 0;
}
