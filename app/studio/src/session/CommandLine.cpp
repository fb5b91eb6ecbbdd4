#include "orgweave/studio/session/CommandLine.hpp"

#include <orgweave/core/Translate.hpp>

#include <charconv>

namespace orgweave::studio {

namespace {

bool parseInt(std::string_view text, int low, int high, int& out) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
        return false;
    out = value;
    return true;
}

}  // namespace

std::string CommandLine::usage() {
    return "usage: orgweave-studio [FILE] [--screenshot OUT.png] [--frames N] [--width W --height H]\n"
           "                       [--panel NAME] [--theme light|dark] [--lang en|nb] [--no-restore]\n"
           "                       [--show WINDOW]\n"
           "                       [--present [VIEW_ID]]\n"
           "                       [--phase ID] [--what-if ID[,ID...]] [--compare overlay|side-by-side]\n"
           "                       [--ties-by SCORE] [--shape-by FIELD]\n"
           "\n"
           "  FILE              an orgweave document (*.orgweave.json) to open\n"
           "  --screenshot OUT  render N frames, write the window as a PNG image to OUT and exit\n"
           "  --frames N        number of frames to render before the screenshot (default 5);\n"
           "                    without --screenshot, run N frames and exit\n"
           "  --bench-frames N  draw N frames (half at fit-all, half panning), print the time the\n"
           "                    window's draw takes per frame (frame_cpu median_ms=X p95_ms=Y\n"
           "                    fit_median_ms=F pan_median_ms=P) and the whole frame with OpenGL\n"
           "                    rendering and presenting (frame_wall ...), and exit\n"
           "  --width W         window width in pixels (default 1440)\n"
           "  --height H        window height in pixels (default 900)\n"
           "  --panel NAME      show this panel's tab first (Inspector, Measures, Gaps, ...)\n"
           "  --theme T         light or dark (default: the one chosen last time, else light)\n"
           "  --lang L          language of the texts: en (English) or nb (Norwegian bokmal);\n"
           "                    default: the one chosen in View > Language, else the system's\n"
           "  --no-restore      ignore remembered settings and recovery files, write neither\n"
           "                    (implied by --screenshot)\n"
           "  --show WINDOW     open a window at start, for screenshots and docs: open or save\n"
           "                    (the file dialog), unsaved (the unsaved-changes question)\n"
           "  --present [ID]    start in presentation mode (full screen) at view ID, or at the\n"
           "                    first view; arrow keys step through the views, Escape leaves\n"
           "  --phase ID        show this phase of the document at start (the strip under the canvas)\n"
           "  --what-if IDS     open the What-if panel on the removal of these nodes (comma-separated)\n"
           "  --compare MODE    open the Compare panel and show it on the canvas: overlay or side-by-side\n"
           "  --ties-by SCORE   colour and weight ties by a tie score: rc_index, an RC dimension,\n"
           "                    partner_trust, partner_value or any numeric tie attribute\n"
           "  --shape-by FIELD  shape nodes by a field or attribute (sector, type, ...) as well as by kind\n"
           "  --help            show this help\n"
           "  --version         show the version\n";
}

CommandLineResult CommandLine::parse(std::span<const std::string_view> arguments) {
    CommandLineResult result;
    StudioOptions& o = result.options;
    bool widthGiven = false;
    bool heightGiven = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string_view argument = arguments[i];
        std::string_view value;
        bool hasInlineValue = false;
        if (argument.starts_with("--")) {
            if (const std::size_t eq = argument.find('='); eq != std::string_view::npos) {
                value = argument.substr(eq + 1);
                argument = argument.substr(0, eq);
                hasInlineValue = true;
            }
        }
        const auto needValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                result.error = std::string(argument) + " needs a value";
                return false;
            }
            value = arguments[++i];
            return true;
        };
        if (argument == "--help" || argument == "-h") {
            o.help = true;
        } else if (argument == "--version") {
            o.version = true;
        } else if (argument == "--screenshot") {
            if (!needValue())
                return result;
            if (value.empty()) {
                result.error = "--screenshot needs a file name";
                return result;
            }
            o.screenshot = std::filesystem::path(value);
        } else if (argument == "--frames") {
            if (!needValue())
                return result;
            if (!parseInt(value, 1, 100000, o.frames)) {
                result.error =
                    "--frames expects a whole number from 1 to 100000, got '" + std::string(value) + "'";
                return result;
            }
            o.framesGiven = true;
        } else if (argument == "--bench-frames") {
            if (!needValue())
                return result;
            if (!parseInt(value, 3, 100000, o.benchFrames)) {
                result.error = "--bench-frames expects a whole number from 3 to 100000, got '" +
                               std::string(value) + "'";
                return result;
            }
            o.noRestore = true;
        } else if (argument == "--width" || argument == "--height") {
            if (!needValue())
                return result;
            int& target = argument == "--width" ? o.width : o.height;
            if (!parseInt(value, 200, 16384, target)) {
                result.error = std::string(argument) +
                               " expects a number of pixels from 200 to 16384, got '" + std::string(value) +
                               "'";
                return result;
            }
            (argument == "--width" ? widthGiven : heightGiven) = true;
            o.sizeGiven = true;
        } else if (argument == "--panel") {
            if (!needValue())
                return result;
            if (value.empty()) {
                result.error = "--panel needs a panel name";
                return result;
            }
            o.panel = std::string(value);
        } else if (argument == "--theme") {
            if (!needValue())
                return result;
            if (value != "light" && value != "dark") {
                result.error = "--theme expects light or dark, got '" + std::string(value) + "'";
                return result;
            }
            o.theme = std::string(value);
        } else if (argument == "--lang") {
            if (!needValue())
                return result;
            if (!core::parseLanguage(value)) {
                result.error =
                    "--lang expects en (English) or nb (Norwegian bokmal), got '" + std::string(value) + "'";
                return result;
            }
            o.language = std::string(value);
        } else if (argument == "--present") {
            if (hasInlineValue) {
                o.present = std::string(value);
            } else if (i + 1 < arguments.size() && !arguments[i + 1].starts_with("-") &&
                       arguments[i + 1].find('.') == std::string_view::npos) {
                o.present = std::string(arguments[++i]);
            } else {
                o.present = std::string();
            }
        } else if (argument == "--phase") {
            if (!needValue())
                return result;
            if (value.empty()) {
                result.error = "--phase needs a phase id";
                return result;
            }
            o.phase = std::string(value);
        } else if (argument == "--ties-by" || argument == "--shape-by") {
            if (!needValue())
                return result;
            if (value.empty()) {
                result.error = std::string(argument) + " needs a name";
                return result;
            }
            (argument == "--ties-by" ? o.tiesBy : o.shapeBy) = std::string(value);
        } else if (argument == "--what-if") {
            if (!needValue())
                return result;
            std::string_view rest = value;
            while (!rest.empty()) {
                const std::size_t comma = rest.find(',');
                const std::string_view id = rest.substr(0, comma);
                if (!id.empty())
                    o.whatIf.emplace_back(id);
                rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            }
            if (o.whatIf.empty()) {
                result.error = "--what-if needs node ids, e.g. --what-if gp-rep";
                return result;
            }
        } else if (argument == "--compare") {
            if (!needValue())
                return result;
            if (value != "overlay" && value != "side-by-side") {
                result.error = "--compare must be overlay or side-by-side, not '" + std::string(value) + "'";
                return result;
            }
            o.compare = std::string(value);
        } else if (argument == "--no-restore") {
            o.noRestore = true;
        } else if (argument == "--show") {
            if (!needValue())
                return result;
            if (value != "open" && value != "save" && value != "unsaved") {
                result.error = "--show expects open, save or unsaved, got '" + std::string(value) + "'";
                return result;
            }
            o.show = std::string(value);
        } else if (argument.starts_with("-") && argument.size() > 1) {
            result.error = "unknown option '" + std::string(argument) + "'";
            return result;
        } else if (o.file.has_value()) {
            result.error = "only one FILE can be opened, got '" + o.file->string() + "' and '" +
                           std::string(argument) + "'";
            return result;
        } else {
            o.file = std::filesystem::path(argument);
        }
    }
    if (widthGiven != heightGiven)
        result.error = "give --width and --height together";
    if (o.screenshot)
        o.noRestore = true;
    return result;
}

}  // namespace orgweave::studio
