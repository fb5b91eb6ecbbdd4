#pragma once
// The request the studio sends to the desktop's file chooser through xdg-desktop-portal
// (org.freedesktop.portal.FileChooser.OpenFile / SaveFile, portal spec version 3), built without
// any D-Bus library so it is tested as plain data; DesktopFileChooser turns it into the D-Bus
// message. Filters come from the file dialog's format list: each extension becomes a glob in
// lower and upper case ("*.graphml", "*.GRAPHML"), and a list without extensions matches "*".
// The request object the portal answers on is
// /org/freedesktop/portal/desktop/request/SENDER/TOKEN, SENDER being the caller's unique bus name
// without its ':' and with '.' as '_'. Cost: O(filters · extensions).

#include "orgweave/studio/files/FileDialog.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::studio {

struct PortalRequest {
    /// One filter as the portal spells it: a name and (type, pattern) pairs, type 0 a glob.
    struct Filter {
        std::string name;
        std::vector<std::pair<std::uint32_t, std::string>> patterns;
    };

    std::string method;        ///< "OpenFile" or "SaveFile"
    std::string parentWindow;  ///< "" (none) or "x11:XID"
    std::string title;
    std::string handleToken;  ///< option "handle_token"
    std::string acceptLabel;  ///< option "accept_label"
    bool modal = true;
    std::vector<Filter> filters;
    std::optional<std::size_t> currentFilter;  ///< index into filters ("current_filter")
    std::string currentName;                   ///< SaveFile: the suggested file name
    std::filesystem::path currentFolder;       ///< "current_folder" (sent as NUL-terminated bytes)

    /// A request to open a file in `folder` with the dialog's `filters` (the first one current).
    static PortalRequest open(std::string title, const std::vector<FileDialog::Filter>& filters,
                              const std::filesystem::path& folder, std::string token);
    /// A request to save as `name` in `folder`.
    static PortalRequest save(std::string title, const std::vector<FileDialog::Filter>& filters,
                              const std::filesystem::path& folder, std::string name, std::string token);

    /// The portal's filters for the dialog's.
    static std::vector<Filter> portalFilters(const std::vector<FileDialog::Filter>& filters);
    /// The object path of the request the portal will answer on, for unique bus name `sender`
    /// (":1.42") and `token`.
    static std::string requestPath(std::string_view sender, std::string_view token);
    /// The local path of a "file://" URI (percent-escapes decoded); nullopt for other URIs.
    static std::optional<std::filesystem::path> pathFromUri(std::string_view uri);
};

}  // namespace orgweave::studio
