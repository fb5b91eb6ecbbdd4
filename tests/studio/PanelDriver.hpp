#pragma once
// Drives one panel of the studio headless for the panel tests: a Workspace on a sample document,
// frames that update the workspace and draw the panel into a full-display window, and synthetic
// clicks, typing (Ctrl+A then characters then Enter) and key presses written into ImGui's io.

#include "HeadlessImGui.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace orgweave::studio::test {

inline constexpr int kEnterKey = 257;  // GLFW_KEY_ENTER, mapped to ImGuiKey_Enter below

class PanelDriver {
public:
    explicit PanelDriver(Panel& panel, ImVec2 display = {1280.0f, 2400.0f})
        : m_imgui(display), m_panel(panel) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = kEnterKey;
        io.KeyMap[ImGuiKey_A] = 'A';
    }

    /// Opens a sample of samples/ in the workspace.
    void openSample(const std::string& name) {
        core::LoadResult loaded = core::loadDocument(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / name);
        if (!loaded.ok())
            throw std::runtime_error("cannot load sample " + name);
        m_workspace.setDocument(std::move(*loaded.model));
    }

    Workspace& workspace() { return m_workspace; }
    const core::Model& model() const { return m_workspace.document().model(); }
    std::size_t undoSteps() const { return m_workspace.document().history().index(); }

    void frame() {
        m_workspace.update();
        m_imgui.windowFrame([&] { m_panel.draw(m_workspace); });
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i)
            frame();
    }
    void hover(ImVec2 at) {
        m_imgui.mouseAt(at);
        frame();
    }
    /// Press and release the left button at `at` (two frames).
    void click(ImVec2 at) {
        m_imgui.mouseAt(at);
        m_imgui.mouseButton(0, true);
        frame();
        m_imgui.mouseButton(0, false);
        frame();
    }
    void click(const ItemRect& rect) { click(rect.center()); }
    void press(int key) {
        m_imgui.key(key, true);
        frame();
        m_imgui.key(key, false);
        frame();
    }
    /// In the focused text field: select all, type `text`, press Enter.
    void typeReplacing(const std::string& text) {
        ImGui::GetIO().KeyCtrl = true;
        press('A');
        ImGui::GetIO().KeyCtrl = false;
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frame();
        press(kEnterKey);
    }
    HeadlessImGui& imgui() { return m_imgui; }

private:
    HeadlessImGui m_imgui;
    Panel& m_panel;
    Workspace m_workspace;
};

}  // namespace orgweave::studio::test
