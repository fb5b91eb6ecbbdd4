#include "orgweave/layouts/SlideDeck.hpp"

#include <orgweave/layouts/GraphvizLayout.hpp>

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <random>
#include <system_error>
#include <utility>

namespace orgweave::layouts {

namespace {

constexpr double kPdfWidth = 960.0;  // points: a 16:9 page
constexpr double kPdfHeight = 540.0;
constexpr double kMargin = 0.03;  // of the page's shorter side, on every edge

struct CairoSurfaceFree {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoFree {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectFree {
    void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
using Surface = std::unique_ptr<cairo_surface_t, CairoSurfaceFree>;
using Context = std::unique_ptr<cairo_t, CairoFree>;
using Handle = std::unique_ptr<RsvgHandle, GObjectFree>;

/// A file name next to `target` that nobody else uses, for writing before the rename.
std::filesystem::path temporaryNear(const std::filesystem::path& target, const std::string& extension) {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    return folder / ("." + target.filename().string() + ".tmp-" + std::to_string(random()) + "-" +
                     std::to_string(counter++) + extension);
}

/// Removes a file when it goes out of scope (temporary SVGs, failed writes).
struct RemoveOnExit {
    std::filesystem::path path;
    explicit RemoveOnExit(std::filesystem::path file) : path(std::move(file)) {}
    RemoveOnExit(const RemoveOnExit&) = delete;
    RemoveOnExit& operator=(const RemoveOnExit&) = delete;
    ~RemoveOnExit() {
        std::error_code ignored;
        if (!path.empty())
            std::filesystem::remove(path, ignored);
    }
};

void renameInto(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code error;
    std::filesystem::rename(from, to, error);
    if (error)
        throw LayoutError("cannot write '" + to.string() + "': " + error.message());
}

/// Draws the SVG file fitted and centred in a `width` × `height` page on a white background.
void drawSvg(cairo_t* cr, const std::filesystem::path& svg, double width, double height) {
    GError* error = nullptr;
    Handle handle(rsvg_handle_new_from_file(svg.c_str(), &error));
    if (!handle) {
        const std::string why = error != nullptr ? error->message : "unknown error";
        g_clear_error(&error);
        throw LayoutError("cannot read the rendered slide '" + svg.string() + "': " + why);
    }
    cairo_set_source_rgb(cr, 1.0, 1.0, 1.0);
    cairo_paint(cr);
    const double margin = kMargin * std::min(width, height);
    const RsvgRectangle viewport{margin, margin, width - 2.0 * margin, height - 2.0 * margin};
    if (!rsvg_handle_render_document(handle.get(), cr, &viewport, &error)) {
        const std::string why = error != nullptr ? error->message : "unknown error";
        g_clear_error(&error);
        throw LayoutError("cannot draw the slide '" + svg.string() + "': " + why);
    }
}

}  // namespace

SlideDeck::SlideDeck(const core::Model& model, SlideDeckOptions options)
    : m_model(model), m_options(std::move(options)) {
    for (const core::View& view : model.annotations.views)
        m_slides.push_back({view.id, view.title});
    if (m_slides.empty())
        m_slides.push_back({"", model.annotations.meta.title});
}

std::string SlideDeck::pngName(const std::string& stem, std::size_t index) const {
    const std::string number = (index + 1 < 10 ? "0" : "") + std::to_string(index + 1);
    const std::string& id = m_slides.at(index).viewId;
    return stem + "-" + number + "-" + (id.empty() ? std::string("network") : id) + ".png";
}

namespace {

/// Renders slide `slide` of `model` as SVG into `svg`.
void renderSvg(const core::Model& model, const RenderOptions& base, const Slide& slide,
               const std::filesystem::path& svg) {
    RenderOptions options = base;
    options.viewId = slide.viewId;
    // Fill the 16:9 page (issue 18: no large empty bands): a little wider than the page, since the
    // legend sits at the right of the nodes.
    if (options.aspect <= 0.0)
        options.aspect = kPdfWidth / kPdfHeight * 0.85;
    renderDocument(model, options, svg);
}

}  // namespace

std::vector<std::filesystem::path> SlideDeck::writePngs(const std::filesystem::path& folder,
                                                        const std::string& stem) const {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw LayoutError("cannot create the folder '" + folder.string() + "': " + error.message());
    std::vector<std::filesystem::path> written;
    for (std::size_t k = 0; k < m_slides.size(); ++k) {
        const std::filesystem::path out = folder / pngName(stem, k);
        const RemoveOnExit svg(temporaryNear(out, ".svg"));
        renderSvg(m_model, m_options.base, m_slides[k], svg.path);
        Surface surface(
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, m_options.pngWidth, m_options.pngHeight));
        Context cr(cairo_create(surface.get()));
        drawSvg(cr.get(), svg.path, m_options.pngWidth, m_options.pngHeight);
        cairo_surface_flush(surface.get());
        RemoveOnExit temporary(temporaryNear(out, ".png"));
        if (cairo_surface_write_to_png(surface.get(), temporary.path.c_str()) != CAIRO_STATUS_SUCCESS)
            throw LayoutError("cannot write '" + out.string() + "'");
        renameInto(temporary.path, out);
        temporary.path.clear();
        written.push_back(out);
    }
    return written;
}

void SlideDeck::writePdf(const std::filesystem::path& pdf) const {
    RemoveOnExit temporary(temporaryNear(pdf, ".pdf"));
    {
        Surface surface(cairo_pdf_surface_create(temporary.path.c_str(), kPdfWidth, kPdfHeight));
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw LayoutError("cannot write '" + pdf.string() + "'");
        Context cr(cairo_create(surface.get()));
        for (const Slide& slide : m_slides) {
            const RemoveOnExit svg(temporaryNear(pdf, ".svg"));
            renderSvg(m_model, m_options.base, slide, svg.path);
            drawSvg(cr.get(), svg.path, kPdfWidth, kPdfHeight);
            cairo_show_page(cr.get());
        }
        cr.reset();
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw LayoutError("cannot write '" + pdf.string() + "'");
    }
    renameInto(temporary.path, pdf);
    temporary.path.clear();
}

}  // namespace orgweave::layouts
