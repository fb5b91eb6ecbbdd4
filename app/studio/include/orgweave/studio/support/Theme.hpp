#pragma once
// The studio's look: a light ImGui theme (dark text on light surfaces, the default) or a dark one
// (light text on slate surfaces), and its fonts, scaled for high-DPI screens. The canvas reads the
// kind (MainWindow::theme()) to pick its own background. Fonts: DejaVu Sans (regular and bold) at 15 px ×
// scale when the system has it (Debian: fonts-dejavu-core, pulled in by fontconfig), otherwise ImGui's
// built-in font scaled. Glyphs: Latin-1, Latin Extended-A, Greek, Cyrillic and common punctuation (dashes,
// quotes, ellipsis, bullet, arrows) from DejaVu Sans. Other scripts a document uses (CJK, Hangul, kana,
// symbols and the emoji of the Basic Multilingual Plane) are merged in from Debian's fonts when present
// (fonts-noto-core, fonts-noto-cjk, fonts-symbola), with glyph ranges built from the characters the
// document actually uses, so the atlas stays small: wantCharacters() says when a newly opened document
// needs a rebuild. Limits: the Debian ImGui 1.86 build has 16-bit ImWchar, so emoji outside the Basic
// Multilingual Plane (U+1F300…) show as a replacement glyph; stb_truetype draws no colour emoji, so
// symbols are monochrome (Symbola). Cost: loadFonts() reads two font files plus, when needed, each
// fallback file once (kept in memory for rebuilds); the atlas is built by the renderer (or the caller).

#include "orgweave/core/Model.hpp"

#include <imgui.h>

#include <filesystem>
#include <memory>
#include <set>
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
    /// Fallback fonts merged for characters DejaVu Sans lacks, in the order they are tried (regular
    /// faces; a bold face sits beside each where the package has one).
    static std::vector<std::filesystem::path> fallbackCandidates();

    /// The characters beyond the base ranges that a document shows: labels, ids, types and text
    /// attributes of nodes and ties, notes, phases, views and the title. Cost O(text of the model).
    static std::set<ImWchar> charactersOf(const core::Model& model);
    /// The code points of UTF-8 `text` outside the base glyph ranges, added to `out`.
    static void collectCharacters(std::string_view text, std::set<ImWchar>& out);
    /// Asks for glyphs of `characters` (from collectCharacters) in later loadFonts() calls; true when
    /// some were new, i.e. the caller should Clear() the atlas, loadFonts() and rebuild its texture.
    bool wantCharacters(const std::set<ImWchar>& characters);
    /// The characters beyond the base ranges the fonts carry (for tests and the status bar).
    const std::set<ImWchar>& extraCharacters() const { return m_extra; }
    /// How many fallback font files were merged by the last loadFonts().
    int fallbacksMerged() const { return m_fallbacksMerged; }

private:
    struct FontFile {
        std::filesystem::path path;
        std::vector<char> bytes;  // read once; the atlas borrows them (FontDataOwnedByAtlas = false)
    };
    /// The bytes of a font file, read once; null when unreadable.
    FontFile* fontFile(const std::filesystem::path& path);
    /// Merges the fallback fonts into the font just added (regular or bold face).
    void mergeFallbacks(ImFontAtlas& atlas, float size, bool bold, const ImFontConfig& base);

    ImVector<ImWchar> m_glyphRanges;  // must outlive the atlas build
    ImVector<ImWchar> m_extraRanges;  // the document's other characters; must outlive the build
    std::set<ImWchar> m_extra;
    std::vector<std::unique_ptr<FontFile>> m_files;
    int m_fallbacksMerged = 0;
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    ImFont* m_large = nullptr;
    ImFont* m_largeBold = nullptr;
    ImFont* m_title = nullptr;
    bool m_trueType = false;
};

}  // namespace orgweave::studio
