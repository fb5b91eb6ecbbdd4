#include "orgweave/studio/support/Theme.hpp"

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
    m_large = m_largeBold = m_title = nullptr;
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
        const std::string boldName = isFile(bold) ? bold.string() : regular.string();
        m_large = atlas.AddFontFromFileTTF(regular.string().c_str(), kLargeSize * scale, &config,
                                           m_glyphRanges.Data);
        m_largeBold =
            atlas.AddFontFromFileTTF(boldName.c_str(), kLargeSize * scale, &config, m_glyphRanges.Data);
        config.OversampleH = 1;  // big glyphs need no oversampling
        config.OversampleV = 1;
        m_title = atlas.AddFontFromFileTTF(boldName.c_str(), kTitleSize * scale, &config, m_glyphRanges.Data);
        m_trueType = true;
        return;
    }
    ImFontConfig config;
    config.SizePixels = std::max(13.0f, size);
    m_regular = atlas.AddFontDefault(&config);
    m_bold = m_regular;
    m_large = m_regular;  // drawn at the large sizes by whoever uses them
    m_largeBold = m_regular;
    m_title = m_regular;
}

const char* Theme::nameOf(ThemeKind kind) {
    return kind == ThemeKind::Dark ? "dark" : "light";
}

bool Theme::parse(std::string_view name, ThemeKind& kind) {
    if (name == "light")
        kind = ThemeKind::Light;
    else if (name == "dark")
        kind = ThemeKind::Dark;
    else
        return false;
    return true;
}

void Theme::applyStyle(ImGuiStyle& style, float scale, ThemeKind kind) {
    style = ImGuiStyle();
    if (kind == ThemeKind::Dark)
        ImGui::StyleColorsDark(&style);
    else
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
    if (kind == ThemeKind::Dark) {
        // Slate surfaces, off-white text (contrast ≥ 12:1), the lighter Okabe–Ito sky blue as accent.
        const ImVec4 text{0.90f, 0.91f, 0.92f, 1.0f};
        const ImVec4 surface{0.135f, 0.145f, 0.16f, 1.0f};
        const ImVec4 bar{0.105f, 0.115f, 0.13f, 1.0f};
        const ImVec4 accent{0.337f, 0.706f, 0.914f, 1.0f};  // Okabe–Ito sky blue
        c[ImGuiCol_Text] = text;
        c[ImGuiCol_TextDisabled] = ImVec4(0.58f, 0.61f, 0.65f, 1.0f);
        c[ImGuiCol_WindowBg] = surface;
        c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
        c[ImGuiCol_PopupBg] = ImVec4(0.17f, 0.18f, 0.20f, 0.98f);
        c[ImGuiCol_MenuBarBg] = bar;
        c[ImGuiCol_Border] = ImVec4(0.36f, 0.39f, 0.43f, 0.70f);
        c[ImGuiCol_FrameBg] = ImVec4(0.20f, 0.215f, 0.235f, 1.0f);
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.25f, 0.27f, 0.30f, 1.0f);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.29f, 0.31f, 0.35f, 1.0f);
        c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.25f);
        c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.35f);
        c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.48f);
        c[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, 0.22f);
        c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.36f);
        c[ImGuiCol_ButtonActive] = ImVec4(accent.x, accent.y, accent.z, 0.50f);
        c[ImGuiCol_Tab] = ImVec4(0.19f, 0.205f, 0.225f, 1.0f);
        c[ImGuiCol_TabHovered] = ImVec4(accent.x, accent.y, accent.z, 0.40f);
        c[ImGuiCol_TabActive] = ImVec4(accent.x * 0.55f, accent.y * 0.55f, accent.z * 0.55f, 1.0f);
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_TitleBg] = bar;
        c[ImGuiCol_TitleBgActive] = ImVec4(0.19f, 0.23f, 0.28f, 1.0f);
        c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.45f);
    } else {
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
    }
    style.ScaleAllSizes(scale);
}

}  // namespace orgweave::studio
