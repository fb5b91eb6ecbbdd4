#include "Platform.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <utility>

namespace orgweave::studio {

namespace {

/// GLFW's description of its last error (GLFW ≥ 3.3 keeps it per thread).
std::string lastGlfwError() {
    const char* description = nullptr;
    const int code = glfwGetError(&description);
    if (code == GLFW_NO_ERROR)
        return {};
    return "GLFW error " + std::to_string(code) + ": " + (description != nullptr ? description : "unknown");
}

/// Whether a window placed at (x, y) shows its title bar on one of the monitors' work areas.
bool onSomeMonitor(int x, int y) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int left = 0;
        int top = 0;
        int width = 0;
        int height = 0;
        glfwGetMonitorWorkarea(monitors[i], &left, &top, &width, &height);
        if (x + 40 >= left && x + 40 < left + width && y >= top && y + 20 < top + height)
            return true;
    }
    return false;
}

}  // namespace

std::unique_ptr<Platform> Platform::create(const Options& options, std::string& error) {
    if (glfwInit() == GLFW_FALSE) {
        error = lastGlfwError();
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, options.exactSize ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, options.exactSize ? GLFW_FALSE : GLFW_TRUE);
    GLFWwindow* window =
        glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (window == nullptr) {
        error = lastGlfwError();
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(options.exactSize ? 0 : 1);
    if (options.x && options.y && !options.exactSize && onSomeMonitor(*options.x, *options.y))
        glfwSetWindowPos(window, *options.x, *options.y);
    std::unique_ptr<Platform> platform(new Platform(window, options.ignoreInput));
    platform->installCallbacks();
    return platform;
}

void Platform::installCallbacks() {
    // ImGui's GLFW backend (1.86) keeps its data in the ImGui context, so the user pointer is ours.
    glfwSetWindowUserPointer(m_window, this);
    glfwSetWindowCloseCallback(m_window, [](GLFWwindow* window) {
        glfwSetWindowShouldClose(window, GLFW_FALSE);
        static_cast<Platform*>(glfwGetWindowUserPointer(window))->m_closeRequested = true;
    });
    glfwSetDropCallback(m_window, [](GLFWwindow* window, int count, const char** paths) {
        auto* platform = static_cast<Platform*>(glfwGetWindowUserPointer(window));
        for (int i = 0; i < count; ++i)
            platform->m_dropped.emplace_back(paths[i]);
    });
    glfwSetWindowContentScaleCallback(m_window, [](GLFWwindow* window, float, float) {
        static_cast<Platform*>(glfwGetWindowUserPointer(window))->m_scaleChanged = true;
    });
    // Input and window events are counted so the frame loop knows whether a wait ended by an event
    // (ImGui's backend, installed later, chains to these callbacks).
    glfwSetCursorPosCallback(m_window, [](GLFWwindow* window, double, double) { countEvent(window); });
    glfwSetMouseButtonCallback(m_window, [](GLFWwindow* window, int, int, int) { countEvent(window); });
    glfwSetScrollCallback(m_window, [](GLFWwindow* window, double, double) { countEvent(window); });
    glfwSetKeyCallback(m_window, [](GLFWwindow* window, int, int, int, int) { countEvent(window); });
    glfwSetCharCallback(m_window, [](GLFWwindow* window, unsigned int) { countEvent(window); });
    glfwSetCursorEnterCallback(m_window, [](GLFWwindow* window, int) { countEvent(window); });
    glfwSetWindowFocusCallback(m_window, [](GLFWwindow* window, int) { countEvent(window); });
    glfwSetWindowSizeCallback(m_window, [](GLFWwindow* window, int, int) { countEvent(window); });
    glfwSetWindowRefreshCallback(m_window, [](GLFWwindow* window) { countEvent(window); });
}

void Platform::countEvent(GLFWwindow* window) {
    ++static_cast<Platform*>(glfwGetWindowUserPointer(window))->m_events;
}

bool Platform::waitEvents(double seconds) {
    const std::uint64_t before = m_events;
    glfwWaitEventsTimeout(seconds);
    return m_events != before || m_closeRequested || !m_dropped.empty() || m_scaleChanged;
}

bool Platform::takeCloseRequest() {
    return std::exchange(m_closeRequested, false);
}

std::vector<std::string> Platform::takeDroppedFiles() {
    return std::exchange(m_dropped, {});
}

bool Platform::takeScaleChange() {
    return std::exchange(m_scaleChanged, false);
}

void Platform::rebuildFontsTexture() {
    if (!m_imguiAttached)
        return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Platform::geometry(int& x, int& y, int& width, int& height) const {
    glfwGetWindowPos(m_window, &x, &y);
    glfwGetWindowSize(m_window, &width, &height);
}

Platform::~Platform() {
    detachImGui();
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

float Platform::contentScale() const {
    float x = 1.0f;
    float y = 1.0f;
    glfwGetWindowContentScale(m_window, &x, &y);
    float scale = std::max(x, y);
    int windowWidth = 0;
    int windowHeight = 0;
    int framebufferWidth = 0;
    int framebufferHeight = 0;
    glfwGetWindowSize(m_window, &windowWidth, &windowHeight);
    glfwGetFramebufferSize(m_window, &framebufferWidth, &framebufferHeight);
    if (windowWidth > 0 && framebufferWidth > windowWidth) {
        scale /= static_cast<float>(framebufferWidth) / static_cast<float>(windowWidth);
    }
    return scale > 0.25f ? scale : 1.0f;
}

bool Platform::attachImGui() {
    if (!ImGui_ImplGlfw_InitForOpenGL(m_window, true))
        return false;
    if (!ImGui_ImplOpenGL3_Init("#version 130")) {
        ImGui_ImplGlfw_Shutdown();
        return false;
    }
    m_imguiAttached = true;
    return true;
}

void Platform::detachImGui() {
    if (!m_imguiAttached)
        return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    m_imguiAttached = false;
}

void Platform::setTitle(const std::string& title) {
    if (title == m_title)
        return;
    m_title = title;
    glfwSetWindowTitle(m_window, title.c_str());
}

void Platform::setFullScreen(bool fullScreen) {
    if (fullScreen == m_fullScreen)
        return;
    if (fullScreen) {
        // The monitor under the window's centre, else the primary one.
        glfwGetWindowPos(m_window, &m_windowed[0], &m_windowed[1]);
        glfwGetWindowSize(m_window, &m_windowed[2], &m_windowed[3]);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        const int cx = m_windowed[0] + m_windowed[2] / 2;
        const int cy = m_windowed[1] + m_windowed[3] / 2;
        for (int i = 0; i < count; ++i) {
            int x = 0;
            int y = 0;
            glfwGetMonitorPos(monitors[i], &x, &y);
            const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
            if (mode != nullptr && cx >= x && cx < x + mode->width && cy >= y && cy < y + mode->height)
                monitor = monitors[i];
        }
        const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
        if (mode == nullptr)
            return;
        glfwSetWindowMonitor(m_window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(m_window, nullptr, m_windowed[0], m_windowed[1], m_windowed[2], m_windowed[3],
                             0);
    }
    m_fullScreen = fullScreen;
}

void Platform::beginFrame() {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (m_ignoreInput) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        for (bool& down : io.MouseDown)
            down = false;
        io.MouseWheel = 0.0f;
        io.MouseWheelH = 0.0f;
    }
    ImGui::NewFrame();
}

void Platform::render() {
    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.976f, 0.976f, 0.965f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

std::vector<std::uint8_t> Platform::readPixels(int& width, int& height) const {
    glfwGetFramebufferSize(m_window, &width, &height);
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glFinish();
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return pixels;
}

void Platform::present() {
    glfwSwapBuffers(m_window);
}

}  // namespace orgweave::studio
