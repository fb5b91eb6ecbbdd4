// libFuzzer target: parseGexf on arbitrary bytes; a model it returns must survive
// writeGexf → parseGexf unchanged.
#include "FuzzSupport.hpp"

#include <orgweave/core/GexfFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const core::LoadResult r = core::parseGexf(fuzz::asText(data, size), "fuzz.gexf");
    fuzz::checkResult(r, "fuzz.gexf");
    if (r.ok()) {
        const core::LoadResult back = core::parseGexf(core::writeGexf(*r.model), "back.gexf");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(*back.model == *r.model, "the round trip gives the same model");
    }
    return 0;
}
