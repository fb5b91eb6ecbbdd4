#include "orgweave/studio/support/Theme.hpp"

#include "orgweave/studio/canvas/CanvasNotes.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <system_error>

namespace orgweave::studio {

namespace {

// Latin Extended-A, Greek, Cyrillic, general punctuation (– — ‘ ’ “ ” • … ›), arrows, the replacement
// character (drawn for what no font has); the middle dot is Latin-1. DejaVu Sans has all of them.
constexpr std::array<ImWchar, 13> kExtraRanges{0x0100, 0x017F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x2010,
                                               0x203A, 0x2190, 0x2193, 0xFFFD, 0xFFFD, 0};
constexpr ImWchar kLatin1End = 0x00FF;

bool inBaseRanges(ImWchar c) {
    if (c < 0x20)
        return true;  // control characters are never drawn
    if (c <= kLatin1End)
        return true;
    for (std::size_t k = 0; kExtraRanges[k] != 0; k += 2) {
        if (c >= kExtraRanges[k] && c <= kExtraRanges[k + 1])
            return true;
    }
    return false;
}

/// More glyphs than this are not merged into the large presentation fonts (the atlas would grow
/// past a 4096² texture); the title font takes a tenth of it.
constexpr std::size_t kMaxLargeGlyphs = 3000;

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

std::vector<std::filesystem::path> Theme::fallbackCandidates() {
    // Debian: fonts-noto-cjk (CJK, Hangul, kana), fonts-noto-core (other Latin, Greek and Cyrillic
    // extensions), fonts-symbola (symbols, dingbats and monochrome emoji of the BMP).
    return {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
            "/usr/share/fonts/truetype/unifont/unifont.ttf"};
}

void Theme::collectCharacters(std::string_view text, std::set<ImWchar>& out) {
    const char* p = text.data();
    const char* end = text.data() + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int bytes = ImTextCharFromUtf8(&c, p, end);
        if (bytes <= 0)
            break;
        p += bytes;
        if (c > 0 && c <= 0xFFFF && !inBaseRanges(static_cast<ImWchar>(c)))
            out.insert(static_cast<ImWchar>(c));
    }
}

std::set<ImWchar> Theme::charactersOf(const core::Model& model) {
    std::set<ImWchar> out;
    const auto attributes = [&](const nlohmann::json& attrs) {
        if (!attrs.is_object())
            return;
        for (auto it = attrs.begin(); it != attrs.end(); ++it) {
            collectCharacters(it.key(), out);
            if (it->is_string())
                collectCharacters(it->get_ref<const std::string&>(), out);
        }
    };
    for (const core::Node& node : model.nodes) {
        collectCharacters(node.id, out);
        collectCharacters(node.label, out);
        collectCharacters(node.type, out);
        attributes(node.attrs);
    }
    for (const core::Tie& tie : model.ties) {
        collectCharacters(tie.details->label, out);
        attributes(tie.attrs);
    }
    for (const CanvasNote& note : CanvasNotes::read(model))
        collectCharacters(note.text, out);
    for (const core::Phase& phase : model.annotations.phases)
        collectCharacters(phase.label, out);
    for (const core::View& view : model.annotations.views)
        collectCharacters(view.title, out);
    collectCharacters(model.annotations.meta.title, out);
    collectCharacters(model.annotations.meta.description, out);
    return out;
}

bool Theme::wantCharacters(const std::set<ImWchar>& characters) {
    const std::size_t before = m_extra.size();
    m_extra.insert(characters.begin(), characters.end());
    return m_extra.size() != before;
}

Theme::FontFile* Theme::fontFile(const std::filesystem::path& path) {
    for (const auto& file : m_files) {
        if (file->path == path)
            return file->bytes.empty() ? nullptr : file.get();
    }
    auto file = std::make_unique<FontFile>();
    file->path = path;
    if (isFile(path)) {
        std::ifstream in(path, std::ios::binary);
        file->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    m_files.push_back(std::move(file));
    return m_files.back()->bytes.empty() ? nullptr : m_files.back().get();
}

void Theme::mergeFallbacks(ImFontAtlas& atlas, float size, bool bold, const ImFontConfig& base) {
    if (m_extraRanges.Size <= 1)
        return;
    for (const std::filesystem::path& regular : fallbackCandidates()) {
        std::filesystem::path path = regular;
        if (bold) {
            // NotoSansCJK-Bold.ttc, NotoSans-Bold.ttf beside the regular faces.
            std::string name = regular.filename().string();
            if (const auto at = name.find("Regular"); at != std::string::npos) {
                name.replace(at, 7, "Bold");
                if (isFile(regular.parent_path() / name))
                    path = regular.parent_path() / name;
            }
        }
        FontFile* file = fontFile(path);
        if (file == nullptr)
            continue;
        ImFontConfig config = base;
        config.MergeMode = true;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = 1;  // thousands of CJK glyphs: keep the atlas small
        config.OversampleV = 1;
        // Glyphs a previous font already gave are skipped; so are those this font lacks.
        atlas.AddFontFromMemoryTTF(file->bytes.data(), static_cast<int>(file->bytes.size()), size, &config,
                                   m_extraRanges.Data);
        ++m_fallbacksMerged;
    }
}

void Theme::loadFonts(ImFontAtlas& atlas, float scale) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(kExtraRanges.data());
    m_glyphRanges.clear();
    builder.BuildRanges(&m_glyphRanges);
    ImFontGlyphRangesBuilder extra;
    for (const ImWchar c : m_extra)
        extra.AddChar(c);
    m_extraRanges.clear();
    extra.BuildRanges(&m_extraRanges);
    m_fallbacksMerged = 0;

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
        mergeFallbacks(atlas, size, false, config);
        const std::filesystem::path bold = regular.parent_path() / "DejaVuSans-Bold.ttf";
        m_bold = isFile(bold)
                     ? atlas.AddFontFromFileTTF(bold.string().c_str(), size, &config, m_glyphRanges.Data)
                     : nullptr;
        if (m_bold == nullptr)
            m_bold = m_regular;
        else
            mergeFallbacks(atlas, size, true, config);
        const std::string boldName = isFile(bold) ? bold.string() : regular.string();
        const bool largeToo = m_extra.size() <= kMaxLargeGlyphs;
        m_large = atlas.AddFontFromFileTTF(regular.string().c_str(), kLargeSize * scale, &config,
                                           m_glyphRanges.Data);
        if (largeToo)
            mergeFallbacks(atlas, kLargeSize * scale, false, config);
        m_largeBold =
            atlas.AddFontFromFileTTF(boldName.c_str(), kLargeSize * scale, &config, m_glyphRanges.Data);
        if (largeToo)
            mergeFallbacks(atlas, kLargeSize * scale, true, config);
        config.OversampleH = 1;  // big glyphs need no oversampling
        config.OversampleV = 1;
        m_title = atlas.AddFontFromFileTTF(boldName.c_str(), kTitleSize * scale, &config, m_glyphRanges.Data);
        if (m_extra.size() <= kMaxLargeGlyphs / 10)
            mergeFallbacks(atlas, kTitleSize * scale, true, config);
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
