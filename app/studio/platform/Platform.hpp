#pragma once
// The studio's window: GLFW + OpenGL 3 + the ImGui GLFW/OpenGL3 backends. Creates the window and
// its GL context, runs one frame at a time and reads the finished frame back for --screenshot.
// The window's close button, files dropped on it and changes of the monitor's scale are queued
// here and taken by the frame loop, which hands them to MainWindow (closing asks about unsaved
// changes first). Only the executable uses it; everything drawn lives in the orgweave_studio library.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace orgweave::studio {

class Platform {
public:
    struct Options {
        int width = 1440;
        int height = 900;
        std::string title = "orgweave-studio";
        bool exactSize = false;    ///< no scaling of the window to the monitor, not resizable
        bool ignoreInput = false;  ///< screenshot: the pointer of the display does not hover anything
        std::optional<int> x;      ///< remembered position (used when it is on a monitor)
        std::optional<int> y;
    };

    /// Opens the window; on failure returns null and sets `error` to what GLFW said.
    static std::unique_ptr<Platform> create(const Options& options, std::string& error);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    /// How much to enlarge fonts and sizes: the monitor's content scale (1 on ordinary screens, 2 on
    /// most high-DPI ones), divided by the framebuffer-to-window ratio where the system already
    /// scales windows itself (macOS), so sizes are not enlarged twice.
    float contentScale() const;
    /// Hooks the current ImGui context up to the window and GL (after fonts are added).
    bool attachImGui();
    /// Shuts the ImGui backends down; call before destroying the ImGui context.
    void detachImGui();

    /// The close button was pressed since the last call (the window stays open until the caller
    /// decides to quit).
    bool takeCloseRequest();
    /// Files dropped on the window since the last call, in drop order.
    std::vector<std::string> takeDroppedFiles();
    /// The window's content scale changed since the last call (moved to another monitor).
    bool takeScaleChange();
    /// Rebuilds the renderer's font texture after the atlas was rebuilt; between frames.
    void rebuildFontsTexture();
    /// The window's position and size in screen coordinates.
    void geometry(int& x, int& y, int& width, int& height) const;
    void setTitle(const std::string& title);
    /// Full screen on the window's monitor (the primary one if unknown), or back to the window's
    /// earlier place and size.
    void setFullScreen(bool fullScreen);
    bool fullScreen() const { return m_fullScreen; }
    /// Sleeps until an event arrives or `seconds` have passed; true when woken by an event (input,
    /// a resize or redraw request, close, drop). An idle window uses no CPU.
    bool waitEvents(double seconds);
    /// Input and window events seen so far (a counter; compare two readings).
    std::uint64_t eventCount() const { return m_events; }
    /// Polls events and starts an ImGui frame.
    void beginFrame();
    /// Renders the ImGui frame into the back buffer (not yet shown).
    void render();
    /// Reads the back buffer as RGBA, rows bottom-up. Call after render(), before present().
    std::vector<std::uint8_t> readPixels(int& width, int& height) const;
    /// Shows the rendered frame.
    void present();

private:
    Platform(GLFWwindow* window, bool ignoreInput) : m_window(window), m_ignoreInput(ignoreInput) {}
    void installCallbacks();
    static void countEvent(GLFWwindow* window);

    GLFWwindow* m_window = nullptr;
    bool m_closeRequested = false;
    std::uint64_t m_events = 0;  ///< input and window events seen (see waitEvents)
    bool m_scaleChanged = false;
    std::vector<std::string> m_dropped;
    bool m_ignoreInput = false;
    bool m_imguiAttached = false;
    std::string m_title;
    bool m_fullScreen = false;
    int m_windowed[4] = {0, 0, 0, 0};  ///< x, y, width, height before going full screen
};

}  // namespace orgweave::studio
