#pragma once
// Form fields of the Inspector and Model panels: label/value rows in a two-column table, text and
// number fields that commit once when the user leaves them (ImGui's IsItemDeactivatedAfterEdit),
// sliders that commit once on release. submit() proposes the edit to the document's one edit gate
// (Workspace::propose, core Document::propose) and shows a refusal's reason in red under the field
// (the workspace also shows it as a notice); new validation warnings show in amber under the field.
//
// Convention: a field's value is the document's value except while the user edits it; the live
// text or value of the one active field is kept here, so typing never creates a command per
// character. Field ids are ImGui ids of "##<label>" in the current id stack. Cost: O(1) per field
// per frame; submit() costs one proposal (a validation of the model).

#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/ItemRects.hpp"

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>

namespace orgweave::studio {

/// Builds the command of one edit (called once, when the edit is submitted).
using CommandFactory = std::function<core::CommandPtr()>;

class FieldEditor {
public:
    /// A two-column form (labels left, fields right); call endForm() only when it returns true.
    bool beginForm(const char* id, float labelWidth = 128.0f);
    void endForm();
    /// Starts a row: the label (with `help` as its tooltip) and the field cell, full width.
    void row(const char* label, std::string_view help = {});

    /// One-line text; true (with `committed`) when an edit that changed the text was finished.
    bool text(const char* id, const std::string& value, std::string& committed, const char* hint = nullptr);
    /// Several lines (Enter makes a new line; the edit commits when the field is left).
    bool multiline(const char* id, const std::string& value, std::string& committed, float lines = 3.0f);
    /// A number typed as text; an empty field means "not set" (nullopt). Text that is not a number
    /// (or not a whole number when `integer`) is refused with a message under the field.
    bool number(const char* id, std::optional<double> value, std::optional<double>& committed, bool integer);
    /// A slider that commits once on release.
    bool slider(const char* id, float value, float& committed, float min, float max, const char* format);
    bool sliderInt(const char* id, int value, int& committed, int min, int max, const char* format);

    /// Makes `id` the field that the next submit() reports on, and draws its message if it has one.
    void track(const char* id);
    /// Proposes an edit to the document; returns whether it was accepted (and is on the undo stack).
    bool submit(Workspace& workspace, const CommandFactory& makeCommand);
    /// Refuses on behalf of the tracked field with `reason` (e.g. text that is not a number).
    void refuse(Workspace& workspace, std::string reason);
    /// Forgets messages and live edits (the selection changed).
    void reset();

    /// The message shown under a field (empty when none), for tests.
    const std::string& message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    /// Where each tracked field was drawn last frame, by its id string (tests).
    const ItemRects& rects() const { return m_rects; }

private:
    void drawMessage(ImGuiID id) const;

    ItemRects m_rects;
    ImGuiID m_liveId = 0;  ///< the field being edited
    std::string m_liveText;
    float m_liveValue = 0.0f;
    int m_liveInt = 0;
    ImGuiID m_field = 0;         ///< the field submit() reports on
    ImGuiID m_messageField = 0;  ///< the field whose message is shown
    std::string m_message;
    bool m_messageIsError = false;
};

/// A short "(?)"-less tooltip on the last item when hovered (no-op for empty text).
void itemTooltip(std::string_view text);
/// A heading over a part of a panel: some space, the text dimmed, a separator.
void sectionHeading(const char* text);

}  // namespace orgweave::studio
