#pragma once
// Running the orgweave command from tests: a scratch folder, the command's exit status and its
// output. Shared by the CLI test files (ORGWEAVE_CLI and ORGWEAVE_SAMPLES_DIR come from CMake).

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace orgweave::test {

namespace fs = std::filesystem;

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// A path in single quotes for the shell.
inline std::string quote(const fs::path& path) {
    return "'" + path.string() + "'";
}

/// A fresh folder under the temp folder, removed on destruction, that runs the command.
class Scratch {
public:
    Scratch() {
        std::random_device rd;
        m_dir = fs::temp_directory_path() / ("orgweave-cli-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_dir);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    fs::path operator/(const std::string& name) const { return m_dir / name; }

    /// Runs `orgweave ARGS` (arguments already shell-quoted where needed).
    Run orgweave(const std::string& args) const {
        const fs::path out = m_dir / "stdout.txt";
        const fs::path err = m_dir / "stderr.txt";
        const std::string command = quote(ORGWEAVE_CLI) + " " + args + " >" + quote(out) + " 2>" + quote(err);
        const int raw = std::system(command.c_str());
        Run run;
        run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        run.out = readText(out);
        run.err = readText(err);
        return run;
    }

private:
    fs::path m_dir;
};

inline const fs::path kSample = fs::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json";

}  // namespace orgweave::test
