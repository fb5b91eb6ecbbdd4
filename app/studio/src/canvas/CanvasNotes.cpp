#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/Commands.hpp"

#include <functional>
#include <set>

namespace orgweave::studio {

namespace {

constexpr const char* kKey = "notes";

bool wellFormed(const nlohmann::json& entry) {
    return entry.is_object() && entry.contains("id") && entry["id"].is_string() && entry.contains("text") &&
           entry["text"].is_string() && entry.contains("x") && entry["x"].is_number() &&
           entry.contains("y") && entry["y"].is_number();
}

/// Applies `change` to the notes array of a copy of the layout and executes it as one step.
bool change(Workspace& workspace, const std::string& description,
            const std::function<bool(nlohmann::json& notes)>& edit) {
    if (!workspace.hasDocument())
        return false;
    core::Layout layout = workspace.model()->layout;
    if (!layout.extra.is_object())
        layout.extra = nlohmann::json::object();
    nlohmann::json& notes = layout.extra[kKey];
    if (!notes.is_array())
        notes = nlohmann::json::array();
    if (!edit(notes))
        return false;
    if (notes.empty())
        layout.extra.erase(kKey);
    return workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(std::move(layout), description))
        .accepted;
}

}  // namespace

std::vector<CanvasNote> CanvasNotes::read(const core::Model& model) {
    std::vector<CanvasNote> notes;
    const nlohmann::json& extra = model.layout.extra;
    if (!extra.is_object() || !extra.contains(kKey) || !extra[kKey].is_array())
        return notes;
    for (const nlohmann::json& entry : extra[kKey]) {
        if (!wellFormed(entry))
            continue;
        notes.push_back({entry["id"].get<std::string>(), entry["text"].get<std::string>(),
                         core::Point{entry["x"].get<double>(), entry["y"].get<double>()}});
    }
    return notes;
}

std::string CanvasNotes::add(Workspace& workspace, core::Point at, std::string text) {
    if (!workspace.hasDocument())
        return {};
    std::set<std::string> used;
    for (const CanvasNote& note : read(*workspace.model()))
        used.insert(note.id);
    std::string id;
    for (std::size_t k = 1; id.empty() || used.count(id); ++k)
        id = "note-" + std::to_string(k);
    change(workspace, core::tr("Add a note"), [&](nlohmann::json& notes) {
        notes.push_back({{"id", id}, {"text", std::move(text)}, {"x", at.x}, {"y", at.y}});
        return true;
    });
    return id;
}

bool CanvasNotes::edit(Workspace& workspace, const std::string& id, std::string text) {
    return change(workspace, core::tr("Edit a note"), [&](nlohmann::json& notes) {
        for (nlohmann::json& entry : notes) {
            if (wellFormed(entry) && entry["id"] == id) {
                if (entry["text"] == text)
                    return false;
                entry["text"] = std::move(text);
                return true;
            }
        }
        return false;
    });
}

bool CanvasNotes::move(Workspace& workspace, const std::string& id, core::Point at) {
    return change(workspace, core::tr("Move a note"), [&](nlohmann::json& notes) {
        for (nlohmann::json& entry : notes) {
            if (wellFormed(entry) && entry["id"] == id) {
                entry["x"] = at.x;
                entry["y"] = at.y;
                return true;
            }
        }
        return false;
    });
}

bool CanvasNotes::remove(Workspace& workspace, const std::string& id) {
    return change(workspace, core::tr("Delete a note"), [&](nlohmann::json& notes) {
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            if (wellFormed(*it) && (*it)["id"] == id) {
                notes.erase(it);
                return true;
            }
        }
        return false;
    });
}

}  // namespace orgweave::studio
