#include "orgweave/studio/CommandLine.hpp"

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
