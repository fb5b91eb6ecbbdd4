#pragma once
// A panel of the studio's side column (Inspector, Measures, Gaps, Model, Layout, History): a class
// whose UI state lives in members, drawn each frame into the current ImGui window (the column's
// tab). It reads and edits the document only through the Workspace (edits as commands).

#include <orgweave/core/Translate.hpp>
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <string>

namespace orgweave::studio {

class Canvas;

class Panel {
public:
    virtual ~Panel() = default;
    /// The tab's label, stable (it is the ImGui id too).
    virtual const char* title() const = 0;
    /// Draws the panel's content into the current window.
    virtual void draw(Workspace& workspace) = 0;

    /// Whether the panel shows something in place of the canvas (Compare: overlay, side by side).
    virtual bool replacesCanvas() const { return false; }
    /// Draws it into the current window, filling `area`; `canvas` is the main canvas, whose scale,
    /// fonts and theme it follows.
    virtual void drawInsteadOfCanvas(Workspace& /*workspace*/, const Canvas& /*canvas*/,
                                     const Rect& /*area*/) {}
    /// Whether the panel has work running in the background (a layout, a comparison): the window
    /// keeps drawing frames while it does, and waits for input otherwise.
    virtual bool busy() const { return false; }
};

}  // namespace orgweave::studio
