#pragma once
// Presentation mode (issue 8 item 4): the document's saved views as slides, for a meeting. While
// active it owns the whole window (the main window draws nothing else): the view's title large
// at the top, the canvas in the middle (read-only: pan and zoom only) with a large legend, the
// caption at the bottom in a readable band, and a small "3 / 4" counter. Keys: Right, Space,
// PageDown or Down next; Left, PageUp or Up previous; Home first; End last; Escape leaves. The
// camera eases to each view's saved camera (CameraTween); a view without one frames its visible
// nodes at once. A document without views shows one slide of the whole network. Entering keeps
// the workspace's mapping and selection aside and leaving puts them back. The window system
// (full screen) is the caller's business: it asks active(). Cost: one canvas frame per frame.

#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::studio {

class PresentationMode {
public:
    PresentationMode();

    /// Large fonts (Theme::large, largeBold, title); null: the current font drawn large.
    void setFonts(ImFont* text, ImFont* bold, ImFont* title);
    void setScale(float scale) { m_scale = scale; }
    void setDark(bool dark) { m_canvas.setDark(dark); }

    /// Enters at the view `viewId` ("" = the first). False, with a notice, when the document has
    /// no view of that id or there is no document.
    bool enter(Workspace& workspace, const std::string& viewId = {});
    void leave(Workspace& workspace);
    bool active() const { return m_active; }
    /// The camera is moving to a slide.
    bool animating() const { return m_active && m_canvas.tween().active(); }

    /// Draws the slide over the main viewport and handles its keys (may leave).
    void draw(Workspace& workspace);

    /// Number of slides: the views, or 1 for a document without views.
    std::size_t slideCount(const Workspace& workspace) const;
    std::size_t current() const { return m_current; }
    /// Shows slide `index` (clamped); `smooth` eases the camera there.
    void go(Workspace& workspace, std::size_t index, bool smooth = true);

    Canvas& canvas() { return m_canvas; }
    const Canvas& canvas() const { return m_canvas; }
    /// Screen rectangles of the last frame: title band, canvas, caption band.
    const Rect& titleRect() const { return m_titleRect; }
    const Rect& canvasRect() const { return m_canvasRect; }
    const Rect& captionRect() const { return m_captionRect; }
    /// "3 / 4" as drawn.
    std::string counterText(const Workspace& workspace) const;

private:
    void handleKeys(Workspace& workspace);
    void drawTitle(ImDrawList* drawList, const Rect& band, const std::string& title) const;
    /// Height the caption needs at `width`, at most a third of the window.
    float captionHeight(const std::string& caption, float width, float maxHeight) const;
    void drawCaption(ImDrawList* drawList, const Rect& band, const std::string& caption,
                     const std::string& counter) const;

    Canvas m_canvas;
    bool m_active = false;
    std::size_t m_current = 0;
    float m_scale = 1.0f;
    ImFont* m_text = nullptr;
    ImFont* m_bold = nullptr;
    ImFont* m_title = nullptr;
    CanvasMapping m_savedMapping;
    std::vector<std::string> m_savedSelection;
    Rect m_titleRect;
    Rect m_canvasRect;
    Rect m_captionRect;
    std::uint64_t m_shownGeneration = ~std::uint64_t{0};
    std::uint64_t m_shownRevision = ~std::uint64_t{0};
};

}  // namespace orgweave::studio
