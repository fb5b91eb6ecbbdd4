#pragma once
// The studio's look: a light ImGui theme (dark text on light surfaces) and its fonts, scaled for
// high-DPI screens. Fonts: DejaVu Sans (regular and bold) at 15 px × scale when the system has it
// (Debian: fonts-dejavu-core, pulled in by fontconfig), otherwise ImGui's built-in font scaled.
// Glyphs: Latin-1, Latin Extended-A and common punctuation (dashes, quotes, ellipsis, bullet).
// Cost: loadFonts() reads two font files; the atlas is built by the renderer (or the caller).

#include <imgui.h>

#include <filesystem>
#include <string>
#include <vector>

namespace orgweave::studio {

class Theme {
public:
    /// Base font size in pixels at scale 1.
    static constexpr float kFontSize = 15.0f;

    /// Applies colours and sizes to `style` (from ImGui's defaults), scaled by `scale`.
    static void applyStyle(ImGuiStyle& style, float scale);
    /// Adds the regular and bold fonts to `atlas` (regular first, so it is the default font).
    void loadFonts(ImFontAtlas& atlas, float scale);

    ImFont* regular() const { return m_regular; }
    ImFont* bold() const { return m_bold; }
    /// Whether a TrueType font was found (otherwise the built-in bitmap font is used).
    bool hasTrueTypeFont() const { return m_trueType; }

    /// Where loadFonts() looks for DejaVu Sans (and its bold face, same folder).
    static std::vector<std::filesystem::path> fontCandidates();

private:
    ImVector<ImWchar> m_glyphRanges;  // must outlive the atlas build
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    bool m_trueType = false;
};

}  // namespace orgweave::studio
