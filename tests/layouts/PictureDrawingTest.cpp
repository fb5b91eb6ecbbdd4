// PictureDrawing: the vector picture the studio's canvas records (issue 18).
#include <orgweave/layouts/PictureDrawing.hpp>

#include <catch2/catch.hpp>

using namespace orgweave::layouts;

TEST_CASE("picture drawing: a primitive repeated over itself is recorded once", "[layouts][picture]") {
    PictureDrawing drawing(200.0, 100.0);
    const Paint grey{0x808080, 0.18};
    // 700 parallel ties with arrows, as the canvas draws copies of one tie: line, arrow, line, …
    for (int k = 0; k < 700; ++k) {
        drawing.polyline({{10.0, 10.0}, {190.0, 90.0}}, grey, 1.0);
        drawing.polygon({{190.0, 90.0}, {180.0, 88.0}, {184.0, 80.0}}, grey, {}, 0.0);
    }
    CHECK(drawing.size() == 2);
    // Different lines, or the same line in another colour, all stay.
    drawing.polyline({{10.0, 20.0}, {190.0, 90.0}}, grey, 1.0);
    drawing.polyline({{10.0, 10.0}, {190.0, 90.0}}, Paint{0xD55E00, 1.0}, 1.0);
    drawing.text({5.0, 50.0}, "Hospital trust", 13.0, false, Paint{0, 1.0});
    drawing.text({5.0, 70.0}, "Hospital trust", 13.0, false, Paint{0, 1.0});
    CHECK(drawing.size() == 6);
    CHECK(drawing.texts() == 2);
}
