#pragma once
// The studio's command line:
//   orgweave-studio [FILE] [--screenshot OUT.png] [--frames N] [--width W --height H]
//                   [--panel NAME] [--theme light|dark] [--lang en|nb] [--no-restore] [--show WINDOW]
//                   [--phase ID] [--bench-frames N] [--present [VIEW_ID]]
//                   [--what-if ID[,ID...]] [--compare overlay|side-by-side]
//                   [--ties-by SCORE] [--shape-by FIELD]
// --screenshot renders N frames (default 5), writes the window as PNG and exits; --frames alone
// runs N frames and exits. --no-restore ignores the remembered settings and recovery files and
// writes neither (tests, screenshots); --screenshot implies it. --panel brings a panel's tab to the
// front; --show opens a window for screenshots and docs (open, save: the file dialog; unsaved: the
// unsaved-changes question). --phase shows one phase of the document at start (the caller checks
// that the document has it). --bench-frames N draws N frames while panning and zooming, prints
// "frame_cpu median_ms=X p95_ms=Y …" (FrameBench.hpp) and exits; it implies --no-restore.
// --present starts in presentation mode at VIEW_ID (default: the first view); the next argument
// is taken as VIEW_ID unless it starts with "-" or contains a "." (a file name).
// --what-if opens the What-if panel on the removal of these nodes; --compare opens the Compare
// panel showing its comparison on the canvas (both for screenshots and docs). --ties-by and
// --shape-by set the canvas mapping's tie score and node shape field (CanvasMapping) at start.
// Parsing never exits or prints: the caller decides (usage errors → exit 2).

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

struct StudioOptions {
    std::optional<std::filesystem::path> file;
    std::optional<std::filesystem::path> screenshot;
    int frames = 5;
    bool framesGiven = false;
    int width = 1440;
    int height = 900;
    bool sizeGiven = false;
    std::optional<std::string> panel;  ///< tab title, matched without case
    std::optional<std::string> theme;  ///< "light" or "dark"; unset: the remembered one
    std::optional<std::string>
        language;  ///< --lang: "en", "nb" (checked); unset: remembered, else the system's
    bool noRestore = false;
    std::optional<std::string> show;     ///< "open", "save" or "unsaved"
    std::optional<std::string> phase;    ///< phase id shown at start
    std::vector<std::string> whatIf;     ///< node ids removed in the What-if panel at start
    std::optional<std::string> compare;  ///< "overlay" or "side-by-side"
    std::string tiesBy;                  ///< CanvasMapping::tieColorBy at start ("" = by kind)
    std::string shapeBy;                 ///< CanvasMapping::shapeBy at start ("" = by kind)
    int benchFrames = 0;                 ///< 0: no benchmark
    std::optional<std::string> present;  ///< start presenting at this view ("" = the first)
    bool help = false;
    bool version = false;
};

struct CommandLineResult {
    StudioOptions options;
    std::string error;  ///< empty when the command line is valid
    bool ok() const { return error.empty(); }
};

class CommandLine {
public:
    /// Parses the arguments after the program name.
    static CommandLineResult parse(std::span<const std::string_view> arguments);
    static std::string usage();
};

}  // namespace orgweave::studio
