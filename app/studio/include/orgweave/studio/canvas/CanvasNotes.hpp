#pragma once
// Notes on the canvas: short texts placed in the picture ("to be decided at the March meeting"),
// kept with the view data in the document (layout.notes: [{"id", "text", "x", "y"}]) so they never
// touch the semantic network. Each change is one undo step (a ReplaceLayoutCommand).
// Cost: O(notes) per operation.

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

struct CanvasNote {
    std::string id;
    std::string text;
    core::Point at;  ///< top-left corner, world coordinates
};

class CanvasNotes {
public:
    /// The document's notes; entries that are not well-formed are left out (and kept in the file).
    static std::vector<CanvasNote> read(const core::Model& model);
    /// Adds a note and returns its id.
    static std::string add(Workspace& workspace, core::Point at, std::string text);
    static bool edit(Workspace& workspace, const std::string& id, std::string text);
    static bool move(Workspace& workspace, const std::string& id, core::Point at);
    static bool remove(Workspace& workspace, const std::string& id);
};

}  // namespace orgweave::studio
