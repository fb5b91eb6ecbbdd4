#include "HeadlessImGui.hpp"

namespace orgweave::studio::test {

HeadlessImGui::HeadlessImGui(ImVec2 displaySize) {
    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = displaySize;
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL 3 backend: big draw lists
    // The key map of the GLFW backend (GLFW key codes), so tests press keys as the studio sees them.
    io.KeyMap[ImGuiKey_Tab] = 258;
    io.KeyMap[ImGuiKey_LeftArrow] = 263;
    io.KeyMap[ImGuiKey_RightArrow] = 262;
    io.KeyMap[ImGuiKey_UpArrow] = 265;
    io.KeyMap[ImGuiKey_DownArrow] = 264;
    io.KeyMap[ImGuiKey_PageUp] = 266;
    io.KeyMap[ImGuiKey_PageDown] = 267;
    io.KeyMap[ImGuiKey_Home] = 268;
    io.KeyMap[ImGuiKey_End] = 269;
    io.KeyMap[ImGuiKey_Insert] = 260;
    io.KeyMap[ImGuiKey_Delete] = 261;
    io.KeyMap[ImGuiKey_Backspace] = 259;
    io.KeyMap[ImGuiKey_Space] = 32;
    io.KeyMap[ImGuiKey_Enter] = 257;
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeyMap[ImGuiKey_KeyPadEnter] = 335;
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.Fonts->SetTexID(nullptr);
}

HeadlessImGui::~HeadlessImGui() {
    ImGui::DestroyContext(m_context);
}

void HeadlessImGui::frame(const std::function<void()>& body) {
    ImGui::NewFrame();
    body();
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel = 0.0f;
}

void HeadlessImGui::windowFrame(const std::function<void()>& body) {
    frame([&] {
        const ImGuiIO& io = ImGui::GetIO();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
        ImGui::Begin("canvas-host", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
        body();
        ImGui::End();
        ImGui::PopStyleVar();
    });
}

int HeadlessImGui::vertexCount() const {
    const ImDrawData* data = ImGui::GetDrawData();
    int count = 0;
    if (data == nullptr)
        return 0;
    for (int i = 0; i < data->CmdListsCount; ++i)
        count += data->CmdLists[i]->VtxBuffer.Size;
    return count;
}

bool HeadlessImGui::hasVertexColor(ImU32 color) const {
    const ImDrawData* data = ImGui::GetDrawData();
    if (data == nullptr)
        return false;
    for (int i = 0; i < data->CmdListsCount; ++i) {
        for (const ImDrawVert& vertex : data->CmdLists[i]->VtxBuffer) {
            if (vertex.col == color)
                return true;
        }
    }
    return false;
}

}  // namespace orgweave::studio::test
