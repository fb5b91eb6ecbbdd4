#pragma once
// Helpers for the studio's file tests: a temporary folder removed at the end, the XDG folders
// pointed into it, named keys mapped as the GLFW backend maps them, clicks on recorded rectangles,
// and an edit that makes a document dirty.

#include "HeadlessImGui.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace orgweave::studio::test {

/// The whole content of a file (empty when it cannot be read), bytes as they are.
std::string readFileBytes(const std::filesystem::path& path);

/// A fresh folder under the system's temporary folder, removed (with its content) at the end.
class TempFolder {
public:
    explicit TempFolder(const std::string& name);
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Sets XDG_CONFIG_HOME and XDG_STATE_HOME to folders inside `root` for its lifetime.
class XdgFolders {
public:
    explicit XdgFolders(const std::filesystem::path& root);
    ~XdgFolders();
    XdgFolders(const XdgFolders&) = delete;
    XdgFolders& operator=(const XdgFolders&) = delete;

private:
    std::optional<std::string> m_config;
    std::optional<std::string> m_state;
};

/// GLFW's codes for the named keys, written into io.KeyMap as the GLFW backend does.
inline constexpr int kKeyEscape = 256;
inline constexpr int kKeyEnter = 257;
inline constexpr int kKeyBackspace = 259;
void mapNamedKeys();

/// Presses and releases `key` over two frames of `draw`.
void pressKey(HeadlessImGui& imgui, int key, const std::function<void()>& draw);
/// Moves the mouse to the middle of `rect` and clicks (press frame, release frame).
void click(HeadlessImGui& imgui, const Rect& rect, const std::function<void()>& draw);
/// A second click right after click() (ImGui sees a double click).
void doubleClick(HeadlessImGui& imgui, const Rect& rect, const std::function<void()>& draw);

/// Changes the document's title through the undo stack (the document becomes dirty).
void editTitle(Workspace& workspace, const std::string& title);

/// Whole content of a file ("" when it cannot be read).
std::string readText(const std::filesystem::path& path);

}  // namespace orgweave::studio::test
