#pragma once
// The one driver of the panel tests: drives one panel of the studio headless on a Workspace (its
// own, or the test's), with frames that update the workspace (publishing the background analysis)
// and draw the panel into a full-display window, and synthetic clicks, typing (Ctrl+A then
// characters then Enter) and key presses written into ImGui's io.

#include "HeadlessImGui.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace orgweave::studio::test {

inline constexpr int kEnterKey = 257;  // GLFW_KEY_ENTER, mapped to ImGuiKey_Enter below

/// A sample document from samples/ (throws when it cannot be read).
inline core::Model loadSampleModel(const std::string& name) {
    core::LoadResult loaded = core::loadDocument(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / name);
    if (!loaded.ok())
        throw std::runtime_error("cannot load sample " + name);
    return std::move(*loaded.model);
}

class PanelDriver {
public:
    /// With its own workspace.
    explicit PanelDriver(Panel& panel, ImVec2 display = {1280.0f, 2400.0f})
        : m_imgui(display), m_panel(panel), m_workspace(m_own.emplace()) {
        mapKeys();
    }
    /// On the test's workspace (which must outlive the driver).
    PanelDriver(Panel& panel, Workspace& workspace, ImVec2 display = {1000.0f, 900.0f})
        : m_imgui(display), m_panel(panel), m_workspace(workspace) {
        mapKeys();
    }

    /// Opens a sample of samples/ in the workspace.
    void openSample(const std::string& name) { m_workspace.setDocument(loadSampleModel(name)); }

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
    /// Hover, press, release at the centre of `target`, then move the pointer away (four frames),
    /// as a user would. `target` must have been drawn (not empty).
    void clickAndLeave(const Rect& target) {
        if (target.empty())
            throw std::logic_error("clickAndLeave: the target was not drawn");
        hover(target.center());
        m_imgui.mouseButton(0, true);
        frame();
        m_imgui.mouseButton(0, false);
        frame();
        hover(ImVec2(-100.0f, -100.0f));
    }
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
    static void mapKeys() {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = kEnterKey;
        io.KeyMap[ImGuiKey_A] = 'A';
    }

    HeadlessImGui m_imgui;
    Panel& m_panel;
    std::optional<Workspace> m_own;
    Workspace& m_workspace;
};

}  // namespace orgweave::studio::test
