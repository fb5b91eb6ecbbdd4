// libFuzzer target: parseGml on arbitrary bytes; a model it returns must write and read back with
// the same number of nodes.
#include "FuzzSupport.hpp"

#include <orgweave/core/GmlFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    const core::LoadResult r = core::parseGml(text, "fuzz.gml");
    fuzz::checkResult(r, "fuzz.gml");
    if (r.ok()) {
        core::Diagnostics warnings;
        const core::LoadResult back = core::parseGml(core::writeGml(*r.model, warnings), "back.gml");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(back.model->nodes.size() == r.model->nodes.size(), "same number of nodes");
    }
    return 0;
}
