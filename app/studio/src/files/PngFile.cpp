#include "orgweave/studio/files/PngFile.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace orgweave::studio {

std::string PngFile::write(const std::filesystem::path& path, int width, int height,
                           std::span<const std::uint8_t> rgba, bool bottomUp) {
    if (width <= 0 || height <= 0)
        return path.string() + ": cannot write an empty image";
    const auto stride = static_cast<std::size_t>(width) * 4;
    if (rgba.size() < stride * static_cast<std::size_t>(height)) {
        return path.string() + ": not enough pixel data for a " + std::to_string(width) + "x" +
               std::to_string(height) + " image";
    }
    std::vector<std::uint8_t> upright(rgba.begin(),
                                      rgba.begin() + static_cast<std::ptrdiff_t>(stride * height));
    if (bottomUp) {
        for (int row = 0; row < height / 2; ++row) {
            std::swap_ranges(upright.begin() + static_cast<std::ptrdiff_t>(stride * row),
                             upright.begin() + static_cast<std::ptrdiff_t>(stride * (row + 1)),
                             upright.begin() + static_cast<std::ptrdiff_t>(stride * (height - 1 - row)));
        }
    }
    if (path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
    }
    const int ok =
        stbi_write_png(path.string().c_str(), width, height, 4, upright.data(), static_cast<int>(stride));
    if (ok == 0)
        return path.string() + ": cannot write the PNG file (is the folder writable?)";
    return {};
}

}  // namespace orgweave::studio
