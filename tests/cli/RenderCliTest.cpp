// `orgweave render`: pictures written, exit codes (DESIGN.md §7; issue 5 item 5).
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct RenderRun {
    int status = -1;
    std::string err;
};

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class RenderScratch {
public:
    RenderScratch() {
        std::random_device rd;
        m_dir = fs::temp_directory_path() /
                ("orgweave-render-cli-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_dir);
    }
    ~RenderScratch() {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    fs::path operator/(const std::string& name) const { return m_dir / name; }

    /// Runs `orgweave render SAMPLE --out OUT EXTRA`.
    RenderRun render(const std::string& sample, const fs::path& out, const std::string& extra) const {
        const fs::path err = m_dir / "stderr.txt";
        const std::string input = std::string(ORGWEAVE_SAMPLES_DIR) + "/" + sample + ".orgweave.json";
        const std::string command = std::string("'") + ORGWEAVE_CLI + "' render '" + input + "' --out '" +
                                    out.string() + "' " + extra + " >/dev/null 2>'" + err.string() + "'";
        const int raw = std::system(command.c_str());
        RenderRun run;
        run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        run.err = readAll(err);
        return run;
    }

private:
    fs::path m_dir;
};

}  // namespace

TEST_CASE("render writes a PNG sized by betweenness", "[cli][render]") {
    RenderScratch scratch;
    const fs::path out = scratch / "rc.png";
    const RenderRun run =
        scratch.render("regional-committee", out, "--color-by organization --size-by betweenness");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string bytes = readAll(out);
    REQUIRE(bytes.size() > 20000);
    CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("render writes SVG and PDF with a view", "[cli][render]") {
    RenderScratch scratch;
    const RenderRun svg = scratch.render("regional-committee", scratch / "v.svg", "--view v-boundary");
    INFO(svg.err);
    CHECK(svg.status == 0);
    CHECK(readAll(scratch / "v.svg").find("Legend") != std::string::npos);
    const RenderRun pdf = scratch.render("innlandet-like", scratch / "p.pdf", "--phase p1");
    INFO(pdf.err);
    CHECK(pdf.status == 0);
    CHECK(readAll(scratch / "p.pdf").substr(0, 4) == "%PDF");
}

TEST_CASE("render of an unknown view phase or measure exits 1", "[cli][render]") {
    RenderScratch scratch;
    const RenderRun view = scratch.render("regional-committee", scratch / "x.svg", "--view nope");
    CHECK(view.status == 1);
    CHECK(view.err.find("nope") != std::string::npos);
    CHECK(scratch.render("regional-committee", scratch / "x.svg", "--phase nope").status == 1);
    const RenderRun measure = scratch.render("regional-committee", scratch / "x.svg", "--size-by fame");
    CHECK(measure.status == 1);
    CHECK(measure.err.find("fame") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "x.svg"));
}

TEST_CASE("render to an unknown extension exits 2", "[cli][render]") {
    RenderScratch scratch;
    const RenderRun run = scratch.render("regional-committee", scratch / "x.gif", "");
    CHECK(run.status == 2);
    CHECK(run.err.find(".svg") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "x.gif"));
}
