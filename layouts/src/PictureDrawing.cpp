#include "orgweave/layouts/PictureDrawing.hpp"
#include "orgweave/core/Text.hpp"

#include "orgweave/layouts/GraphvizLayout.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <system_error>

namespace orgweave::layouts {

namespace {

std::string number(double value) {
    if (!std::isfinite(value))
        value = 0.0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text == "-0" ? "0" : text;
}

std::string paint(const char* what, Paint p) {
    if (!p.visible())
        return std::string(" ") + what + "=\"none\"";
    std::string out = std::string(" ") + what + "=\"" + hexOf(p.color) + "\"";
    if (p.opacity < 1.0)
        out += std::string(" ") + what + "-opacity=\"" + number(p.opacity) + "\"";
    return out;
}

std::string pointList(const std::vector<PicturePoint>& points) {
    std::string out;
    for (const PicturePoint& p : points) {
        if (!out.empty())
            out += ' ';
        out += number(p.x) + "," + number(p.y);
    }
    return out;
}

struct CairoSurfaceFree {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoFree {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectFree {
    void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};

std::filesystem::path temporaryNear(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    return folder / ("." + target.filename().string() + ".tmp-" + std::to_string(random()) + "-" +
                     std::to_string(counter++));
}

}  // namespace

const char* PictureDrawing::fontFamily() {
    return "DejaVu Sans, Noto Sans, Noto Sans CJK JP, Noto Sans CJK KR, Symbola, Noto Color Emoji, "
           "sans-serif";
}

void PictureDrawing::add(Item item) {
    const std::size_t from = m_items.size() > kRepeatWindow ? m_items.size() - kRepeatWindow : 0;
    for (std::size_t k = from; k < m_items.size(); ++k) {
        if (m_items[k] == item)
            return;
    }
    m_items.push_back(std::move(item));
}

void PictureDrawing::polygon(const std::vector<PicturePoint>& points, Paint fill, Paint stroke,
                             double strokeWidth) {
    if (points.size() < 2)
        return;
    Item item;
    item.kind = Item::Kind::Polygon;
    for (const PicturePoint& p : points)
        item.points.push_back(at(p));
    item.fill = fill;
    item.stroke = stroke;
    item.width = strokeWidth;
    add(std::move(item));
}

void PictureDrawing::polyline(const std::vector<PicturePoint>& points, Paint stroke, double width,
                              std::vector<double> dashes) {
    if (points.size() < 2 || !stroke.visible())
        return;
    Item item;
    item.kind = Item::Kind::Polyline;
    for (const PicturePoint& p : points)
        item.points.push_back(at(p));
    item.stroke = stroke;
    item.width = width;
    item.dashes = std::move(dashes);
    add(std::move(item));
}

void PictureDrawing::circle(PicturePoint centre, double radius, Paint fill, Paint stroke,
                            double strokeWidth) {
    if (!fill.visible() && !stroke.visible())
        return;
    Item item;
    item.kind = Item::Kind::Circle;
    item.points = {at(centre)};
    item.radius = radius;
    item.fill = fill;
    item.stroke = stroke;
    item.width = strokeWidth;
    add(std::move(item));
}

void PictureDrawing::rect(PicturePoint min, PicturePoint max, double rounding, Paint fill, Paint stroke,
                          double strokeWidth) {
    if (!fill.visible() && !stroke.visible())
        return;
    Item item;
    item.kind = Item::Kind::Rect;
    item.points = {at(min), at(max)};
    item.radius = rounding;
    item.fill = fill;
    item.stroke = stroke;
    item.width = strokeWidth;
    add(std::move(item));
}

void PictureDrawing::text(PicturePoint baseline, const std::string& text, double size, bool bold,
                          Paint color) {
    if (text.empty() || !color.visible())
        return;
    Item item;
    item.kind = Item::Kind::Text;
    item.points = {at(baseline)};
    item.text = text;
    item.size = size;
    item.bold = bold;
    item.fill = color;
    add(std::move(item));
}

std::size_t PictureDrawing::texts() const {
    std::size_t count = 0;
    for (const Item& item : m_items)
        count += item.kind == Item::Kind::Text ? 1 : 0;
    return count;
}

bool PictureDrawing::hasText(const std::string& part) const {
    for (const Item& item : m_items) {
        if (item.kind == Item::Kind::Text && item.text.find(part) != std::string::npos)
            return true;
    }
    return false;
}

std::string PictureDrawing::svg() const {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(m_width) << "\" height=\""
        << number(m_height) << "\" viewBox=\"0 0 " << number(m_width) << ' ' << number(m_height) << "\">\n"
        << "<defs><clipPath id=\"frame\"><rect width=\"" << number(m_width) << "\" height=\""
        << number(m_height) << "\"/></clipPath></defs>\n"
        << "<g clip-path=\"url(#frame)\" font-family=\"" << fontFamily()
        << "\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n";
    for (const Item& item : m_items) {
        switch (item.kind) {
            case Item::Kind::Polygon:
                out << "<polygon points=\"" << pointList(item.points) << '"' << paint("fill", item.fill)
                    << paint("stroke", item.stroke);
                if (item.stroke.visible())
                    out << " stroke-width=\"" << number(item.width) << '"';
                out << "/>\n";
                break;
            case Item::Kind::Polyline:
                out << "<polyline points=\"" << pointList(item.points) << "\" fill=\"none\""
                    << paint("stroke", item.stroke) << " stroke-width=\"" << number(item.width) << '"';
                if (!item.dashes.empty()) {
                    out << " stroke-dasharray=\"";
                    for (std::size_t k = 0; k < item.dashes.size(); ++k)
                        out << (k == 0 ? "" : " ") << number(item.dashes[k]);
                    out << '"';
                }
                out << "/>\n";
                break;
            case Item::Kind::Circle:
                out << "<circle cx=\"" << number(item.points[0].x) << "\" cy=\"" << number(item.points[0].y)
                    << "\" r=\"" << number(item.radius) << '"' << paint("fill", item.fill)
                    << paint("stroke", item.stroke);
                if (item.stroke.visible())
                    out << " stroke-width=\"" << number(item.width) << '"';
                out << "/>\n";
                break;
            case Item::Kind::Rect: {
                const PicturePoint a = item.points[0];
                const PicturePoint b = item.points[1];
                out << "<rect x=\"" << number(std::min(a.x, b.x)) << "\" y=\"" << number(std::min(a.y, b.y))
                    << "\" width=\"" << number(std::abs(b.x - a.x)) << "\" height=\""
                    << number(std::abs(b.y - a.y)) << '"';
                if (item.radius > 0.0)
                    out << " rx=\"" << number(item.radius) << '"';
                out << paint("fill", item.fill) << paint("stroke", item.stroke);
                if (item.stroke.visible())
                    out << " stroke-width=\"" << number(item.width) << '"';
                out << "/>\n";
                break;
            }
            case Item::Kind::Text:
                out << "<text x=\"" << number(item.points[0].x) << "\" y=\"" << number(item.points[0].y)
                    << "\" font-size=\"" << number(item.size) << '"'
                    << (item.bold ? " font-weight=\"bold\"" : "") << paint("fill", item.fill)
                    << " xml:space=\"preserve\">" << core::escapeMarkup(item.text) << "</text>\n";
                break;
        }
    }
    out << "</g>\n</svg>\n";
    return out.str();
}

void PictureDrawing::save(const std::filesystem::path& path, double pixelScale) const {
    const std::optional<RenderFormat> format = renderFormatOf(path);
    if (!format)
        throw LayoutError("'" + path.filename().string() +
                          "': the picture's name must end in .svg, .png or .pdf");
    const std::string text = svg();
    const std::filesystem::path temporary = temporaryNear(path);
    struct Remove {
        std::filesystem::path path;
        ~Remove() {
            std::error_code ignored;
            if (!path.empty())
                std::filesystem::remove(path, ignored);
        }
    } cleanup{temporary};
    if (*format == RenderFormat::Svg) {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
        out.close();
        if (!out)
            throw LayoutError("cannot write '" + path.string() + "'");
    } else {
        GError* error = nullptr;
        std::unique_ptr<RsvgHandle, GObjectFree> handle(
            rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(text.data()), text.size(), &error));
        if (!handle) {
            const std::string message = error != nullptr ? error->message : "unknown error";
            if (error != nullptr)
                g_error_free(error);
            throw LayoutError("cannot draw the picture: " + message);
        }
        const double scale = *format == RenderFormat::Png ? std::max(pixelScale, 0.1) : 1.0;
        const int pixelWidth = std::max(1, static_cast<int>(std::ceil(m_width * scale)));
        const int pixelHeight = std::max(1, static_cast<int>(std::ceil(m_height * scale)));
        std::unique_ptr<cairo_surface_t, CairoSurfaceFree> surface(
            *format == RenderFormat::Png
                ? cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixelWidth, pixelHeight)
                : cairo_pdf_surface_create(temporary.c_str(), std::max(m_width, 1.0),
                                           std::max(m_height, 1.0)));
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw LayoutError("cannot write '" + path.string() + "'");
        {
            std::unique_ptr<cairo_t, CairoFree> cr(cairo_create(surface.get()));
            const RsvgRectangle viewport{0.0, 0.0, m_width * scale, m_height * scale};
            if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
                const std::string message = error != nullptr ? error->message : "unknown error";
                if (error != nullptr)
                    g_error_free(error);
                throw LayoutError("cannot draw the picture: " + message);
            }
        }
        if (*format == RenderFormat::Png) {
            cairo_surface_flush(surface.get());
            if (cairo_surface_write_to_png(surface.get(), temporary.c_str()) != CAIRO_STATUS_SUCCESS)
                throw LayoutError("cannot write '" + path.string() + "'");
        } else {
            cairo_surface_finish(surface.get());
            if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
                throw LayoutError("cannot write '" + path.string() + "'");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error)
        throw LayoutError("cannot write '" + path.string() + "': " + error.message());
    cleanup.path.clear();
}

}  // namespace orgweave::layouts
