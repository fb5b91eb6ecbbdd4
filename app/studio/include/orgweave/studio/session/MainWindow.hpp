#pragma once
// The studio's main window content, drawn each frame between ImGui::NewFrame() and Render():
// the main menu bar (File, Edit, View), the canvas in the middle, the side column of panels
// (Inspector, Measures, Gaps, Model, Layout, History) as tabs on the right with a draggable edge,
// the status bar, notices and the file windows. It owns the Workspace (document, selection,
// analysis) and the Settings remembered between runs. It knows no window system: tests drive it
// headless. Shortcuts: F fit, L legend, F5 present (PresentationMode.hpp), Ctrl+Z/Y undo/redo (Ctrl+Shift+Z
// redo), and those of the file actions (Ctrl+N/O/S/W/Q, Ctrl+Shift+S) and canvas.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Document.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/Palette.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/files/FileActions.hpp"
#include "orgweave/studio/files/PictureExport.hpp"
#include "orgweave/studio/files/Settings.hpp"
#include "orgweave/studio/files/SlideExport.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/session/PresentationMode.hpp"
#include "orgweave/studio/session/ShortcutsWindow.hpp"
#include "orgweave/studio/session/StatusBar.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include <imgui.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace orgweave::studio {

class MainWindow {
public:
    MainWindow();
    ~MainWindow();

    /// Opens a document in any readable format. On errors the current document stays and a
    /// message window lists the diagnostics; returns whether the document was opened.
    bool open(const std::filesystem::path& path);
    /// Opens `path` after asking about unsaved changes (File › Open, a file dropped on the window).
    void requestOpen(const std::filesystem::path& path) { m_files.requestOpen(m_workspace, path); }
    /// The window's close button: quits, after asking about unsaved changes.
    void requestClose() { m_files.requestQuit(m_workspace); }
    /// Shows `model` (as if loaded from `path`, which may be empty).
    void setDocument(core::Model model, std::filesystem::path path = {});
    /// Shows load errors for `path` (used when the file given at start-up cannot be read).
    void showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics);

    void setScale(float scale);
    void setFonts(ImFont* regular, ImFont* bold);
    /// Presentation mode's large type (Theme::large, largeBold, title).
    void setPresentationFonts(ImFont* text, ImFont* bold, ImFont* title) {
        m_presentation.setFonts(text, bold, title);
    }
    /// Enters presentation mode at a view ("" = the first; F5, View › Present, Views panel).
    /// False, with a notice, for an unknown view or without a document.
    bool present(const std::string& viewId = {}) { return m_presentation.enter(m_workspace, viewId); }
    /// While true the whole window is the presentation (the platform may go full screen).
    bool presenting() const { return m_presentation.active(); }
    PresentationMode& presentation() { return m_presentation; }
    /// Applies the ImGui colours of `kind` at the current scale (needs an ImGui context).
    void setTheme(ThemeKind kind);
    ThemeKind theme() const { return m_theme; }

    /// Reads the settings file (a broken one is ignored with a notice) and applies it; later
    /// changes are written back to it. Returns the notice (empty when fine).
    std::string loadSettings(const std::filesystem::path& file);
    /// Switches the studio's texts to `language` at once (core::initTranslation; from the drawing
    /// thread) and, when `remember`, keeps it in the settings. Returns a notice when its catalogue
    /// is missing (the texts stay English), else "".
    std::string setLanguage(core::Language language, bool remember);
    /// The language of reports and slides (Settings::reportLanguage; nullopt: the studio's), bound
    /// at once and, when `remember`, kept in the settings. Returns a notice as setLanguage does.
    std::string setReportLanguage(std::optional<core::Language> language, bool remember);
    /// The texts of reports and slides: the report language, else the studio's.
    core::Translator reportTexts() const;
    /// Writes the settings (with the current panel width, legend and theme) when a file is set.
    void saveSettings();
    Settings& settings() { return m_settings; }
    float panelWidth() const { return m_panelWidth; }

    /// Draws one frame of the window's content over the main viewport.
    void draw();

    /// Whether something moves without input: a background job (analysis, layout, comparison,
    /// what-if), a camera move, a notice that will fade. The frame loop draws continuously while
    /// true and otherwise sleeps until an event arrives (an idle studio uses no CPU).
    bool animating() const;
    /// Where the menu bar's menus and entries were drawn in the last frame, by label (tests open
    /// menus and choose entries through the real menu).
    const ItemRects& menuRects() const { return m_menuRects; }
    PictureExport& pictureExport() { return m_pictureExport; }
    SlideExport& slideExport() { return m_slideExport; }
    const ShortcutsWindow& shortcuts() const { return m_shortcuts; }

    bool quitRequested() const { return m_files.quitRequested(); }
    /// "orgweave-studio — <file name>" with "•" for unsaved changes, or "orgweave-studio".
    std::string windowTitle() const;

    Canvas& canvas() { return m_canvas; }
    const Canvas& canvas() const { return m_canvas; }
    const PhaseTimeline& timeline() const { return m_timeline; }
    const StatusBar& statusBar() const { return m_statusBar; }
    Workspace& workspace() { return m_workspace; }
    const Workspace& workspace() const { return m_workspace; }
    FileActions& files() { return m_files; }
    const core::Document* document() const {
        return m_workspace.hasDocument() ? &m_workspace.document() : nullptr;
    }
    const core::Diagnostics& loadErrors() const { return m_files.loadErrors(); }
    bool messagesOpen() const { return m_files.messagesOpen(); }

    /// The panels in tab order; panel(title) finds one (null when absent).
    const std::vector<std::unique_ptr<Panel>>& panels() const { return m_panels; }
    Panel* panel(std::string_view title) const;
    /// Brings a panel's tab to the front at the next frame.
    void showPanel(std::string_view title);
    /// Screen rectangle of the side column last frame (empty when hidden).
    const Rect& panelArea() const { return m_panelArea; }
    /// Screen rectangle of the splitter at the column's left edge last frame (drag to resize).
    const Rect& splitterRect() const { return m_splitterRect; }
    void setPanelsVisible(bool visible) { m_panelsVisible = visible; }

private:
    void keysFollowPointer();
    void handleShortcuts();
    void drawMenuBar();
    void drawEditMenu();
    void drawCanvas(const Rect& area);
    void drawPanels(const Rect& area);
    void drawNotices(const Rect& canvasArea);
    void syncCanvas();
    void refreshStatus();

    Workspace m_workspace;
    Settings m_settings;
    std::filesystem::path m_settingsFile;  ///< empty: settings are not written
    ThemeKind m_theme = ThemeKind::Light;
    FileActions m_files;
    Canvas m_canvas;
    Palette m_palette;
    ItemRects m_menuRects;
    ShortcutsWindow m_shortcuts;  ///< where the menu bar's menus and entries were drawn, by label
    PictureExport m_pictureExport;
    SlideExport m_slideExport;
    PresentationMode m_presentation;
    PhaseTimeline m_timeline;  ///< the phase strip under the canvas
    StatusBar m_statusBar;
    std::vector<std::unique_ptr<Panel>> m_panels;
    std::string m_panelToShow;
    Rect m_panelArea;
    Rect m_splitterRect;
    float m_panelWidth = 400.0f;  ///< at scale 1
    bool m_panelsVisible = true;
    float m_scale = 1.0f;
    std::uint64_t m_shownRevision = ~std::uint64_t{0};    ///< workspace revision the canvas shows
    std::uint64_t m_shownGeneration = ~std::uint64_t{0};  ///< workspace document the canvas shows
    std::uint64_t m_statusRevision = ~std::uint64_t{0};
    const void* m_statusSnapshot = nullptr;  ///< analysis shown in the status bar
    bool m_statusRunning = false;
    std::string m_statusPhase;  ///< phase named in the status bar
    std::string m_statusLong;   ///< the status bar's text before the analysis part
    std::string m_statusShort;
    std::string m_statusProgress;  ///< the running analysis's step and percentage last shown
};

}  // namespace orgweave::studio
