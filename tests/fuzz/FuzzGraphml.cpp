// libFuzzer target: parseGraphml on arbitrary bytes; a model it returns must survive
// writeGraphml → parseGraphml unchanged.
#include "FuzzSupport.hpp"

#include <orgweave/core/GraphmlFormat.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const core::LoadResult r = core::parseGraphml(fuzz::asText(data, size), "fuzz.graphml");
    fuzz::checkResult(r, "fuzz.graphml");
    if (r.ok()) {
        const core::LoadResult back = core::parseGraphml(core::writeGraphml(*r.model), "back.graphml");
        fuzz::require(back.ok(), "what we write reads back");
        fuzz::require(*back.model == *r.model, "the round trip gives the same model");
    }
    return 0;
}
