#pragma once
// The History panel: the undo list, oldest first, with the current position marked and undone
// steps greyed; clicking an entry undoes or redoes up to it. Cost per frame: O(history) (clipped).

#include "orgweave/studio/panels/Panel.hpp"

namespace orgweave::studio {

class HistoryPanel final : public Panel {
public:
    const char* title() const override { return core::N_("History"); }
    void draw(Workspace& workspace) override;

private:
    std::size_t m_lastIndex = 0;  ///< history index last frame, to scroll to a new entry
};

}  // namespace orgweave::studio
