// libFuzzer target: the DOT reader (cgraph underneath) on arbitrary bytes; a model it returns must
// write as DOT and read back with the same number of nodes and ties.
#include "FuzzSupport.hpp"

#include <orgweave/layouts/DotFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    const core::LoadResult r = layouts::parseDot(text, "fuzz.dot");
    fuzz::checkResult(r, "fuzz.dot");
    if (r.ok()) {
        const core::LoadResult back = layouts::parseDot(layouts::writeDot(*r.model), "back.dot");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(back.model->nodes.size() == r.model->nodes.size(), "same number of nodes");
        fuzz::require(back.model->ties.size() == r.model->ties.size(), "same number of ties");
    }
    return 0;
}
