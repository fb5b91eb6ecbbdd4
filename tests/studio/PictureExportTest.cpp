// File › Export picture: the shared renderer with the canvas's mapping.
#include "TestDocuments.hpp"
#include "orgweave/studio/files/PictureExport.hpp"

#include "FileTestSupport.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace orgweave;

TEST_CASE("picture export: the canvas mapping reaches the picture with its legend", "[studio][export]") {
    studio::Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    workspace.mapping().colorBy = "kind";
    workspace.mapping().sizeBy = "betweenness";
    const layouts::RenderOptions options = studio::PictureExport::optionsFor(workspace);
    CHECK(options.colorBy == "kind");
    CHECK(options.sizeBy == "betweenness");
    CHECK(options.gaps == workspace.mapping().showGapHalos);

    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / "orgweave-picture-export-test";
    std::filesystem::create_directories(folder);
    const std::filesystem::path svg = folder / "network.svg";
    REQUIRE(studio::PictureExport::exportTo(workspace, svg));
    const std::string text = studio::test::readFileBytes(svg);
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Colour: kind") != std::string::npos);
    CHECK(text.find("Legend") != std::string::npos);

    CHECK_FALSE(studio::PictureExport::exportTo(workspace, folder / "network.txt"));
    REQUIRE_FALSE(workspace.recentNotices().empty());
    CHECK(workspace.recentNotices().back().error);
    std::filesystem::remove_all(folder);
}
