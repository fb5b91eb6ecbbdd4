// orgweave-bench-io: load, validation and save of one native document timed inside one process
// (issue 21; bench/run_io.sh prints its table). `orgweave validate` includes validation and
// `orgweave convert` includes loading, so neither gives load or save alone; this does.
//
// For each of --repeat runs: load = core::loadDocument (map, parse, build the Model, validate,
// locate diagnostics: what opening a file costs), validate = core::validate on the loaded Model
// (so parse ≈ load − validate), save = core::saveDocument to --out (atomic, streamed). Wall, CPU
// (user + system of the process) and CPU of the calling thread, median over the runs; peak RSS after the
// first load (before anything is saved) and at the end. python3's json.load of the same file is timed in the
// same run (in its own process, timer around json.load only, median of as many runs) as an
// anchor. Prints Markdown table rows; exit 1 when the document does not load.

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Validation.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Times {
    std::vector<double> wall;
    std::vector<double> cpu;  ///< every thread of the process
    std::vector<double>
        thread;  ///< the calling thread only (the critical path, less disturbed by a busy machine)
};

double cpuSeconds(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

template <typename Work>
void timed(Times& into, Work&& work) {
    const auto wall0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double thread0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    work();
    into.thread.push_back(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread0);
    into.cpu.push_back(cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0);
    into.wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count());
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

/// python3's json.load of `file`, `repeat` times in one process: the median seconds, or a
/// negative number when python3 is missing or fails.
double pythonJsonLoad(const std::string& file, int repeat) {
    const std::string script =
        "import json,sys,time\n"
        "t=[]\n"
        "for _ in range(int(sys.argv[2])):\n"
        "    s=time.perf_counter(); f=open(sys.argv[1],'rb'); json.load(f); f.close(); "
        "t.append(time.perf_counter()-s)\n"
        "t.sort(); print(t[(len(t)-1)//2])\n";
    std::string quoted = "'";
    for (const char c : file)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    const std::string command =
        "python3 -c \"$ORGWEAVE_BENCH_PY\" " + quoted + " " + std::to_string(repeat) + " 2>/dev/null";
    setenv("ORGWEAVE_BENCH_PY", script.c_str(), 1);
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return -1.0;
    double seconds = -1.0;
    if (std::fscanf(pipe, "%lf", &seconds) != 1)
        seconds = -1.0;
    return pclose(pipe) == 0 ? seconds : -1.0;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void row(const char* what, const Times& t, const std::string& note) {
    std::printf("| %s | %.3f | %.3f | %.3f | %s |\n", what, median(t.wall), median(t.cpu), median(t.thread),
                note.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    std::string file;
    std::string out;
    int repeat = 5;
    bool python = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--out" && i + 1 < argc) {
            out = argv[++i];
        } else if (arg == "--no-python") {
            python = false;
        } else if (arg == "-h" || arg == "--help") {
            std::cout
                << "usage: orgweave-bench-io FILE.orgweave.json [--repeat N] [--out SAVED.orgweave.json] "
                   "[--no-python]\n";
            return 0;
        } else if (file.empty() && arg.rfind("--", 0) != 0) {
            file = arg;
        } else {
            std::cerr << "orgweave-bench-io: unexpected argument '" << arg << "'\n";
            return 2;
        }
    }
    if (file.empty()) {
        std::cerr << "orgweave-bench-io: give a native document\n";
        return 2;
    }
    const bool ownOut = out.empty();
    if (ownOut)
        out = (std::filesystem::temp_directory_path() / "orgweave-bench-io.orgweave.json").string();
    const auto bytes = std::filesystem::file_size(file);

    Times load;
    Times check;
    Times save;
    double peakAfterLoad = 0.0;
    std::size_t problems = 0;
    for (int r = 0; r < repeat; ++r) {
        orgweave::core::LoadResult result;
        timed(load, [&] { result = orgweave::core::loadDocument(file); });
        if (!result.ok()) {
            std::cerr << "orgweave-bench-io: " << file << " does not load ("
                      << (result.diagnostics.empty() ? std::string("?") : result.diagnostics.front().message)
                      << ")\n";
            return 1;
        }
        if (r == 0)
            peakAfterLoad = peakMiB();
        timed(check, [&] { problems = orgweave::core::validate(*result.model).size(); });
        timed(save, [&] { orgweave::core::saveDocument(*result.model, out); });
    }
    const bool same = readAll(file) == readAll(out);
    const double py = python ? pythonJsonLoad(file, repeat) : -1.0;

    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf(
        "| what (in one process, median of %d) | wall (s) | CPU (s) | CPU of the calling thread (s) | note "
        "|\n",
        repeat);
    std::printf("|---|---:|---:|---:|---|\n");
    std::ostringstream peak;
    peak.precision(2);
    peak << std::fixed << "peak RSS after the first load " << static_cast<int>(peakAfterLoad) << " MiB ("
         << peakAfterLoad / mib << "x the file)";
    row("load (parse + validate)", load, peak.str());
    row("validate alone", check, std::to_string(problems) + " diagnostics");
    row("parse alone (load − validate)",
        Times{{median(load.wall) - median(check.wall)},
              {median(load.cpu) - median(check.cpu)},
              {median(load.thread) - median(check.thread)}},
        "");
    row("save", save, same ? "byte-identical to the input" : "DIFFERENT from the input");
    if (py >= 0.0)
        std::printf("| python3 json.load (anchor) | %.3f | | | same file, same run |\n", py);
    else if (python)
        std::printf("| python3 json.load (anchor) | n/a | | | python3 missing or failed |\n");
    std::printf("\nFile %.1f MiB; peak RSS of the whole run %d MiB.\n", mib, static_cast<int>(peakMiB()));
    if (ownOut)
        std::filesystem::remove(out);
    return 0;
}
