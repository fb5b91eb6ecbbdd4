#include "orgweave/core/InputFile.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include <fstream>

namespace orgweave::core {

std::optional<std::string> readInputFile(const std::filesystem::path& path, std::string_view what,
                                         Diagnostics& diagnostics) {
    auto fail = [&](std::string message) -> std::optional<std::string> {
        diagnostics.push_back(Diagnostic{Severity::Error, path.string(), 0, 0, {}, std::move(message)});
        return std::nullopt;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail(fill(tr("is a folder, not {}"), {ui().text(what)}));
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return fail(ec == std::errc::no_such_file_or_directory
                        ? std::string(tr("cannot read: the file does not exist"))
                        : fill(tr("cannot read: {}"), {ec.message()}));
    if (size > kMaxDocumentBytes) {
        return fail(fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                         {std::to_string(size >> 20), std::to_string(kMaxDocumentBytes >> 20)}));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(tr("cannot open for reading"));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        return fail(tr("could not read the whole file"));
    return text;
}

}  // namespace orgweave::core
