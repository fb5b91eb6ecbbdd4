#pragma once
// Writes RGBA pixels as a PNG file with stb_image_write (for --screenshot). OpenGL reads rows
// bottom-up; pass bottomUp = true and the image is flipped so the file shows the window upright.
// Cost: O(width × height); one copy of the pixels when flipping.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace orgweave::studio {

class PngFile {
public:
    /// Returns an empty string on success, else a message naming the file and the problem.
    static std::string write(const std::filesystem::path& path, int width, int height,
                             std::span<const std::uint8_t> rgba, bool bottomUp);
};

}  // namespace orgweave::studio
