#pragma once
// Exit status of the orgweave command (DESIGN.md §7).

#include <orgweave/core/Translate.hpp>

namespace orgweave::cli {

enum ExitCode : int {
    kExitSuccess = 0,   ///< did what was asked
    kExitBadInput = 1,  ///< a file is unreadable or invalid; messages name the place
    kExitUsage = 2,     ///< wrong arguments; help is printed
};

/// The exit statuses in one sentence, for the end of the help (in the language of the messages).
inline const char* exitStatusHelp() {
    return core::tr(
        "Exit status: 0 success; 1 bad input (the messages name the file, line and column); 2 wrong "
        "usage (the help is printed).");
}

}  // namespace orgweave::cli
