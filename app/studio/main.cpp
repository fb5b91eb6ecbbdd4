// orgweave-studio: the designer (DESIGN.md §6). Parses the command line, opens the document,
// opens the window and runs the frame loop; with --screenshot, writes the last frame as PNG.
// Exit status: 0 success, 1 bad input or no display, 2 wrong usage.

#include "platform/Platform.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/CommandLine.hpp"
#include "orgweave/studio/MainWindow.hpp"
#include "orgweave/studio/PngFile.hpp"
#include "orgweave/studio/Theme.hpp"

#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kNoDisplay =
    "orgweave-studio: cannot open a window (no display). Run it on a desktop, or under Xvfb: "
    "xvfb-run -s '-screen 0 1600x1000x24' orgweave-studio FILE";

void printDiagnostics(const orgweave::core::Diagnostics& diagnostics) {
    for (const orgweave::core::Diagnostic& diagnostic : diagnostics)
        std::cerr << diagnostic.format() << '\n';
}

int run(const orgweave::studio::StudioOptions& options) {
    using namespace orgweave;
    const bool screenshot = options.screenshot.has_value();

    // Read the document before asking for a window, so bad input is reported even without a display.
    std::optional<core::LoadResult> loaded;
    if (options.file) {
        loaded = core::loadDocument(*options.file);
        if (!loaded->ok()) {
            printDiagnostics(loaded->diagnostics);
            if (screenshot)
                return 1;
        }
    }

    studio::MainWindow window;
    if (loaded) {
        if (loaded->ok()) {
            window.setDocument(std::move(*loaded->model), *options.file);
        } else {
            window.showLoadErrors(*options.file, std::move(loaded->diagnostics));
        }
    }

    studio::Platform::Options platformOptions;
    platformOptions.width = options.width;
    platformOptions.height = options.height;
    platformOptions.title = window.windowTitle();
    platformOptions.exactSize = screenshot || options.sizeGiven;
    platformOptions.ignoreInput = screenshot;
    std::string error;
    const std::unique_ptr<studio::Platform> platform = studio::Platform::create(platformOptions, error);
    if (!platform) {
        std::cerr << kNoDisplay << '\n';
        if (!error.empty())
            std::cerr << "  (" << error << ")\n";
        return 1;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    // Backends down, then the context, then (when `platform` goes) the window.
    struct ContextGuard {
        studio::Platform& platform;
        ~ContextGuard() {
            platform.detachImGui();
            ImGui::DestroyContext();
        }
    } contextGuard{*platform};
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in the working folder
    const float scale = platform->contentScale();
    studio::Theme theme;
    studio::Theme::applyStyle(ImGui::GetStyle(), scale);
    theme.loadFonts(*io.Fonts, scale);
    if (!platform->attachImGui()) {
        std::cerr << "orgweave-studio: cannot set up OpenGL 3 rendering on this display\n";
        return 1;
    }
    window.setScale(scale);
    window.setFonts(theme.regular(), theme.bold());

    int status = 0;
    for (int frame = 1; !platform->shouldClose() && !window.quitRequested(); ++frame) {
        platform->beginFrame();
        window.draw();
        platform->setTitle(window.windowTitle());
        platform->render();
        if (screenshot && frame >= options.frames) {
            int width = 0;
            int height = 0;
            const std::vector<std::uint8_t> pixels = platform->readPixels(width, height);
            const std::string failure =
                studio::PngFile::write(*options.screenshot, width, height, pixels, true);
            if (!failure.empty()) {
                std::cerr << "orgweave-studio: " << failure << '\n';
                status = 1;
            }
            break;
        }
        platform->present();
        if (options.framesGiven && frame >= options.frames)
            break;
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> arguments(argv + 1, argv + argc);
    const orgweave::studio::CommandLineResult parsed = orgweave::studio::CommandLine::parse(arguments);
    if (!parsed.ok()) {
        std::cerr << "orgweave-studio: " << parsed.error << "\n\n" << orgweave::studio::CommandLine::usage();
        return 2;
    }
    if (parsed.options.help) {
        std::cout << orgweave::studio::CommandLine::usage();
        return 0;
    }
    if (parsed.options.version) {
        std::cout << "orgweave-studio " << ORGWEAVE_VERSION << '\n';
        return 0;
    }
    try {
        return run(parsed.options);
    } catch (const std::exception& e) {
        std::cerr << "orgweave-studio: " << e.what() << '\n';
        return 1;
    }
}
