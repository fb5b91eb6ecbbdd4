// DESIGN.md §1: core uses the standard library, Boost, nlohmann-json and pugixml only; layouts
// adds Graphviz and never includes the UI. Scans the sources' #include lines.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

std::vector<std::string> offendingIncludes(const std::filesystem::path& root, const std::regex& forbidden) {
    std::vector<std::string> found;
    const std::regex include(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file())
            continue;
        const std::string ext = entry.path().extension().string();
        if (ext != ".hpp" && ext != ".cpp" && ext != ".h")
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            std::smatch m;
            if (std::regex_search(line, m, include) && std::regex_search(m[1].str(), forbidden)) {
                found.push_back(entry.path().string() + ":" + std::to_string(number) + ": " + m[1].str());
            }
        }
    }
    return found;
}

}  // namespace

TEST_CASE("core includes no UI, GL, GLFW or Graphviz header", "[dependencies]") {
    const std::regex forbidden(
        R"((imgui|GL/|GLFW|glfw|^graphviz/|(^|/)(gvc|cgraph|cdt|gvplugin)[^/]*\.h$|stb_|orgweave/layouts|orgweave/studio))",
        std::regex::icase);
    const auto found = offendingIncludes(std::filesystem::path(ORGWEAVE_SOURCE_DIR) / "core", forbidden);
    INFO(Catch::rangeToString(found));
    CHECK(found.empty());
}

TEST_CASE("layouts includes no UI, GL or GLFW header", "[dependencies]") {
    const std::regex forbidden(R"((imgui|GL/|GLFW|glfw|orgweave/studio))", std::regex::icase);
    const auto found = offendingIncludes(std::filesystem::path(ORGWEAVE_SOURCE_DIR) / "layouts", forbidden);
    INFO(Catch::rangeToString(found));
    CHECK(found.empty());
}

TEST_CASE("Graphviz headers stay out of the public layouts headers", "[dependencies]") {
    // Graphviz's own headers (<graphviz/gvc.h>, <gvc.h>, <cgraph.h>, <cdt.h>), not ours named after it.
    const std::regex forbidden(R"((^graphviz/|(^|/)(gvc|cgraph|cdt|gvplugin)[^/]*\.h$))", std::regex::icase);
    CHECK(std::regex_search(std::string("graphviz/gvc.h"), forbidden));
    CHECK(std::regex_search(std::string("cgraph.h"), forbidden));
    CHECK_FALSE(std::regex_search(std::string("orgweave/layouts/GraphvizLayout.hpp"), forbidden));
    const auto found =
        offendingIncludes(std::filesystem::path(ORGWEAVE_SOURCE_DIR) / "layouts" / "include", forbidden);
    INFO(Catch::rangeToString(found));
    CHECK(found.empty());
}
