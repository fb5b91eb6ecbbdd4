#pragma once
// The one channel by which the studio's parts ask each other for things (DESIGN.md §6: no event
// bus): a panel, the canvas's context menu or the command line posts a typed request on the
// workspace's queue; the one part that handles that type takes it at its next frame. Who handles
// what:
//   FocusRequest      the canvas frames these nodes (Gaps, Measures, Compare panels; find)
//   CameraRequest     the canvas moves its camera, or frames the visible nodes (Views panel)
//   PresentRequest    the main window enters presentation mode at a view (Views panel)
//   WhatIfRequest     the What-if panel evaluates a removal; the main window shows that panel
//   ShowPanelRequest  the main window selects a panel's tab by its title (Phases › Context scores)
// Requests of one type do not pile up: the newest replaces an older one not yet taken.
// Cost: constant time per post and take (at most one request per type is held).

#include "orgweave/core/Model.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace orgweave::studio {

struct FocusRequest {
    std::vector<std::string> nodeIds;
};

struct CameraRequest {
    std::optional<core::ViewCamera> camera;  ///< none: frame the visible nodes
    bool smooth = true;                      ///< ease there (CameraTween) rather than jump
};

struct PresentRequest {
    std::string viewId;  ///< "" = the first view
};

struct WhatIfRequest {
    std::vector<std::string> nodeIds;
};

struct ShowPanelRequest {
    std::string title;
};

using Request = std::variant<FocusRequest, CameraRequest, PresentRequest, WhatIfRequest, ShowPanelRequest>;

class RequestQueue {
public:
    /// Posts a request; it replaces an untaken request of the same type.
    void post(Request request) {
        std::visit([this](auto&& r) { slot<std::decay_t<decltype(r)>>() = std::move(r); },
                   std::move(request));
    }

    /// Removes and returns the pending request of type T (none when there is none).
    template <class T>
    std::optional<T> take() {
        return std::exchange(slot<T>(), std::nullopt);
    }

    /// Whether a request of type T waits to be taken.
    template <class T>
    bool has() const {
        return std::get<std::optional<T>>(m_slots).has_value();
    }

    /// Drops every pending request (the document was replaced).
    void clear() { m_slots = {}; }

private:
    template <class T>
    std::optional<T>& slot() {
        return std::get<std::optional<T>>(m_slots);
    }

    std::tuple<std::optional<FocusRequest>, std::optional<CameraRequest>, std::optional<PresentRequest>,
               std::optional<WhatIfRequest>, std::optional<ShowPanelRequest>>
        m_slots;
};

}  // namespace orgweave::studio
