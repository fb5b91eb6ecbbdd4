#pragma once
// The side column's panels in tab order (one line per panel in Panels.cpp).

#include "orgweave/studio/panels/Panel.hpp"

#include <memory>
#include <vector>

namespace orgweave::studio {

std::vector<std::unique_ptr<Panel>> makePanels();

}  // namespace orgweave::studio
