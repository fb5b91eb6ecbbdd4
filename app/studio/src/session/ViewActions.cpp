#include "orgweave/studio/session/ViewActions.hpp"

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Translate.hpp"

#include <memory>
#include <utility>

namespace orgweave::studio {

namespace {

bool commit(Workspace& workspace, core::Annotations annotations, const std::string& description) {
    return workspace
        .propose(std::make_unique<core::EditAnnotationsCommand>(std::move(annotations), description))
        .accepted;
}

std::string nameOf(const core::View& view) {
    return view.title.empty() ? view.id : "\xE2\x80\x9C" + view.title + "\xE2\x80\x9D";  // “title”
}

}  // namespace

core::View ViewActions::capture(const Workspace& workspace, const std::string& title,
                                const std::string& caption) {
    core::View view;
    const core::Model* model = workspace.model();
    for (int k = 1; model != nullptr; ++k) {
        view.id = "view-" + std::to_string(k);
        if (indexOf(*model, view.id) == model->annotations.views.size())
            break;
    }
    const CanvasMapping& mapping = workspace.mapping();
    view.title = title;
    view.caption = caption;
    view.phase = mapping.phase;
    view.filter = mapping.filter.toJson();
    view.colorBy = mapping.colorBy == "organization" ? std::string() : mapping.colorBy;
    view.sizeBy = mapping.sizeBy;
    view.highlighted.assign(workspace.selection().nodes().begin(), workspace.selection().nodes().end());
    view.camera = workspace.stage().currentCamera();
    return view;
}

bool ViewActions::add(Workspace& workspace, core::View view) {
    if (!workspace.hasDocument())
        return false;
    core::Annotations annotations = workspace.model()->annotations;
    const std::string description = core::fill(core::tr("Save view {}"), {nameOf(view)});
    annotations.views.push_back(std::move(view));
    return commit(workspace, std::move(annotations), description);
}

bool ViewActions::replace(Workspace& workspace, std::size_t index, core::View view,
                          const std::string& description) {
    if (!workspace.hasDocument() || index >= workspace.model()->annotations.views.size())
        return false;
    core::Annotations annotations = workspace.model()->annotations;
    if (annotations.views[index] == view)
        return false;
    annotations.views[index] = std::move(view);
    return commit(workspace, std::move(annotations), description);
}

bool ViewActions::move(Workspace& workspace, std::size_t index, int delta) {
    if (!workspace.hasDocument())
        return false;
    core::Annotations annotations = workspace.model()->annotations;
    const std::size_t count = annotations.views.size();
    if (index >= count || (delta < 0 && index == 0) || (delta > 0 && index + 1 >= count))
        return false;
    const std::size_t other = delta < 0 ? index - 1 : index + 1;
    const std::string description =
        core::fill(delta < 0 ? core::tr("Move view {} up") : core::tr("Move view {} down"),
                   {nameOf(annotations.views[index])});
    std::swap(annotations.views[index], annotations.views[other]);
    return commit(workspace, std::move(annotations), description);
}

bool ViewActions::remove(Workspace& workspace, std::size_t index) {
    if (!workspace.hasDocument() || index >= workspace.model()->annotations.views.size())
        return false;
    core::Annotations annotations = workspace.model()->annotations;
    const std::string description =
        core::fill(core::tr("Delete view {}"), {nameOf(annotations.views[index])});
    annotations.views.erase(annotations.views.begin() + static_cast<std::ptrdiff_t>(index));
    return commit(workspace, std::move(annotations), description);
}

void ViewActions::apply(Workspace& workspace, const core::View& view, bool smooth, bool select) {
    CanvasMapping& mapping = workspace.mapping();
    mapping.phase = view.phase;
    mapping.colorBy = view.colorBy.empty() ? std::string("organization") : view.colorBy;
    mapping.sizeBy = view.sizeBy;
    mapping.filter = core::ViewFilter::fromJson(view.filter);
    mapping.highlighted = view.highlighted;
    if (select)
        workspace.selection().setNodes(view.highlighted);
    workspace.requests().post(CameraRequest{view.camera, smooth});
}

void ViewActions::applyWholeNetwork(Workspace& workspace) {
    CanvasMapping& mapping = workspace.mapping();
    mapping.filter = {};
    mapping.highlighted.clear();
    workspace.requests().post(CameraRequest{std::nullopt, false});
}

std::size_t ViewActions::indexOf(const core::Model& model, const std::string& id) {
    const auto& views = model.annotations.views;
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (views[i].id == id)
            return i;
    }
    return views.size();
}

}  // namespace orgweave::studio
