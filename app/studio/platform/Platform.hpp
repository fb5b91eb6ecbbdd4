#pragma once
// The studio's window: GLFW + OpenGL 3 + the ImGui GLFW/OpenGL3 backends. Creates the window and
// its GL context, runs one frame at a time and reads the finished frame back for --screenshot.
// Only the executable uses it; everything drawn lives in the orgweave_studio library.

#include <cstdint>
#include <memory>
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

    bool shouldClose() const;
    void setTitle(const std::string& title);
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

    GLFWwindow* m_window = nullptr;
    bool m_ignoreInput = false;
    bool m_imguiAttached = false;
    std::string m_title;
};

}  // namespace orgweave::studio
