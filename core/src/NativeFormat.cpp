// Sections: migrations · parsing · writing · files
#include "orgweave/core/NativeFormat.hpp"

#include "JsonLocator.hpp"
#include "ModelJson.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Validation.hpp"

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <system_error>

namespace orgweave::core {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- migrations -------------------------------------------------------------------------------

/// The party an organization of a version 1 document most likely has (DOMAIN.md §2.7): governing
/// care providers are partners, those heard but not governing are voices, supporters are external.
/// A type this list does not know stays a partner, as every organization counted in version 1.
std::string inferredParty(const std::string& type) {
    static const std::set<std::string, std::less<>> voices{
        "gp_collective",    "user_organization",   "union", "voluntary_organization", "citizens_platform",
        "nursing_facility", "patient_organization"};
    static const std::set<std::string, std::less<>> externals{
        "university",   "secretariat",   "consultancy",       "health_insurer",
        "commissioner", "national_body", "research_institute"};
    if (voices.count(type))
        return "voice";
    if (externals.count(type))
        return "external";
    return "partner";
}

/// Version 1 spelled sectors freely in attrs ("specialist_care"); version 2 has a field.
std::string migratedSector(const std::string& v1Sector, const std::string& type) {
    static const std::map<std::string, std::string, std::less<>> spelled{
        {"specialist_care", "specialist_health"},
        {"specialist", "specialist_health"},
        {"primary_care", "primary_health"},
        {"primary", "primary_health"},
        {"social", "social_care"},
        {"municipal", "primary_health"}};
    if (!v1Sector.empty()) {
        auto it = spelled.find(v1Sector);
        return it == spelled.end() ? v1Sector : it->second;
    }
    static const std::map<std::string, std::string, std::less<>> byType{
        {"hospital_trust", "specialist_health"},
        {"acute_trust", "specialist_health"},
        {"municipality", "primary_health"},
        {"gp_collective", "primary_health"},
        {"community_care_provider", "primary_health"},
        {"community_health_provider", "primary_health"},
        {"social_care_provider", "social_care"},
        {"adult_social_care", "social_care"},
        {"nursing_facility", "social_care"},
        {"user_organization", "civil_society"},
        {"union", "civil_society"},
        {"voluntary_organization", "civil_society"},
        {"citizens_platform", "civil_society"},
        {"university", "research"},
        {"health_insurer", "insurer"}};
    auto it = byType.find(type);
    return it == byType.end() ? std::string() : it->second;
}

/// Version 1 → 2: every organization gets a `party` (inferred from its type) and a `sector` field
/// (from attrs.sector, else from its type); the document's setting is "generic". Returns the notice
/// (empty when the document has no organizations, so nothing was inferred).
std::string migrateVersion1(json& root) {
    std::size_t organizations = 0;
    std::map<std::string, int> parties;
    if (auto nodes = root.find("nodes"); nodes != root.end() && nodes->is_array()) {
        for (json& node : *nodes) {
            if (!node.is_object() || node.value("kind", json()) != "organization")
                continue;
            ++organizations;
            const json typeValue = node.value("type", json());
            const std::string type = typeValue.is_string() ? typeValue.get<std::string>() : std::string();
            if (!node.contains("party")) {
                node["party"] = inferredParty(type);
                ++parties[node["party"].get<std::string>()];
            }
            std::string v1Sector;
            if (auto attrs = node.find("attrs"); attrs != node.end() && attrs->is_object()) {
                if (auto sector = attrs->find("sector"); sector != attrs->end() && sector->is_string()) {
                    v1Sector = sector->get<std::string>();
                    attrs->erase(sector);
                }
                if (attrs->empty())
                    node.erase("attrs");
            }
            if (!node.contains("sector")) {
                if (std::string sector = migratedSector(v1Sector, type); !sector.empty())
                    node["sector"] = sector;
            }
        }
    }
    // The setting stays absent, which reads as "generic" (DOMAIN.md §2.7).
    if (organizations == 0)
        return {};  // nothing was inferred: nothing to tell
    std::string counts;
    for (const auto& [party, count] : parties)
        counts += (counts.empty() ? "" : ", ") + std::to_string(count) + " " + party;
    return "format version 1 migrated to version 2: the party of " + std::to_string(organizations) +
           " organizations was inferred from their types (" + (counts.empty() ? "none" : counts) +
           "), sectors moved from attrs to the \"sector\" field, setting \"generic\"; check the parties "
           "and the setting, saving writes version 2";
}

/// kMigrations[i] turns a version (i + 1) document into version (i + 2), in place, and returns the
/// notice that tells the user what changed.
const std::vector<std::function<std::string(json&)>> kMigrations{migrateVersion1};

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

LoadResult parseDocument(std::string_view text, const std::string& fileName) {
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
    Diagnostics diagnostics;
    for (std::int64_t v = fileVersion; v < kFormatVersion; ++v) {
        std::string notice = kMigrations.at(static_cast<std::size_t>(v - 1))(root);
        if (!notice.empty())
            diagnostics.push_back(Diagnostic{Severity::Warning, {}, 0, 0, "/version", std::move(notice)});
    }

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
        const std::size_t total = diagnostics.size();
        diagnostics.resize(kMaxReportedErrors);
        diagnostics.push_back(
            Diagnostic{Severity::Error,
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
    if (key == "nodes" || key == "ties" || key == "phases" || key == "views" || key == "rc_waves")
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
