#pragma once
// The driver of the canvas tests: the real main window on the small test network, headless, with
// synthetic clicks, drags and key presses written into ImGui's io; assertions read the document,
// its undo stack, the selection and the canvas.
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/studio/session/MainWindow.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace orgweave::studio::test {

struct CanvasDriver {
    HeadlessImGui imgui{ImVec2(1400.0f, 900.0f)};
    MainWindow window;

    CanvasDriver() {
        window.setDocument(smallNetwork(), "network.orgweave.json");
        frame();
        frame();
    }
    void frame() {
        imgui.frame([&] { window.draw(); });
    }
    std::size_t index(const char* id) const { return *window.canvas().indexOf(id); }
    ImVec2 at(const char* id) const { return window.canvas().screenPosition(index(id)); }
    const core::Model& model() const { return *window.workspace().model(); }
    std::size_t steps() const { return window.document()->history().size(); }

    void click(ImVec2 p) {
        imgui.mouseAt(p);
        frame();
        imgui.mouseButton(0, true);
        frame();
        imgui.mouseButton(0, false);
        frame();
    }
    void drag(ImVec2 from, ImVec2 to, int button = 0) {
        imgui.mouseAt(from);
        frame();
        imgui.mouseButton(button, true);
        frame();
        for (int k = 1; k <= 4; ++k) {
            imgui.mouseAt(from + (to - from) * (static_cast<float>(k) / 4.0f));
            frame();
        }
        imgui.mouseButton(button, false);
        frame();
    }
    void press(int key, bool ctrl = false) {
        ImGui::GetIO().KeyCtrl = ctrl;
        imgui.key(key, true);
        frame();
        imgui.key(key, false);
        frame();
        ImGui::GetIO().KeyCtrl = false;
    }
    /// Frames enough for the double-click time to pass.
    void pause() {
        for (int k = 0; k < 24; ++k)
            frame();
    }
    /// Two clicks within the double-click time.
    void doubleClick(ImVec2 p) {
        click(p);
        click(p);
    }
    /// Press and release the right button at `p` (opens the canvas's menu).
    void rightClick(ImVec2 p) {
        imgui.mouseAt(p);
        frame();
        imgui.mouseButton(1, true);
        frame();
        imgui.mouseButton(1, false);
        frame();
        frame();  // the menu appears
    }
    /// Clicks the entry of a canvas menu or list drawn last frame, found by its label.
    void clickEntry(const std::string& label) {
        const std::optional<ItemRect> entry = window.canvas().editor().menuRects().find(label);
        INFO("canvas menu entry " << label);
        REQUIRE(entry.has_value());
        click(entry->center());
        frame();
    }
    /// Types text into the field that has the keyboard.
    void type(const std::string& text) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frame();
    }
    /// Presses a key (GLFW key code) with the modifiers given.
    void key(int code, bool ctrl = false, bool shift = false, bool alt = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeyAlt = alt;
        imgui.key(code, true);
        frame();
        imgui.key(code, false);
        frame();
        io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
    }
    /// A point of the canvas far from every node and outside the legend.
    ImVec2 emptySpot() const {
        const Rect view = window.canvas().viewport();
        for (float y = view.min.y + 40.0f; y < view.max.y - 40.0f; y += 15.0f) {
            for (float x = view.min.x + 40.0f; x < view.max.x - 40.0f; x += 15.0f) {
                const ImVec2 p{x, y};
                bool clear = !window.canvas().legend().rect().contains(p) && !window.canvas().tieAt(p);
                for (std::size_t i = 0; i < window.canvas().nodeCount() && clear; ++i)
                    clear = length(window.canvas().screenPosition(i) - p) > 70.0f;
                if (clear)
                    return p;
            }
        }
        FAIL("no empty spot on the canvas");
        return {};
    }
};

}  // namespace orgweave::studio::test
