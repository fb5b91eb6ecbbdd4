#include "orgweave/studio/files/PngFile.hpp"

#include <stb_image.h>
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>
#include <fstream>

using orgweave::studio::PngFile;

TEST_CASE("png: bottom-up pixels are written upright", "[studio][png]") {
    const std::filesystem::path path = std::filesystem::temp_directory_path() / "orgweave-studio-test.png";
    // 2 × 2, rows bottom-up as OpenGL reads them: bottom row red, top row blue.
    const std::array<std::uint8_t, 16> rgba{255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 255};
    REQUIRE(PngFile::write(path, 2, 2, rgba, true).empty());
    int width = 0;
    int height = 0;
    int channels = 0;
    unsigned char* data = stbi_load(path.string().c_str(), &width, &height, &channels, 4);
    REQUIRE(data != nullptr);
    CHECK(width == 2);
    CHECK(height == 2);
    CHECK(data[2] == 255);  // first row of the file (top) is blue
    CHECK(data[0] == 0);
    CHECK(data[8] == 255);  // second row is red
    stbi_image_free(data);
    std::filesystem::remove(path);
}

TEST_CASE("png: errors are messages and never crashes", "[studio][png]") {
    const std::array<std::uint8_t, 4> one{0, 0, 0, 255};
    // A folder that cannot exist: its parent is a regular file.
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "orgweave-studio-test-file";
    { std::ofstream(file) << "x"; }
    CHECK_FALSE(PngFile::write(file / "y.png", 1, 1, one, false).empty());
    std::filesystem::remove(file);
    CHECK_FALSE(PngFile::write("small.png", 2, 2, one, false).empty());
    CHECK_FALSE(PngFile::write("empty.png", 0, 0, one, false).empty());
}
