// libFuzzer target: parseUcinetDl on arbitrary bytes; a model it returns must write and read back
// with the same node count.
#include "FuzzSupport.hpp"

#include <orgweave/core/UcinetDlFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const core::LoadResult r = core::parseUcinetDl(fuzz::asText(data, size), "fuzz.dl");
    fuzz::checkResult(r, "fuzz.dl");
    if (r.ok() && r.model->nodes.size() <= 2000) {
        core::Diagnostics warnings;
        const core::LoadResult back = core::parseUcinetDl(core::writeUcinetDl(*r.model, warnings), "back.dl");
        fuzz::checkResult(back, "back.dl");
        if (back.ok())
            fuzz::require(back.model->nodes.size() == r.model->nodes.size(), "same number of nodes");
    }
    return 0;
}
