#pragma once
// Where the widgets of a form were drawn in the last frame, by their label: the screen rectangles
// tests click on (tier-1 tests drive the real widgets with synthetic mouse input). Records are
// dropped when a new frame starts. Cost: O(1) per record, O(records) per lookup.

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::studio {

struct ItemRect {
    ImVec2 min;
    ImVec2 max;
    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

class ItemRects {
public:
    /// Records the last item's rectangle under `key`.
    void recordLastItem(std::string_view key) {
        const int frame = ImGui::GetFrameCount();
        if (frame != m_frame) {
            m_frame = frame;
            m_records.clear();
        }
        m_records.emplace_back(std::string(key), ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    }
    /// The `occurrence`-th item recorded under `key` in the last frame drawn.
    std::optional<ItemRect> find(std::string_view key, std::size_t occurrence = 0) const {
        for (const auto& [name, rect] : m_records) {
            if (name == key && occurrence-- == 0)
                return rect;
        }
        return std::nullopt;
    }

private:
    int m_frame = -1;
    std::vector<std::pair<std::string, ItemRect>> m_records;
};

}  // namespace orgweave::studio
