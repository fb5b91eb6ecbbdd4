// Sections: position tracking · entry point · SAX events · building trees · top level
#include "DocumentSaxReader.hpp"

#include "JsonSyntaxMessage.hpp"

#include "HugePages.hpp"
#include "JsonLocator.hpp"
#include "ModelJson.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <future>
#include <iterator>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>

namespace orgweave::core {

using nlohmann::json;

namespace {

// ---- position tracking ------------------------------------------------------------------------

/// A pointer into the text that publishes how far nlohmann's lexer has read, so that events can be
/// given a byte offset (the SAX interface has none). One store per byte.
class TrackedIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackedIterator() = default;
    TrackedIterator(const char* position, const char** cursor) : m_position(position), m_cursor(cursor) {}

    reference operator*() const { return *m_position; }
    TrackedIterator& operator++() {
        *m_cursor = ++m_position;
        return *this;
    }
    TrackedIterator operator++(int) {
        TrackedIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackedIterator& other) const { return m_position == other.m_position; }

private:
    const char* m_position = nullptr;
    const char** m_cursor = nullptr;
};

/// Called every this many bytes at most (release of consumed pages of a mapped file).
constexpr std::size_t kProgressStep = std::size_t{8} << 20;

/// Elements per chunk of nodes or ties read (a few hundred KiB to a few MiB).
constexpr std::size_t kChunkElements = 4096;

/// The smallest text of one element (the cap of the pre-counts below).
constexpr std::size_t kMinElementBytes = 32;

/// How often `needle` occurs in `text`: a quick estimate of how many nodes ("kind") and ties
/// ("source") a document holds, so their vectors are allocated once at about their final size
/// instead of being gathered in chunks and moved. A key that also occurs in attrs or in text only
/// reserves address space that is never touched (no resident memory); the estimate is capped at
/// one element per kMinElementBytes of text.
/// memchr (vectorized) looks for needle[anchor], a byte that is rare in orgweave documents ('k' of
/// "kind", 'u' of "source": about once per element), and each hit is compared whole; a
/// Boyer–Moore–Horspool search of a short needle, or a find() of its first byte '"', stops far
/// more often. Linear in any text: a hit costs one comparison of the needle.
std::size_t countOccurrences(std::string_view text, std::string_view needle, std::size_t anchor) {
    std::size_t count = 0;
    const char* const end = text.data() + text.size();
    const char* at = text.data() + std::min(anchor, text.size());
    while (at < end) {
        const auto* hit =
            static_cast<const char*>(std::memchr(at, needle[anchor], static_cast<std::size_t>(end - at)));
        if (hit == nullptr)
            break;
        const char* start = hit - anchor;
        if (static_cast<std::size_t>(end - start) >= needle.size() &&
            std::memcmp(start, needle.data(), needle.size()) == 0) {
            ++count;
            at = hit + needle.size();
        } else {
            at = hit + 1;
        }
    }
    return std::min(count, text.size() / kMinElementBytes);
}

/// From this size of text on, the two counts run on two threads, and the pages of the nodes and
/// ties are faulted in on the second one.
constexpr std::size_t kParallelBytes = std::size_t{1} << 20;

/// Runs `task` on another thread when `parallel` (and a thread can be had), else when its result
/// is asked for.
template <typename Task>
auto startTask(bool parallel, Task task) {
    if (parallel) {
        try {
            return std::async(std::launch::async, task);
        } catch (const std::system_error&) {  // no thread to be had: run it later, here
        }
    }
    return std::async(std::launch::deferred, task);
}

/// Where the next element goes: straight into the model's vector while its reserved room lasts
/// (no reallocation, no move), else into a chunk that read() appends at the end.
template <typename T>
std::vector<T>& destination(std::vector<T>& reserved, std::vector<std::vector<T>>& chunks);

/// The chunk the next element goes to.
template <typename T>
std::vector<T>& openChunk(std::vector<std::vector<T>>& chunks) {
    if (chunks.empty() || chunks.back().size() == chunks.back().capacity()) {
        chunks.emplace_back();
        chunks.back().reserve(kChunkElements);
    }
    return chunks.back();
}

template <typename T>
std::vector<T>& destination(std::vector<T>& reserved, std::vector<std::vector<T>>& chunks) {
    if (chunks.empty() && reserved.size() < reserved.capacity())
        return reserved;
    return openChunk(chunks);
}

/// Moves every chunk to the end of `out` (reserved once) and frees each chunk after its move.
template <typename T>
void drainChunks(std::vector<std::vector<T>>& chunks, std::vector<T>& out) {
    std::size_t total = out.size();
    for (const std::vector<T>& chunk : chunks)
        total += chunk.size();
    out.reserve(total);
    for (std::vector<T>& chunk : chunks) {
        std::move(chunk.begin(), chunk.end(), std::back_inserter(out));
        std::vector<T>().swap(chunk);
    }
    chunks.clear();
}

}  // namespace

// ---- entry point ------------------------------------------------------------------------------

DocumentSaxReader::DocumentSaxReader(std::string_view text, const std::vector<FormatMigration>& migrations,
                                     std::function<void(std::size_t)> progress)
    : m_text(text), m_migrations(migrations), m_progress(std::move(progress)) {}

Model DocumentSaxReader::read(Diagnostics& diagnostics) {
    m_diagnostics = &diagnostics;
    m_cursor = m_text.data();
    // The two counts side by side (each reads the whole text), on two cores when the text is large.
    const bool parallel = m_text.size() >= kParallelBytes && std::thread::hardware_concurrency() > 1;
    auto countTies = startTask(parallel, [text = m_text] { return countOccurrences(text, "\"source\"", 3); });
    const std::size_t kinds = countOccurrences(m_text, "\"kind\"", 1);
    const std::size_t sources = countTies.get();
    m_model.nodes.reserve(kinds);
    m_model.ties.reserve(sources);
    adviseHugePages(m_model.nodes);
    adviseHugePages(m_model.ties);
    // The pages the elements will fill are faulted in on the other core while this one parses:
    // about one node per "kind" that is not a tie's (ties have a "source"), one tie per "source".
    std::future<void> prefault;  // waited for before the vectors may move, and when read() returns
    if (parallel) {
        // The counts brought the whole text in; without this, text and Model would be resident
        // together (the parse brings the text back a little at a time, from the page cache).
        if (m_progress)
            m_progress(m_text.size());
        const std::size_t nodes = std::min(kinds - std::min(kinds, sources), m_model.nodes.capacity());
        try {
            prefault =
                std::async(std::launch::async, [nodesData = static_cast<const void*>(m_model.nodes.data()),
                                                nodesBytes = nodes * sizeof(Node),
                                                tiesData = static_cast<const void*>(m_model.ties.data()),
                                                tiesBytes = m_model.ties.capacity() * sizeof(Tie)] {
                    populatePages(nodesData, nodesBytes);
                    populatePages(tiesData, tiesBytes);
                });
        } catch (const std::system_error&) {  // no thread to be had: the parse faults them in itself
        }
    }
    TrackedIterator first(m_text.data(), &m_cursor);
    TrackedIterator last(m_text.data() + m_text.size(), &m_cursor);
    const bool parsed = json::sax_parse(first, last, this);
    if (!parsed || m_stopped)
        return Model{};
    if (!m_formatSeen) {
        failAt("", tr("missing \"format\": \"orgweave\" (is this an orgweave document?)"));
        return Model{};
    }
    if (!m_version) {
        failAt("", fill(tr("missing \"version\" (this build writes version {})"),
                        {std::to_string(kFormatVersion)}));
        return Model{};
    }
    for (std::int64_t v = *m_version; v < kFormatVersion; ++v) {
        if (const auto& step = m_migrations.at(static_cast<std::size_t>(v - 1)).document)
            step(m_members);
    }
    if (prefault.valid())
        prefault.wait();  // the vectors may grow now
    drainChunks(m_nodeChunks, m_model.nodes);
    drainChunks(m_tieChunks, m_model.ties);
    readDocumentMembers(m_members, m_model, diagnostics);
    m_members = json::object();
    return std::move(m_model);
}

bool DocumentSaxReader::fail(std::size_t offset, std::string message) {
    Diagnostic d{Severity::Error, {}, 0, 0, {}, std::move(message)};
    std::tie(d.line, d.column) = lineColumnOf(m_text, offset);
    m_diagnostics->push_back(std::move(d));
    m_stopped = true;
    return false;
}

bool DocumentSaxReader::failAt(std::string pointer, std::string message) {
    m_diagnostics->push_back(Diagnostic{Severity::Error, {}, 0, 0, std::move(pointer), std::move(message)});
    m_stopped = true;
    return false;
}

// ---- SAX events -------------------------------------------------------------------------------

bool DocumentSaxReader::null() {
    return scalar(nullptr);
}
bool DocumentSaxReader::boolean(bool value) {
    return scalar(value);
}
bool DocumentSaxReader::number_integer(json::number_integer_t value) {
    return scalar(value);
}
bool DocumentSaxReader::number_unsigned(json::number_unsigned_t value) {
    return scalar(value);
}
bool DocumentSaxReader::number_float(json::number_float_t value, const std::string& /*text*/) {
    return scalar(value);
}
bool DocumentSaxReader::string(std::string& value) {
    return scalar(value);
}
bool DocumentSaxReader::binary(json::binary_t& /*value*/) {
    return fail(offset(), fill(tr("invalid JSON: {}"), {"binary data"}));  // never produced by the JSON lexer
}
bool DocumentSaxReader::start_object(std::size_t /*size*/) {
    return openContainer(json::object());
}
bool DocumentSaxReader::start_array(std::size_t /*size*/) {
    return openContainer(json::array());
}
bool DocumentSaxReader::end_object() {
    return closeContainer();
}
bool DocumentSaxReader::end_array() {
    return closeContainer();
}

bool DocumentSaxReader::key(std::string& name) {
    if (m_building) {
        m_slot = &(*m_stack.back())[name];  // a repeated key inside an element: the last one wins
        return true;
    }
    if (m_inFlat) {
        m_flatSlot = &m_flat.add(name);  // likewise
        return true;
    }
    // The lexer stands just after the closing quote (exact for keys without escapes).
    const std::size_t end = offset();
    m_keyOffset = end >= name.size() + 2 ? end - name.size() - 2 : 0;
    for (const std::string& seen : m_seenKeys) {
        if (seen == name)
            return fail(m_keyOffset,
                        fill(tr("\"{}\" appears twice at the top level; keep one of them"), {name}));
    }
    m_seenKeys.push_back(name);
    m_key = name;
    return true;
}

bool DocumentSaxReader::parse_error(std::size_t position, const std::string& lastToken,
                                    const nlohmann::detail::exception& ex) {
    if (const auto* syntax = dynamic_cast<const json::parse_error*>(&ex)) {
        // nlohmann counts the byte *after* the offending one; point at the offending byte.
        const std::size_t byte = syntax->byte == 0 ? 0 : syntax->byte - 1;
        return fail(std::min(byte, m_text.size()), jsonSyntaxMessage(syntax->what()));
    }
    // The only other error of the JSON parser: a number beyond the range of a double (1e400).
    const std::size_t start = position >= lastToken.size() ? position - lastToken.size() : 0;
    return fail(std::min(start, m_text.size()),
                fill(tr("invalid JSON: the number {} is too large (beyond ±1.8e308)"), {lastToken}));
}

// ---- building trees ---------------------------------------------------------------------------

template <typename Value>
bool DocumentSaxReader::scalar(Value&& value) {
    if (m_level == Level::BeforeRoot)
        return failAt("", tr("expected an orgweave document (a JSON object) at the top level"));
    if (m_inFlat && !m_building) {
        if constexpr (std::is_same_v<std::decay_t<Value>, std::string>) {
            m_flatSlot->isText = true;
            m_flatSlot->text.assign(value);
        } else {
            m_flatSlot->value = json(std::forward<Value>(value));
        }
        return true;
    }
    if (!m_building)
        return complete(json(std::forward<Value>(value)));
    json* top = m_stack.back();
    if (top->is_array())
        top->emplace_back(std::forward<Value>(value));
    else
        *m_slot = json(std::forward<Value>(value));
    return true;
}

bool DocumentSaxReader::openContainer(json container) {
    if (m_level == Level::BeforeRoot) {
        if (!container.is_object())
            return failAt("", tr("expected an orgweave document (a JSON object) at the top level"));
        m_level = Level::Root;
        return true;
    }
    if (!m_building) {
        if (m_level == Level::Root && container.is_array() && (m_key == "nodes" || m_key == "ties")) {
            m_level = Level::Elements;
            m_elements = m_key == "nodes" ? ElementKind::Node : ElementKind::Tie;
            m_index = 0;
            return true;
        }
        if (m_level == Level::Elements && !m_inFlat && container.is_object()) {
            m_inFlat = true;  // an element object: its members are gathered flat (depth 3)
            m_flat.clear();
            return true;
        }
        json* root = m_inFlat ? &m_flatSlot->value : &m_value;  // a member's value, or a whole value
        m_building = true;
        *root = std::move(container);
        m_stack.assign(1, root);
    } else {
        json* top = m_stack.back();
        json* child = nullptr;
        if (top->is_array()) {
            top->push_back(std::move(container));
            child = &top->back();
        } else {
            *m_slot = std::move(container);
            child = m_slot;
        }
        m_stack.push_back(child);
    }
    const std::size_t depth = (m_level == Level::Root ? 1 : m_inFlat ? 3 : 2) + m_stack.size();
    if (depth > static_cast<std::size_t>(kMaxJsonDepth)) {
        return fail(offset() == 0 ? 0 : offset() - 1,
                    "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }
    return true;
}

bool DocumentSaxReader::closeContainer() {
    if (m_building) {
        m_stack.pop_back();
        if (!m_stack.empty())
            return true;
        m_building = false;
        if (m_inFlat)
            return true;  // a member of the element is complete
        return complete(std::move(m_value));
    }
    if (m_inFlat) {
        m_inFlat = false;
        handleFlatElement(m_elements, m_index++);
        return elementDone();
    }
    if (m_level == Level::Elements) {
        m_level = Level::Root;
        return true;
    }
    m_level = Level::AfterRoot;
    return true;
}

// ---- top level --------------------------------------------------------------------------------

bool DocumentSaxReader::complete(json value) {
    if (m_level == Level::Elements) {
        handleElement(m_elements, m_index++, value);
        return elementDone();
    }
    return completeMember(std::move(value));
}

bool DocumentSaxReader::elementDone() {
    if (m_progress && offset() - m_reportedProgress >= kProgressStep) {
        m_reportedProgress = offset();
        m_progress(m_reportedProgress);
    }
    return !m_stopped;
}

bool DocumentSaxReader::completeMember(json value) {
    if (m_key == "format") {
        m_formatSeen = true;
        if (!value.is_string() || value.get_ref<const std::string&>() != "orgweave")
            return failAt("/format", fill(tr("\"format\" must be \"orgweave\", found {}"), {value.dump()}));
    } else if (m_key == "version") {
        if (!value.is_number_integer() || value.get<std::int64_t>() < 1)
            return failAt("/version",
                          fill(tr("\"version\" must be a whole number ≥ 1, found {}"), {value.dump()}));
        const std::int64_t version = value.get<std::int64_t>();
        if (version > kFormatVersion) {
            return failAt("/version",
                          fill(tr("written by a newer orgweave (format version {}); this build reads "
                                  "versions up to {}. Update orgweave to open it"),
                               {std::to_string(version), std::to_string(kFormatVersion)}));
        }
        m_version = version;
    } else {
        m_members[m_key] = std::move(value);
    }
    if (formatKnown() && !m_pending.empty()) {
        std::vector<Pending> pending = std::move(m_pending);
        m_pending.clear();
        for (Pending& p : pending)
            handleElement(p.kind, p.index, p.value);
    }
    return true;
}

void DocumentSaxReader::handleElement(ElementKind kind, std::size_t index, json& value) {
    if (!formatKnown()) {
        m_pending.push_back(Pending{kind, index, std::move(value)});
        return;
    }
    for (std::int64_t v = *m_version; v < kFormatVersion; ++v) {
        const FormatMigration& step = m_migrations.at(static_cast<std::size_t>(v - 1));
        if (const auto& migrate = kind == ElementKind::Node ? step.node : step.tie)
            migrate(value);
    }
    if (kind == ElementKind::Node)
        readNodeElement(value, "/nodes", index, destination(m_model.nodes, m_nodeChunks), *m_diagnostics);
    else
        readTieElement(value, "/ties", index, destination(m_model.ties, m_tieChunks), *m_diagnostics);
}

void DocumentSaxReader::handleFlatElement(ElementKind kind, std::size_t index) {
    bool migrate = !formatKnown();  // unknown version: wait as a tree (handleElement keeps it)
    for (std::int64_t v = m_version.value_or(kFormatVersion); v < kFormatVersion && !migrate; ++v) {
        const FormatMigration& step = m_migrations.at(static_cast<std::size_t>(v - 1));
        migrate = static_cast<bool>(kind == ElementKind::Node ? step.node : step.tie);
    }
    if (migrate) {
        json value = m_flat.toJson();
        handleElement(kind, index, value);
    } else if (kind == ElementKind::Node) {
        readNodeElement(m_flat, "/nodes", index, destination(m_model.nodes, m_nodeChunks), *m_diagnostics);
    } else {
        readTieElement(m_flat, "/ties", index, destination(m_model.ties, m_tieChunks), *m_diagnostics);
    }
}

}  // namespace orgweave::core
