#pragma once
// Drives one studio panel in the Measures, Gaps and Layout tests: each frame updates the workspace
// (publishes the background analysis) and draws the panel in a full-display window; click() moves
// the mouse to a point, presses and releases the left button over three frames, as a user would.

#include "HeadlessImGui.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace orgweave::studio::test {

class PanelTestDriver {
public:
    PanelTestDriver(Panel& panel, Workspace& workspace) : m_panel(panel), m_workspace(workspace) {}

    void frame() {
        m_imgui.windowFrame([&] {
            m_workspace.update();
            m_panel.draw(m_workspace);
        });
    }

    /// Hover, press, release at the centre of `target` (which must have been drawn).
    void click(const Rect& target) {
        REQUIRE_FALSE(target.empty());
        m_imgui.mouseAt(target.center());
        frame();
        m_imgui.mouseButton(0, true);
        frame();
        m_imgui.mouseButton(0, false);
        frame();
        m_imgui.mouseAt(ImVec2(-100.0f, -100.0f));
        frame();
    }

    HeadlessImGui& imgui() { return m_imgui; }

private:
    HeadlessImGui m_imgui{ImVec2(1000.0f, 900.0f)};
    Panel& m_panel;
    Workspace& m_workspace;
};

/// A sample document from samples/ (fails the test when it cannot be read).
inline core::Model loadSampleModel(const std::string& name) {
    core::LoadResult loaded = core::loadDocument(std::string(ORGWEAVE_SAMPLES_DIR) + "/" + name);
    REQUIRE(loaded.ok());
    return std::move(*loaded.model);
}

}  // namespace orgweave::studio::test
