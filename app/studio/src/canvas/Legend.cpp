// Legend: sections · content · layout · interaction · drawing
#include "orgweave/studio/canvas/Legend.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Utf8Text.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/Painter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace orgweave::studio {

namespace {

struct Colours {
    ImU32 background;
    ImU32 border;
    ImU32 separator;
    ImU32 header;
    ImU32 text;
    ImU32 iconFill;     ///< fill of the coloured kinds' shapes
    ImU32 iconOutline;  ///< outline of shapes and lines too dark for the page
};
constexpr Colours kLight{IM_COL32(255, 255, 255, 238), IM_COL32(170, 176, 186, 255),
                         IM_COL32(215, 218, 224, 255), IM_COL32(84, 90, 100, 255),
                         IM_COL32(30, 34, 40, 255),    IM_COL32(206, 210, 216, 255),
                         IM_COL32(70, 74, 80, 255)};
constexpr Colours kDark{IM_COL32(40, 44, 50, 240),    IM_COL32(84, 90, 100, 255),
                        IM_COL32(64, 70, 78, 255),    IM_COL32(176, 182, 190, 255),
                        IM_COL32(232, 234, 237, 255), IM_COL32(120, 126, 134, 255),
                        IM_COL32(196, 200, 206, 255)};

const Colours& colours(bool dark) {
    return dark ? kDark : kLight;
}

/// Relative brightness 0…1 (Rec. 709 weights, no gamma).
float brightness(ImU32 color) {
    const float r = static_cast<float>((color >> IM_COL32_R_SHIFT) & 0xFF);
    const float g = static_cast<float>((color >> IM_COL32_G_SHIFT) & 0xFF);
    const float b = static_cast<float>((color >> IM_COL32_B_SHIFT) & 0xFF);
    return (0.2126f * r + 0.7152f * g + 0.0722f * b) / 255.0f;
}
constexpr std::size_t kMaxLabelBytes = 26;
constexpr int kMaxOrganizationColumns = 4;
/// Organizations listed at most (the last place then says "+N more"): a country's hundreds of
/// organizations would otherwise cover the network they explain.
constexpr int kMaxOrganizationEntries = 24;

int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
}

}  // namespace

// ------------------------------------------------------------------------------------------- content

void Legend::setContent(const core::Model& model, const Style& style) {
    std::array<bool, core::kAllNodeKinds.size()> nodeSeen{};
    std::array<bool, core::kAllTieKinds.size()> tieSeen{};
    for (const core::Node& node : model.nodes)
        nodeSeen[static_cast<std::size_t>(node.kind)] = true;
    for (const core::Tie& tie : model.ties)
        tieSeen[static_cast<std::size_t>(tie.kind)] = true;
    m_nodeEntries.clear();
    for (const core::NodeKind kind : core::kAllNodeKinds) {
        if (!nodeSeen[static_cast<std::size_t>(kind)])
            continue;
        Entry entry;
        entry.icon = Icon::NodeShape;
        entry.nodeKind = kind;
        entry.label = core::ui().text(core::vocabulary::nodeKinds().labelOf(core::toString(kind)));
        m_nodeEntries.push_back(std::move(entry));
    }
    m_tieEntries.clear();
    for (const core::TieKind kind : core::kAllTieKinds) {
        if (!tieSeen[static_cast<std::size_t>(kind)])
            continue;
        Entry entry;
        entry.icon = Icon::TieLine;
        entry.tieKind = kind;
        entry.label = core::ui().text(core::vocabulary::tieKinds().labelOf(core::toString(kind)));
        m_tieEntries.push_back(std::move(entry));
    }
    m_organizationEntries.clear();
    std::size_t generated = 0;
    for (const OrganizationSwatch& swatch : style.organizations()) {
        generated += swatch.generated ? 1 : 0;
        Entry entry;
        entry.icon = Icon::Swatch;
        entry.color = swatch.color;
        entry.label = core::shortenUtf8(swatch.label, kMaxLabelBytes);
        m_organizationEntries.push_back(std::move(entry));
    }
    m_organizationSwatches = m_organizationEntries;
    m_organizationHeading = core::tr("Organizations");
    if (generated > 0) {
        m_organizationHeading += " (";
        m_organizationHeading += core::fill(
            core::trn("{} generated colour", "{} generated colours", generated), {std::to_string(generated)});
        m_organizationHeading += ")";
    }
    m_colourHeading = m_organizationHeading;
}

void Legend::setColourBlock(std::string heading, std::vector<std::pair<ImU32, std::string>> swatches) {
    if (heading.empty()) {
        m_organizationEntries = m_organizationSwatches;
        m_colourHeading = m_organizationHeading;
        return;
    }
    m_colourHeading = std::move(heading);
    m_organizationEntries.clear();
    for (auto& [color, label] : swatches) {
        Entry entry;
        entry.icon = Icon::Swatch;
        entry.color = color;
        entry.label = core::shortenUtf8(label, kMaxLabelBytes);
        m_organizationEntries.push_back(std::move(entry));
    }
}

void Legend::setHaloKey(std::vector<std::pair<ImU32, std::string>> key) {
    m_haloEntries.clear();
    for (auto& [color, label] : key) {
        Entry entry;
        entry.icon = Icon::Halo;
        entry.color = color;
        entry.label = std::move(label);
        m_haloEntries.push_back(std::move(entry));
    }
}

void Legend::setTieKey(std::string heading, std::vector<std::pair<ImU32, std::string>> key) {
    m_tieScoreHeading = std::move(heading);
    m_tieScoreEntries.clear();
    float thickness = 1.5f;
    for (auto& [color, label] : key) {
        Entry entry;
        entry.icon = Icon::ColourLine;
        entry.color = color;
        entry.label = std::move(label);
        entry.thickness = thickness;
        thickness += 1.2f;  // weak thin, strong thick, as drawn
        m_tieScoreEntries.push_back(std::move(entry));
    }
}

void Legend::setSizeKey(std::string heading, std::string low, std::string high) {
    m_sizeHeading = std::move(heading);
    m_sizeEntries.clear();
    if (m_sizeHeading.empty())
        return;
    const auto add = [&](float radius, std::string label) {
        Entry entry;
        entry.icon = Icon::SizeDot;
        entry.thickness = radius;  // the smallest and the largest sized node, roughly
        entry.label = std::move(label);
        m_sizeEntries.push_back(std::move(entry));
    };
    add(3.0f, std::move(low));
    add(7.5f, std::move(high));
}

void Legend::setShapeKey(std::string heading, const std::vector<std::pair<Shape, std::string>>& key) {
    m_shapeHeading = std::move(heading);
    m_shapeEntries.clear();
    for (const auto& [shape, label] : key) {
        Entry entry;
        entry.icon = Icon::ShapeKey;
        entry.shape = shape;
        entry.label = core::shortenUtf8(label, kMaxLabelBytes);
        m_shapeEntries.push_back(std::move(entry));
    }
}

ImU32 Legend::backgroundColor(bool dark) {
    return colours(dark).background;
}

ImU32 Legend::textColor(bool dark) {
    return colours(dark).text;
}

void Legend::setPlacement(Corner corner, Arrangement arrangement) {
    m_corner = corner;
    m_arrangement = arrangement;
}

// -------------------------------------------------------------------------------------------- layout

Rect Legend::layout(const Rect& canvas, ImFont* regular, ImFont* bold, float scale) {
    m_canvas = canvas;
    m_regular = regular != nullptr ? regular : ImGui::GetFont();
    m_bold = bold != nullptr ? bold : m_regular;
    m_baseScale = scale;
    m_autoCollapsed = false;
    if (!m_visible || empty()) {
        m_rect = {};
        return m_rect;
    }
    // Full size when it leaves room for the network; smaller text on a small canvas; collapsed to its
    // header when even that would leave less than a quarter of the canvas free beside it.
    const auto leavesRoom = [&](ImVec2 size) {
        return size.x <= canvas.width() * 0.75f || size.y <= canvas.height() * 0.75f;
    };
    const auto modest = [&](ImVec2 size) {
        return size.x * size.y <= canvas.width() * canvas.height() / 3.0f;
    };
    // Inside the canvas: a legend wider (or taller) than the canvas would be cut off.
    const float margin = 10.0f * scale;
    const auto inside = [&](ImVec2 size) {
        return size.x <= canvas.width() - 2.0f * margin && size.y <= canvas.height() - 2.0f * margin;
    };
    ImVec2 size{};
    for (const float fit : {1.0f, 0.8f, 0.65f}) {
        m_fit = fit;
        m_scale = scale * fit;
        m_fontSize = m_regular->FontSize * fit;
        size = measure(canvas);
        if (!m_expanded || (leavesRoom(size) && inside(size) && (modest(size) || fit < 1.0f)))
            break;
    }
    if (m_expanded && !m_userExpanded && (!leavesRoom(size) || !inside(size))) {
        m_autoCollapsed = true;
        m_fit = 1.0f;
        m_scale = scale;
        m_fontSize = m_regular->FontSize;
        size = measure(canvas);
    }
    const ImVec2 topLeft = cornerOf(canvas, size);
    m_rect = {topLeft, topLeft + size};
    return m_rect;
}

ImVec2 Legend::measure(const Rect& canvas) {
    const float scale = m_scale;
    const float margin = 10.0f * m_baseScale;
    m_headerHeight = m_fontSize + 13.5f * scale;
    const float rowHeight = m_fontSize + 7.0f * scale;
    const int organizations =
        std::min(static_cast<int>(m_organizationEntries.size()), kMaxOrganizationEntries);
    const int kindRows =
        static_cast<int>(std::max({m_nodeEntries.size(), m_tieEntries.size(), std::size_t{4}}));
    const ImVec2 room{canvas.width() - 2.0f * margin, canvas.height() - 2.0f * margin};
    // Column counts to try for the organizations, the arrangement's favourite first.
    std::vector<int> tries;
    if (m_arrangement == Arrangement::Tall) {
        const int preferred = organizations <= 7 ? 1 : 2;  // one column for a few, two for more
        for (int c = preferred; c <= kMaxOrganizationColumns; ++c)
            tries.push_back(c);
        for (int c = preferred - 1; c >= 1; --c)
            tries.push_back(c);
    } else {
        // As tall as the kind columns.
        const int preferred =
            std::clamp(ceilDiv(std::max(organizations, 1), kindRows), 1, kMaxOrganizationColumns);
        for (int c = preferred; c >= 1; --c)
            tries.push_back(c);
        for (int c = preferred + 1; c <= kMaxOrganizationColumns; ++c)
            tries.push_back(c);
    }
    ImVec2 size{};
    bool fits = false;
    int widest = 1;  // the most columns that still fit the width
    for (const int columns : tries) {
        m_organizationColumns = columns;
        m_organizationRows = std::max(1, ceilDiv(organizations, columns));
        size = arrange(nullptr, {0.0f, 0.0f}, m_organizationRows, m_organizationColumns);
        if (size.x <= room.x)
            widest = std::max(widest, columns);
        if (size.x <= room.x && size.y <= room.y) {
            fits = true;
            break;
        }
    }
    if (!fits) {
        // Too many organizations for the canvas: fewer rows, the rest becomes "+N more".
        m_organizationColumns = widest;
        m_organizationRows = std::max(1, ceilDiv(organizations, widest));
        size = arrange(nullptr, {0.0f, 0.0f}, m_organizationRows, m_organizationColumns);
        while (size.y > room.y && m_organizationRows > 1) {
            const int excess = static_cast<int>(std::ceil((size.y - room.y) / rowHeight));
            m_organizationRows = std::max(1, m_organizationRows - std::max(excess, 1));
            size = arrange(nullptr, {0.0f, 0.0f}, m_organizationRows, m_organizationColumns);
        }
    }
    return size;
}

ImVec2 Legend::cornerOf(const Rect& canvas, ImVec2 size) const {
    const float margin = 10.0f * m_baseScale;
    ImVec2 topLeft{};
    switch (m_corner) {
        case Corner::TopRight:
            topLeft = {canvas.max.x - margin - size.x, canvas.min.y + margin};
            break;
        case Corner::BottomRight:
            topLeft = {canvas.max.x - margin - size.x, canvas.max.y - margin - size.y};
            break;
        case Corner::BottomLeft:
            topLeft = {canvas.min.x + margin, canvas.max.y - margin - size.y};
            break;
        case Corner::TopLeft:
            topLeft = {canvas.min.x + margin, canvas.min.y + margin};
            break;
    }
    return topLeft;
}

// --------------------------------------------------------------------------------------- interaction

void Legend::interact() {
    if (m_rect.empty())
        return;
    ImGui::SetCursorScreenPos(m_rect.min);
    const bool onHeader = ImGui::GetIO().MousePos.y <= m_rect.min.y + m_headerHeight;
    if (ImGui::InvisibleButton("##legend", m_rect.size()) && onHeader) {
        if (m_autoCollapsed) {
            m_userExpanded = true;  // shown although the canvas is small: the user asked for it
        } else {
            m_expanded = !m_expanded;
            m_userExpanded = m_userExpanded && m_expanded;
        }
        layout(m_canvas, m_regular, m_bold, m_baseScale);  // this frame already shows the new state
    }
    if (ImGui::IsItemHovered() && onHeader) {
        ImGui::SetTooltip(
            "%s", expandedNow() ? core::tr("Hide the legend's entries") : core::tr("Show the legend"));
    }
}

// ------------------------------------------------------------------------------------------- drawing

void Legend::draw(ImDrawList* drawList) const {
    m_entriesShown = 0;
    if (m_rect.empty())
        return;
    arrange(drawList, m_rect.min, m_organizationRows, m_organizationColumns);
}

ImVec2 Legend::block(ImDrawList* drawList, ImVec2 topLeft, const char* title, std::span<const Entry> entries,
                     std::size_t rows) const {
    const float s = m_scale;
    const float fontSize = m_fontSize;
    const float rowHeight = fontSize + 7.0f * s;
    const float shapeWidth = 20.0f * s;
    const float lineWidth = 34.0f * s;
    const float textGap = 6.0f * s;
    const float columnGap = 20.0f * s;
    const auto widthOf = [&](ImFont* font, std::string_view value) {
        return font->CalcTextSizeA(fontSize, 1e9f, 0.0f, value.data(), value.data() + value.size()).x;
    };
    Painter painter(drawList, s);
    if (drawList != nullptr)
        painter.text(m_bold, fontSize, topLeft, title, colours(m_dark).header);
    rows = std::max<std::size_t>(rows, 1);
    float x = topLeft.x;
    float columnWidth = widthOf(m_bold, title);
    float width = columnWidth;
    std::size_t usedRows = 0;
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const Entry& entry = entries[k];
        const std::size_t row = k % rows;
        if (k > 0 && row == 0) {
            x += columnWidth + columnGap;
            columnWidth = 0.0f;
        }
        const float top = topLeft.y + rowHeight * static_cast<float>(row + 1) - 2.0f * s;
        const float middle = top + rowHeight * 0.5f;
        const float iconWidth =
            entry.icon == Icon::TieLine || entry.icon == Icon::ColourLine ? lineWidth : shapeWidth;
        if (drawList != nullptr) {
            switch (entry.icon) {
                case Icon::NodeShape: {
                    const bool coloured = entry.nodeKind == core::NodeKind::Role ||
                                          entry.nodeKind == core::NodeKind::Site ||
                                          entry.nodeKind == core::NodeKind::Organization;
                    const ImU32 fill =
                        coloured ? colours(m_dark).iconFill : Style::neutralFill(entry.nodeKind);
                    const ImU32 outline = entry.nodeKind == core::NodeKind::Committee
                                              ? (m_dark ? colours(true).iconOutline : Style::darker(fill))
                                              : colours(m_dark).iconOutline;
                    painter.shape(Style::shapeOf(entry.nodeKind), {x + shapeWidth * 0.5f, middle}, 6.5f * s,
                                  fill, outline, 1.2f);
                    break;
                }
                case Icon::TieLine: {
                    TieStyle style = Style::tieStyleOf(entry.tieKind);
                    if (m_dark && brightness(style.color) < 0.35f)
                        style.color = colours(true).iconOutline;  // as the canvas draws it
                    const std::array<ImVec2, 2> line{ImVec2{x + 1.0f * s, middle},
                                                     ImVec2{x + lineWidth, middle}};
                    painter.tie(line, style, style.arrow);
                    break;
                }
                case Icon::Swatch: {
                    const ImVec2 c{x + shapeWidth * 0.5f, middle};
                    const ImVec2 half{7.0f * s, 5.5f * s};
                    painter.rect(c - half, c + half, entry.color, Style::darker(entry.color), 2.5f * s,
                                 1.0f * s);
                    break;
                }
                case Icon::Halo: {
                    const ImVec2 c{x + shapeWidth * 0.5f, middle};
                    painter.shape(Shape::Circle, c, 7.0f * s, Style::withAlpha(entry.color, 0.10f),
                                  Style::withAlpha(entry.color, 0.75f), 1.6f);
                    painter.shape(Shape::Circle, c, 3.5f * s, colours(m_dark).iconFill,
                                  colours(m_dark).iconOutline, 1.0f);
                    break;
                }
                case Icon::ShapeKey:
                    painter.shape(entry.shape, {x + shapeWidth * 0.5f, middle}, 6.5f * s,
                                  colours(m_dark).iconFill, colours(m_dark).iconOutline, 1.2f);
                    break;
                case Icon::SizeDot:
                    painter.shape(Shape::Circle, {x + shapeWidth * 0.5f, middle}, entry.thickness * s,
                                  colours(m_dark).iconFill, colours(m_dark).iconOutline, 1.2f);
                    break;
                case Icon::ColourLine:
                    painter.line({x + 1.0f * s, middle}, {x + lineWidth, middle}, entry.color,
                                 entry.thickness * s);
                    break;
                case Icon::None:
                    break;
            }
            painter.text(m_regular, fontSize, {x + iconWidth + textGap, top + (rowHeight - fontSize) * 0.5f},
                         entry.label, colours(m_dark).text);
            ++m_entriesShown;
        }
        columnWidth = std::max(columnWidth, iconWidth + textGap + widthOf(m_regular, entry.label));
        width = std::max(width, x + columnWidth - topLeft.x);
        usedRows = std::max(usedRows, row + 1);
    }
    return {width, rowHeight * static_cast<float>(usedRows + 1)};
}

ImVec2 Legend::arrange(ImDrawList* drawList, ImVec2 origin, int organizationRows,
                       int organizationColumns) const {
    const float s = m_scale;
    const float fontSize = m_fontSize;
    const float pad = 10.0f * s;
    const float blockGap = 20.0f * s;
    const float sectionGap = 8.0f * s;

    // Header: a disclosure triangle and the title.
    const char* title = core::tr("Legend");
    const float triangle = fontSize * 0.32f;
    const float textGap = 6.0f * s;
    const ImVec2 titleSize = m_bold->CalcTextSizeA(fontSize, 1e9f, 0.0f, title);
    float width = pad + triangle * 2.0f + textGap + titleSize.x + pad;
    if (drawList != nullptr) {
        // Background first; its size is known because layout() measured it.
        Painter painter(drawList, s);
        painter.rect(m_rect.min, m_rect.max, colours(m_dark).background, colours(m_dark).border, 6.0f * s,
                     1.0f * s);
        const ImVec2 c{origin.x + pad + triangle, origin.y + m_headerHeight * 0.5f};
        if (expandedNow()) {
            painter.triangle({c.x - triangle, c.y - triangle * 0.55f},
                             {c.x + triangle, c.y - triangle * 0.55f}, {c.x, c.y + triangle * 0.75f},
                             colours(m_dark).header);
        } else {
            painter.triangle({c.x - triangle * 0.55f, c.y - triangle}, {c.x + triangle * 0.75f, c.y},
                             {c.x - triangle * 0.55f, c.y + triangle}, colours(m_dark).header);
        }
        painter.text(m_bold, fontSize,
                     {c.x + triangle + textGap, origin.y + (m_headerHeight - fontSize) * 0.5f}, title,
                     colours(m_dark).header);
    }
    if (!expandedNow())
        return {width, m_headerHeight};

    // Organizations that fit; the rest is one "+N more" entry.
    std::vector<Entry> organizations;
    const auto capacity =
        std::min(static_cast<std::size_t>(std::max(organizationRows, 1) * std::max(organizationColumns, 1)),
                 static_cast<std::size_t>(kMaxOrganizationEntries));
    if (m_organizationEntries.size() <= capacity) {
        organizations = m_organizationEntries;
    } else {
        organizations.assign(m_organizationEntries.begin(),
                             m_organizationEntries.begin() + static_cast<std::ptrdiff_t>(capacity - 1));
        Entry more;
        const std::size_t hidden = m_organizationEntries.size() - organizations.size();
        more.label = core::fill(core::trn("+{} more organization", "+{} more organizations", hidden),
                                {std::to_string(hidden)});
        organizations.push_back(std::move(more));
    }
    const std::size_t organizationRowCount = static_cast<std::size_t>(std::max(organizationRows, 1));

    const float left = origin.x + pad;
    const float top = origin.y + m_headerHeight;
    float x = left;
    float bottom = top;
    const auto place = [&](float atY, const char* heading, std::span<const Entry> entries, std::size_t rows) {
        if (entries.empty())
            return;
        const ImVec2 size = block(drawList, {x, atY}, heading, entries, rows);
        x += size.x + blockGap;
        bottom = std::max(bottom, atY + size.y);
    };
    place(top, core::tr("Nodes"), m_nodeEntries, m_nodeEntries.size());
    place(top, core::tr("Ties"), m_tieEntries, m_tieEntries.size());
    place(top, m_shapeHeading.c_str(), m_shapeEntries, m_shapeEntries.size());
    place(top, m_tieScoreHeading.c_str(), m_tieScoreEntries, m_tieScoreEntries.size());
    place(top, m_sizeHeading.c_str(), m_sizeEntries, m_sizeEntries.size());
    place(top, core::tr("Gap halos"), m_haloEntries, m_haloEntries.size());
    if (m_arrangement == Arrangement::Wide) {
        place(top, m_colourHeading.c_str(), organizations, organizationRowCount);
        width = std::max(width, x - blockGap - origin.x + pad);
    } else {
        width = std::max(width, x - blockGap - origin.x + pad);
        if (!organizations.empty()) {
            float y = top;
            if (bottom > top) {
                y = bottom + sectionGap;
                if (drawList != nullptr) {
                    const float lineY = std::round(y - sectionGap * 0.5f);
                    Painter(drawList, s)
                        .line({left, lineY}, {m_rect.max.x - pad, lineY}, colours(m_dark).separator,
                              1.0f * s);
                }
            }
            x = left;
            place(y, m_colourHeading.c_str(), organizations, organizationRowCount);
            width = std::max(width, x - blockGap - origin.x + pad);
        }
    }
    return {width, bottom - origin.y + pad * 0.5f};
}

}  // namespace orgweave::studio
