#include "orgweave/studio/canvas/LevelOfDetail.hpp"

namespace orgweave::studio {

LevelOfDetail LevelOfDetail::choose(std::size_t ties, std::size_t nodes) {
    LevelOfDetail level;
    level.tieDensity = ties > kTieBudget;
    level.nodeDensity = nodes > kNodeBudget;
    return level;
}

}  // namespace orgweave::studio
