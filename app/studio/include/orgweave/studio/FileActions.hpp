#pragma once
// File › New, Open, Save, Save As of the studio: what happens to the Workspace's document when the
// user opens or saves a file. Saving is atomic (core::Document::save); a failed save says why and
// leaves the document dirty. Opening a file that cannot be read shows the reader's messages and
// leaves the current document untouched.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/studio/Workspace.hpp"

#include <filesystem>
#include <string>

namespace orgweave::studio {

class FileActions {
public:
    /// Opens `path` into the workspace; on failure keeps the current document and returns false
    /// with the reader's diagnostics in loadErrors().
    bool open(Workspace& workspace, const std::filesystem::path& path);
    /// Saves to the document's path; false (with a notice) when it has none or the save fails.
    bool save(Workspace& workspace);
    /// Saves to `path`, which becomes the document's path.
    bool saveAs(Workspace& workspace, const std::filesystem::path& path);

    /// Draws the File menu's items (inside an open BeginMenu("File")).
    void drawMenuItems(Workspace& workspace);
    /// Draws the file windows (message window with load errors). Once per frame.
    void drawWindows(Workspace& workspace, float scale);
    /// Handles Ctrl+N/O/S and Ctrl+Shift+S. Once per frame, when no text field has focus.
    void handleShortcuts(Workspace& workspace);

    const core::Diagnostics& loadErrors() const { return m_loadErrors; }
    const std::filesystem::path& failedPath() const { return m_failedPath; }
    bool messagesOpen() const { return m_showMessages; }
    void setMessagesOpen(bool open) { m_showMessages = open; }
    /// Remembers load errors of `path` and opens the message window (also used at start-up).
    void showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics);

    bool quitRequested() const { return m_quitRequested; }
    void requestQuit() { m_quitRequested = true; }

private:
    core::Diagnostics m_loadErrors;
    std::filesystem::path m_failedPath;
    bool m_showMessages = false;
    bool m_quitRequested = false;
};

}  // namespace orgweave::studio
