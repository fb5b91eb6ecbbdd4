#include "orgweave/studio/session/CommandLine.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

using orgweave::studio::CommandLine;

namespace {

orgweave::studio::CommandLineResult parse(std::vector<std::string_view> arguments) {
    return CommandLine::parse(arguments);
}

}  // namespace

TEST_CASE("command line: file and screenshot and frames and size", "[studio][cli]") {
    const auto r = parse({"net.orgweave.json", "--screenshot", "out.png", "--frames", "7", "--width", "800",
                          "--height", "600"});
    REQUIRE(r.ok());
    CHECK(r.options.file->string() == "net.orgweave.json");
    CHECK(r.options.screenshot->string() == "out.png");
    CHECK(r.options.frames == 7);
    CHECK(r.options.framesGiven);
    CHECK(r.options.width == 800);
    CHECK(r.options.height == 600);
    CHECK(r.options.sizeGiven);
}

TEST_CASE("command line: defaults and --option=value", "[studio][cli]") {
    const auto empty = parse({});
    REQUIRE(empty.ok());
    CHECK_FALSE(empty.options.file.has_value());
    CHECK_FALSE(empty.options.screenshot.has_value());
    CHECK(empty.options.frames == 5);
    const auto inlineValue = parse({"--screenshot=shot.png", "--frames=2"});
    REQUIRE(inlineValue.ok());
    CHECK(inlineValue.options.screenshot->string() == "shot.png");
    CHECK(inlineValue.options.frames == 2);
    CHECK(parse({"--help"}).options.help);
    CHECK(parse({"--version"}).options.version);
}

TEST_CASE("command line: wrong usage is an error with a message", "[studio][cli]") {
    CHECK(parse({"--frames"}).error == "--frames needs a value");
    CHECK_FALSE(parse({"--frames", "0"}).ok());
    CHECK_FALSE(parse({"--frames", "many"}).ok());
    CHECK_FALSE(parse({"--width", "800"}).ok());  // without --height
    CHECK_FALSE(parse({"--width", "10", "--height", "10"}).ok());
    CHECK(parse({"--bogus"}).error == "unknown option '--bogus'");
    CHECK_FALSE(parse({"a.json", "b.json"}).ok());
    CHECK(CommandLine::usage().find("--screenshot") != std::string::npos);
}

TEST_CASE("command line: panel and theme and no-restore and show", "[studio][cli]") {
    const auto r = parse({"--panel", "Gaps", "--theme", "dark", "--no-restore", "--show", "open"});
    REQUIRE(r.ok());
    CHECK(r.options.panel == "Gaps");
    CHECK(r.options.theme == "dark");
    CHECK(r.options.noRestore);
    CHECK(r.options.show == "open");
    const auto plain = parse({"net.orgweave.json"});
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.options.noRestore);
    CHECK_FALSE(plain.options.panel.has_value());
    CHECK_FALSE(plain.options.theme.has_value());
    // Screenshots never depend on remembered settings or show the recovery offer.
    CHECK(parse({"--screenshot", "x.png"}).options.noRestore);
    CHECK(parse({"--theme=light"}).options.theme == "light");
}

TEST_CASE("command line: bad panel theme and show values are errors", "[studio][cli]") {
    CHECK(parse({"--theme", "blue"}).error == "--theme expects light or dark, got 'blue'");
    CHECK(parse({"--panel"}).error == "--panel needs a value");
    CHECK_FALSE(parse({"--panel="}).ok());
    CHECK_FALSE(parse({"--show", "everything"}).ok());
    CHECK(CommandLine::usage().find("--no-restore") != std::string::npos);
}

TEST_CASE("command line: phase names the phase shown at start", "[studio][cli]") {
    const auto r = parse({"net.orgweave.json", "--phase", "p2"});
    REQUIRE(r.ok());
    CHECK(r.options.phase == "p2");
    CHECK_FALSE(parse({}).options.phase.has_value());
    CHECK(parse({"--phase"}).error == "--phase needs a value");
    CHECK(parse({"--phase="}).error == "--phase needs a phase id");
    CHECK(CommandLine::usage().find("--phase ID") != std::string::npos);
}

TEST_CASE("command line: what-if ids and compare mode", "[studio][cli]") {
    const auto r = parse({"net.orgweave.json", "--what-if", "pc-1,,pc-2", "--compare", "overlay"});
    REQUIRE(r.ok());
    CHECK(r.options.whatIf == std::vector<std::string>{"pc-1", "pc-2"});
    CHECK(*r.options.compare == "overlay");
    CHECK(*parse({"--compare=side-by-side"}).options.compare == "side-by-side");

    const auto badMode = parse({"--compare", "stacked"});
    CHECK_FALSE(badMode.ok());
    CHECK(badMode.error.find("overlay or side-by-side") != std::string::npos);
    const auto noIds = parse({"--what-if", ","});
    CHECK_FALSE(noIds.ok());
    CHECK(noIds.error.find("--what-if") != std::string::npos);
    CHECK_FALSE(parse({"--what-if"}).ok());
}

TEST_CASE("command line: ties by a score and shapes by a field at start", "[studio][cli]") {
    const auto r = parse({"net.orgweave.json", "--ties-by", "partner_trust", "--shape-by=sector"});
    REQUIRE(r.ok());
    CHECK(r.options.tiesBy == "partner_trust");
    CHECK(r.options.shapeBy == "sector");
    CHECK(parse({}).options.tiesBy.empty());
    CHECK(parse({"--ties-by"}).error == "--ties-by needs a value");
    CHECK(parse({"--shape-by="}).error == "--shape-by needs a name");
    CHECK(CommandLine::usage().find("--ties-by SCORE") != std::string::npos);
}
