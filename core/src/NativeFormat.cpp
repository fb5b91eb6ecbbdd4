// Sections: migrations · parsing · writing · files
#include "orgweave/core/NativeFormat.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "JsonLocator.hpp"
#include "ModelJson.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <system_error>

namespace orgweave::core {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- migrations -------------------------------------------------------------------------------

/// kMigrations[i] turns a version (i + 1) document into version (i + 2), in place. Version 1 is the
/// first published format, so the list is empty; add a step here when the format changes.
const std::vector<std::function<void(json&)>> kMigrations{};

constexpr std::size_t kMaxReportedErrors = 100;

Diagnostic error(const std::string& file, std::string pointer, std::string message) {
    return Diagnostic{Severity::Error, file, 0, 0, std::move(pointer), std::move(message)};
}

// ---- parsing ----------------------------------------------------------------------------------

/// Byte offset of a nlohmann parse error, clamped to the text.
std::size_t errorOffset(const json::parse_error& e, std::string_view text) {
    // nlohmann counts the byte *after* the offending one; point at the offending byte.
    std::size_t byte = e.byte == 0 ? 0 : e.byte - 1;
    return std::min(byte, text.size());
}

/// Where a JSON text fails to parse, and why, for any exception the parser throws: a parse_error
/// carries its byte; others (out_of_range 406 for a number such as 1e400 that no double holds)
/// are found again by a SAX pass that only records the position of the failure.
struct JsonFailure {
    std::size_t offset = 0;
    std::string message;
};

class FailureProbe : public nlohmann::json_sax<json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception&) override {
        m_position = position;
        m_token = lastToken;
        return false;
    }
    std::size_t m_position = 0;
    std::string m_token;
};

std::string syntaxMessage(const json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing
    // object - unexpected end of input; expected '}'" → keep what follows "syntax error".
    std::string what = e.what();
    auto pos = what.find("syntax error while parsing");
    if (pos != std::string::npos)
        return "invalid JSON: " + what.substr(pos + 13);
    pos = what.find(": ", what.find("parse error"));
    return "invalid JSON" + (pos == std::string::npos ? std::string() : what.substr(pos));
}

}  // namespace

static LoadResult parseDocumentUnguarded(std::string_view text, const std::string& fileName);

LoadResult parseDocument(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseDocumentUnguarded(text, fileName); });
}

static LoadResult parseDocumentUnguarded(std::string_view text, const std::string& fileName) {
    LoadResult result;
    auto fail = [&](std::size_t offset, std::string message) {
        Diagnostic d = error(fileName, {}, std::move(message));
        std::tie(d.line, d.column) = lineColumnOf(text, offset);
        result.diagnostics.push_back(std::move(d));
        return result;
    };

    if (text.size() > kMaxDocumentBytes) {
        return fail(0, "file is too large (" + std::to_string(text.size() >> 20) + " MiB; the limit is " +
                           std::to_string(kMaxDocumentBytes >> 20) + " MiB)");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return fail(0, "file is empty; expected an orgweave document (a JSON object)");
    }
    if (auto deep = findExcessiveNesting(text, kMaxJsonDepth)) {
        return fail(*deep, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }

    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        return fail(errorOffset(e, text), syntaxMessage(e));
    } catch (const json::exception& e) {
        // Not a syntax error (a number out of range): find where the parser stopped.
        FailureProbe probe;
        json::sax_parse(text.begin(), text.end(), &probe);
        const std::size_t end = std::min(probe.m_position, text.size());
        const std::size_t start = end >= probe.m_token.size() ? end - probe.m_token.size() : 0;
        if (e.id == 406)
            return fail(start, "number " + probe.m_token + " is too large (out of the range of a double)");
        return fail(start, std::string("invalid JSON: ") + e.what());
    }

    auto failAt = [&](const std::string& pointer, std::string message) {
        result.diagnostics.push_back(error(fileName, pointer, std::move(message)));
        locateDiagnostics(text, result.diagnostics);
        return result;
    };
    if (!root.is_object())
        return failAt("", "expected an orgweave document (a JSON object) at the top level");
    auto format = root.find("format");
    if (format == root.end()) {
        return failAt("", "missing \"format\": \"orgweave\" (is this an orgweave document?)");
    }
    if (!format->is_string() || format->get<std::string>() != "orgweave") {
        return failAt("/format", "\"format\" must be \"orgweave\", found " + format->dump());
    }
    auto version = root.find("version");
    if (version == root.end())
        return failAt(
            "", "missing \"version\" (this build writes version " + std::to_string(kFormatVersion) + ")");
    if (!version->is_number_integer() || version->get<std::int64_t>() < 1) {
        return failAt("/version", "\"version\" must be a whole number ≥ 1, found " + version->dump());
    }
    const std::int64_t fileVersion = version->get<std::int64_t>();
    if (fileVersion > kFormatVersion) {
        return failAt("/version", "written by a newer orgweave (format version " +
                                      std::to_string(fileVersion) + "); this build reads versions up to " +
                                      std::to_string(kFormatVersion) + ". Update orgweave to open it");
    }
    for (std::int64_t v = fileVersion; v < kFormatVersion; ++v)
        kMigrations.at(static_cast<std::size_t>(v - 1))(root);

    Diagnostics diagnostics;
    Model model = modelFromJson(root, diagnostics);
    if (!hasErrors(diagnostics)) {
        Diagnostics semantic = validate(model);
        diagnostics.insert(diagnostics.end(), semantic.begin(), semantic.end());
    }
    // Positions of nodes that do not exist are stale view data: dropped with a warning.
    if (!hasErrors(diagnostics)) {
        std::vector<std::string> stale;
        const NodeIndex index(model);
        for (const auto& [id, p] : model.layout.positions) {
            if (!index.find(id))
                stale.push_back(id);
        }
        for (const std::string& id : stale) {
            model.layout.positions.erase(id);
            diagnostics.push_back(Diagnostic{Severity::Warning,
                                             {},
                                             0,
                                             0,
                                             appendPointer("/layout/positions", id),
                                             "position of unknown node \"" + id + "\" is ignored"});
        }
    }
    if (diagnostics.size() > kMaxReportedErrors) {
        // Errors first, so that none hides behind warnings; the summary line is an error only
        // when an error is among the ones left out (warnings never block opening).
        std::stable_partition(diagnostics.begin(), diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::Error; });
        const std::size_t total = diagnostics.size();
        const bool errorLeftOut = diagnostics[kMaxReportedErrors].severity == Severity::Error;
        diagnostics.resize(kMaxReportedErrors);
        diagnostics.push_back(
            Diagnostic{errorLeftOut ? Severity::Error : Severity::Warning,
                       {},
                       0,
                       0,
                       {},
                       std::to_string(total - kMaxReportedErrors) + " more problems not shown"});
    }
    for (Diagnostic& d : diagnostics)
        d.file = fileName;
    locateDiagnostics(text, diagnostics);
    result.diagnostics = std::move(diagnostics);
    if (!hasErrors(result.diagnostics))
        result.model = std::move(model);
    return result;
}

// ---- writing ----------------------------------------------------------------------------------

namespace {

std::string scalar(const ordered_json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

/// One line, with ", " and ": " separators.
void writeCompact(std::string& out, const ordered_json& value) {
    if (value.is_object()) {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            out += scalar(ordered_json(it.key()));
            out += ": ";
            writeCompact(out, it.value());
        }
        out += '}';
    } else if (value.is_array()) {
        if (value.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        bool first = true;
        for (const auto& item : value) {
            if (!first)
                out += ", ";
            first = false;
            writeCompact(out, item);
        }
        out += ']';
    } else {
        out += scalar(value);
    }
}

/// Expands objects and arrays down to `expandDepth` levels; deeper values are written compact.
void writePretty(std::string& out, const ordered_json& value, int indent, int expandDepth) {
    const bool container = value.is_object() || value.is_array();
    if (!container || value.empty() || expandDepth <= 0) {
        writeCompact(out, value);
        return;
    }
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    out += value.is_object() ? "{\n" : "[\n";
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += pad;
        if (value.is_object()) {
            out += scalar(ordered_json(it.key()));
            out += ": ";
        }
        writePretty(out, it.value(), indent + 2, expandDepth - 1);
    }
    out += '\n';
    out += std::string(static_cast<std::size_t>(indent), ' ');
    out += value.is_object() ? '}' : ']';
}

/// How many levels each top-level member is expanded: nodes and ties one per line, positions one
/// per line, annotations fully readable.
int expandDepthOf(std::string_view key) {
    if (key == "nodes" || key == "ties" || key == "phases" || key == "views")
        return 1;
    if (key == "layout")
        return 2;
    if (key == "meta" || key == "context")
        return 4;
    return 1;
}

}  // namespace

std::string writeDocument(const Model& model) {
    const ordered_json root = modelToJson(model, kFormatVersion);
    std::string out;
    out.reserve(256 + model.nodes.size() * 160 + model.ties.size() * 120);
    out += "{\n";
    bool first = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += "  ";
        out += scalar(ordered_json(it.key()));
        out += ": ";
        writePretty(out, it.value(), 2, expandDepthOf(it.key()));
    }
    out += "\n}\n";
    return out;
}

// ---- files ------------------------------------------------------------------------------------

LoadResult loadDocument(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, "a document", result.diagnostics))
        return parseDocument(*text, path.string());
    return result;
}

void saveDocument(const Model& model, const std::filesystem::path& path) {
    writeFileAtomically(path, writeDocument(model));
}

bool isNativeDocumentPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".json";  // covers *.orgweave.json
}

}  // namespace orgweave::core
