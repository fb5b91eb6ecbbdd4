#pragma once
// Exit status of the orgweave command (DESIGN.md §7).

namespace orgweave::cli {

enum ExitCode : int {
    kExitSuccess = 0,        ///< did what was asked
    kExitBadInput = 1,       ///< a file is unreadable or invalid; messages name the place
    kExitUsage = 2,          ///< wrong arguments; help is printed
    kExitInterrupted = 130,  ///< stopped by Ctrl-C (SIGINT) before finishing; nothing written
};

}  // namespace orgweave::cli
