// FileDialog: sections · opening and filters · listing · typed paths · drawing (breadcrumbs, list,
// footer)
#include "orgweave/studio/files/FileDialog.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Text.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace orgweave::studio {

namespace {

constexpr const char* kNativeExtension = ".orgweave.json";

std::filesystem::path homeFolder() {
    const char* home = std::getenv("HOME");
    return home != nullptr && home[0] != '\0' ? std::filesystem::path(home) : std::filesystem::path("/");
}

bool isFolder(const std::filesystem::path& path) {
    std::error_code error;
    return std::filesystem::is_directory(path, error);
}

std::string sizeText(std::uintmax_t bytes) {
    char text[32];
    if (bytes < 1024)
        std::snprintf(text, sizeof text, "%ju B", bytes);
    else if (bytes < 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

/// Red that reads on the current theme's window background.
ImVec4 errorColor() {
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const float luminance = 0.2126f * background.x + 0.7152f * background.y + 0.0722f * background.z;
    return luminance < 0.5f ? ImVec4(1.0f, 0.50f, 0.45f, 1.0f) : ImVec4(0.72f, 0.12f, 0.05f, 1.0f);
}

Rect lastItem() {
    return Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

}  // namespace

// -------------------------------------------------------------------------------- opening and filters

FileDialog::FileDialog() {
    static int s_instances = 0;
    m_popupId = "###file-dialog-" + std::to_string(++s_instances);
}

void FileDialog::open(Mode mode, const std::filesystem::path& folder, const std::string& fileName) {
    m_mode = mode;
    m_open = true;
    m_openRequested = true;
    setTypedPath(mode == Mode::Save ? fileName : std::string());
    m_selected.clear();
    m_overwrite.reset();
    m_focusName = mode == Mode::Save;
    navigate(!folder.empty() && isFolder(folder) ? folder : homeFolder());
}

void FileDialog::close() {
    m_open = false;
    m_overwrite.reset();
}

void FileDialog::setFilters(std::vector<Filter> filters) {
    m_filters = std::move(filters);
    m_filterIndex = 0;
    relist();
}

void FileDialog::setFilterIndex(std::size_t index) {
    m_filterIndex = index < m_filters.size() ? index : 0;
    relist();
}

void FileDialog::setShowHidden(bool show) {
    m_showHidden = show;
    relist();
}

bool FileDialog::matches(const std::string& name, const Filter& filter) {
    if (filter.extensions.empty())
        return true;
    const std::string lower = core::toLowerAscii(name);
    return std::any_of(filter.extensions.begin(), filter.extensions.end(),
                       [&](const std::string& extension) { return lower.ends_with(extension); });
}

// ------------------------------------------------------------------------------------------ listing

void FileDialog::navigate(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(folder, error);
    m_folder = (error ? folder : absolute).lexically_normal();
    if (m_folder.has_filename() == false && m_folder != m_folder.root_path())
        m_folder = m_folder.parent_path();  // "a/b/" → "a/b"
    m_selected.clear();
    m_overwrite.reset();
    relist();
}

void FileDialog::relist() {
    m_entries.clear();
    m_error.clear();
    if (m_folder.empty())
        return;
    std::error_code error;
    std::filesystem::directory_iterator it(m_folder, error);
    if (error) {
        m_error = core::fill(core::tr("Cannot list {}: {}"), {m_folder.string(), error.message()});
        return;
    }
    const Filter* filter = m_filterIndex < m_filters.size() ? &m_filters[m_filterIndex] : nullptr;
    for (const std::filesystem::directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            m_error = core::fill(core::tr("Cannot list all of {}: {}"), {m_folder.string(), error.message()});
            break;
        }
        Entry entry;
        entry.name = it->path().filename().string();
        if (!m_showHidden && entry.name.starts_with("."))
            continue;
        std::error_code statusError;
        entry.folder = it->is_directory(statusError);
        if (!entry.folder) {
            if (filter != nullptr && !matches(entry.name, *filter))
                continue;
            entry.size = it->is_regular_file(statusError) ? it->file_size(statusError) : 0;
            if (statusError)
                entry.size = 0;
        }
        m_entries.push_back(std::move(entry));
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.folder != b.folder)
            return a.folder;
        const std::string la = core::toLowerAscii(a.name);
        const std::string lb = core::toLowerAscii(b.name);
        return la != lb ? la < lb : a.name < b.name;
    });
}

// ------------------------------------------------------------------------------------- typed paths

std::filesystem::path FileDialog::expandHome(const std::string& text) {
    if (text == "~")
        return homeFolder();
    if (text.starts_with("~/"))
        return homeFolder() / text.substr(2);
    return std::filesystem::path(text);
}

std::optional<std::filesystem::path> FileDialog::acceptTyped() {
    std::string text = m_typed;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.pop_back();
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.erase(text.begin());
    if (text.empty()) {
        if (!m_selected.empty())
            return choose(m_folder / m_selected);
        m_error = m_mode == Mode::Save ? core::tr("Type a name for the file.")
                                       : core::tr("Pick a file or type its name.");
        return std::nullopt;
    }
    std::filesystem::path path = expandHome(text);
    if (path.is_relative())
        path = m_folder / path;
    path = path.lexically_normal();
    if (isFolder(path)) {
        navigate(path);
        setTypedPath({});
        return std::nullopt;
    }
    return choose(path);
}

std::optional<std::filesystem::path> FileDialog::choose(const std::filesystem::path& chosen) {
    std::filesystem::path file = chosen;
    if (isFolder(file)) {
        navigate(file);
        return std::nullopt;
    }
    std::error_code error;
    if (m_mode == Mode::Open) {
        if (!std::filesystem::is_regular_file(file, error)) {
            m_error = core::fill(core::tr("There is no file {} in {}."),
                                 {file.filename().string(), file.parent_path().string()});
            return std::nullopt;
        }
        close();
        return file;
    }
    if (!file.has_filename()) {
        m_error = core::tr("Type a name for the file.");
        return std::nullopt;
    }
    if (file.extension().empty())
        file += kNativeExtension;
    if (!isFolder(file.parent_path())) {
        m_error = core::fill(core::tr("The folder {} does not exist."), {file.parent_path().string()});
        return std::nullopt;
    }
    if (std::filesystem::exists(file, error) && m_overwrite != file) {
        m_overwrite = file;
        return std::nullopt;
    }
    close();
    return file;
}

void FileDialog::setTypedPath(std::string text) {
    m_typed = std::move(text);
    m_typedReplaced = true;
}

void FileDialog::remember(const std::string& name) {
    m_rects[name] = lastItem();
}

std::optional<Rect> FileDialog::itemRect(const std::string& name) const {
    const auto it = m_rects.find(name);
    if (it == m_rects.end())
        return std::nullopt;
    return it->second;
}

// ------------------------------------------------------------------------------------------ drawing

std::optional<std::filesystem::path> FileDialog::draw(float scale) {
    if (m_openRequested) {
        ImGui::OpenPopup(m_popupId.c_str());
        m_openRequested = false;
    }
    if (!m_open && !ImGui::IsPopupOpen(m_popupId.c_str()))
        return std::nullopt;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const ImVec2 size{std::min(880.0f * scale, viewport->Size.x * 0.94f),
                      std::min(560.0f * scale, viewport->Size.y * 0.9f)};
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    const std::string title =
        (!m_title.empty() ? m_title
                          : std::string(m_mode == Mode::Open ? core::tr("Open a network")
                                                             : core::tr("Save the network as"))) +
        m_popupId;
    bool keepOpen = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings)) {
        m_open = false;
        return std::nullopt;
    }
    m_rects.clear();
    std::optional<std::filesystem::path> chosen;
    if (m_open) {
        // Keys, with last frame's focus: Enter and Backspace belong to the name field when it is active.
        const bool typing = ImGui::IsAnyItemActive();
        if (namedKeyPressed(ImGuiKey_Escape)) {
            if (m_overwrite)
                m_overwrite.reset();
            else
                close();
        } else if (!typing && namedKeyPressed(ImGuiKey_Enter)) {
            chosen = m_overwrite ? choose(*m_overwrite) : acceptTyped();
        } else if (!typing && namedKeyPressed(ImGuiKey_Backspace, true) && m_folder.has_relative_path()) {
            navigate(m_folder.parent_path());
        }
    }
    if (m_open && !chosen) {
        // Fields and check boxes get an outline: on the popup's background they would not show.
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        drawBreadcrumbs();
        if (std::optional<std::filesystem::path> picked = drawList(scale))
            chosen = picked;
        if (std::optional<std::filesystem::path> picked = drawFooter(scale))
            chosen = picked;
        ImGui::PopStyleVar();
        if (m_navigateTo) {
            navigate(*m_navigateTo);
            m_navigateTo.reset();
        }
    }
    if (!keepOpen)
        close();
    if (!m_open)
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

void FileDialog::drawBreadcrumbs() {
    // Parent button, then one button per folder of the path; leading ones give way to "…" when
    // the row is too narrow.
    const bool hasParent = m_folder.has_relative_path();
    ImGui::BeginDisabled(!hasParent);
    if (ImGui::Button(core::tr("\xE2\x86\x91 Up")) && hasParent)  // ↑
        m_navigateTo = m_folder.parent_path();
    remember("button:Up");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", core::tr("Parent folder (Backspace)"));

    std::vector<std::pair<std::string, std::filesystem::path>> crumbs;
    std::filesystem::path walked;
    for (const std::filesystem::path& part : m_folder) {
        walked /= part;
        if (part.empty())
            continue;
        crumbs.emplace_back(part == "/" ? std::string("/") : part.string(), walked);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SameLine();
    const float available = ImGui::GetContentRegionAvail().x;
    const auto widthOf = [&](const std::string& label) {
        return ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x;
    };
    std::size_t first = 0;
    float total = 0.0f;
    for (const auto& crumb : crumbs)
        total += widthOf(crumb.first);
    const float ellipsis = widthOf("\xE2\x80\xA6");
    while (first + 1 < crumbs.size() && total > available) {
        total -= widthOf(crumbs[first].first);
        if (first == 0)
            total += ellipsis;
        ++first;
    }
    if (first > 0) {
        if (ImGui::Button(core::tr("\xE2\x80\xA6")))  // …
            m_navigateTo = crumbs[first - 1].second;
        ImGui::SameLine();
    }
    for (std::size_t i = first; i < crumbs.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const bool current = i + 1 == crumbs.size();
        if (current)
            ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_HeaderActive]);
        if (ImGui::Button(crumbs[i].first.c_str()) && !current)
            m_navigateTo = crumbs[i].second;
        remember("crumb:" + crumbs[i].first);
        if (current)
            ImGui::PopStyleColor();
        ImGui::PopID();
        if (i + 1 < crumbs.size())
            ImGui::SameLine();
    }
}

std::optional<std::filesystem::path> FileDialog::drawList(float scale) {
    std::optional<std::filesystem::path> chosen;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Below the list: the name row, the filter row and one line of status (or the Replace row).
    const float footer = ImGui::GetFrameHeightWithSpacing() * 3.0f + style.ItemSpacing.y;
    const float height = std::max(ImGui::GetFrameHeight() * 4.0f, ImGui::GetContentRegionAvail().y - footer);

    // Places: home and recent files.
    if (ImGui::BeginChild("##places", ImVec2(210.0f * scale, height), true)) {
        ImGui::TextDisabled("%s", core::tr("Places"));
        if (ImGui::Selectable(core::tr("Home")))
            m_navigateTo = homeFolder();
        if (!m_recent.empty()) {
            ImGui::Spacing();
            ImGui::TextDisabled("%s", core::tr("Recent files"));
            for (std::size_t i = 0; i < m_recent.size(); ++i) {
                const std::filesystem::path& file = m_recent[i];
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(file.filename().string().c_str())) {
                    if (m_mode == Mode::Open) {
                        chosen = choose(file);
                    } else {
                        m_navigateTo = file.parent_path();
                        setTypedPath(file.filename().string());
                    }
                }
                remember("recent:" + file.filename().string());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", file.string().c_str());
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();
    ImGui::SameLine();

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##files", 2, flags, ImVec2(0.0f, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(core::tr("Name"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(core::tr("Size"), ImGuiTableColumnFlags_WidthFixed, 90.0f * scale);
        ImGui::TableHeadersRow();
        const ImVec4 folderColor = style.Colors[ImGuiCol_CheckMark];
        for (const Entry& entry : m_entries) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string label = entry.folder ? entry.name + "/" : entry.name;
            if (entry.folder)
                ImGui::PushStyleColor(ImGuiCol_Text, folderColor);
            const bool clicked = ImGui::Selectable(
                label.c_str(), m_selected == entry.name,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick);
            if (entry.folder)
                ImGui::PopStyleColor();
            remember(entry.name);
            if (clicked) {
                if (entry.folder) {
                    m_navigateTo = m_folder / entry.name;
                } else {
                    m_selected = entry.name;
                    setTypedPath(entry.name);
                    m_error.clear();
                    m_overwrite.reset();
                    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
                        chosen = choose(m_folder / entry.name);
                }
            }
            ImGui::TableNextColumn();
            if (!entry.folder)
                ImGui::TextDisabled("%s", sizeText(entry.size).c_str());
        }
        if (m_entries.empty() && m_error.empty()) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", m_filters.empty() ? core::tr("This folder is empty.")
                                                        : core::tr("No matching files here."));
        }
        ImGui::EndTable();
    }
    return chosen;
}

std::optional<std::filesystem::path> FileDialog::drawFooter(float scale) {
    std::optional<std::filesystem::path> chosen;
    const ImGuiStyle& style = ImGui::GetStyle();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(m_mode == Mode::Save ? core::tr("File name") : core::tr("File or path"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    if (m_focusName) {
        ImGui::SetKeyboardFocusHere();
        m_focusName = false;
    }
    // An active field keeps its own copy of the text; the callback hands it a replaced m_typed.
    const auto replaceText = [](ImGuiInputTextCallbackData* data) {
        auto* self = static_cast<FileDialog*>(data->UserData);
        if (self->m_typedReplaced) {
            self->m_typedReplaced = false;
            const std::string text = self->m_typed;
            data->DeleteChars(0, data->BufTextLen);
            data->InsertChars(0, text.c_str(), text.c_str() + text.size());
        }
        return 0;
    };
    if (ImGui::InputText("##typed", &m_typed,
                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                         replaceText, this))
        chosen = acceptTyped();
    remember("field:name");

    if (!m_filters.empty()) {
        ImGui::SetNextItemWidth(330.0f * scale);
        if (ImGui::BeginCombo("##filter", m_filters[m_filterIndex].label.c_str())) {
            for (std::size_t i = 0; i < m_filters.size(); ++i) {
                if (ImGui::Selectable(m_filters[i].label.c_str(), i == m_filterIndex))
                    setFilterIndex(i);
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
    }
    bool hidden = m_showHidden;
    if (ImGui::Checkbox(core::tr("Hidden files"), &hidden))
        setShowHidden(hidden);

    const char* acceptLabel = m_mode == Mode::Open ? "Open" : "Save";  // the item's name for tests
    const std::string acceptText =
        std::string(m_mode == Mode::Open ? core::tr("Open") : core::tr("Save")) + "###accept";
    const float buttonWidth = 96.0f * scale;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x -
                                                         buttonWidth * 2.0f - style.ItemSpacing.x));
    if (ImGui::Button(acceptText.c_str(), ImVec2(buttonWidth, 0.0f)))
        chosen = m_overwrite ? choose(*m_overwrite) : acceptTyped();
    remember(std::string("button:") + acceptLabel);
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Cancel"), ImVec2(buttonWidth, 0.0f)))
        close();
    remember("button:Cancel");

    if (m_overwrite) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(
            errorColor(), "%s",
            core::fill(core::tr("{} already exists. Replace it?"), {m_overwrite->filename().string()})
                .c_str());
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Replace")))
            chosen = choose(*m_overwrite);
        remember("button:Replace");
        ImGui::SameLine();
        if (ImGui::Button(core::tr("Keep it")))
            m_overwrite.reset();
    } else if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColor());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextDisabled("%s", m_folder.string().c_str());
    }
    return chosen;
}

}  // namespace orgweave::studio
