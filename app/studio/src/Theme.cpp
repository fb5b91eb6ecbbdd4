#include "orgweave/studio/Theme.hpp"

#include <algorithm>
#include <array>
#include <system_error>

namespace orgweave::studio {

namespace {

// Latin Extended-A, general punctuation (– — ‘ ’ “ ” • … ›), arrows; the middle dot is Latin-1.
constexpr std::array<ImWchar, 7> kExtraRanges{0x0100, 0x017F, 0x2010, 0x203A, 0x2190, 0x2193, 0};

bool isFile(const std::filesystem::path& path) {
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

}  // namespace

std::vector<std::filesystem::path> Theme::fontCandidates() {
    return {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "/usr/local/share/fonts/DejaVuSans.ttf",
            "/Library/Fonts/DejaVuSans.ttf"};
}

void Theme::loadFonts(ImFontAtlas& atlas, float scale) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(kExtraRanges.data());
    m_glyphRanges.clear();
    builder.BuildRanges(&m_glyphRanges);

    const float size = kFontSize * scale;
    m_trueType = false;
    for (const std::filesystem::path& regular : fontCandidates()) {
        if (!isFile(regular))
            continue;
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 2;
        m_regular = atlas.AddFontFromFileTTF(regular.string().c_str(), size, &config, m_glyphRanges.Data);
        if (m_regular == nullptr)
            continue;
        const std::filesystem::path bold = regular.parent_path() / "DejaVuSans-Bold.ttf";
        m_bold = isFile(bold)
                     ? atlas.AddFontFromFileTTF(bold.string().c_str(), size, &config, m_glyphRanges.Data)
                     : nullptr;
        if (m_bold == nullptr)
            m_bold = m_regular;
        m_trueType = true;
        return;
    }
    ImFontConfig config;
    config.SizePixels = std::max(13.0f, size);
    m_regular = atlas.AddFontDefault(&config);
    m_bold = m_regular;
}

void Theme::applyStyle(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.GrabRounding = 3.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.WindowPadding = ImVec2(12.0f, 10.0f);

    ImVec4* c = style.Colors;
    const ImVec4 text{0.12f, 0.14f, 0.16f, 1.0f};
    const ImVec4 surface{0.965f, 0.965f, 0.955f, 1.0f};
    const ImVec4 bar{0.925f, 0.93f, 0.935f, 1.0f};
    const ImVec4 accent{0.0f, 0.447f, 0.698f, 1.0f};  // Okabe–Ito blue
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = ImVec4(0.40f, 0.43f, 0.47f, 1.0f);
    c[ImGuiCol_WindowBg] = surface;
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.98f);
    c[ImGuiCol_MenuBarBg] = bar;
    c[ImGuiCol_Border] = ImVec4(0.70f, 0.72f, 0.75f, 0.60f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.18f);
    c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.28f);
    c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.40f);
    c[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, 0.14f);
    c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.28f);
    c[ImGuiCol_ButtonActive] = ImVec4(accent.x, accent.y, accent.z, 0.42f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_TitleBgActive] = ImVec4(0.84f, 0.87f, 0.91f, 1.0f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.12f, 0.30f);
    style.ScaleAllSizes(scale);
}

}  // namespace orgweave::studio
