#include "FileTestSupport.hpp"

#include "orgweave/core/Commands.hpp"

#include <unistd.h>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

namespace orgweave::studio::test {

std::string readFileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TempFolder::TempFolder(const std::string& name) {
    m_path = std::filesystem::temp_directory_path() /
             ("orgweave-studio-" + name + "-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder() {
    std::error_code error;
    // Folders a test made read-only must be writable again to be removed.
    for (auto it = std::filesystem::recursive_directory_iterator(m_path, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_directory(error))
            std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::add, error);
    }
    std::filesystem::remove_all(m_path, error);
}

namespace {
std::optional<std::string> currentValue(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
}
void restore(const char* name, const std::optional<std::string>& value) {
    if (value)
        ::setenv(name, value->c_str(), 1);
    else
        ::unsetenv(name);
}
}  // namespace

XdgFolders::XdgFolders(const std::filesystem::path& root)
    : m_config(currentValue("XDG_CONFIG_HOME")), m_state(currentValue("XDG_STATE_HOME")) {
    ::setenv("XDG_CONFIG_HOME", (root / "config").c_str(), 1);
    ::setenv("XDG_STATE_HOME", (root / "state").c_str(), 1);
}

XdgFolders::~XdgFolders() {
    restore("XDG_CONFIG_HOME", m_config);
    restore("XDG_STATE_HOME", m_state);
}

void mapNamedKeys() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = kKeyEscape;
    io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
    io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
}

void pressKey(HeadlessImGui& imgui, int key, const std::function<void()>& draw) {
    imgui.key(key, true);
    imgui.frame(draw);
    imgui.key(key, false);
    imgui.frame(draw);
}

void click(HeadlessImGui& imgui, const Rect& rect, const std::function<void()>& draw) {
    imgui.mouseAt(rect.center());
    imgui.frame(draw);  // hover
    imgui.mouseButton(0, true);
    imgui.frame(draw);
    imgui.mouseButton(0, false);
    imgui.frame(draw);
}

void doubleClick(HeadlessImGui& imgui, const Rect& rect, const std::function<void()>& draw) {
    imgui.mouseAt(rect.center());
    imgui.mouseButton(0, true);
    imgui.frame(draw);
    imgui.mouseButton(0, false);
    imgui.frame(draw);
    imgui.mouseButton(0, true);
    imgui.frame(draw);
    imgui.mouseButton(0, false);
    imgui.frame(draw);
}

void editTitle(Workspace& workspace, const std::string& title) {
    core::Annotations annotations = workspace.document().model().annotations;
    annotations.meta.title = title;
    workspace.propose(std::make_unique<core::EditAnnotationsCommand>(std::move(annotations), "Rename"));
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace orgweave::studio::test
