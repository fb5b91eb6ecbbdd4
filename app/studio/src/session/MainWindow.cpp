// MainWindow: sections · documents · frame · shortcuts · menu bar · canvas · panels · notices
#include "orgweave/studio/session/MainWindow.hpp"
#include <orgweave/core/Translate.hpp>
#include "orgweave/studio/support/MenuItems.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/panels/Panels.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>

namespace orgweave::studio {

namespace {

constexpr const char* kNoDocumentHint = core::N_(
    "No document open.\n\n"
    "File \xE2\x80\xBA New starts an empty network; File \xE2\x80\xBA Open reads one.\n"
    "Example networks are in the samples/ folder.");

constexpr const char* kEmptyNetworkHint = core::N_(
    "This network has no nodes yet.\n\n"
    "Pick a kind in the palette at the left, then click here to place it;\n"
    "a double-click on the background adds another of the same kind.\n"
    "Drag from the ring at a node's upper right to another node to tie them.");

constexpr ImGuiWindowFlags kPlainWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;

constexpr float kMinPanelWidth = 260.0f;
constexpr float kSplitterWidth = 6.0f;

}  // namespace

// ---------------------------------------------------------------------------------------- documents

MainWindow::MainWindow() : m_panels(makePanels()) {
    m_canvas.setHint(core::tr(kNoDocumentHint));
    m_canvas.setWorkspace(&m_workspace);
    m_files.setSettings(&m_settings);
}

MainWindow::~MainWindow() = default;

bool MainWindow::open(const std::filesystem::path& path) {
    const bool opened = m_files.open(m_workspace, path);
    m_statusRevision = ~std::uint64_t{0};
    if (!opened && !m_workspace.hasDocument())
        m_canvas.setHint(
            core::fill(core::tr("Could not open {}.\n\nThe messages window lists what is wrong."),
                       {path.filename().string()}));
    return opened;
}

void MainWindow::setDocument(core::Model model, std::filesystem::path path) {
    m_workspace.setDocument(std::move(model), std::move(path));
    m_files.setMessagesOpen(false);
    syncCanvas();
    refreshStatus();
}

void MainWindow::showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics) {
    m_files.showLoadErrors(path, std::move(diagnostics));
    m_statusRevision = ~std::uint64_t{0};
    if (!m_workspace.hasDocument())
        m_canvas.setHint(
            core::fill(core::tr("Could not open {}.\n\nThe messages window lists what is wrong."),
                       {path.filename().string()}));
}

void MainWindow::syncCanvas() {
    const std::uint64_t revision = m_workspace.revision();
    if (revision == m_shownRevision)
        return;
    const bool newDocument = m_workspace.generation() != m_shownGeneration;
    m_shownRevision = revision;
    m_shownGeneration = m_workspace.generation();
    if (newDocument) {
        m_canvas.setModel(m_workspace.model());
        m_canvas.setHint(core::tr(m_workspace.hasDocument() ? kEmptyNetworkHint : kNoDocumentHint));
    } else {
        m_canvas.modelChanged();
    }
}

void MainWindow::refreshStatus() {
    const std::uint64_t revision = m_workspace.revision();
    const void* snapshot = m_workspace.analysis().latest().get();
    const bool running = m_workspace.analysis().running();
    // While the analysis runs: its step and how far it is ("betweenness 42 %").
    std::string progress;
    if (running) {
        const std::string task = m_workspace.analysis().task();
        const double fraction = m_workspace.analysis().progress();
        if (!task.empty())
            progress = core::tr(task.c_str());
        if (fraction >= 0.0)
            progress +=
                (progress.empty() ? "" : " ") + std::to_string(static_cast<int>(fraction * 100.0)) + " %";
    }
    const bool sameDocument = revision == m_statusRevision && m_workspace.mapping().phase == m_statusPhase;
    if (sameDocument && snapshot == m_statusSnapshot && running == m_statusRunning &&
        progress == m_statusProgress)
        return;
    m_statusProgress = progress;
    m_statusPhase = m_workspace.mapping().phase;
    m_statusRevision = revision;
    m_statusSnapshot = snapshot;
    m_statusRunning = running;
    if (!m_workspace.hasDocument()) {
        m_statusBar.setText(
            m_files.loadErrors().empty()
                ? std::string(core::tr("No document"))
                : core::fill(core::tr("Could not open {}"), {m_files.failedPath().filename().string()}));
        return;
    }
    const core::Document& document = m_workspace.document();
    const std::string name =
        document.path().empty() ? std::string(core::tr("Untitled")) : document.path().filename().string();
    // Revision and the analysis: "edit 12 · analysed in 0.08 s" (or "analysing…").
    std::string analysis = core::fill(core::tr("edit {}"), {std::to_string(document.history().index())});
    if (running) {
        analysis += core::tr(" \xC2\xB7 analysing\xE2\x80\xA6");
        if (!progress.empty())
            analysis += " " + progress;
    } else if (const auto& latest = m_workspace.analysis().latest()) {
        analysis +=
            core::fill(core::tr(" \xC2\xB7 analysed in {} s"), {core::ui().formatNumber(latest->seconds, 2)});
    }
    const std::string separator = "   \xC2\xB7   ";
    if (!sameDocument || m_statusLong.empty()) {  // counting the network is O(n): once per revision
        std::string phase =
            PhaseTimeline::caption(document.model(), m_statusPhase);  // "Phase II · 2016 – 2018"
        if (!phase.empty())
            phase += separator;
        m_statusLong = phase + StatusBar::summary(document.model(), name) + separator;
        m_statusShort = phase + StatusBar::shortSummary(document.model(), name) + separator;
    }
    m_statusBar.setText(m_statusLong + analysis, m_statusShort + analysis);
}

void MainWindow::setScale(float scale) {
    m_scale = scale;
    m_canvas.setScale(scale);
    m_presentation.setScale(scale);
}

void MainWindow::setFonts(ImFont* regular, ImFont* bold) {
    m_canvas.setFonts(regular, bold);
}

void MainWindow::setTheme(ThemeKind kind) {
    if (kind != m_theme)
        m_files.setSettingsChanged();
    m_theme = kind;
    Theme::applyStyle(ImGui::GetStyle(), m_scale, kind);
    m_canvas.setDark(kind == ThemeKind::Dark);
    m_presentation.setDark(kind == ThemeKind::Dark);
}

std::string MainWindow::setLanguage(core::Language language, bool remember) {
    const std::string notice =
        core::initTranslation(language, {m_settings.reportLanguage.value_or(language)});
    if (remember) {
        m_settings.language = language;
        m_files.setSettingsChanged();
    }
    // Texts kept between frames: the findings (analysed again), the canvas hint and the status bar.
    m_workspace.analysis().setSettings(m_workspace.analysis().settings());
    if (m_workspace.hasDocument() ? m_workspace.model()->nodes.empty() : m_files.loadErrors().empty())
        m_canvas.setHint(core::tr(m_workspace.hasDocument() ? kEmptyNetworkHint : kNoDocumentHint));
    m_statusRevision = ~std::uint64_t{0};
    // The legend's kind names, headings and swatches are made when the scene is built.
    m_canvas.modelChanged();
    if (!notice.empty())
        m_workspace.notify(notice, true);
    return notice;
}

std::string MainWindow::setReportLanguage(std::optional<core::Language> language, bool remember) {
    m_settings.reportLanguage = language;
    if (remember)
        m_files.setSettingsChanged();
    const core::Language ui = core::ui().language();
    const std::string notice = core::initTranslation(ui, {language.value_or(ui)});
    if (!notice.empty())
        m_workspace.notify(notice, true);
    return notice;
}

core::Translator MainWindow::reportTexts() const {
    return m_settings.reportLanguage ? core::Translator(*m_settings.reportLanguage) : core::ui();
}

std::string MainWindow::loadSettings(const std::filesystem::path& file) {
    Settings::LoadResult loaded = Settings::load(file);
    m_settings = std::move(loaded.settings);
    m_settingsFile = file;
    m_panelWidth = m_settings.panelWidth;
    m_canvas.legend().setVisible(m_settings.legendVisible);
    m_theme = m_settings.theme;
    m_canvas.setDark(m_theme == ThemeKind::Dark);
    if (!loaded.notice.empty())
        m_workspace.notify(loaded.notice, true);
    return loaded.notice;
}

void MainWindow::saveSettings() {
    if (m_settingsFile.empty())
        return;
    m_settings.panelWidth = m_panelWidth;
    m_settings.legendVisible = m_canvas.legend().visible();
    m_settings.theme = m_theme;
    const std::string failure = m_settings.save(m_settingsFile);
    if (!failure.empty())
        m_workspace.notify(failure, true);
}

std::string MainWindow::windowTitle() const {
    if (!m_workspace.hasDocument())
        return "orgweave-studio";
    const core::Document& document = m_workspace.document();
    std::string name =
        document.path().empty() ? std::string(core::tr("Untitled")) : document.path().filename().string();
    if (m_files.hasUnsavedChanges(m_workspace))
        name = "\xE2\x80\xA2 " + name;              // •
    return "orgweave-studio \xE2\x80\x94 " + name;  // —
}

Panel* MainWindow::panel(std::string_view title) const {
    for (const auto& panel : m_panels) {
        if (title == panel->title())
            return panel.get();
    }
    return nullptr;
}

void MainWindow::showPanel(std::string_view title) {
    m_panelToShow = std::string(title);
    m_panelsVisible = true;
}

// -------------------------------------------------------------------------------------------- frame

void MainWindow::draw() {
    m_workspace.update();
    RequestQueue& requests = m_workspace.requests();
    if (requests.has<WhatIfRequest>())
        showPanel("What if");  // the What-if panel takes the request when it draws
    if (const auto request = requests.take<ShowPanelRequest>())
        showPanel(request->title);
    if (const auto request = requests.take<PresentRequest>())
        present(request->viewId);
    if (m_presentation.active()) {
        m_presentation.draw(m_workspace);  // the whole window, until Escape
        return;
    }
    keysFollowPointer();
    handleShortcuts();
    drawMenuBar();
    syncCanvas();
    refreshStatus();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float barHeight = ImGui::GetFrameHeight();
    const Rect full{viewport->Pos, viewport->Pos + viewport->Size};
    const Rect middle{{full.min.x, full.min.y + barHeight}, {full.max.x, full.max.y - barHeight}};
    const float maxPanel = std::max(kMinPanelWidth * m_scale, middle.width() * 0.6f);
    const float panelWidth = m_panelsVisible && !m_panels.empty()
                                 ? std::clamp(m_panelWidth * m_scale, kMinPanelWidth * m_scale, maxPanel)
                                 : 0.0f;
    const float paletteWidth = Palette::kWidth * m_scale;
    const Rect paletteArea{middle.min, {middle.min.x + paletteWidth, middle.max.y}};
    const Rect canvasArea{{paletteArea.max.x, middle.min.y}, {middle.max.x - panelWidth, middle.max.y}};
    m_panelArea = panelWidth > 0.0f ? Rect{{canvasArea.max.x, middle.min.y}, middle.max} : Rect{};
    const Rect statusArea{{full.min.x, full.max.y - barHeight}, full.max};

    m_palette.draw(paletteArea, m_canvas.editor(), m_scale, m_workspace.hasDocument());
    drawCanvas(canvasArea);
    if (panelWidth > 0.0f)
        drawPanels(m_panelArea);
    m_statusBar.draw(statusArea);
    drawNotices(canvasArea);
    m_files.drawWindows(m_workspace, m_scale);
    m_pictureExport.draw(m_workspace, m_canvas, m_scale);
    m_slideExport.draw(m_workspace, m_scale, reportTexts());
    m_shortcuts.draw(m_scale);
    if (m_files.takeSettingsChanged())
        saveSettings();
    // Edits made by panels this frame show on the canvas next frame; keep it in step now.
    syncCanvas();
}

bool MainWindow::animating() const {
    if (m_workspace.analysis().running() || m_canvas.tween().active() || m_presentation.animating())
        return true;
    if (!m_workspace.recentNotices().empty())
        return true;  // they fade out
    for (const auto& panel : m_panels) {
        if (panel->busy())
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------- shortcuts

void MainWindow::keysFollowPointer() {
    // A panel's text field keeps the keyboard until something else is clicked, so a key pressed with
    // the pointer over the canvas (F to fit, Delete) used to be typed into the field that last had
    // focus. Keys go where the pointer is: over the canvas, the field is closed (its edit commits,
    // as on a click elsewhere) and the key is the canvas's. Popups (the note editor) keep theirs.
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    if (!io.WantTextInput || context.ActiveIdWindow == nullptr || context.HoveredWindow == nullptr)
        return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) || m_files.modalOpen())
        return;
    if (std::strcmp(context.ActiveIdWindow->RootWindow->Name, "##panels") != 0 ||
        std::strcmp(context.HoveredWindow->RootWindow->Name, "##canvas-window") != 0)
        return;
    bool keyPressed = io.InputQueueCharacters.Size > 0;
    for (int key = 0; key < IM_ARRAYSIZE(io.KeysDown) && !keyPressed; ++key)
        keyPressed = ImGui::IsKeyPressed(key, false);
    if (!keyPressed)
        return;
    ImGui::ClearActiveID();
    io.InputQueueCharacters.resize(0);
    io.WantTextInput = false;  // this frame's shortcuts run
}

void MainWindow::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || m_files.modalOpen())
        return;
    m_files.handleShortcuts(m_workspace);
    if (commandModifier()) {
        if (letterPressed('Z') && !io.KeyShift)
            m_workspace.undo();
        if (letterPressed('Y') || (letterPressed('Z') && io.KeyShift))
            m_workspace.redo();
        if (m_workspace.hasDocument()) {
            if (ImGui::IsKeyPressed('=', true) || ImGui::IsKeyPressed(kKeyKeypadAdd, true))
                m_canvas.zoomBy(1.25f);
            if (ImGui::IsKeyPressed('-', true) || ImGui::IsKeyPressed(kKeyKeypadSubtract, true))
                m_canvas.zoomBy(1.0f / 1.25f);
            if (letterPressed('0'))
                m_canvas.zoomToActualSize();
        }
        if (letterPressed('F') && m_workspace.hasDocument())
            m_canvas.editor().find().open();
        if (letterPressed('E') && m_workspace.hasDocument()) {
            if (io.KeyShift)
                m_slideExport.open(m_workspace);
            else
                m_pictureExport.open(m_workspace);
        }
        return;
    }
    if (io.KeyAlt || io.KeySuper)
        return;
    if (letterPressed('L'))
        m_canvas.legend().setVisible(!m_canvas.legend().visible());
    if (ImGui::IsKeyPressed(kKeyF5, false) && m_workspace.hasDocument())
        present();
    if (ImGui::IsKeyPressed(kKeyF1, false))
        m_shortcuts.open();
}

// ----------------------------------------------------------------------------------------- menu bar

void MainWindow::drawMenuBar() {
    if (!ImGui::BeginMainMenuBar())
        return;
    if (beginRecordedMenu(m_menuRects, core::tr("File"))) {
        m_files.drawMenuItems(m_workspace, m_menuRects, [&] {
            // What the canvas shows now, or the whole network framed (the view comes back after).
            if (beginRecordedMenu(m_menuRects, core::tr("Export picture"), m_workspace.hasDocument())) {
                if (recordedMenuItem(m_menuRects, core::tr("Current view\xE2\x80\xA6"), "Ctrl+E"))
                    m_pictureExport.open(m_workspace, false);
                if (recordedMenuItem(m_menuRects, core::tr("Fit all\xE2\x80\xA6")))
                    m_pictureExport.open(m_workspace, true);
                ImGui::EndMenu();
            }
            if (recordedMenuItem(m_menuRects, core::tr("Export views as slides\xE2\x80\xA6"), "Ctrl+Shift+E",
                                 false, m_workspace.hasDocument()))
                m_slideExport.open(m_workspace);
        });
        ImGui::EndMenu();
    }
    drawEditMenu();
    if (beginRecordedMenu(m_menuRects, core::tr("View"))) {
        const bool hasDocument = m_workspace.hasDocument();
        if (recordedMenuItem(m_menuRects, core::tr("Fit to window"), "F", false, hasDocument))
            m_canvas.requestFit();
        if (recordedMenuItem(m_menuRects, core::tr("Zoom in"), "Ctrl+=", false, hasDocument))
            m_canvas.zoomBy(1.25f);
        if (recordedMenuItem(m_menuRects, core::tr("Zoom out"), "Ctrl+-", false, hasDocument))
            m_canvas.zoomBy(1.0f / 1.25f);
        if (recordedMenuItem(m_menuRects, core::tr("Actual size (100 %)"), "Ctrl+0", false, hasDocument))
            m_canvas.zoomToActualSize();
        ImGui::Separator();
        if (ImGui::MenuItem(core::tr("Present"), "F5", false, m_workspace.hasDocument()))
            present();
        bool legend = m_canvas.legend().visible();
        if (ImGui::MenuItem(core::tr("Legend"), "L", &legend))
            m_canvas.legend().setVisible(legend);
        bool minimap = m_canvas.minimapVisible();
        if (ImGui::MenuItem(core::tr("Minimap"), nullptr, &minimap))
            m_canvas.setMinimapVisible(minimap);
        ImGui::MenuItem(core::tr("Gap halos"), nullptr, &m_workspace.mapping().showGapHalos);
        ImGui::MenuItem(core::tr("Panels"), nullptr, &m_panelsVisible);
        if (ImGui::BeginMenu(core::tr("Language"))) {
            // Each language in its own name, so it can be found whatever the current one is.
            const core::Language current = core::ui().language();
            for (core::Language language : core::allLanguages()) {
                const std::string name(core::languageName(language));
                if (ImGui::MenuItem(name.c_str(), nullptr, current == language) && current != language)
                    setLanguage(language, true);
            }
            ImGui::Separator();
            if (ImGui::BeginMenu(core::tr("Slides"))) {
                if (ImGui::MenuItem(core::tr("As the studio"), nullptr, !m_settings.reportLanguage))
                    setReportLanguage(std::nullopt, true);
                for (core::Language language : core::allLanguages()) {
                    const std::string name(core::languageName(language));
                    if (ImGui::MenuItem(name.c_str(), nullptr, m_settings.reportLanguage == language))
                        setReportLanguage(language, true);
                }
                ImGui::EndMenu();
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(core::tr("Theme"))) {
            if (ImGui::MenuItem(core::tr("Light"), nullptr, m_theme == ThemeKind::Light))
                setTheme(ThemeKind::Light);
            if (ImGui::MenuItem(core::tr("Dark"), nullptr, m_theme == ThemeKind::Dark))
                setTheme(ThemeKind::Dark);
            ImGui::EndMenu();
        }
        ImGui::Separator();
        for (const auto& panel : m_panels) {
            if (ImGui::MenuItem(panel->title()))
                showPanel(panel->title());
        }
        ImGui::Separator();
        bool messages = m_files.messagesOpen();
        if (ImGui::MenuItem(core::tr("Messages"), nullptr, &messages, !m_files.loadErrors().empty()))
            m_files.setMessagesOpen(messages);
        ImGui::EndMenu();
    }
    if (beginRecordedMenu(m_menuRects, core::tr("Help"))) {
        if (recordedMenuItem(m_menuRects, core::tr("Keyboard shortcuts"), "F1"))
            m_shortcuts.open();
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void MainWindow::drawEditMenu() {
    if (!ImGui::BeginMenu(core::tr("Edit")))
        return;
    const bool hasDocument = m_workspace.hasDocument();
    const core::UndoStack* history = hasDocument ? &m_workspace.document().history() : nullptr;
    const std::string undoLabel =
        history && history->canUndo()
            ? core::fill(core::tr("Undo: {}"), {history->at(history->index() - 1).description()})
            : std::string(core::tr("Undo"));
    const std::string redoLabel =
        history && history->canRedo()
            ? core::fill(core::tr("Redo: {}"), {history->at(history->index()).description()})
            : std::string(core::tr("Redo"));
    if (ImGui::MenuItem(undoLabel.c_str(), "Ctrl+Z", false, history && history->canUndo()))
        m_workspace.undo();
    if (ImGui::MenuItem(redoLabel.c_str(), "Ctrl+Y", false, history && history->canRedo()))
        m_workspace.redo();
    ImGui::Separator();
    const bool hasSelection = hasDocument && !m_workspace.selection().empty();
    const bool hasNodes = hasDocument && !m_workspace.selection().nodes().empty();
    if (ImGui::MenuItem(core::tr("Cut"), "Ctrl+X", false, hasNodes)) {
        ImGui::SetClipboardText(EditActions::copySelection(m_workspace).c_str());
        EditActions::deleteSelection(m_workspace);
    }
    if (ImGui::MenuItem(core::tr("Copy"), "Ctrl+C", false, hasNodes))
        ImGui::SetClipboardText(EditActions::copySelection(m_workspace).c_str());
    const char* clipboard = ImGui::GetClipboardText();
    if (ImGui::MenuItem(core::tr("Paste"), "Ctrl+V", false,
                        hasDocument && clipboard != nullptr && *clipboard != '\0'))
        EditActions::paste(m_workspace, clipboard, core::Point{40.0, 40.0});
    if (ImGui::MenuItem(core::tr("Duplicate"), "Ctrl+D", false, hasNodes))
        EditActions::duplicateSelection(m_workspace);
    if (ImGui::MenuItem(core::tr("Delete"), "Del", false, hasSelection))
        EditActions::deleteSelection(m_workspace);
    ImGui::Separator();
    if (ImGui::MenuItem(core::tr("Select all"), "Ctrl+A", false, hasDocument))
        EditActions::selectAll(m_workspace);
    if (ImGui::MenuItem(core::tr("Select neighbours"), nullptr, false, hasNodes))
        EditActions::selectNeighbours(m_workspace);
    if (ImGui::MenuItem(core::tr("Find\xE2\x80\xA6"), "Ctrl+F", false, hasDocument))
        m_canvas.editor().find().open();
    const std::optional<std::string> single =
        hasDocument ? m_workspace.selection().singleNode() : std::nullopt;
    if (ImGui::MenuItem(core::tr("Rename"), "F2", false, single.has_value()))
        m_canvas.editor().editLabel(*single);
    bool connectMode = m_canvas.editor().connectMode();
    if (ImGui::MenuItem(core::tr("Connect mode"), "C", &connectMode, hasDocument))
        m_canvas.editor().setConnectMode(connectMode);
    if (ImGui::MenuItem(core::tr("Select none"), "Esc", false, hasSelection))
        m_workspace.selection().clear();
    const bool canArrange = hasDocument && m_workspace.selection().nodes().size() >= 2;
    if (ImGui::BeginMenu(core::tr("Arrange"), canArrange)) {
        const std::pair<const char*, AlignMode> aligns[] = {
            {core::N_("Align left"), AlignMode::Left},
            {core::N_("Align centres vertically"), AlignMode::CenterX},
            {core::N_("Align right"), AlignMode::Right},
            {core::N_("Align top"), AlignMode::Top},
            {core::N_("Align middles horizontally"), AlignMode::CenterY},
            {core::N_("Align bottom"), AlignMode::Bottom}};
        for (const auto& [label, mode] : aligns) {
            if (ImGui::MenuItem(core::tr(label)))
                EditActions::align(m_workspace, mode);
        }
        ImGui::Separator();
        const bool three = m_workspace.selection().nodes().size() >= 3;
        if (ImGui::MenuItem(core::tr("Distribute horizontally"), nullptr, false, three))
            EditActions::distribute(m_workspace, DistributeAxis::Horizontal);
        if (ImGui::MenuItem(core::tr("Distribute vertically"), nullptr, false, three))
            EditActions::distribute(m_workspace, DistributeAxis::Vertical);
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

// ------------------------------------------------------------------------------------------- canvas

void MainWindow::drawCanvas(const Rect& area) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(area.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##canvas-window", nullptr, kPlainWindow | ImGuiWindowFlags_NoScrollbar)) {
        PhaseTimeline::keepValid(m_workspace);
        const float strip = PhaseTimeline::wanted(m_workspace) ? PhaseTimeline::height(m_scale) : 0.0f;
        Panel* replacing = nullptr;
        for (const auto& panel : m_panels) {
            if (replacing == nullptr && panel->replacesCanvas())
                replacing = panel.get();
        }
        if (replacing != nullptr)
            replacing->drawInsteadOfCanvas(m_workspace, m_canvas,
                                           Rect{area.min, {area.max.x, area.max.y - strip}});
        else
            m_canvas.draw(ImVec2(area.width(), area.height() - strip));
        if (strip > 0.0f)
            m_timeline.draw(m_workspace, Rect{{area.min.x, area.max.y - strip}, area.max}, m_scale);
        if (ImGui::IsWindowFocused())
            m_timeline.handleKeys(m_workspace);
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

// ------------------------------------------------------------------------------------------- panels

void MainWindow::drawPanels(const Rect& area) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(area.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##panels", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus)) {
        // The left edge is a splitter: drag it to resize the column. It lies in the window's padding,
        // which ImGui clips away from items, so it gets its own clip rectangle (else only a sliver
        // of it could be grabbed).
        const ImVec2 splitterMin{area.min.x, area.min.y};
        const ImVec2 splitterSize{kSplitterWidth * m_scale, area.height()};
        ImGui::PushClipRect(splitterMin, splitterMin + splitterSize, false);
        ImGui::SetCursorScreenPos(splitterMin);
        ImGui::InvisibleButton("##panel-splitter", splitterSize);
        m_splitterRect = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
            ImGui::GetWindowDrawList()->AddRectFilled(splitterMin, splitterMin + splitterSize,
                                                      ImGui::GetColorU32(ImGuiCol_SeparatorHovered));
        }
        ImGui::PopClipRect();
        if (ImGui::IsItemActive())
            m_panelWidth -= ImGui::GetIO().MouseDelta.x / m_scale;
        if (ImGui::IsItemDeactivated())
            m_files.setSettingsChanged();  // remember the width
        m_panelWidth = std::max(m_panelWidth, kMinPanelWidth);
        ImGui::SetCursorScreenPos(area.min + ImGui::GetStyle().WindowPadding);

        if (ImGui::BeginTabBar("##panel-tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
            for (const auto& panel : m_panels) {
                ImGuiTabItemFlags flags = ImGuiTabItemFlags_None;
                if (m_panelToShow == panel->title())
                    flags |= ImGuiTabItemFlags_SetSelected;
                // Shown in the user's language; "###" keeps the tab's id the same in every language.
                const std::string tabLabel = std::string(core::tr(panel->title())) + "###" + panel->title();
                if (ImGui::BeginTabItem(tabLabel.c_str(), nullptr, flags)) {
                    if (ImGui::BeginChild(panel->title(), ImVec2(0.0f, 0.0f), false)) {
                        panel->draw(m_workspace);
                    }
                    ImGui::EndChild();
                    ImGui::EndTabItem();
                }
            }
            ImGui::EndTabBar();
        }
        m_panelToShow.clear();
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

// ------------------------------------------------------------------------------------------ notices

void MainWindow::drawNotices(const Rect& canvasArea) {
    const std::vector<Notice> notices = m_workspace.recentNotices();
    if (notices.empty())
        return;
    ImDrawList* drawList = ImGui::GetForegroundDrawList();
    const float pad = 10.0f * m_scale;
    float y = canvasArea.max.y - pad;
    for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
        const float wrap = std::min(560.0f * m_scale, canvasArea.width() - 4.0f * pad);
        const ImVec2 size = ImGui::CalcTextSize(it->text.c_str(), nullptr, false, wrap);
        const ImVec2 min{canvasArea.min.x + pad, y - size.y - 2.0f * pad};
        const ImVec2 max{min.x + size.x + 2.0f * pad, y};
        drawList->AddRectFilled(min, max, it->error ? IM_COL32(122, 28, 18, 235) : IM_COL32(34, 48, 62, 235),
                                6.0f * m_scale);
        drawList->AddText(nullptr, 0.0f, min + ImVec2(pad, pad), IM_COL32(255, 255, 255, 255),
                          it->text.c_str(), nullptr, wrap);
        y = min.y - pad * 0.5f;
    }
}

}  // namespace orgweave::studio
