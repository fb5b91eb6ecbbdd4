#pragma once
// File › New, Open…, Open Recent, Save, Save As…, Close and Quit of the studio: what happens to the
// Workspace's document when the user opens, saves or leaves it.
// - Saving is atomic (core::Document::saveAs); a failed save says why and leaves the document dirty.
//   Saving over a read-only file, or to the document's file after it was deleted or moved while
//   open, asks first (Save / Cancel) instead of replacing or recreating it silently.
// - Nothing a reader does ends the program: readDocument turns any exception into a diagnostic, so
//   Open, Compare › Another file, a dropped file and Recover show a message and keep the edits.
// - Opening a file that cannot be read shows the reader's messages and leaves the current document
//   untouched. Other formats (GraphML, GEXF, DOT, Pajek, UCINET DL, CSV; layouts/DocumentFormats)
//   are imported as untitled documents; Save As to them exports a copy and keeps the document as is.
// - New, Open, Close and Quit ask first when there are unsaved changes (Save / Discard / Cancel);
//   request*() ask, the plain verbs (open, save, saveAs) act at once.
// - While the document is dirty it is autosaved to a recovery file (Recovery, off until
//   enableRecovery()); offerRecovery() offers what a crashed run left behind.
// - Recent files and the dialog's last folder live in Settings (when one is attached).
// - Open… and Save As… use the desktop's own file chooser (xdg-desktop-portal) when one is attached
//   (useDesktopChooser; the studio does so when it runs on a desktop): the request runs off the UI
//   thread and its answer is taken once per frame. When the desktop has no portal, or the portal
//   fails, the built-in dialog opens instead (and is used from then on); a cancel in the desktop's
//   chooser cancels.
// Shortcuts: Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+W, Ctrl+Q.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/files/DesktopFileChooser.hpp"
#include "orgweave/studio/files/FileDialog.hpp"
#include "orgweave/studio/files/Recovery.hpp"
#include "orgweave/studio/files/Settings.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class FileActions {
public:
    /// What waits for the unsaved-changes question.
    enum class Action { None, New, Open, Close, Quit };

    /// Reads a document in any format the studio knows (diagnostics name file, line and column).
    static core::LoadResult readDocument(const std::filesystem::path& path);

    /// Recent files and the last folder go to `settings` (may be null; it must outlive this).
    void setSettings(Settings* settings) { m_settings = settings; }
    /// Whether settings changed since the last call (the owner writes them then).
    bool takeSettingsChanged();
    void setSettingsChanged() { m_settingsChanged = true; }

    /// Opens `path` into the workspace; on failure keeps the current document and returns false
    /// with the reader's diagnostics in loadErrors().
    bool open(Workspace& workspace, const std::filesystem::path& path);
    /// Saves to the document's path; without one, opens the Save As dialog. False when not saved.
    bool save(Workspace& workspace);
    /// Saves to `path`, which becomes the document's path; false with a notice on failure.
    bool saveAs(Workspace& workspace, const std::filesystem::path& path);

    void requestNew(Workspace& workspace);
    void requestOpen(Workspace& workspace, const std::filesystem::path& path);
    /// Shows the file dialog in Open mode (the chosen file goes through requestOpen).
    void requestOpenDialog(Workspace& workspace);
    /// Shows the file dialog in Save mode.
    void requestSaveAs(Workspace& workspace);
    void requestClose(Workspace& workspace);
    void requestQuit(Workspace& workspace);
    /// Shows the unsaved-changes question for `action` even when nothing is unsaved (--show
    /// unsaved, for screenshots and docs).
    void showQuestion(Action action);

    /// The document has changes that are not in its file (edits, or it was recovered).
    bool hasUnsavedChanges(const Workspace& workspace) const;
    /// The question before saving over a read-only or vanished file (empty: none showing).
    const std::string& saveQuestion() const { return m_saveQuestion; }

    /// The unsaved-changes question is showing and this action waits for it.
    bool promptOpen() const { return m_prompt; }
    Action pendingAction() const { return m_pending; }
    /// Any of the file windows that take the keyboard (question, dialog, recovery offer).
    bool modalOpen() const;
    FileDialog& dialog() { return m_dialog; }
    /// Open… and Save As… go to the desktop's file chooser first (null: the built-in dialog only).
    void useDesktopChooser(std::unique_ptr<DesktopFileChooser> chooser) { m_desktop = std::move(chooser); }
    bool usesDesktopChooser() const { return m_desktop != nullptr; }
    /// The desktop's file chooser is showing (or being asked for).
    bool desktopChooserPending() const { return m_desktop != nullptr && m_desktop->pending(); }

    /// Autosave to `folder` (normally Settings::stateFolder()/"recovery") and offers from it.
    void enableRecovery(std::filesystem::path folder);
    bool recoveryEnabled() const { return m_recoveryEnabled; }
    Recovery& recovery() { return m_recovery; }
    /// Lists the files an earlier run left and shows the first offer (Recover / Discard).
    void offerRecovery();
    bool recoveryOfferOpen() const { return !m_offers.empty(); }
    const std::vector<RecoveryEntry>& recoveryOffers() const { return m_offers; }

    /// Draws the File menu's items (inside an open BeginMenu("File")).
    /// `beforeQuit` draws further items (Export picture…) above the Quit item.
    void drawMenuItems(Workspace& workspace, ItemRects& rects, const std::function<void()>& beforeQuit = {});
    /// Draws the file windows (question, dialog, recovery offer, load errors) and autosaves.
    /// Once per frame.
    void drawWindows(Workspace& workspace, float scale);
    /// Handles the file shortcuts. Once per frame, when no text field has focus.
    void handleShortcuts(Workspace& workspace);

    const core::Diagnostics& loadErrors() const { return m_loadErrors; }
    const std::filesystem::path& failedPath() const { return m_failedPath; }
    bool messagesOpen() const { return m_showMessages; }
    void setMessagesOpen(bool open) { m_showMessages = open; }
    /// Remembers load errors of `path` and opens the message window (also used at start-up).
    void showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics);

    bool quitRequested() const { return m_quitRequested; }

    /// Screen rectangle of a button of the question ("prompt:Save", "prompt:Discard",
    /// "prompt:Cancel") or of the recovery offer ("recovery:Recover", "recovery:Discard") drawn in
    /// the last frame.
    std::optional<Rect> itemRect(const std::string& name) const;

private:
    static core::LoadResult readDocumentUnguarded(const std::filesystem::path& path);
    void askBeforeSaving(const std::filesystem::path& path, std::string question);
    void drawSaveQuestion(Workspace& workspace, float scale);
    void request(Workspace& workspace, Action action, std::filesystem::path path = {});
    void perform(Workspace& workspace);
    void afterSave(Workspace& workspace, const std::filesystem::path& previousPath);
    void rememberRecent(const std::filesystem::path& path);
    std::filesystem::path dialogFolder(const Workspace& workspace) const;
    std::uint64_t generationOf(const Workspace& workspace) const;
    void drawPrompt(Workspace& workspace, float scale);
    void drawDialog(Workspace& workspace, float scale);
    void openBuiltInDialog(Workspace& workspace);
    void takeDesktopOutcome(Workspace& workspace);
    void chose(Workspace& workspace, const std::filesystem::path& path);
    void dropWaitingAction();
    void drawRecoveryOffer(Workspace& workspace, float scale);
    void drawMessages(float scale);
    void recover(Workspace& workspace, const RecoveryEntry& entry);

    Settings* m_settings = nullptr;
    bool m_settingsChanged = false;

    Action m_pending = Action::None;
    std::filesystem::path m_pendingPath;
    bool m_prompt = false;             ///< the question is (to be) shown
    bool m_promptRequested = false;    ///< OpenPopup at the next draw
    bool m_continueAfterSave = false;  ///< the Save As dialog was opened by the question's Save
    std::string m_suggestedName;       ///< for Save As of an imported file: "<stem>.orgweave.json"

    enum class DialogPurpose { Open, SaveAs };
    FileDialog m_dialog;
    DialogPurpose m_dialogPurpose = DialogPurpose::Open;
    std::unique_ptr<DesktopFileChooser> m_desktop;

    Recovery m_recovery;
    bool m_recoveryEnabled = false;
    std::vector<RecoveryEntry> m_offers;
    bool m_offerRequested = false;
    std::optional<std::uint64_t> m_recoveredGeneration;  ///< the recovered document is unsaved

    std::filesystem::path m_onDisk;  ///< the document's file as last opened or saved
    std::string m_saveQuestion;      ///< question before saving to m_savePath
    std::filesystem::path m_savePath;
    bool m_saveQuestionRequested = false;
    std::filesystem::path m_confirmedPath;  ///< the user said Save for this path

    core::Diagnostics m_loadErrors;
    std::filesystem::path m_failedPath;
    bool m_showMessages = false;
    bool m_quitRequested = false;
    std::map<std::string, Rect> m_rects;
};

}  // namespace orgweave::studio
