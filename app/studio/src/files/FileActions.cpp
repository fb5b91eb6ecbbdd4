// FileActions: sections · open and save · requests and the unsaved-changes question · recovery ·
// menu and shortcuts · windows
#include "orgweave/studio/files/FileActions.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/support/MenuItems.hpp"

#include "orgweave/core/AtomicFile.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/studio/support/Keys.hpp"

// The readers and writers of other formats (GraphML, GEXF, DOT, Pajek, UCINET DL, CSV), when the
// layouts library has them; otherwise the studio reads and writes the native format only.
#if __has_include("orgweave/layouts/DocumentFormats.hpp")
#include "orgweave/layouts/DocumentFormats.hpp"
#define ORGWEAVE_STUDIO_OTHER_FORMATS 1
#else
#define ORGWEAVE_STUDIO_OTHER_FORMATS 0
#endif

#include <imgui.h>

#include <algorithm>
#include <exception>
#include <system_error>
#include <utility>

namespace orgweave::studio {

namespace {

/// The popups' titles in the user's language; the part after "###" is the ImGui id.
std::string promptTitle() {
    return std::string(core::tr("Unsaved changes")) + "###unsaved-changes";
}
std::string offerTitle() {
    return std::string(core::tr("Recover unsaved work")) + "###recovery-offer";
}
/// Workspace revisions carry the document's generation in their high bits (Workspace.cpp).
constexpr int kGenerationShift = 40;

std::vector<FileDialog::Filter> dialogFilters() {
#if ORGWEAVE_STUDIO_OTHER_FORMATS
    return {FileDialog::Filter{core::tr("orgweave networks (*.orgweave.json)"), {".orgweave.json"}},
            FileDialog::Filter{core::tr("All readable files"),
                               {".orgweave.json", ".json", ".graphml", ".gexf", ".gml", ".dot", ".gv", ".net",
                                ".paj", ".dl", ".vna", ".csv", ".tsv", ".txt"}},
            FileDialog::Filter{"GraphML (*.graphml)", {".graphml"}},
            FileDialog::Filter{"GEXF (*.gexf)", {".gexf"}},
            FileDialog::Filter{"GML (*.gml)", {".gml"}},
            FileDialog::Filter{"Graphviz DOT (*.dot, *.gv)", {".dot", ".gv"}},
            FileDialog::Filter{"Pajek (*.net, *.paj)", {".net", ".paj"}},
            FileDialog::Filter{"UCINET DL (*.dl)", {".dl"}},
            FileDialog::Filter{"NetDraw VNA (*.vna)", {".vna"}},
            FileDialog::Filter{core::tr("CSV or TSV tables (*.csv, *.tsv, *.txt)"), {".csv", ".tsv", ".txt"}},
            FileDialog::Filter{core::tr("All files"), {}}};
#else
    return {FileDialog::Filter{core::tr("orgweave networks (*.orgweave.json)"), {".orgweave.json"}},
            FileDialog::Filter{core::tr("JSON files (*.json)"), {".json"}},
            FileDialog::Filter{core::tr("All files"), {}}};
#endif
}

/// The name Save As suggests: the document's file name, else the imported file's, else a default.
std::string saveName(const Workspace& workspace, const std::string& suggested) {
    std::string name =
        workspace.hasDocument() ? workspace.document().path().filename().string() : std::string();
    if (name.empty())
        name = suggested.empty() ? std::string("network.orgweave.json") : suggested;
    return name;
}

/// Whether the studio keeps a document in this file (the native format); others are imported
/// and exported.
bool isNative(const std::filesystem::path& path) {
    return core::isNativeDocumentPath(path);
}

std::string documentName(const Workspace& workspace) {
    if (!workspace.hasDocument() || workspace.document().path().empty())
        return "Untitled";
    return workspace.document().path().filename().string();
}

Rect lastItem() {
    return Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

}  // namespace

core::LoadResult FileActions::readDocument(const std::filesystem::path& path) {
    // Whatever a reader throws (it should not), the studio shows it and keeps the work it has.
    try {
        return readDocumentUnguarded(path);
    } catch (const std::bad_alloc&) {
        core::LoadResult result;
        result.diagnostics.push_back(core::Diagnostic{
            core::Severity::Error, path.string(), 0, 0, {}, "not enough memory to read this file"});
        return result;
    } catch (const std::exception& e) {
        core::LoadResult result;
        result.diagnostics.push_back(core::Diagnostic{
            core::Severity::Error, path.string(), 0, 0, {}, std::string("cannot read: ") + e.what()});
        return result;
    }
}

core::LoadResult FileActions::readDocumentUnguarded(const std::filesystem::path& path) {
#if ORGWEAVE_STUDIO_OTHER_FORMATS
    std::string why;
    const std::optional<layouts::FileFormat> format = layouts::formatOf(path, why);
    if (!format) {
        core::LoadResult result;
        core::Diagnostic diagnostic;
        diagnostic.file = path.string();
        diagnostic.message = why;
        result.diagnostics.push_back(std::move(diagnostic));
        return result;
    }
    return layouts::loadAny(path, *format);
#else
    return core::loadDocument(path);
#endif
}

// ------------------------------------------------------------------------------------ open and save

bool FileActions::open(Workspace& workspace, const std::filesystem::path& path) {
    core::LoadResult result = readDocument(path);
    if (!result.ok()) {
        showLoadErrors(path, std::move(result.diagnostics));
        return false;
    }
    // A file in another format is imported: the document has no file of its own until Save As,
    // so that Save never writes orgweave JSON into a .graphml.
    const bool native = isNative(path);
    workspace.setDocument(std::move(*result.model), native ? path : std::filesystem::path());
    m_onDisk = native ? path : std::filesystem::path();
    m_suggestedName = native ? std::string() : path.stem().string() + ".orgweave.json";
    m_recoveredGeneration.reset();
    m_loadErrors.clear();
    m_showMessages = false;
    rememberRecent(path);
    if (!native)
        workspace.notify(
            core::fill(core::tr("Imported {}; File \xE2\x80\xBA Save As keeps it as an orgweave network."),
                       {path.filename().string()}));
    return true;
}

void FileActions::showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics) {
    m_failedPath = path;
    m_loadErrors = std::move(diagnostics);
    if (m_loadErrors.empty()) {
        core::Diagnostic unknown;
        unknown.file = path.string();
        unknown.message = "the document could not be opened";
        m_loadErrors.push_back(std::move(unknown));
    }
    m_showMessages = true;
}

bool FileActions::save(Workspace& workspace) {
    if (!workspace.hasDocument())
        return false;
    if (workspace.document().path().empty()) {
        requestSaveAs(workspace);
        return false;
    }
    return saveAs(workspace, workspace.document().path());
}

bool FileActions::saveAs(Workspace& workspace, const std::filesystem::path& path) {
    if (!workspace.hasDocument())
        return false;
#if ORGWEAVE_STUDIO_OTHER_FORMATS
    if (!isNative(path)) {
        // Another format is an exported copy: the document keeps its own file and state.
        std::string why;
        const std::optional<layouts::FileFormat> format = layouts::formatOf(path, why);
        if (!format) {
            workspace.notify(core::fill(core::tr("Not saved: {}"), {why}), true);
            return false;
        }
        core::Diagnostics warnings;
        try {
            layouts::saveAny(workspace.document().model(), path, *format, warnings);
        } catch (const std::exception& e) {
            workspace.notify(core::fill(core::tr("Not saved: {}"), {e.what()}), true);
            return false;
        }
        std::string text = core::fill(core::tr("Exported a copy as {}: {}"),
                                      {std::string(layouts::formatName(*format)), path.filename().string()});
        if (!warnings.empty())
            text += core::fill(
                core::trn(" ({} thing the format cannot carry was left out: {}{})",
                          " ({} things the format cannot carry were left out: {}{})", warnings.size()),
                {std::to_string(warnings.size()), warnings.front().message,
                 warnings.size() > 1 ? ", \xE2\x80\xA6" : ""});
        workspace.notify(text, !warnings.empty());
        return true;
    }
#endif
    const std::filesystem::path previous = workspace.document().path();
    const bool confirmed = m_confirmedPath == path;
    m_confirmedPath.clear();
    std::error_code error;
    if (!confirmed && !m_onDisk.empty() && path == m_onDisk && !std::filesystem::exists(path, error)) {
        // The file was deleted or moved while open: saving would silently create it again.
        askBeforeSaving(path,
                        path.filename().string() +
                            " was deleted or moved since it was opened. Save the document there again?");
        return false;
    }
    try {
        core::AtomicWriteOptions options;
        options.replaceReadOnly = confirmed;
        workspace.document().saveAs(path, options);
    } catch (const core::ReadOnlyFileError&) {
        askBeforeSaving(path,
                        path.filename().string() + " is read-only. Replace it anyway (it stays read-only)?");
        return false;
    } catch (const std::exception& e) {
        workspace.notify(core::fill(core::tr("Not saved: {}"), {e.what()}), true);
        return false;
    }
    m_onDisk = path;
    afterSave(workspace, previous);
    workspace.notify(core::fill(core::tr("Saved {}"), {path.filename().string()}));
    return true;
}

void FileActions::askBeforeSaving(const std::filesystem::path& path, std::string question) {
    m_savePath = path;
    m_saveQuestion = std::move(question);
    m_saveQuestionRequested = true;
}

void FileActions::drawSaveQuestion(Workspace& workspace, float scale) {
    constexpr const char* kId = "Save?###save-question";
    if (m_saveQuestionRequested) {
        ImGui::OpenPopup(kId);
        m_saveQuestionRequested = false;
    }
    if (m_saveQuestion.empty())
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f * scale, viewport->Size.x * 0.9f), 0.0f),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kId, nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::TextWrapped("%s", m_saveQuestion.c_str());
    ImGui::Spacing();
    const float width = 120.0f * scale;
    const bool save = ImGui::Button(core::tr("Save"), ImVec2(width, 0.0f));
    m_rects["save-question:Save"] = lastItem();
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(core::tr("Cancel"), ImVec2(width, 0.0f)) || namedKeyPressed(ImGuiKey_Escape);
    m_rects["save-question:Cancel"] = lastItem();
    if (save || cancel) {
        const std::filesystem::path path = m_savePath;
        m_saveQuestion.clear();
        m_savePath.clear();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        if (save) {
            m_confirmedPath = path;
            saveAs(workspace, path);
        } else {
            workspace.notify(
                core::fill(core::tr("Not saved: {} was left as it is"), {path.filename().string()}), true);
        }
        return;
    }
    ImGui::EndPopup();
}

void FileActions::afterSave(Workspace& workspace, const std::filesystem::path& previousPath) {
    m_recoveredGeneration.reset();
    m_suggestedName.clear();
    if (m_recoveryEnabled) {
        m_recovery.remove(previousPath);
        m_recovery.remove(workspace.document().path());
    }
    rememberRecent(workspace.document().path());
}

void FileActions::rememberRecent(const std::filesystem::path& path) {
    if (m_settings == nullptr)
        return;
    m_settings->addRecentFile(path);
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(path, error);
    m_settings->lastFolder = (error ? path : absolute).parent_path();
    m_settingsChanged = true;
}

bool FileActions::takeSettingsChanged() {
    return std::exchange(m_settingsChanged, false);
}

std::uint64_t FileActions::generationOf(const Workspace& workspace) const {
    return workspace.revision() >> kGenerationShift;
}

bool FileActions::hasUnsavedChanges(const Workspace& workspace) const {
    if (!workspace.hasDocument())
        return false;
    return workspace.document().isDirty() ||
           (m_recoveredGeneration && *m_recoveredGeneration == generationOf(workspace));
}

// ---------------------------------------------------------- requests and the unsaved-changes question

void FileActions::requestNew(Workspace& workspace) {
    request(workspace, Action::New);
}

void FileActions::requestOpen(Workspace& workspace, const std::filesystem::path& path) {
    request(workspace, Action::Open, path);
}

void FileActions::requestClose(Workspace& workspace) {
    request(workspace, Action::Close);
}

void FileActions::requestQuit(Workspace& workspace) {
    request(workspace, Action::Quit);
}

std::filesystem::path FileActions::dialogFolder(const Workspace& workspace) const {
    if (workspace.hasDocument() && !workspace.document().path().empty()) {
        std::error_code error;
        const std::filesystem::path absolute = std::filesystem::absolute(workspace.document().path(), error);
        if (!error)
            return absolute.parent_path();
    }
    if (m_settings != nullptr && !m_settings->lastFolder.empty())
        return m_settings->lastFolder;
    std::error_code error;
    return std::filesystem::current_path(error);
}

void FileActions::requestOpenDialog(Workspace& workspace) {
    if (desktopChooserPending())
        return;  // the desktop's chooser is showing
    m_dialogPurpose = DialogPurpose::Open;
    m_continueAfterSave = false;
    if (m_desktop) {
        m_desktop->start(PortalRequest::open(core::tr("Open a network"), dialogFilters(),
                                             dialogFolder(workspace), DesktopFileChooser::newToken()));
        return;
    }
    openBuiltInDialog(workspace);
}

void FileActions::requestSaveAs(Workspace& workspace) {
    if (!workspace.hasDocument() || desktopChooserPending())
        return;
    m_dialogPurpose = DialogPurpose::SaveAs;
    if (m_desktop) {
        m_desktop->start(PortalRequest::save(core::tr("Save the network as"), dialogFilters(),
                                             dialogFolder(workspace), saveName(workspace, m_suggestedName),
                                             DesktopFileChooser::newToken()));
        return;
    }
    openBuiltInDialog(workspace);
}

void FileActions::openBuiltInDialog(Workspace& workspace) {
    m_dialog.setFilters(dialogFilters());
    m_dialog.setRecentFiles(m_settings != nullptr ? m_settings->recentFiles
                                                  : std::vector<std::filesystem::path>{});
    if (m_dialogPurpose == DialogPurpose::Open)
        m_dialog.open(FileDialog::Mode::Open, dialogFolder(workspace));
    else if (workspace.hasDocument())
        m_dialog.open(FileDialog::Mode::Save, dialogFolder(workspace), saveName(workspace, m_suggestedName));
}

void FileActions::takeDesktopOutcome(Workspace& workspace) {
    if (!m_desktop)
        return;
    const std::optional<DesktopFileChooser::Outcome> outcome = m_desktop->takeOutcome();
    if (!outcome)
        return;
    switch (outcome->status) {
        case DesktopFileChooser::Status::Chosen:
            chose(workspace, outcome->path);
            break;
        case DesktopFileChooser::Status::Cancelled:
            dropWaitingAction();
            break;
        case DesktopFileChooser::Status::Unavailable:
            // No portal, or it failed: the built-in dialog, now and from then on.
            m_desktop.reset();
            openBuiltInDialog(workspace);
            break;
    }
}

void FileActions::showQuestion(Action action) {
    m_pending = action;
    m_pendingPath.clear();
    m_prompt = true;
    m_promptRequested = true;
}

void FileActions::request(Workspace& workspace, Action action, std::filesystem::path path) {
    if (m_prompt)
        return;  // one question at a time
    m_pending = action;
    m_pendingPath = std::move(path);
    if (!hasUnsavedChanges(workspace)) {
        perform(workspace);
        return;
    }
    m_prompt = true;
    m_promptRequested = true;
}

void FileActions::perform(Workspace& workspace) {
    const Action action = std::exchange(m_pending, Action::None);
    const std::filesystem::path path = std::exchange(m_pendingPath, {});
    // What is unsaved now was saved or discarded by the user: its recovery file has no use (the
    // autosave removes it once the document is replaced; at quit there is no next frame).
    switch (action) {
        case Action::None:
            return;
        case Action::New:
            workspace.newDocument();
            m_recoveredGeneration.reset();
            break;
        case Action::Open:
            // On failure the current document stays (and so does its recovery file).
            open(workspace, path);
            return;
        case Action::Close:
            workspace.closeDocument();
            m_recoveredGeneration.reset();
            break;
        case Action::Quit:
            if (m_recoveryEnabled && workspace.hasDocument())
                m_recovery.remove(workspace.document().path());
            m_quitRequested = true;
            break;
    }
}

bool FileActions::modalOpen() const {
    return m_prompt || m_dialog.isOpen() || !m_offers.empty() || !m_saveQuestion.empty();
}

void FileActions::drawPrompt(Workspace& workspace, float scale) {
    if (m_promptRequested) {
        ImGui::OpenPopup(promptTitle().c_str());
        m_promptRequested = false;
    }
    if (!m_prompt)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f * scale, viewport->Size.x * 0.9f), 0.0f),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(promptTitle().c_str(), nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    const std::string name = documentName(workspace);
    const char* question = core::tr("Save the changes to {} before closing it?");
    switch (m_pending) {
        case Action::New:
            question = core::tr("Save the changes to {} before starting a new network?");
            break;
        case Action::Open:
            question = core::tr("Save the changes to {} before opening another file?");
            break;
        case Action::Quit:
            question = core::tr("Save the changes to {} before quitting?");
            break;
        default:
            break;
    }
    ImGui::PushTextWrapPos(std::min(500.0f * scale, viewport->Size.x * 0.85f));
    ImGui::TextUnformatted(core::fill(question, {name}).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", core::tr("If you don't save, your changes since the last save are lost."));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Spacing();

    enum class Answer { None, Save, Discard, Cancel };
    Answer answer = Answer::None;
    const float width = 110.0f * scale;
    if (ImGui::Button(core::tr("Save"), ImVec2(width, 0.0f)))
        answer = Answer::Save;
    m_rects["prompt:Save"] = lastItem();
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Don't save"), ImVec2(width, 0.0f)))
        answer = Answer::Discard;
    m_rects["prompt:Discard"] = lastItem();
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Cancel"), ImVec2(width, 0.0f)))
        answer = Answer::Cancel;
    m_rects["prompt:Cancel"] = lastItem();
    if (answer == Answer::None && namedKeyPressed(ImGuiKey_Escape))
        answer = Answer::Cancel;
    if (answer == Answer::None && namedKeyPressed(ImGuiKey_Enter))
        answer = Answer::Save;

    if (answer != Answer::None) {
        m_prompt = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();

    switch (answer) {
        case Answer::None:
            break;
        case Answer::Cancel:
            m_pending = Action::None;
            m_pendingPath.clear();
            break;
        case Answer::Discard:
            perform(workspace);
            break;
        case Answer::Save:
            if (workspace.document().path().empty()) {
                requestSaveAs(workspace);
                m_continueAfterSave = true;
            } else if (saveAs(workspace, workspace.document().path())) {
                perform(workspace);
            } else {
                m_pending = Action::None;  // the notice says why; nothing is lost
                m_pendingPath.clear();
            }
            break;
    }
}

void FileActions::drawDialog(Workspace& workspace, float scale) {
    takeDesktopOutcome(workspace);
    const bool wasOpen = m_dialog.isOpen();
    const std::optional<std::filesystem::path> chosen = m_dialog.draw(scale);
    if (chosen)
        chose(workspace, *chosen);
    if (wasOpen && !m_dialog.isOpen())
        dropWaitingAction();  // cancelled, or the save failed
}

void FileActions::chose(Workspace& workspace, const std::filesystem::path& path) {
    if (m_settings != nullptr) {
        m_settings->lastFolder = path.parent_path();
        m_settingsChanged = true;
    }
    if (m_dialogPurpose == DialogPurpose::Open) {
        requestOpen(workspace, path);
    } else if (saveAs(workspace, path) && m_continueAfterSave) {
        m_continueAfterSave = false;
        perform(workspace);
    }
}

void FileActions::dropWaitingAction() {
    if (!m_continueAfterSave)
        return;
    m_continueAfterSave = false;
    m_pending = Action::None;
    m_pendingPath.clear();
}

// ------------------------------------------------------------------------------------------ recovery

void FileActions::enableRecovery(std::filesystem::path folder) {
    m_recovery.setFolder(std::move(folder));
    m_recoveryEnabled = true;
}

void FileActions::offerRecovery() {
    if (!m_recoveryEnabled)
        return;
    m_offers = m_recovery.pending();
    m_offerRequested = !m_offers.empty();
}

void FileActions::recover(Workspace& workspace, const RecoveryEntry& entry) {
    core::LoadResult result = readDocument(entry.file);
    if (!result.ok()) {
        showLoadErrors(entry.file, std::move(result.diagnostics));
        return;
    }
    workspace.setDocument(std::move(*result.model), entry.originalPath);
    m_recoveredGeneration = generationOf(workspace);
    // Rewrite it as this run's own recovery file, so that saving or discarding removes it.
    const std::string failure = m_recovery.write(workspace.document(), workspace.revision());
    if (!failure.empty())
        workspace.notify(failure, true);
    workspace.notify(core::fill(core::tr("Recovered {} as autosaved at {}; save it to keep it."),
                                {entry.name, entry.savedAt}));
}

void FileActions::drawRecoveryOffer(Workspace& workspace, float scale) {
    if (m_offers.empty())
        return;
    if (m_offerRequested) {
        ImGui::OpenPopup(offerTitle().c_str());
        m_offerRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(offerTitle().c_str(), nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    const RecoveryEntry entry = m_offers.front();
    ImGui::PushTextWrapPos(std::min(520.0f * scale, viewport->Size.x * 0.85f));
    ImGui::TextUnformatted(
        ("orgweave-studio closed without saving " + entry.name + " at " + entry.savedAt + ".").c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", core::tr("Recover opens the autosaved copy; Discard deletes it."));
    if (!entry.originalPath.empty())
        ImGui::TextDisabled("%s", entry.originalPath.string().c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const float width = 110.0f * scale;
    bool recoverIt = ImGui::Button(core::tr("Recover"), ImVec2(width, 0.0f));
    m_rects["recovery:Recover"] = lastItem();
    ImGui::SameLine();
    bool discardIt = ImGui::Button(core::tr("Discard"), ImVec2(width, 0.0f));
    m_rects["recovery:Discard"] = lastItem();
    if (!recoverIt && !discardIt && namedKeyPressed(ImGuiKey_Enter))
        recoverIt = true;
    if (recoverIt || discardIt) {
        ImGui::CloseCurrentPopup();
        if (recoverIt) {
            m_offers.clear();  // the others stay on disk for the next start
            recover(workspace, entry);
        } else {
            Recovery::discard(entry);
            m_offers.erase(m_offers.begin());
            m_offerRequested = !m_offers.empty();
        }
    }
    ImGui::EndPopup();
}

// ------------------------------------------------------------------------------ menu and shortcuts

void FileActions::drawMenuItems(Workspace& workspace, ItemRects& rects,
                                const std::function<void()>& beforeQuit) {
    const bool hasDocument = workspace.hasDocument();
    if (recordedMenuItem(rects, core::tr("New"), "Ctrl+N"))
        requestNew(workspace);
    if (recordedMenuItem(rects, core::tr("Open\xE2\x80\xA6"), "Ctrl+O"))
        requestOpenDialog(workspace);
    const bool hasRecent = m_settings != nullptr && !m_settings->recentFiles.empty();
    if (beginRecordedMenu(rects, core::tr("Open Recent"), hasRecent)) {
        std::optional<std::filesystem::path> chosen;
        for (std::size_t i = 0; i < m_settings->recentFiles.size(); ++i) {
            const std::filesystem::path& file = m_settings->recentFiles[i];
            ImGui::PushID(static_cast<int>(i));
            if (recordedMenuItem(rects, file.filename().string().c_str()))
                chosen = file;
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", file.string().c_str());
            ImGui::PopID();
        }
        ImGui::Separator();
        if (recordedMenuItem(rects, core::tr("Clear the list"))) {
            m_settings->recentFiles.clear();
            m_settingsChanged = true;
        }
        ImGui::EndMenu();
        if (chosen)
            requestOpen(workspace, *chosen);
    }
    ImGui::Separator();
    if (recordedMenuItem(rects, core::tr("Save"), "Ctrl+S", false, hasDocument))
        save(workspace);
    if (recordedMenuItem(rects, core::tr("Save As\xE2\x80\xA6"), "Ctrl+Shift+S", false, hasDocument))
        requestSaveAs(workspace);
    if (recordedMenuItem(rects, core::tr("Close"), "Ctrl+W", false, hasDocument))
        requestClose(workspace);
    if (beforeQuit) {
        ImGui::Separator();
        beforeQuit();
    }
    ImGui::Separator();
    if (recordedMenuItem(rects, core::tr("Quit"), "Ctrl+Q"))
        requestQuit(workspace);
}

void FileActions::handleShortcuts(Workspace& workspace) {
    if (!commandModifier() || modalOpen())
        return;
    const bool shift = ImGui::GetIO().KeyShift;
    if (letterPressed('N'))
        requestNew(workspace);
    else if (letterPressed('O'))
        requestOpenDialog(workspace);
    else if (letterPressed('S') && shift)
        requestSaveAs(workspace);
    else if (letterPressed('S'))
        save(workspace);
    else if (letterPressed('W'))
        requestClose(workspace);
    else if (letterPressed('Q'))
        requestQuit(workspace);
}

// ------------------------------------------------------------------------------------------ windows

void FileActions::drawWindows(Workspace& workspace, float scale) {
    m_rects.clear();
    drawRecoveryOffer(workspace, scale);
    drawPrompt(workspace, scale);
    drawDialog(workspace, scale);
    drawSaveQuestion(workspace, scale);
    drawMessages(scale);
    if (m_recoveryEnabled && m_offers.empty()) {
        const std::string failure =
            m_recovery.update(workspace.hasDocument() ? &workspace.document() : nullptr,
                              hasUnsavedChanges(workspace), workspace.revision());
        if (!failure.empty())
            workspace.notify(failure, true);
    }
}

std::optional<Rect> FileActions::itemRect(const std::string& name) const {
    const auto it = m_rects.find(name);
    if (it == m_rects.end())
        return std::nullopt;
    return it->second;
}

void FileActions::drawMessages(float scale) {
    if (!m_showMessages || m_loadErrors.empty())
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(720.0f * scale, 0.0f), ImGuiCond_Appearing);
    const std::string title =
        core::fill(core::tr("Could not open {}"), {m_failedPath.filename().string()}) + "###messages";
    if (ImGui::Begin(title.c_str(), &m_showMessages,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped(core::tr("orgweave-studio could not open %s:"), m_failedPath.string().c_str());
        ImGui::Spacing();
        const float height = std::min(12.0f, static_cast<float>(m_loadErrors.size()) + 0.5f) *
                             ImGui::GetTextLineHeightWithSpacing() * 1.4f;
        const bool dark = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f;
        if (ImGui::BeginChild("##diagnostics", ImVec2(0.0f, height), true)) {
            for (const core::Diagnostic& diagnostic : m_loadErrors) {
                const bool error = diagnostic.severity == core::Severity::Error;
                const ImVec4 color =
                    error ? (dark ? ImVec4(1.0f, 0.50f, 0.45f, 1.0f) : ImVec4(0.70f, 0.12f, 0.05f, 1.0f))
                          : (dark ? ImVec4(0.95f, 0.78f, 0.35f, 1.0f) : ImVec4(0.55f, 0.40f, 0.0f, 1.0f));
                ImGui::PushStyleColor(ImGuiCol_Text, color);
                ImGui::TextWrapped("%s", diagnostic.format().c_str());
                ImGui::PopStyleColor();
            }
        }
        ImGui::EndChild();
        ImGui::Spacing();
        if (ImGui::Button(core::tr("Close")))
            m_showMessages = false;
    }
    ImGui::End();
}

}  // namespace orgweave::studio
