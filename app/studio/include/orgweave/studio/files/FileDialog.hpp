#pragma once
// A modal file dialog drawn with ImGui and std::filesystem only (no system dialog needed):
// breadcrumb buttons for the current folder, its folders and files (folders first, sorted by name
// without case, hidden files on request), a filter by extension, a typed path field (Enter
// accepts; "~" is the home folder; a folder navigates there), recent files, and Open or Save mode.
// Save adds ".orgweave.json" to a name without extension and asks before replacing a file.
// Keys: Enter accepts, Escape cancels, Backspace (outside the text field) goes to the parent.
// A folder that cannot be listed shows why in the dialog; nothing throws.
// Clicking a folder opens it; clicking a file selects it, double-clicking accepts it.
// Cost: listing a folder is one directory scan, done when the folder or the filter changes.

#include "orgweave/studio/support/VecMath.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class FileDialog {
public:
    enum class Mode { Open, Save };

    /// Every dialog has its own popup id, so one dialog never closes another's popup (the studio
    /// has several: open/save, export picture, export slides, compare with a file).
    FileDialog();

    /// A choice of the filter box: "GraphML (*.graphml)" with its extensions; none = every file.
    struct Filter {
        std::string label;
        std::vector<std::string> extensions;  ///< lower case with the dot: ".graphml", ".orgweave.json"
    };

    struct Entry {
        std::string name;
        bool folder = false;
        std::uintmax_t size = 0;
    };

    /// Opens the dialog in `folder` (the home folder when empty or missing). In Save mode
    /// `fileName` fills the name field.
    void open(Mode mode, const std::filesystem::path& folder, const std::string& fileName = {});
    void close();
    /// The window title; empty gives "Open a network" or "Save the network as" by mode.
    void setTitle(std::string title) { m_title = std::move(title); }
    bool isOpen() const { return m_open; }
    Mode mode() const { return m_mode; }

    void setFilters(std::vector<Filter> filters);
    const std::vector<Filter>& filters() const { return m_filters; }
    void setFilterIndex(std::size_t index);
    std::size_t filterIndex() const { return m_filterIndex; }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }
    void setRecentFiles(std::vector<std::filesystem::path> files) { m_recent = std::move(files); }

    /// Draws the dialog (a modal popup) when open; returns the chosen path in the frame it is
    /// accepted, after which the dialog is closed.
    std::optional<std::filesystem::path> draw(float scale);

    /// Shows `folder`'s content (or the reason it cannot be listed).
    void navigate(const std::filesystem::path& folder);
    const std::filesystem::path& folder() const { return m_folder; }
    /// The listed entries after filtering, folders first.
    const std::vector<Entry>& entries() const { return m_entries; }
    /// Why the folder could not be listed, or why a typed path was refused; empty when fine.
    const std::string& error() const { return m_error; }
    /// The text of the name field.
    const std::string& typedPath() const { return m_typed; }
    /// Replaces the text of the name field (also while the field is being edited).
    void setTypedPath(std::string text);
    /// Accepts the typed path as Enter does: navigates into a folder, else chooses a file
    /// (Save mode may first ask to replace it). Returns the chosen file when it is chosen now.
    std::optional<std::filesystem::path> acceptTyped();
    /// The file waiting for "Replace?" in Save mode.
    const std::optional<std::filesystem::path>& overwriteQuestion() const { return m_overwrite; }

    /// Screen rectangle of an entry's row, a breadcrumb ("crumb:<name>") or a button
    /// ("button:Open", "button:Cancel", "button:Replace") in the last drawn frame.
    std::optional<Rect> itemRect(const std::string& name) const;

    /// "~/x" → "$HOME/x"; other paths unchanged.
    static std::filesystem::path expandHome(const std::string& text);
    /// Whether `name` passes `filter` (ASCII case-insensitive suffix match).
    static bool matches(const std::string& name, const Filter& filter);

private:
    void relist();
    std::optional<std::filesystem::path> choose(const std::filesystem::path& file);
    void drawBreadcrumbs();
    std::optional<std::filesystem::path> drawList(float scale);
    std::optional<std::filesystem::path> drawFooter(float scale);
    void remember(const std::string& name);

    std::string m_popupId;  ///< "###file-dialog-N", unique per instance
    std::string m_title;
    bool m_open = false;
    bool m_openRequested = false;
    Mode m_mode = Mode::Open;
    std::filesystem::path m_folder;
    std::vector<Entry> m_entries;
    std::vector<Filter> m_filters;
    std::size_t m_filterIndex = 0;
    bool m_showHidden = false;
    std::vector<std::filesystem::path> m_recent;
    std::string m_typed;
    std::string m_selected;  ///< name of the selected entry
    std::string m_error;
    std::optional<std::filesystem::path> m_overwrite;
    std::optional<std::filesystem::path> m_navigateTo;  ///< applied after the list is drawn
    bool m_focusName = false;
    bool m_typedReplaced = false;  ///< m_typed was set from outside: the active field takes it
    std::map<std::string, Rect> m_rects;
};

}  // namespace orgweave::studio
