#include "orgweave/studio/files/PortalRequest.hpp"

#include <algorithm>
#include <cctype>

namespace orgweave::studio {

namespace {

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

std::vector<PortalRequest::Filter> PortalRequest::portalFilters(
    const std::vector<FileDialog::Filter>& filters) {
    std::vector<Filter> result;
    for (const FileDialog::Filter& filter : filters) {
        Filter out{filter.label, {}};
        for (const std::string& extension : filter.extensions) {
            out.patterns.emplace_back(0, "*" + extension);
            if (upper(extension) != extension)
                out.patterns.emplace_back(0, "*" + upper(extension));
        }
        if (out.patterns.empty())
            out.patterns.emplace_back(0, "*");
        result.push_back(std::move(out));
    }
    return result;
}

PortalRequest PortalRequest::open(std::string title, const std::vector<FileDialog::Filter>& filters,
                                  const std::filesystem::path& folder, std::string token) {
    PortalRequest request;
    request.method = "OpenFile";
    request.title = std::move(title);
    request.handleToken = std::move(token);
    request.filters = portalFilters(filters);
    if (!request.filters.empty())
        request.currentFilter = 0;
    request.currentFolder = folder;
    return request;
}

PortalRequest PortalRequest::save(std::string title, const std::vector<FileDialog::Filter>& filters,
                                  const std::filesystem::path& folder, std::string name, std::string token) {
    PortalRequest request = open(std::move(title), filters, folder, std::move(token));
    request.method = "SaveFile";
    request.currentName = std::move(name);
    return request;
}

std::string PortalRequest::requestPath(std::string_view sender, std::string_view token) {
    std::string name(sender);
    if (!name.empty() && name.front() == ':')
        name.erase(0, 1);
    std::replace(name.begin(), name.end(), '.', '_');
    return "/org/freedesktop/portal/desktop/request/" + name + "/" + std::string(token);
}

std::optional<std::filesystem::path> PortalRequest::pathFromUri(std::string_view uri) {
    constexpr std::string_view kScheme = "file://";
    if (!uri.starts_with(kScheme))
        return std::nullopt;
    std::string_view rest = uri.substr(kScheme.size());
    // "file:///home/a" or "file://localhost/home/a"; another host is not a local file.
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const std::string_view host = rest.substr(0, slash);
    if (!host.empty() && host != "localhost")
        return std::nullopt;
    rest = rest.substr(slash);
    std::string path;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '%' && i + 2 < rest.size() && hexValue(rest[i + 1]) >= 0 &&
            hexValue(rest[i + 2]) >= 0) {
            path += static_cast<char>(hexValue(rest[i + 1]) * 16 + hexValue(rest[i + 2]));
            i += 2;
        } else {
            path += rest[i];
        }
    }
    return std::filesystem::path(path);
}

}  // namespace orgweave::studio
