// libFuzzer target: parsePajek on arbitrary bytes, as a network and as the partition of a fixed
// network; a model it returns must write and read back with the same node ids.
#include "FuzzSupport.hpp"

#include <orgweave/core/PajekFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    const core::LoadResult r = core::parsePajek(text, "fuzz.net");
    fuzz::checkResult(r, "fuzz.net");
    if (r.ok()) {
        core::Diagnostics warnings;
        const core::LoadResult back = core::parsePajek(core::writePajek(*r.model, warnings), "back.net");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(back.model->nodes.size() == r.model->nodes.size(), "same number of nodes");
        fuzz::require(back.model->ties.size() == r.model->ties.size(), "same number of ties");
    }
    const core::LoadResult partitioned =
        core::parsePajek("*Vertices 3\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n", "fixed.net", text, "fuzz.clu");
    fuzz::checkResult(partitioned, "fuzz.clu");
    return 0;
}
