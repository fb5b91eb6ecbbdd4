#include "orgweave/studio/panels/Panels.hpp"

#include "orgweave/studio/panels/ComparePanel.hpp"
#include "orgweave/studio/panels/GapsPanel.hpp"
#include "orgweave/studio/panels/HistoryPanel.hpp"
#include "orgweave/studio/panels/InspectorPanel.hpp"
#include "orgweave/studio/panels/LayoutPanel.hpp"
#include "orgweave/studio/panels/MeasuresPanel.hpp"
#include "orgweave/studio/panels/ModelPanel.hpp"
#include "orgweave/studio/panels/PhasesPanel.hpp"
#include "orgweave/studio/panels/RcMatrixPanel.hpp"
#include "orgweave/studio/panels/ViewsPanel.hpp"
#include "orgweave/studio/panels/WhatIfPanel.hpp"

namespace orgweave::studio {

std::vector<std::unique_ptr<Panel>> makePanels() {
    std::vector<std::unique_ptr<Panel>> panels;
    panels.push_back(std::make_unique<InspectorPanel>());
    panels.push_back(std::make_unique<MeasuresPanel>());
    panels.push_back(std::make_unique<GapsPanel>());
    panels.push_back(std::make_unique<RcMatrixPanel>());
    auto model = std::make_unique<ModelPanel>();
    auto phases = std::make_unique<PhasesPanel>(model.get());
    panels.push_back(std::move(model));
    panels.push_back(std::move(phases));
    panels.push_back(std::make_unique<ComparePanel>());
    panels.push_back(std::make_unique<WhatIfPanel>());
    panels.push_back(std::make_unique<ViewsPanel>());
    panels.push_back(std::make_unique<LayoutPanel>());
    panels.push_back(std::make_unique<HistoryPanel>());
    return panels;
}

}  // namespace orgweave::studio
