#pragma once
// The Views panel (issue 8 item 4): the document's saved views in order. "Save current view"
// captures the canvas (phase, colour and size mapping, filter, the selection as highlights, the
// camera) with the typed title and caption; clicking a view applies it (mapping, selection and
// highlights, a smooth camera move). The chosen view's title, caption and filter (kind and
// organization check boxes) are edited in place; "Update camera" takes the canvas's camera; ▲ ▼
// reorder and Delete removes. Every change is one EditAnnotationsCommand (one undo step).
// "Present" asks the main window for presentation mode from the chosen view.
// Cost per frame: O(views + organizations).

#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/panels/Panel.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace orgweave::studio {

class ViewsPanel final : public Panel {
public:
    const char* title() const override { return core::N_("Views"); }
    void draw(Workspace& workspace) override;

    /// The view chosen in the list (index into the document's views), if any.
    std::optional<std::size_t> chosen() const { return m_chosen; }
    /// Where widgets were drawn last frame: "save", "present", "view:<id>", "up", "down",
    /// "delete", "update-camera", "kind:<kind>", "organization:<id>", fields "title"/"caption".
    std::optional<ItemRect> itemRect(const std::string& key) const { return m_rects.find(key); }
    /// Text typed for the next saved view.
    std::string& newTitle() { return m_newTitle; }
    std::string& newCaption() { return m_newCaption; }

private:
    void drawSave(Workspace& workspace);
    void drawList(Workspace& workspace);
    void drawChosen(Workspace& workspace, std::size_t index);
    void drawFilter(Workspace& workspace, std::size_t index);

    ItemRects m_rects;
    FieldEditor m_fields;
    std::string m_newTitle;
    std::string m_newCaption;
    std::optional<std::size_t> m_chosen;
    std::uint64_t m_generation = ~std::uint64_t{0};
};

}  // namespace orgweave::studio
