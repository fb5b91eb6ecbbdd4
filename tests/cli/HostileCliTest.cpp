// The command line on hostile input (issue 20): a number no double holds, a read-only output, and
// render/report of a CSV of 700,000 copies of one tie.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace orgweave::test;
using Catch::Matchers::Contains;

TEST_CASE("cli: 1e400 in a document is an error at its place", "[cli][hostile]") {
    Scratch s;
    writeText(s / "big.orgweave.json",
              "{\"format\": \"orgweave\", \"version\": 1,\n\"nodes\": [{\"id\": \"c\", "
              "\"kind\": \"committee\", \"meetings_per_year\": 1e400}], \"ties\": []}\n");
    const Run r = s.orgweave("validate " + quote(s / "big.orgweave.json"));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Contains("big.orgweave.json:2:") && Contains("1e400"));
}

TEST_CASE("cli: a read-only output is not replaced", "[cli][hostile]") {
    Scratch s;
    const fs::path out = s / "out.orgweave.json";
    writeText(out, "keep me");
    fs::permissions(out, fs::perms::owner_read);
    const Run r = s.orgweave("convert " + quote(kSample) + " " + quote(out));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Contains("read-only"));
    CHECK(readText(out) == "keep me");
}

TEST_CASE("cli: render and report of 700,000 identical ties", "[cli][hostile]") {
    Scratch s;
    std::string csv = "source,target\n";
    csv.reserve(700000 * 4 + 16);
    for (int i = 0; i < 700000; ++i)
        csv += "a,b\n";
    writeText(s / "same.csv", csv);
    const Run render = s.orgweave("render " + quote(s / "same.csv") + " --out " + quote(s / "same.svg"));
    INFO(render.err);
    CHECK(render.status == 0);
    const std::string svg = readText(s / "same.svg");
    std::size_t edges = 0;
    for (std::size_t at = svg.find("class=\"edge\""); at != std::string::npos;
         at = svg.find("class=\"edge\"", at + 1))
        ++edges;
    CHECK(edges == 1);
    const Run report = s.orgweave("report " + quote(s / "same.csv") + " --out " + quote(s / "same.html"));
    INFO(report.err);
    CHECK(report.status == 0);
    CHECK(fs::file_size(s / "same.html") > 1000);
}
