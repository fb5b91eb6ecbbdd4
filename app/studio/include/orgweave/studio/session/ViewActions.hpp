#pragma once
// Saved views (core::View) in the studio, shared by the Views panel and presentation mode:
// capture() makes a view of what the canvas shows now (mapping phase, colour and size, filter,
// the selected nodes as highlights, the camera the canvas published); apply() puts a view on the
// canvas (mapping, highlights, optionally the selection) and asks the canvas to move there
// (smoothly, or to frame the visible nodes when the view has no camera); the edits of the views
// list are one EditAnnotationsCommand each, so each is one undo step. Cost: O(views + selection).

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <cstddef>
#include <string>

namespace orgweave::studio {

class ViewActions {
public:
    /// A view of the canvas now, with a fresh id ("view-<k>") and the given title and caption.
    static core::View capture(const Workspace& workspace, const std::string& title,
                              const std::string& caption);
    /// Appends `view` to the document's views (one undo step "Save view …").
    static bool add(Workspace& workspace, core::View view);
    /// Replaces view `index` (one undo step named `description`).
    static bool replace(Workspace& workspace, std::size_t index, core::View view,
                        const std::string& description);
    /// Moves view `index` one place up (delta −1) or down (+1).
    static bool move(Workspace& workspace, std::size_t index, int delta);
    static bool remove(Workspace& workspace, std::size_t index);

    /// Shows `view` on the canvas; `select` also selects its highlighted nodes.
    static void apply(Workspace& workspace, const core::View& view, bool smooth, bool select);
    /// The whole network: no filter or highlights, every node framed (a document without views).
    static void applyWholeNetwork(Workspace& workspace);

    /// Index of the view with this id, or views.size() when there is none.
    static std::size_t indexOf(const core::Model& model, const std::string& id);
};

}  // namespace orgweave::studio
