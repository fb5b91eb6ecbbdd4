// Sections: migrations · parsing · writing · files
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include "DocumentSaxReader.hpp"
#include "JsonLocator.hpp"
#include "ModelJson.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/ReadGuard.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Validation.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

/// What migrating a document told the user: counts gathered while its nodes were migrated.
struct MigrationNotes {
    std::size_t organizations = 0;
    std::map<std::string, int> parties;  ///< inferred party → organizations
};

/// Version 1 → 2 for one node: an organization gets a `party` (inferred from its type) and a
/// `sector` field (from attrs.sector, else from its type). The document's setting stays
/// absent, which reads as "generic" (DOMAIN.md §2.7).
void migrateNodeVersion1(json& node, MigrationNotes& notes) {
    if (!node.is_object() || node.value("kind", json()) != "organization")
        return;
    ++notes.organizations;
    const json typeValue = node.value("type", json());
    const std::string type = typeValue.is_string() ? typeValue.get<std::string>() : std::string();
    if (!node.contains("party")) {
        node["party"] = inferredParty(type);
        ++notes.parties[node["party"].get<std::string>()];
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

/// The notice of a version 1 → 2 migration (empty when the document has no organizations, so
/// nothing was inferred).
std::string version1Notice(const MigrationNotes& notes) {
    if (notes.organizations == 0)
        return {};
    std::string counts;
    for (const auto& [party, count] : notes.parties)
        counts += (counts.empty() ? "" : ", ") + std::to_string(count) + " " + party;
    return "format version 1 migrated to version 2: the party of " + std::to_string(notes.organizations) +
           " organizations was inferred from their types (" + (counts.empty() ? "none" : counts) +
           "), sectors moved from attrs to the \"sector\" field, setting \"generic\"; check the parties "
           "and the setting, saving writes version 2";
}

/// The migration steps for one read: steps[i] turns a version (i + 1) document into version
/// (i + 2), element by element (see FormatMigration); what they did is gathered in `notes`.
std::vector<FormatMigration> migrations(MigrationNotes& notes) {
    return {FormatMigration{[&notes](json& node) { migrateNodeVersion1(node, notes); }, {}, {}}};
}

constexpr std::size_t kMaxReportedErrors = 100;

}  // namespace

// ---- parsing ----------------------------------------------------------------------------------

namespace {

/// parseDocument with a hook that learns how many bytes have been consumed (loadDocument releases
/// the pages of the mapped file behind the reader).
LoadResult parseText(std::string_view text, const std::string& fileName,
                     const std::function<void(std::size_t)>& progress) {
    LoadResult result;
    auto fail = [&](std::string message) {
        Diagnostic d{Severity::Error, fileName, 1, 1, {}, std::move(message)};
        result.diagnostics.push_back(std::move(d));
        return result;
    };
    if (text.size() > kMaxDocumentBytes) {
        return fail(fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                         {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)}));
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail(tr("file is empty; expected an orgweave document (a JSON object)"));

    Diagnostics diagnostics;
    MigrationNotes notes;
    const std::vector<FormatMigration> steps = migrations(notes);
    Model model = DocumentSaxReader(text, steps, progress).read(diagnostics);
    if (std::string notice = version1Notice(notes); !notice.empty())
        diagnostics.push_back(Diagnostic{Severity::Warning, {}, 0, 0, "/version", std::move(notice)});
    if (!hasErrors(diagnostics)) {
        Diagnostics semantic = validate(model);
        diagnostics.insert(diagnostics.end(), std::make_move_iterator(semantic.begin()),
                           std::make_move_iterator(semantic.end()));
    }
    // Positions of nodes that do not exist are stale view data: dropped with a warning.
    if (!hasErrors(diagnostics) && !model.layout.positions.empty()) {
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
        diagnostics.push_back(Diagnostic{errorLeftOut ? Severity::Error : Severity::Warning,
                                         {},
                                         0,
                                         0,
                                         {},
                                         fill(trn("{} more problem not shown", "{} more problems not shown",
                                                  static_cast<unsigned long>(total - kMaxReportedErrors)),
                                              {std::to_string(total - kMaxReportedErrors)})});
    }
    for (Diagnostic& d : diagnostics)
        d.file = fileName;
    locateDiagnostics(text, diagnostics);
    result.diagnostics = std::move(diagnostics);
    if (!hasErrors(result.diagnostics))
        result.model = std::move(model);
    return result;
}

}  // namespace

LoadResult parseDocument(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseText(text, fileName, {}); });
}

// ---- writing ----------------------------------------------------------------------------------

namespace {

/// Bytes gathered before they go to the output stream.
constexpr std::size_t kWriteChunk = std::size_t{1} << 20;

std::string dumped(const ordered_json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

/// A JSON string. Printable ASCII without quotes or backslashes is copied as it is; anything else
/// goes through nlohmann (escapes, invalid UTF-8 replaced), so the bytes are those of dump().
void appendString(std::string& out, std::string_view text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\') {
            out += dumped(ordered_json(std::string(text)));
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
}

void appendScalar(std::string& out, const ordered_json& value) {
    if (value.is_string())
        appendString(out, value.get_ref<const std::string&>());
    else if (value.is_number_integer() && !value.is_number_unsigned())
        out += std::to_string(value.get<std::int64_t>());
    else
        out += dumped(value);
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
            appendString(out, it.key());
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
        appendScalar(out, value);
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
            appendString(out, it.key());
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

/// Writes the document into `buffer`; with `out`, the buffer is emptied into it every
/// kWriteChunk bytes and at the end, so that memory stays small whatever the size of the model.
/// Nodes and ties are turned into JSON one at a time (the same lines as writePretty would write).
void writeDocumentText(const Model& model, std::string& buffer, std::ostream* out) {
    auto drain = [&](bool force) {
        if (out && (force || buffer.size() >= kWriteChunk)) {
            out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    };
    auto writeElements = [&](const auto& elements, const auto& toJson) {
        if (elements.empty()) {
            buffer += "[]";
            return;
        }
        buffer += "[\n";
        bool first = true;
        for (const auto& element : elements) {
            buffer += first ? "    " : ",\n    ";
            first = false;
            writeCompact(buffer, toJson(element));
            drain(false);
        }
        buffer += "\n  ]";
    };

    const ordered_json root = modelToJson(model, kFormatVersion, false);
    buffer += "{\n";
    bool first = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!first)
            buffer += ",\n";
        first = false;
        buffer += "  ";
        appendString(buffer, it.key());
        buffer += ": ";
        if (it.key() == "nodes")
            writeElements(model.nodes, nodeElementToJson);
        else if (it.key() == "ties")
            writeElements(model.ties, tieElementToJson);
        else
            writePretty(buffer, it.value(), 2, expandDepthOf(it.key()));
        drain(false);
    }
    buffer += "\n}\n";
    drain(true);
}

}  // namespace

std::string writeDocument(const Model& model) {
    std::string out;
    out.reserve(256 + model.nodes.size() * 160 + model.ties.size() * 120);
    writeDocumentText(model, out, nullptr);
    return out;
}

void writeDocument(const Model& model, std::ostream& out) {
    std::string buffer;
    buffer.reserve(kWriteChunk + (kWriteChunk >> 2));
    writeDocumentText(model, buffer, &out);
}

// ---- files ------------------------------------------------------------------------------------

namespace {

/// A regular file mapped read-only. The reader tells it how far it has read, and the pages behind
/// that point are handed back to the kernel (they are clean: reading them again, to locate a
/// diagnostic, simply faults them in from the page cache). So the text never counts whole
/// towards the process's memory next to the Model being built.
class MappedFile {
public:
    /// Maps the file, or stays empty (valid() false) when it cannot be mapped.
    explicit MappedFile(const std::filesystem::path& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
            static_cast<std::uintmax_t>(st.st_size) <= kMaxDocumentBytes) {
            void* data = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (data != MAP_FAILED) {
                m_data = static_cast<const char*>(data);
                m_size = static_cast<std::size_t>(st.st_size);
                ::madvise(data, m_size, MADV_SEQUENTIAL);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (m_data)
            ::munmap(const_cast<char*>(m_data), m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    bool valid() const { return m_data != nullptr; }
    std::string_view text() const { return {m_data, m_size}; }

    /// The first `consumed` bytes will not be needed soon: drop their pages from memory.
    void release(std::size_t consumed) const {
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t bytes = consumed / page * page;
        if (bytes > 0)
            ::madvise(const_cast<char*>(m_data), bytes, MADV_DONTNEED);
    }

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
};

}  // namespace

LoadResult loadDocument(const std::filesystem::path& path) {
    LoadResult result;
    {
        const MappedFile mapped(path);
        if (mapped.valid())
            return parseText(mapped.text(), path.string(), [&mapped](std::size_t n) { mapped.release(n); });
    }
    // Empty, special or unmappable files: read them whole (this also words the errors).
    if (auto text = readInputFile(path, N_("a document"), result.diagnostics))
        return parseDocument(*text, path.string());
    return result;
}

void saveDocument(const Model& model, const std::filesystem::path& path, const AtomicWriteOptions& options) {
    writeFileAtomically(
        path, [&model](std::ostream& out) { writeDocument(model, out); }, options);
}

bool isNativeDocumentPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".json";  // covers *.orgweave.json
}

}  // namespace orgweave::core
