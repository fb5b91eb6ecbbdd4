#include "orgweave/studio/canvas/Painter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numbers>
#include <string>

namespace orgweave::studio {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

float cross(ImVec2 o, ImVec2 a, ImVec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/// Shoelace sum; positive means clockwise on screen (y down).
float signedArea(std::span<const ImVec2> points) {
    float sum = 0.0f;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ImVec2 a = points[i];
        const ImVec2 b = points[(i + 1) % points.size()];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum * 0.5f;
}

std::vector<ImVec2> regular(ImVec2 center, float radius, int corners, float startAngle) {
    std::vector<ImVec2> points;
    points.reserve(static_cast<std::size_t>(corners));
    for (int i = 0; i < corners; ++i) {
        const float a = startAngle + 2.0f * kPi * static_cast<float>(i) / static_cast<float>(corners);
        points.emplace_back(center.x + std::cos(a) * radius, center.y + std::sin(a) * radius);
    }
    return points;
}

layouts::PictureDrawing* g_recording = nullptr;
ImFont* g_recordingBold = nullptr;

layouts::Paint paintOf(ImU32 color) {
    const auto channel = [&](int shift) { return (color >> shift) & 0xFF; };
    return {(channel(IM_COL32_R_SHIFT) << 16) | (channel(IM_COL32_G_SHIFT) << 8) | channel(IM_COL32_B_SHIFT),
            static_cast<double>(channel(IM_COL32_A_SHIFT)) / 255.0};
}

std::vector<layouts::PicturePoint> pointsOf(std::span<const ImVec2> points) {
    std::vector<layouts::PicturePoint> out;
    out.reserve(points.size());
    for (const ImVec2 p : points)
        out.push_back({p.x, p.y});
    return out;
}

void recordPolygon(std::span<const ImVec2> points, ImU32 fill, ImU32 stroke, float width) {
    if (g_recording != nullptr)
        g_recording->polygon(pointsOf(points), paintOf(fill), paintOf(stroke), width);
}

std::uint32_t bigEndian(const unsigned char* p, int bytes) {
    std::uint32_t value = 0;
    for (int k = 0; k < bytes; ++k)
        value = (value << 8) | p[k];
    return value;
}

/// ImGui sizes a font by its line height (ascender − descender of the 'hhea' table is the size in
/// pixels, stb_truetype's ScaleForPixelHeight); SVG and cairo size it by its em. This is the em of
/// a font of ImGui size 1, read from the font file's 'head' and 'hhea' tables (1 when unreadable).
double emPerPixelHeight(const ImFont* font) {
    const ImFontConfig* config = font->ConfigData;
    if (config == nullptr || config->FontData == nullptr || config->FontDataSize < 12)
        return 1.0;
    const auto* data = static_cast<const unsigned char*>(config->FontData);
    const auto size = static_cast<std::size_t>(config->FontDataSize);
    std::size_t base = 0;
    if (std::memcmp(data, "ttcf", 4) == 0) {  // a collection: the offset table of font FontNo
        const std::size_t entry = 12 + 4 * static_cast<std::size_t>(std::max(config->FontNo, 0));
        if (entry + 4 > size)
            return 1.0;
        base = bigEndian(data + entry, 4);
    }
    if (base + 12 > size)
        return 1.0;
    const std::size_t tables = bigEndian(data + base + 4, 2);
    double unitsPerEm = 0.0;
    double lineHeight = 0.0;
    for (std::size_t k = 0; k < tables; ++k) {
        const std::size_t record = base + 12 + 16 * k;
        if (record + 16 > size)
            break;
        const std::size_t at = bigEndian(data + record + 8, 4);
        if (std::memcmp(data + record, "head", 4) == 0 && at + 20 <= size)
            unitsPerEm = bigEndian(data + at + 18, 2);
        if (std::memcmp(data + record, "hhea", 4) == 0 && at + 8 <= size) {
            const auto ascender = static_cast<std::int16_t>(bigEndian(data + at + 4, 2));
            const auto descender = static_cast<std::int16_t>(bigEndian(data + at + 6, 2));
            lineHeight = static_cast<double>(ascender) - static_cast<double>(descender);
        }
    }
    return unitsPerEm > 0.0 && lineHeight > 0.0 ? unitsPerEm / lineHeight : 1.0;
}

}  // namespace

Painter::Painter(ImDrawList* drawList, float scale) : m_drawList(drawList), m_scale(scale) {}

Painter::Recording::Recording(layouts::PictureDrawing& drawing, ImFont* bold) {
    g_recording = &drawing;
    g_recordingBold = bold;
}

Painter::Recording::~Recording() {
    g_recording = nullptr;
    g_recordingBold = nullptr;
}

layouts::PictureDrawing* Painter::recording() {
    return g_recording;
}

void Painter::rect(ImVec2 min, ImVec2 max, ImU32 fill, ImU32 stroke, float rounding, float strokeWidth) {
    if ((fill & IM_COL32_A_MASK) != 0)
        m_drawList->AddRectFilled(min, max, fill, rounding);
    if ((stroke & IM_COL32_A_MASK) != 0)
        m_drawList->AddRect(min, max, stroke, rounding, 0, strokeWidth);
    if (g_recording != nullptr)
        g_recording->rect({min.x, min.y}, {max.x, max.y}, rounding, paintOf(fill), paintOf(stroke),
                          strokeWidth);
}

void Painter::line(ImVec2 a, ImVec2 b, ImU32 color, float width) {
    m_drawList->AddLine(a, b, color, width);
    if (g_recording != nullptr)
        g_recording->polyline({{a.x, a.y}, {b.x, b.y}}, paintOf(color), width);
}

void Painter::dot(ImVec2 center, float radius, ImU32 color) {
    m_drawList->AddCircleFilled(center, radius, color, 6);
    if (g_recording != nullptr)
        g_recording->circle({center.x, center.y}, radius, paintOf(color), {}, 0.0);
}

void Painter::triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 color) {
    m_drawList->AddTriangleFilled(a, b, c, color);
    const std::array<ImVec2, 3> points{a, b, c};
    recordPolygon(points, color, 0, 0.0f);
}

void Painter::text(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, ImU32 color,
                   float wrapWidth) {
    m_drawList->AddText(font, fontSize, topLeft, color, text.data(), text.data() + text.size(), wrapWidth);
    if (g_recording == nullptr || font == nullptr)
        return;
    // One text item per line, broken where ImGui breaks it (newlines and, with a width, word wrap).
    const float scale = fontSize / font->FontSize;
    const double ascent = static_cast<double>(font->Ascent * scale);
    const bool bold = font == g_recordingBold;
    const double emSize = static_cast<double>(fontSize) * emPerPixelHeight(font);  // as ImGui measured
    const char* s = text.data();
    const char* end = text.data() + text.size();
    float y = topLeft.y;
    while (s < end) {
        const char* lineEnd = wrapWidth > 0.0f ? font->CalcWordWrapPositionA(scale, s, end, wrapWidth) : end;
        if (lineEnd == s)
            lineEnd = s + 1;  // a word wider than the wrap: at least one byte per line
        const char* newline =
            static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(lineEnd - s)));
        if (newline != nullptr)
            lineEnd = newline;
        g_recording->text({topLeft.x, y + ascent}, std::string(s, lineEnd), emSize, bold, paintOf(color));
        y += fontSize;
        s = lineEnd;
        while (s < end && (*s == ' ' || *s == '\n')) {
            if (*s == '\n') {
                ++s;
                break;
            }
            ++s;
        }
    }
}

std::vector<ImVec2> Painter::outlineOf(Shape shape, ImVec2 c, float r) {
    switch (shape) {
        case Shape::Hexagon:
            return regular(c, r * 1.08f, 6, 0.0f);
        case Shape::Diamond:
            return {
                {c.x, c.y - r * 1.2f}, {c.x + r * 1.2f, c.y}, {c.x, c.y + r * 1.2f}, {c.x - r * 1.2f, c.y}};
        case Shape::Triangle:
            return regular(c, r * 1.25f, 3, -kPi / 2.0f);
        case Shape::Star: {
            std::vector<ImVec2> points;
            for (int i = 0; i < 10; ++i) {
                const float a = -kPi / 2.0f + kPi * static_cast<float>(i) / 5.0f;
                const float rr = (i % 2 == 0) ? r * 1.3f : r * 0.58f;
                points.emplace_back(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
            }
            return points;
        }
        case Shape::RoundedRect:
            return {{c.x - r * 1.45f, c.y - r * 0.95f},
                    {c.x + r * 1.45f, c.y - r * 0.95f},
                    {c.x + r * 1.45f, c.y + r * 0.95f},
                    {c.x - r * 1.45f, c.y + r * 0.95f}};
        case Shape::Circle:
            return regular(c, r, 24, 0.0f);
    }
    return {};
}

void Painter::shape(Shape shape, ImVec2 c, float r, ImU32 fill, ImU32 outline, float outlineThickness) {
    const float t = outlineThickness * m_scale;
    switch (shape) {
        case Shape::Circle:
            m_drawList->AddCircleFilled(c, r, fill, 0);
            m_drawList->AddCircle(c, r, outline, 0, t);
            if (g_recording != nullptr)
                g_recording->circle({c.x, c.y}, r, paintOf(fill), paintOf(outline), t);
            return;
        case Shape::RoundedRect: {
            const ImVec2 half{r * 1.45f, r * 0.95f};
            m_drawList->AddRectFilled(c - half, c + half, fill, r * 0.4f);
            m_drawList->AddRect(c - half, c + half, outline, r * 0.4f, 0, t);
            if (g_recording != nullptr) {
                g_recording->rect({c.x - half.x, c.y - half.y}, {c.x + half.x, c.y + half.y}, r * 0.4f,
                                  paintOf(fill), paintOf(outline), t);
            }
            return;
        }
        case Shape::Star: {
            // Not convex: fill the inner pentagon and the five tips without anti-aliasing (no seams),
            // then stroke the anti-aliased outline over the edges.
            const std::vector<ImVec2> points = outlineOf(shape, c, r);
            const ImDrawListFlags saved = m_drawList->Flags;
            m_drawList->Flags &= ~ImDrawListFlags_AntiAliasedFill;
            std::array<ImVec2, 5> inner{};
            for (std::size_t i = 0; i < 5; ++i)
                inner[i] = points[2 * i + 1];
            m_drawList->AddConvexPolyFilled(inner.data(), 5, fill);
            for (std::size_t i = 0; i < 5; ++i) {
                const std::array<ImVec2, 3> tip{points[(2 * i + 9) % 10], points[2 * i], points[2 * i + 1]};
                m_drawList->AddConvexPolyFilled(tip.data(), 3, fill);
            }
            m_drawList->Flags = saved;
            m_drawList->AddPolyline(points.data(), static_cast<int>(points.size()), outline,
                                    ImDrawFlags_Closed, t);
            recordPolygon(points, fill, outline, t);
            return;
        }
        default: {
            const std::vector<ImVec2> points = outlineOf(shape, c, r);
            m_drawList->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), fill);
            m_drawList->AddPolyline(points.data(), static_cast<int>(points.size()), outline,
                                    ImDrawFlags_Closed, t);
            recordPolygon(points, fill, outline, t);
            return;
        }
    }
}

void Painter::polyline(std::span<const ImVec2> points, ImU32 color, float thickness) {
    m_drawList->AddPolyline(points.data(), static_cast<int>(points.size()), color, 0, thickness);
    if (g_recording != nullptr)
        g_recording->polyline(pointsOf(points), paintOf(color), thickness);
}

void Painter::dashed(std::span<const ImVec2> points, ImU32 color, float thickness, float on, float off) {
    if (g_recording != nullptr)
        g_recording->polyline(pointsOf(points), paintOf(color), thickness, {on, off});
    float phase = 0.0f;  // distance into the current on+off period
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const ImVec2 a = points[i];
        const ImVec2 d = points[i + 1] - a;
        const float len = length(d);
        if (len <= 0.0f)
            continue;
        const ImVec2 u = d / len;
        float t = 0.0f;
        while (t < len) {
            const bool drawing = phase < on;
            const float step = std::min(len - t, drawing ? on - phase : on + off - phase);
            if (drawing)
                m_drawList->AddLine(a + u * t, a + u * (t + step), color, thickness);
            t += step;
            phase += step;
            if (phase >= on + off)
                phase = 0.0f;
        }
    }
}

void Painter::dotted(std::span<const ImVec2> points, ImU32 color, float thickness, float spacing) {
    float carry = spacing * 0.5f;  // distance to the next dot
    const float radius = std::max(0.9f * m_scale, thickness * 0.7f);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const ImVec2 a = points[i];
        const ImVec2 d = points[i + 1] - a;
        const float len = length(d);
        if (len <= 0.0f)
            continue;
        const ImVec2 u = d / len;
        float t = carry;
        for (; t < len; t += spacing)
            m_drawList->AddCircleFilled(a + u * t, radius, color, 6);
        if (g_recording != nullptr) {
            for (float k = carry; k < len; k += spacing)
                g_recording->circle({a.x + u.x * k, a.y + u.y * k}, radius, paintOf(color), {}, 0.0);
        }
        carry = t - len;
    }
}

void Painter::tie(std::span<const ImVec2> input, const TieStyle& style, bool arrow) {
    if (input.size() < 2)
        return;
    std::vector<ImVec2> points(input.begin(), input.end());
    const float thickness = style.thickness * m_scale;
    ImVec2 tip{};
    ImVec2 direction{};
    const float arrowLength = (7.0f + 2.0f * style.thickness) * m_scale;
    if (arrow) {
        tip = points.back();
        direction = normalized(points.back() - points[points.size() - 2]);
        // Stop the line at the arrow's base so it does not poke through the tip.
        const float last = length(points.back() - points[points.size() - 2]);
        if (last > arrowLength) {
            points.back() = tip - direction * (arrowLength * 0.8f);
        } else if (points.size() > 2) {
            points.pop_back();
        }
    }
    switch (style.pattern) {
        case LinePattern::Solid:
            polyline(points, style.color, thickness);
            break;
        case LinePattern::Dashed:
            dashed(points, style.color, thickness, 7.0f * m_scale, 4.5f * m_scale);
            break;
        case LinePattern::Dotted:
            dotted(points, style.color, thickness, 4.5f * m_scale);
            break;
        case LinePattern::Double: {
            const float offset = thickness * 1.1f + 0.6f * m_scale;
            std::vector<ImVec2> left(points.size());
            std::vector<ImVec2> right(points.size());
            for (std::size_t i = 0; i < points.size(); ++i) {
                const ImVec2 prev = points[i == 0 ? 0 : i - 1];
                const ImVec2 next = points[i + 1 < points.size() ? i + 1 : i];
                const ImVec2 n = perpendicular(normalized(next - prev));
                left[i] = points[i] + n * offset;
                right[i] = points[i] - n * offset;
            }
            polyline(left, style.color, thickness);
            polyline(right, style.color, thickness);
            break;
        }
    }
    if (arrow && (direction.x != 0.0f || direction.y != 0.0f)) {
        const ImVec2 n = perpendicular(direction);
        const float halfWidth = arrowLength * 0.45f;
        const ImVec2 base = tip - direction * arrowLength;
        // tip, then the two base corners: orient clockwise on screen
        std::array<ImVec2, 3> head{tip, base - n * halfWidth, base + n * halfWidth};
        if (signedArea(head) < 0.0f)
            std::swap(head[1], head[2]);
        m_drawList->AddConvexPolyFilled(head.data(), 3, style.color);
        recordPolygon(head, style.color, 0, 0.0f);
    }
}

std::vector<ImVec2> Painter::convexHull(std::vector<ImVec2> points) {
    std::sort(points.begin(), points.end(),
              [](ImVec2 a, ImVec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    points.erase(std::unique(points.begin(), points.end(),
                             [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }),
                 points.end());
    if (points.size() < 3)
        return points;
    std::vector<ImVec2> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0.0f)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0.0f)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    if (signedArea(hull) < 0.0f)
        std::reverse(hull.begin(), hull.end());
    return hull;
}

std::vector<ImVec2> Painter::paddedHull(std::span<const ImVec2> centers, float padding) {
    if (centers.empty())
        return {};
    constexpr int kSamples = 16;
    std::vector<ImVec2> disc;
    disc.reserve(centers.size() * kSamples);
    for (const ImVec2 c : centers) {
        for (int i = 0; i < kSamples; ++i) {
            const float a = 2.0f * kPi * static_cast<float>(i) / kSamples;
            disc.emplace_back(c.x + std::cos(a) * padding, c.y + std::sin(a) * padding);
        }
    }
    return convexHull(std::move(disc));
}

void Painter::hullPolygon(std::span<const ImVec2> outlinePoints, ImU32 fill, ImU32 outline) {
    if (outlinePoints.size() < 3)
        return;
    const int n = static_cast<int>(outlinePoints.size());
    m_drawList->AddConvexPolyFilled(outlinePoints.data(), n, fill);
    m_drawList->AddPolyline(outlinePoints.data(), n, outline, ImDrawFlags_Closed, 1.5f * m_scale);
    recordPolygon(outlinePoints, fill, outline, 1.5f * m_scale);
}

void Painter::hull(std::span<const ImVec2> centers, float padding, ImU32 fill, ImU32 outline) {
    const std::vector<ImVec2> outlinePoints = paddedHull(centers, padding);
    hullPolygon(outlinePoints, fill, outline);
}

Rect Painter::labelRect(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, float scale) {
    const ImVec2 size = font->CalcTextSizeA(fontSize, 1e9f, 0.0f, text.data(), text.data() + text.size());
    const ImVec2 pad{4.0f * scale, 1.0f * scale};
    return {topLeft, topLeft + size + pad * 2.0f};
}

Rect Painter::label(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, ImU32 textColor,
                    ImU32 background) {
    const Rect rect = labelRect(font, fontSize, topLeft, text, m_scale);
    this->rect(rect.min, rect.max, background, 0, 3.0f * m_scale, 0.0f);
    const ImVec2 pad{4.0f * m_scale, 1.0f * m_scale};
    this->text(font, fontSize, topLeft + pad, text, textColor);
    return rect;
}

}  // namespace orgweave::studio
