#pragma once
// The studio's main window content, drawn each frame between ImGui::NewFrame() and Render():
// the main menu bar (File › Quit; View › Fit, Legend), the canvas filling the space between the
// menu and the status bar, the status bar, and a message window listing load errors.
// It owns the open document. It knows no window system: the platform passes key indices for the
// shortcuts (F fit, L legend, Ctrl+Q quit) and reads quitRequested(). Tests drive it headless.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Document.hpp"
#include "orgweave/studio/Canvas.hpp"
#include "orgweave/studio/StatusBar.hpp"

#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>

namespace orgweave::studio {

/// Key indices into ImGuiIO::KeysDown for the window's shortcuts (-1 = none).
struct ShortcutKeys {
    int fit = -1;
    int legend = -1;
    int quit = -1;
};

class MainWindow {
public:
    MainWindow();

    /// Loads a document with core::loadDocument. On errors the window shows an empty canvas and a
    /// message window with the diagnostics; returns whether the document was opened.
    bool open(const std::filesystem::path& path);
    /// Shows `model` (as if loaded from `path`, which may be empty).
    void setDocument(core::Model model, std::filesystem::path path = {});
    /// Shows load errors for `path` (used by open()).
    void showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics);

    void setScale(float scale);
    void setFonts(ImFont* regular, ImFont* bold);
    void setShortcutKeys(ShortcutKeys keys) { m_keys = keys; }

    /// Draws one frame of the window's content over the main viewport.
    void draw();

    bool quitRequested() const { return m_quitRequested; }
    /// "orgweave-studio — <file name>", or "orgweave-studio" with no file.
    std::string windowTitle() const;

    Canvas& canvas() { return m_canvas; }
    const Canvas& canvas() const { return m_canvas; }
    const StatusBar& statusBar() const { return m_statusBar; }
    const core::Document* document() const { return m_document ? &*m_document : nullptr; }
    const core::Diagnostics& loadErrors() const { return m_loadErrors; }
    bool messagesOpen() const { return m_showMessages; }

private:
    void handleShortcuts();
    void drawMenuBar();
    void drawCanvas(const Rect& area);
    void drawMessages();
    void refreshStatus();

    std::optional<core::Document> m_document;
    std::filesystem::path m_path;  ///< the file shown or attempted
    core::Diagnostics m_loadErrors;
    bool m_showMessages = false;
    Canvas m_canvas;
    StatusBar m_statusBar;
    ShortcutKeys m_keys;
    float m_scale = 1.0f;
    bool m_quitRequested = false;
};

}  // namespace orgweave::studio
