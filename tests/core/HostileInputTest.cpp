// Hostile input and saves that never lose work (issue 20): numbers no double holds, more than 100
// warnings, containment cycles, saving through links, over read-only files, after a kill.
#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/ReadGuard.hpp>
#include <orgweave/core/RelationalCoordinationImport.hpp>
#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace orgweave::core;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// A fresh folder under the system's temporary folder, removed at the end of the test.
struct ScratchFolder {
    fs::path path;
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "orgweave-hostile-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string documentWithNodes(const std::string& nodes) {
    return R"({"format": "orgweave", "version": 2, "nodes": [)" + nodes + R"(], "ties": []})";
}

std::size_t countTemporaries(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        n += e.path().filename().string().find(".tmp-") != std::string::npos ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("a number too large for a double is an error at its place", "[hostile][format]") {
    const std::string text =
        "{\"format\": \"orgweave\", \"version\": 1,\n  \"nodes\": [{\"id\": \"a\", "
        "\"kind\": \"committee\", \"meetings_per_year\": 1e400}], \"ties\": []}";
    const LoadResult r = parseDocument(text, "big.orgweave.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& d = r.diagnostics[0];
    CHECK(d.file == "big.orgweave.json");
    CHECK(d.line == 2);
    CHECK(d.column == static_cast<int>(text.find("1e400") - text.find('\n')));
    CHECK_THAT(d.message, Contains("1e400") && Contains("too large"));
    CHECK_THAT(d.format(), Contains("big.orgweave.json:2:"));
}

TEST_CASE("more than 100 warnings and no error still open", "[hostile][format]") {
    std::string positions;
    for (int i = 0; i < 150; ++i)
        positions += (i ? ", " : "") + ("\"ghost" + std::to_string(i) + "\": [1, 2]");
    const std::string text = R"({"format": "orgweave", "version": 1, "nodes": [{"id": "a", "kind": "role"}],
        "ties": [], "layout": {"positions": {)" +
                             positions + "}}}";
    const LoadResult r = parseDocument(text, "noisy.orgweave.json");
    REQUIRE(r.ok());
    CHECK_FALSE(hasErrors(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 101);
    CHECK(r.diagnostics.back().message == "50 more problems not shown");
    CHECK(r.diagnostics.back().severity == Severity::Warning);

    SECTION("an error beyond the first 100 still blocks, and comes first") {
        const std::string withError =
            R"({"format": "orgweave", "version": 1, "nodes": [{"id": "a", "kind": "role"},
            {"id": "b", "kind": "role", "organization": "nowhere"}], "ties": [], "layout": {"positions": {)" +
            positions + "}}}";
        const LoadResult bad = parseDocument(withError, "bad.orgweave.json");
        CHECK_FALSE(bad.ok());
        CHECK(bad.diagnostics.front().severity == Severity::Error);
    }
}

TEST_CASE("containment cycles are errors with the place", "[hostile][validation]") {
    SECTION("organizations a in b in c in a") {
        const LoadResult r = parseDocument(documentWithNodes(R"(
            {"id": "a", "kind": "organization", "organization": "b"},
            {"id": "b", "kind": "organization", "organization": "c"},
            {"id": "c", "kind": "organization", "organization": "a"})"),
                                           "cycle.orgweave.json");
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].pointer == "/nodes/0/organization");
        CHECK(r.diagnostics[0].line == 2);
        CHECK_THAT(r.diagnostics[0].message,
                   Contains("a (organization) → b (organization) → c (organization) → a"));
    }
    SECTION("an organization at its own site") {
        const LoadResult r = parseDocument(documentWithNodes(R"(
            {"id": "s", "kind": "site", "organization": "o"},
            {"id": "o", "kind": "organization", "site": "s"})"),
                                           "site.orgweave.json");
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].pointer == "/nodes/0/organization");
    }
    SECTION("committees owning each other") {
        const LoadResult r = parseDocument(documentWithNodes(R"(
            {"id": "c1", "kind": "committee", "owner": "c2"},
            {"id": "c2", "kind": "committee", "owner": "c1"})"),
                                           "owners.orgweave.json");
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].pointer == "/nodes/0/owner");
        CHECK_THAT(r.diagnostics[0].message, Contains("c1 (owner) → c2 (owner) → c1"));
    }
    SECTION("a long chain without a cycle is fine, and deep chains do not recurse") {
        std::string nodes;
        for (int i = 0; i < 200000; ++i) {
            nodes += (i ? ",\n" : "") + std::string(R"({"id": "o)") + std::to_string(i) +
                     R"(", "kind": "organization")" +
                     (i + 1 < 200000 ? R"(, "organization": "o)" + std::to_string(i + 1) + "\"" : "") + "}";
        }
        const LoadResult r = parseDocument(documentWithNodes(nodes), "chain.orgweave.json");
        CHECK(r.ok());
    }
}

TEST_CASE("saving through a symbolic link replaces the file it points to", "[hostile][save]") {
    ScratchFolder dir;
    writeAll(dir.path / "real.json", "old");
    fs::create_symlink("real.json", dir.path / "link.json");
    writeFileAtomically(dir.path / "link.json", "new");
    CHECK(fs::is_symlink(dir.path / "link.json"));
    CHECK(readAll(dir.path / "real.json") == "new");
    CHECK(readAll(dir.path / "link.json") == "new");
}

TEST_CASE("a read-only file is not replaced silently", "[hostile][save]") {
    ScratchFolder dir;
    const fs::path file = dir.path / "locked.json";
    writeAll(file, "old");
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    CHECK_THROWS_AS(writeFileAtomically(file, "new"), ReadOnlyFileError);
    CHECK(readAll(file) == "old");
    writeFileAtomically(file, "new", AtomicWriteOptions{true});
    CHECK(readAll(file) == "new");
    CHECK((fs::status(file).permissions() & fs::perms::owner_write) == fs::perms::none);
}

TEST_CASE("stale temporary files of a killed save are removed by the next save", "[hostile][save]") {
    ScratchFolder dir;
    const fs::path file = dir.path / "doc.json";
    writeAll(dir.path / ".doc.json.tmp-AbC123", "left by a kill");
    writeAll(dir.path / ".other.json.tmp-AbC123", "someone else's");
    writeAll(dir.path / ".doc.json.tmp-notours", "not our pattern");
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (const auto& e : fs::directory_iterator(dir.path))
        fs::last_write_time(e.path(), old);
    writeFileAtomically(file, "x");
    CHECK_FALSE(fs::exists(dir.path / ".doc.json.tmp-AbC123"));
    CHECK(fs::exists(dir.path / ".other.json.tmp-AbC123"));
    CHECK(fs::exists(dir.path / ".doc.json.tmp-notours"));

    SECTION("a temporary file newer than this process is left alone") {
        writeAll(dir.path / ".doc.json.tmp-Zz9999", "being written");
        CHECK(removeStaleTemporaries(file) == 0);
        CHECK(fs::exists(dir.path / ".doc.json.tmp-Zz9999"));
    }
}

TEST_CASE("a CSV pair save killed between its renames leaves the old or the new pair", "[hostile][save]") {
    ScratchFolder dir;
    const fs::path nodes = dir.path / "net.nodes.csv";
    const fs::path ties = dir.path / "net.ties.csv";
    const LoadResult first = parseDocument(documentWithNodes(R"({"id": "a", "kind": "role"},
        {"id": "b", "kind": "role"})"),
                                           "first.orgweave.json");
    REQUIRE(first.ok());
    Diagnostics warnings;
    saveCsv(*first.model, nodes, warnings);
    REQUIRE(loadCsv(nodes).ok());

    Model second = *first.model;
    second.nodes.push_back(Node{});
    second.nodes.back().id = "c";
    second.ties.push_back(Tie{});
    second.ties.back().id = "t1";
    second.ties.back().source = "a";
    second.ties.back().target = "c";
    second.ties.back().kind = TieKind::Collaborates;
    REQUIRE_FALSE(hasErrors(validate(second)));

    for (const std::size_t killAfter : {std::size_t{1}, std::size_t{2}}) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            testing::afterRename = [killAfter](std::size_t renamed) {
                if (renamed == killAfter)
                    ::_exit(0);  // as kill -9 would: no cleanup at all
            };
            Diagnostics w;
            saveCsv(second, nodes, w);
            ::_exit(1);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
        const LoadResult back = loadCsv(nodes);
        REQUIRE(back.ok());
        CHECK(back.model->nodes.size() == 3);
        CHECK(back.model->ties.size() == 1);
        CHECK(countTemporaries(dir.path) == 0);
        CHECK_FALSE(fs::exists(dir.path / ".net.nodes.csv.save-journal"));
        saveCsv(*first.model, nodes, warnings);  // back to the old pair for the next round
        REQUIRE(loadCsv(nodes).model->nodes.size() == 2);
    }
}

TEST_CASE("a survey with many unanswered rows still reads every row", "[hostile][rc]") {
    const LoadResult base = parseDocument(documentWithNodes(R"({"id": "nurse", "kind": "role"},
        {"id": "gp", "kind": "role"})"),
                                          "base.orgweave.json");
    REQUIRE(base.ok());
    std::string survey =
        "respondent_role,rated_role,frequent,timely,accurate,problem_solving,shared_goals,"
        "shared_knowledge,mutual_respect\n";
    for (int i = 0; i < 60; ++i)
        survey += "nurse,gp,,,,,,,\n";
    survey += "nurse,gp,4,4,4,4,4,4,4\n";
    Model model = *base.model;
    const RcImportResult r = importRelationalCoordination(model, survey, "survey.csv");
    REQUIRE(r.ok());
    CHECK(r.tiesCreated == 1);
    CHECK(r.responses == 1);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.back().message == "10 more responses without any score were skipped");
}

TEST_CASE("an exception inside a reader becomes an error naming the file", "[hostile][format]") {
    const LoadResult r =
        readGuarded<LoadResult>("x.json", []() -> LoadResult { throw std::out_of_range("boom"); });
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].file == "x.json");
    CHECK_THAT(r.diagnostics[0].message, Contains("boom"));
}
