#pragma once
// The studio's look: a light ImGui theme (dark text on light surfaces, the default) or a dark one
// (light text on slate surfaces), and its fonts, scaled for high-DPI screens. The canvas reads the
// kind (MainWindow::theme()) to pick its own background. Fonts: DejaVu Sans (regular and bold) at 15 px ×
// scale when the system has it (Debian: fonts-dejavu-core, pulled in by fontconfig), otherwise ImGui's
// built-in font scaled. Glyphs: Latin-1, Latin Extended-A and common punctuation (dashes, quotes, ellipsis,
// bullet). Cost: loadFonts() reads two font files; the atlas is built by the renderer (or the caller).

#include <imgui.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

/// Which ImGui colours applyStyle() uses.
enum class ThemeKind { Light, Dark };

class Theme {
public:
    /// Base font size in pixels at scale 1.
    static constexpr float kFontSize = 15.0f;

    /// Applies colours and sizes to `style` (from ImGui's defaults), scaled by `scale`.
    static void applyStyle(ImGuiStyle& style, float scale, ThemeKind kind = ThemeKind::Light);
    static bool isDark(ThemeKind kind) { return kind == ThemeKind::Dark; }
    /// "light" / "dark"; parse() returns false for anything else.
    static const char* nameOf(ThemeKind kind);
    static bool parse(std::string_view name, ThemeKind& kind);
    /// Adds the regular and bold fonts to `atlas` (regular first, so it is the default font). To
    /// change the scale, Clear() the atlas first and rebuild the renderer's font texture after.
    void loadFonts(ImFontAtlas& atlas, float scale);

    ImFont* regular() const { return m_regular; }
    ImFont* bold() const { return m_bold; }
    /// Presentation mode's large type: text and bold at kLargeSize, titles at kTitleSize (× scale).
    static constexpr float kLargeSize = 26.0f;
    static constexpr float kTitleSize = 46.0f;
    ImFont* large() const { return m_large; }
    ImFont* largeBold() const { return m_largeBold; }
    ImFont* title() const { return m_title; }
    /// Whether a TrueType font was found (otherwise the built-in bitmap font is used).
    bool hasTrueTypeFont() const { return m_trueType; }

    /// Where loadFonts() looks for DejaVu Sans (and its bold face, same folder).
    static std::vector<std::filesystem::path> fontCandidates();

private:
    ImVector<ImWchar> m_glyphRanges;  // must outlive the atlas build
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    ImFont* m_large = nullptr;
    ImFont* m_largeBold = nullptr;
    ImFont* m_title = nullptr;
    bool m_trueType = false;
};

}  // namespace orgweave::studio
