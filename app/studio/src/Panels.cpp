#include "orgweave/studio/Panels.hpp"

#include "orgweave/studio/HistoryPanel.hpp"

namespace orgweave::studio {

std::vector<std::unique_ptr<Panel>> makePanels() {
    std::vector<std::unique_ptr<Panel>> panels;
    panels.push_back(std::make_unique<HistoryPanel>());
    return panels;
}

}  // namespace orgweave::studio
