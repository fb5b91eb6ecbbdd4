#pragma once
// Tier-1 studio tests (DESIGN.md §8): an ImGui context without a window. The font atlas is built
// on the CPU (GetTexDataAsRGBA32), frames are NewFrame → draw → Render, and input is written into
// io (ImGui 1.86: io.MousePos, io.MouseDown, io.MouseWheel, io.KeysDown).

#include <imgui.h>

#include <functional>

namespace orgweave::studio::test {

class HeadlessImGui {
public:
    explicit HeadlessImGui(ImVec2 displaySize = {1280.0f, 800.0f});
    ~HeadlessImGui();
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    /// One frame: NewFrame, `body`, Render. Input written before is seen by this frame; the mouse
    /// wheel and key presses are cleared afterwards.
    void frame(const std::function<void()>& body);
    /// One frame with `body` drawn inside a full-display, undecorated window (for the canvas).
    void windowFrame(const std::function<void()>& body);

    void mouseAt(ImVec2 position) { ImGui::GetIO().MousePos = position; }
    void mouseButton(int button, bool down) { ImGui::GetIO().MouseDown[button] = down; }
    void wheel(float amount) { ImGui::GetIO().MouseWheel = amount; }
    void key(int index, bool down) { ImGui::GetIO().KeysDown[index] = down; }

    /// Vertices in the last rendered frame, over all draw lists.
    int vertexCount() const;
    /// Whether any vertex of the last frame has exactly this colour.
    bool hasVertexColor(ImU32 color) const;

private:
    ImGuiContext* m_context = nullptr;
};

}  // namespace orgweave::studio::test
