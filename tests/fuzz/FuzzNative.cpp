// libFuzzer target: parseDocument on arbitrary bytes; a model it returns must write and read back
// with the same nodes and ties, and every diagnostic is positioned or names a JSON pointer.
#include "FuzzSupport.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    const core::LoadResult r = core::parseDocument(text, "fuzz.orgweave.json");
    fuzz::checkResult(r, "fuzz.orgweave.json");
    if (r.ok()) {
        const core::LoadResult back =
            core::parseDocument(core::writeDocument(*r.model), "back.orgweave.json");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(back.model->nodes == r.model->nodes, "the round trip gives the same nodes");
        fuzz::require(back.model->ties.size() == r.model->ties.size(), "same number of ties");
    }
    return 0;
}
