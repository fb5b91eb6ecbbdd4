// orgweave-studio: the designer (DESIGN.md §6). Parses the command line, opens the document,
// opens the window and runs the frame loop; with --screenshot, writes the last frame as PNG.
// Exit status: 0 success, 1 bad input or no display, 2 wrong usage.

#include "platform/Platform.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Scenario.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/files/DesktopFileChooser.hpp"
#include "orgweave/studio/files/PngFile.hpp"
#include "orgweave/studio/files/Settings.hpp"
#include "orgweave/studio/panels/ComparePanel.hpp"
#include "orgweave/studio/session/CommandLine.hpp"
#include "orgweave/studio/session/MainWindow.hpp"
#include "orgweave/studio/support/FrameBench.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <iostream>
#include <memory>
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

/// Applies the content scale: fonts rebuilt at the new size, style and sizes scaled.
void applyScale(orgweave::studio::MainWindow& window, orgweave::studio::Theme& theme, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    theme.loadFonts(*io.Fonts, scale);
    window.setScale(scale);
    window.setTheme(window.theme());
    window.setFonts(theme.regular(), theme.bold());
    window.setPresentationFonts(theme.large(), theme.largeBold(), theme.title());
}

/// The panel whose title is `name` without regard to case; empty when there is none.
std::string findPanel(const orgweave::studio::MainWindow& window, const std::string& name) {
    const auto lower = [](std::string text) {
        for (char& c : text)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return text;
    };
    for (const auto& panel : window.panels()) {
        if (lower(panel->title()) == lower(name))
            return panel->title();
    }
    return {};
}

int run(const orgweave::studio::StudioOptions& options) {
    using namespace orgweave;
    const bool screenshot = options.screenshot.has_value();

    // Read the document before asking for a window, so bad input is reported even without a display.
    // Files in other formats are imported by the window's file actions (below).
    std::optional<core::LoadResult> loaded;
    if (options.file && core::isNativeDocumentPath(*options.file)) {
        loaded = core::loadDocument(*options.file);
        if (!loaded->ok()) {
            printDiagnostics(loaded->diagnostics);
            if (screenshot)
                return 1;
        }
    }

    studio::MainWindow window;
    if (options.panel) {
        const std::string title = findPanel(window, *options.panel);
        if (title.empty()) {
            std::cerr << "orgweave-studio: there is no panel '" << *options.panel << "'; the panels are:";
            for (const auto& panel : window.panels())
                std::cerr << ' ' << panel->title();
            std::cerr << '\n';
            return 2;
        }
        window.showPanel(title);
    }
    if (!options.noRestore) {
        const std::string notice = window.loadSettings(studio::Settings::defaultPath());
        if (!notice.empty())
            std::cerr << "orgweave-studio: " << notice << '\n';
    }
    // The language: --lang, else the one chosen in View › Language, else the system's (issue 22).
    {
        const core::Language language =
            options.language ? *core::parseLanguage(*options.language) : window.settings().uiLanguage();
        const std::string notice = window.setLanguage(language, false);
        if (!notice.empty())
            std::cerr << "orgweave-studio: " << notice << '\n';
    }
    studio::ThemeKind themeKind = window.theme();
    if (options.theme)
        studio::Theme::parse(*options.theme, themeKind);
    if (loaded) {
        if (loaded->ok()) {
            window.setDocument(std::move(*loaded->model), *options.file);
        } else {
            window.showLoadErrors(*options.file, std::move(loaded->diagnostics));
        }
    } else if (options.file && !window.open(*options.file)) {
        printDiagnostics(window.loadErrors());
        if (screenshot)
            return 1;
    }

    if (!options.whatIf.empty()) {
        const core::Model* model = window.workspace().model();
        for (const std::string& id : options.whatIf) {
            if (model == nullptr || model->findNode(id) == nullptr) {
                std::cerr << "orgweave-studio: --what-if: "
                          << (model == nullptr ? std::string("no document is open")
                                               : core::unknownNodeMessage(*model, id))
                          << '\n';
                return 2;
            }
        }
        window.workspace().requests().post(studio::WhatIfRequest{options.whatIf});
    }
    if (options.compare) {
        auto* compare = dynamic_cast<studio::ComparePanel*>(window.panel("Compare"));
        if (compare != nullptr) {
            compare->setShow(*options.compare == "overlay" ? studio::ComparePanel::Show::Overlay
                                                           : studio::ComparePanel::Show::SideBySide);
            window.showPanel("Compare");
        }
    }
    if (!options.tiesBy.empty())
        window.workspace().mapping().tieColorBy = options.tiesBy;
    if (!options.shapeBy.empty())
        window.workspace().mapping().shapeBy = options.shapeBy;
    if (options.phase && !studio::PhaseTimeline::select(window.workspace(), *options.phase)) {
        std::cerr << "orgweave-studio: --phase " << *options.phase << ": ";
        if (!window.workspace().hasDocument()) {
            std::cerr << "no document is open\n";
        } else if (window.workspace().document().model().annotations.phases.empty()) {
            std::cerr << "the document has no phases\n";
        } else {
            std::cerr << "the document has no phase with this id; its phases are:";
            for (const core::Phase& phase : window.workspace().document().model().annotations.phases)
                std::cerr << ' ' << phase.id << (phase.label.empty() ? "" : " (" + phase.label + ")");
            std::cerr << '\n';
        }
        return 2;
    }

    studio::Platform::Options platformOptions;
    platformOptions.width = options.width;
    platformOptions.height = options.height;
    const studio::Settings& remembered = window.settings();
    if (!options.noRestore && !options.sizeGiven && remembered.windowWidth > 0 &&
        remembered.windowHeight > 0) {
        platformOptions.width = remembered.windowWidth;
        platformOptions.height = remembered.windowHeight;
        platformOptions.x = remembered.windowX;
        platformOptions.y = remembered.windowY;
    }
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
    float scale = platform->contentScale();
    studio::Theme theme;
    window.setScale(scale);
    window.setTheme(themeKind);
    // Glyphs for the scripts the first document uses (CJK, Hangul, symbols …), merged from Debian's fonts.
    std::uint64_t charactersSeen = window.workspace().revision();
    if (const core::Model* model = window.workspace().model())
        theme.wantCharacters(studio::Theme::charactersOf(*model));
    theme.loadFonts(*io.Fonts, scale);
    if (!platform->attachImGui()) {
        std::cerr << "orgweave-studio: cannot set up OpenGL 3 rendering on this display\n";
        return 1;
    }
    window.setFonts(theme.regular(), theme.bold());
    window.setPresentationFonts(theme.large(), theme.largeBold(), theme.title());
    if (options.present && !window.present(*options.present)) {
        std::cerr << "orgweave-studio: cannot present: "
                  << (window.document() == nullptr ? std::string("no document is open")
                                                   : "the document has no view '" + *options.present + "'")
                  << '\n';
        return 1;
    }

    // The desktop's own file chooser (xdg-desktop-portal) for Open and Save, unless pictures are being
    // made or ORGWEAVE_FILE_DIALOG=builtin asks for the studio's own dialog.
    const char* dialogChoice = std::getenv("ORGWEAVE_FILE_DIALOG");
    if (!screenshot && options.benchFrames == 0 && !options.framesGiven &&
        (dialogChoice == nullptr || std::string_view(dialogChoice) != "builtin"))
        window.files().useDesktopChooser(std::make_unique<studio::DesktopFileChooser>());

    if (!options.noRestore) {
        window.files().enableRecovery(studio::Settings::stateFolder() / "recovery");
        window.files().offerRecovery();
    }
    if (options.show == "open")
        window.files().requestOpenDialog(window.workspace());
    else if (options.show == "save")
        window.files().requestSaveAs(window.workspace());
    else if (options.show == "unsaved")
        window.files().showQuestion(studio::FileActions::Action::Quit);

    std::optional<studio::FrameBench> bench;
    if (options.benchFrames > 0)
        bench.emplace(options.benchFrames);
    int status = 0;
    // Continuous frames only while something moves (a job, a camera move, a fading notice) and for a
    // few frames after each event, so ImGui settles hover and popups; otherwise the loop sleeps
    // until input arrives, waking every 5 s for the autosave timer (30 s). Screenshots and benchmarks
    // never wait.
    const bool alwaysDraw = screenshot || bench || options.framesGiven;
    constexpr int kSettleFrames = 3;
    int settleFrames = kSettleFrames;
    std::uint64_t eventsSeen = platform->eventCount();
    for (int frame = 1; !window.quitRequested(); ++frame) {
        if (platform->eventCount() != eventsSeen) {
            eventsSeen = platform->eventCount();
            settleFrames = kSettleFrames;
        }
        if (alwaysDraw || window.animating())
            settleFrames = kSettleFrames;
        if (settleFrames == 0)
            platform->waitEvents(5.0);
        else
            --settleFrames;
        if (platform->takeCloseRequest())
            window.requestClose();
        const std::vector<std::string> dropped = platform->takeDroppedFiles();
        if (!dropped.empty())
            window.requestOpen(dropped.front());  // one document at a time: the first file
        bool rebuildFonts = false;
        if (platform->takeScaleChange() && platform->contentScale() != scale) {
            scale = platform->contentScale();
            rebuildFonts = true;
        }
        // A document (or an edit) with characters the atlas lacks: rebuild it with their glyphs.
        if (window.workspace().revision() != charactersSeen) {
            charactersSeen = window.workspace().revision();
            if (const core::Model* model = window.workspace().model())
                rebuildFonts = theme.wantCharacters(studio::Theme::charactersOf(*model)) || rebuildFonts;
        }
        if (rebuildFonts) {
            applyScale(window, theme, scale);
            platform->rebuildFontsTexture();
        }
        platform->beginFrame();
        if (bench) {
            bench->moveCamera(window.canvas(), frame - 1);
            bench->begin();
            window.draw();
            bench->end();
        } else {
            window.draw();
        }
        platform->setTitle(window.windowTitle());
        if (!screenshot)  // screenshots keep the window's size, so tests see what they asked for
            platform->setFullScreen(window.presenting());
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
        if (bench && bench->done()) {
            const core::Document* document = window.document();
            std::cout << bench->report(document ? document->model().nodes.size() : 0,
                                       document ? document->model().ties.size() : 0)
                      << '\n';
            break;
        }
    }
    if (!options.noRestore && !options.sizeGiven) {
        studio::Settings& settings = window.settings();
        int x = 0;
        int y = 0;
        int width = 0;
        int height = 0;
        platform->geometry(x, y, width, height);
        // The window is created scaled to the monitor (GLFW_SCALE_TO_MONITOR): keep the size at scale 1.
        settings.windowWidth = static_cast<int>(static_cast<float>(width) / scale + 0.5f);
        settings.windowHeight = static_cast<int>(static_cast<float>(height) / scale + 0.5f);
        settings.windowX = x;
        settings.windowY = y;
    }
    if (!options.noRestore)
        window.saveSettings();
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
