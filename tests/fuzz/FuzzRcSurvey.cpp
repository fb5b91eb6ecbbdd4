// libFuzzer target: the relational coordination survey import on arbitrary bytes, into a fixed
// document of three roles (with and without creating unknown roles); on an error the model must be
// left unchanged, and a model it changes must still validate and write.
#include "FuzzSupport.hpp"

#include <orgweave/core/RelationalCoordinationImport.hpp>
#include <orgweave/core/Validation.hpp>

namespace {

const orgweave::core::Model& baseModel() {
    static const orgweave::core::Model model = [] {
        const char* doc = R"({"format":"orgweave","version":1,"nodes":[
            {"id":"nurse","kind":"role","label":"Nurse"},
            {"id":"gp","kind":"role","label":"GP"},
            {"id":"pharm","kind":"role","label":"Pharmacist"}],"ties":[]})";
        orgweave::core::LoadResult r = orgweave::core::parseDocument(doc, "base.orgweave.json");
        orgweave::fuzz::require(r.ok(), "the base document loads");
        return *r.model;
    }();
    return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace orgweave;
    const std::string_view text = fuzz::asText(data, size);
    for (const bool create : {false, true}) {
        core::Model model = baseModel();
        const core::RcImportResult r =
            core::importRelationalCoordination(model, text, "fuzz.survey.csv", core::RcImportOptions{create});
        for (const core::Diagnostic& d : r.diagnostics) {
            fuzz::require(!d.message.empty(), "every diagnostic says what is wrong");
            fuzz::require(d.line >= 0 && d.column >= 0, "positions are not negative");
        }
        if (!r.ok()) {
            fuzz::require(model.nodes == baseModel().nodes, "an error leaves the nodes unchanged");
            fuzz::require(model.ties.empty(), "an error adds no tie");
            continue;
        }
        fuzz::require(!core::hasErrors(core::validate(model)), "the imported model validates");
        const core::LoadResult back = core::parseDocument(core::writeDocument(model), "back.orgweave.json");
        fuzz::require(back.ok(), "the imported model writes and reads back");
    }
    return 0;
}
