#pragma once
// The readers' last line of defence, readGuarded: every parse* and import entry point of a reader
// (native, CSV, GraphML, GEXF, Pajek, UCINET DL, relational coordination survey, DOT) runs its body
// through it, so that an exception escaping a reader becomes an error naming the file instead of
// ending the program. Cost: none unless something throws.

#include "orgweave/core/Diagnostic.hpp"

#include <exception>
#include <new>
#include <string>
#include <utility>

namespace orgweave::core {

/// Runs `read` and turns any exception that escapes it (a library's error, memory running out) into one
/// error naming `file`, so that no input ever ends the program. `Result` has `diagnostics`.
template <class Result, class Read>
Result readGuarded(const std::string& file, Read&& read) {
    std::string message;
    try {
        return std::forward<Read>(read)();
    } catch (const std::bad_alloc&) {
        message = "not enough memory to read this file";
    } catch (const std::exception& e) {
        message = std::string("cannot read this file: ") + e.what();
    } catch (...) {
        message = "cannot read this file (unknown failure)";
    }
    Result result;
    result.diagnostics.push_back(Diagnostic{Severity::Error, file, 0, 0, {}, std::move(message)});
    return result;
}

}  // namespace orgweave::core
