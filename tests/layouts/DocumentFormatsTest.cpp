// The extension → format table shared by the command line and the studio: every extension maps to
// its format, unknown ones are named, and saveAny/loadAny round-trip a sample through each format.
#include <orgweave/layouts/DocumentFormats.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

using namespace orgweave;
using layouts::FileFormat;
namespace fs = std::filesystem;

namespace {

/// A fresh folder under the system temp folder, removed on destruction.
struct ScratchDir {
    fs::path path;
    ScratchDir() {
        std::random_device random;
        path = fs::temp_directory_path() / ("orgweave-formats-" + std::to_string(random()));
        fs::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("formatOf maps every extension in any case and names unknown ones", "[formats]") {
    const std::vector<std::pair<const char*, FileFormat>> cases{{"a.orgweave.json", FileFormat::Native},
                                                                {"a.GRAPHML", FileFormat::Graphml},
                                                                {"a.gexf", FileFormat::Gexf},
                                                                {"a.dot", FileFormat::Dot},
                                                                {"a.gv", FileFormat::Dot},
                                                                {"a.NET", FileFormat::Pajek},
                                                                {"a.dl", FileFormat::UcinetDl},
                                                                {"a.csv", FileFormat::Csv},
                                                                {"a.ties.csv", FileFormat::Csv}};
    for (const auto& [name, format] : cases) {
        INFO(name);
        std::string why;
        const auto found = layouts::formatOf(name, why);
        REQUIRE(found.has_value());
        CHECK(*found == format);
        CHECK(why.empty());
    }
    std::string why;
    CHECK_FALSE(layouts::formatOf("a.xyz", why).has_value());
    CHECK(why.find("unknown file format \".xyz\"") != std::string::npos);
    CHECK(why.find(".gexf") != std::string::npos);
}

TEST_CASE("saveAny and loadAny round-trip a sample through every format", "[formats]") {
    const fs::path sample = fs::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json";
    const core::LoadResult original = layouts::loadAny(sample, FileFormat::Native);
    REQUIRE(original.ok());
    ScratchDir dir;
    for (const char* name :
         {"x.graphml", "x.gexf", "x.dot", "x.net", "x.dl", "x.gml", "x.vna", "x.csv", "x.orgweave.json"}) {
        INFO(name);
        std::string why;
        const auto format = layouts::formatOf(name, why);
        REQUIRE(format.has_value());
        core::Diagnostics warnings;
        layouts::saveAny(*original.model, dir.path / name, *format, warnings);
        for (const core::Diagnostic& w : warnings)
            CHECK(w.severity == core::Severity::Warning);
        const bool lossless = *format != FileFormat::Pajek && *format != FileFormat::UcinetDl &&
                              *format != FileFormat::Gml && *format != FileFormat::Vna;
        CHECK(warnings.empty() == (lossless && *format != FileFormat::Csv));  // the sample has kinds
        const core::LoadResult back = layouts::loadAny(dir.path / name, *format);
        REQUIRE(back.ok());
        CHECK(back.model->nodes.size() == original.model->nodes.size());
        if (lossless)
            CHECK(back.model->nodes == original.model->nodes);
        if (lossless)
            CHECK(back.model->ties == original.model->ties);
    }
}
