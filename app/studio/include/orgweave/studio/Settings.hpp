#pragma once
// What the studio remembers between runs: recent files (newest first, at most 10), the theme, the
// window's size and position, the width of the panel column, whether the legend is shown and the
// last folder of the file dialog, and the languages of the studio and of reports (core/Translate.hpp;
// unset follows the system). Stored as JSON in $XDG_CONFIG_HOME/orgweave/studio.json (or
// ~/.config/orgweave/studio.json), written atomically. A missing file gives the defaults; a broken
// one is ignored with a notice (load() never throws). The folders are read from the environment at
// each call, so tests point them at a temporary folder with setenv. Cost: one small file.

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/Theme.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

struct Settings {
    static constexpr std::size_t kMaxRecentFiles = 10;

    std::vector<std::filesystem::path> recentFiles;  ///< newest first
    ThemeKind theme = ThemeKind::Light;
    int windowWidth = 0;  ///< 0: not known (the command line's or the default size is used)
    int windowHeight = 0;
    std::optional<int> windowX;
    std::optional<int> windowY;
    float panelWidth = 400.0f;  ///< at scale 1
    bool legendVisible = true;
    std::filesystem::path lastFolder;
    std::optional<core::Language> language;        ///< the studio's texts; unset: the system's
    std::optional<core::Language> reportLanguage;  ///< reports and slides; unset: the studio's

    /// The language of the studio's texts: `language`, else the system's.
    core::Language uiLanguage() const { return language.value_or(core::systemLanguage()); }
    /// The language of reports: `reportLanguage`, else uiLanguage().
    core::Language reportsLanguage() const { return reportLanguage.value_or(uiLanguage()); }

    /// Puts `path` (made absolute) first in the recent files, dropping an older entry and the 11th.
    void addRecentFile(const std::filesystem::path& path);
    void removeRecentFile(const std::filesystem::path& path);

    /// $XDG_CONFIG_HOME/orgweave (absolute values only, as the XDG spec says), else ~/.config/orgweave.
    static std::filesystem::path configFolder();
    /// $XDG_STATE_HOME/orgweave, else ~/.local/state/orgweave.
    static std::filesystem::path stateFolder();
    /// configFolder() / "studio.json".
    static std::filesystem::path defaultPath();

    struct LoadResult;
    /// Reads `path`. Missing file: defaults and no notice. Unreadable or broken: defaults and a notice.
    static LoadResult load(const std::filesystem::path& path);
    /// Writes atomically (creating the folder); returns an error message, empty on success.
    std::string save(const std::filesystem::path& path) const;

    std::string toJson() const;
    bool operator==(const Settings&) const = default;
};

struct Settings::LoadResult {
    Settings settings;
    std::string notice;  ///< empty unless the file was there but could not be used
};

}  // namespace orgweave::studio
