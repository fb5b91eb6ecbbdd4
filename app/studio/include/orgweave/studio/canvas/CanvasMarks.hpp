#pragma once
// Marks drawn over the canvas by comparisons and what-if scenarios: a coloured ring around some
// nodes, a colour for some ties, some nodes and ties faded (what a phase or a scenario no longer
// has), and a small key box naming what the colours mean. The marks do not change the document.
//
// Colours (Okabe–Ito, colour-blind safe): added bluish green, removed vermillion, changed blue,
// fewer paths sky blue, carrying more of the flow reddish purple. The key also says it in words, so colour
// never carries meaning alone. Cost: O(marked ids) to build; the canvas looks ids up once per change.

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace orgweave::studio {

inline constexpr ImU32 kMarkAdded = IM_COL32(0, 158, 115, 255);
inline constexpr ImU32 kMarkRemoved = IM_COL32(213, 94, 0, 255);
inline constexpr ImU32 kMarkChanged = IM_COL32(0, 114, 178, 255);
inline constexpr ImU32 kMarkWeakened = IM_COL32(86, 180, 233, 255);
inline constexpr ImU32 kMarkBusier = IM_COL32(204, 121, 167, 255);

struct CanvasMarks {
    std::unordered_map<std::string, ImU32> nodes;    ///< node id → ring colour
    std::unordered_map<std::string, ImU32> ties;     ///< tie id → line colour
    std::unordered_set<std::string> faded;           ///< node and tie ids drawn faded
    std::string caption;                             ///< heading of the key, e.g. "Phase I → Phase II"
    std::vector<std::pair<ImU32, std::string>> key;  ///< colour → what it means

    bool empty() const { return nodes.empty() && ties.empty() && faded.empty() && caption.empty(); }
};

}  // namespace orgweave::studio
