// Settings: sections · recent files · folders · JSON
#include "orgweave/studio/files/Settings.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/AtomicFile.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <sstream>
#include <system_error>

namespace orgweave::studio {

namespace {

std::filesystem::path absoluteOf(const std::filesystem::path& path) {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(path, error);
    return error ? path.lexically_normal() : absolute.lexically_normal();
}

/// An XDG base folder: the variable when it holds an absolute path, else ~/<fallback>.
std::filesystem::path xdgFolder(const char* variable, const char* fallback) {
    if (const char* value = std::getenv(variable); value != nullptr && value[0] == '/')
        return std::filesystem::path(value) / "orgweave";
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = home != nullptr && home[0] != '\0'
                                           ? std::filesystem::path(home)
                                           : std::filesystem::temp_directory_path();
    return base / fallback / "orgweave";
}

}  // namespace

// ------------------------------------------------------------------------------------- recent files

void Settings::addRecentFile(const std::filesystem::path& path) {
    const std::filesystem::path absolute = absoluteOf(path);
    removeRecentFile(absolute);
    recentFiles.insert(recentFiles.begin(), absolute);
    if (recentFiles.size() > kMaxRecentFiles)
        recentFiles.resize(kMaxRecentFiles);
}

void Settings::removeRecentFile(const std::filesystem::path& path) {
    const std::filesystem::path absolute = absoluteOf(path);
    std::erase(recentFiles, absolute);
}

// ------------------------------------------------------------------------------------------ folders

std::filesystem::path Settings::configFolder() {
    return xdgFolder("XDG_CONFIG_HOME", ".config");
}

std::filesystem::path Settings::stateFolder() {
    return xdgFolder("XDG_STATE_HOME", ".local/state");
}

std::filesystem::path Settings::defaultPath() {
    return configFolder() / "studio.json";
}

// --------------------------------------------------------------------------------------------- JSON

std::string Settings::toJson() const {
    nlohmann::ordered_json json;
    json["version"] = 1;
    nlohmann::ordered_json recent = nlohmann::ordered_json::array();
    for (const std::filesystem::path& path : recentFiles)
        recent.push_back(path.string());
    json["recent_files"] = recent;
    json["theme"] = Theme::nameOf(theme);
    if (windowWidth > 0 && windowHeight > 0)
        json["window"] = {{"width", windowWidth}, {"height", windowHeight}};
    if (windowX && windowY && json.contains("window")) {
        json["window"]["x"] = *windowX;
        json["window"]["y"] = *windowY;
    }
    json["panel_width"] = panelWidth;
    json["legend_visible"] = legendVisible;
    json["last_folder"] = lastFolder.string();
    if (language)
        json["language"] = core::languageCode(*language);
    if (reportLanguage)
        json["report_language"] = core::languageCode(*reportLanguage);
    return json.dump(2) + "\n";
}

Settings::LoadResult Settings::load(const std::filesystem::path& path) {
    LoadResult result;
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return result;
    const std::string ignored = core::fill(core::tr("Settings in {} were ignored: "), {path.string()});
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.notice = ignored + "the file cannot be read.";
        return result;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
        const nlohmann::json json = nlohmann::json::parse(text.str());
        if (!json.is_object())
            throw std::runtime_error("the file does not hold a JSON object");
        Settings& s = result.settings;
        if (const auto it = json.find("recent_files"); it != json.end()) {
            for (const nlohmann::json& entry : it->get<std::vector<nlohmann::json>>()) {
                if (entry.is_string() && !entry.get<std::string>().empty() &&
                    s.recentFiles.size() < kMaxRecentFiles)
                    s.recentFiles.emplace_back(entry.get<std::string>());
            }
        }
        if (const auto it = json.find("theme"); it != json.end())
            Theme::parse(it->get<std::string>(), s.theme);
        if (const auto it = json.find("window"); it != json.end() && it->is_object()) {
            s.windowWidth = std::clamp(it->value("width", 0), 0, 16384);
            s.windowHeight = std::clamp(it->value("height", 0), 0, 16384);
            if (it->contains("x") && it->contains("y")) {
                s.windowX = it->at("x").get<int>();
                s.windowY = it->at("y").get<int>();
            }
        }
        if (const auto it = json.find("panel_width"); it != json.end())
            s.panelWidth = std::clamp(it->get<float>(), 200.0f, 4000.0f);
        if (const auto it = json.find("legend_visible"); it != json.end())
            s.legendVisible = it->get<bool>();
        if (const auto it = json.find("last_folder"); it != json.end())
            s.lastFolder = it->get<std::string>();
        // An unknown language code (a newer version's) is ignored: the system's language is used.
        if (const auto it = json.find("language"); it != json.end())
            s.language = core::parseLanguage(it->get<std::string>());
        if (const auto it = json.find("report_language"); it != json.end())
            s.reportLanguage = core::parseLanguage(it->get<std::string>());
    } catch (const std::exception& e) {
        result.settings = Settings();
        result.notice = ignored + e.what();
    }
    return result;
}

std::string Settings::save(const std::filesystem::path& path) const {
    try {
        std::filesystem::create_directories(path.parent_path());
        core::writeFileAtomically(path, toJson());
    } catch (const std::exception& e) {
        return core::fill(core::tr("Settings not saved: {}"), {e.what()});
    }
    return {};
}

}  // namespace orgweave::studio
