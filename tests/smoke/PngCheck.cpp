// orgweave_png_check: checks a studio screenshot for the smoke test (DESIGN.md §8, tier 2).
//   orgweave_png_check FILE.png --width W --height H [--min-colors N] [--min-saturated S] [--min-pixels P]
// Passes (exit 0) when the file is a PNG of exactly W × H pixels that is not blank and shows at
// least N distinct colours (default 6) each covering at least P pixels (default 150), of which at
// least S (default 6) are saturated (max − min channel ≥ 60): the organizations' node colours,
// which an empty canvas or a window of grey widgets does not have. Exit 1 with a message
// otherwise, 2 on wrong usage.

#include <stb_image.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool parseInt(std::string_view text, int& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

int usage() {
    std::cerr
        << "usage: orgweave_png_check FILE.png --width W --height H [--min-colors N] [--min-saturated S] "
           "[--min-pixels P]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        return usage();
    const std::string path = argv[1];
    int width = -1;
    int height = -1;
    int minColors = 6;
    int minSaturated = 6;
    int minPixels = 150;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        int* target = option == "--width"           ? &width
                      : option == "--height"        ? &height
                      : option == "--min-colors"    ? &minColors
                      : option == "--min-saturated" ? &minSaturated
                      : option == "--min-pixels"    ? &minPixels
                                                    : nullptr;
        if (target == nullptr || !parseInt(argv[i + 1], *target))
            return usage();
    }
    if (argc % 2 != 0)
        return usage();

    int w = 0;
    int h = 0;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 3);
    if (data == nullptr) {
        std::cerr << path << ": cannot read the PNG (" << stbi_failure_reason() << ")\n";
        return 1;
    }
    std::map<std::uint32_t, int> histogram;
    const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned char* p = data + 3 * i;
        ++histogram[(std::uint32_t{p[0]} << 16) | (std::uint32_t{p[1]} << 8) | p[2]];
    }
    stbi_image_free(data);

    int failures = 0;
    if ((width >= 0 && w != width) || (height >= 0 && h != height)) {
        std::cerr << path << ": the image is " << w << "x" << h << ", expected " << width << "x" << height
                  << '\n';
        ++failures;
    }
    if (histogram.size() <= 1) {
        std::cerr << path << ": the image is blank (one colour)\n";
        ++failures;
    }
    std::vector<std::pair<int, std::uint32_t>> populated;
    for (const auto& [color, pixels] : histogram) {
        if (pixels >= minPixels)
            populated.emplace_back(pixels, color);
    }
    std::sort(populated.rbegin(), populated.rend());
    if (static_cast<int>(populated.size()) < minColors) {
        std::cerr << path << ": only " << populated.size() << " colours cover at least " << minPixels
                  << " pixels each, expected " << minColors << '\n';
        ++failures;
    }
    const auto saturated = std::count_if(populated.begin(), populated.end(), [](const auto& entry) {
        const std::uint32_t c = entry.second;
        const int r = static_cast<int>((c >> 16) & 0xFF);
        const int g = static_cast<int>((c >> 8) & 0xFF);
        const int b = static_cast<int>(c & 0xFF);
        return std::max({r, g, b}) - std::min({r, g, b}) >= 60;
    });
    if (saturated < minSaturated) {
        std::cerr << path << ": only " << saturated << " saturated colours cover at least " << minPixels
                  << " pixels each, expected " << minSaturated << " (are the nodes drawn?)\n";
        ++failures;
    }
    const std::size_t largest = populated.empty() ? 0 : static_cast<std::size_t>(populated.front().first);
    if (largest * 100 > count * 97) {
        std::cerr << path << ": one colour covers more than 97% of the image; nothing seems drawn\n";
        ++failures;
    }
    std::cout << path << ": " << w << "x" << h << ", " << histogram.size() << " colours, " << populated.size()
              << " with at least " << minPixels << " pixels, " << saturated << " of them saturated\n";
    return failures == 0 ? 0 : 1;
}
