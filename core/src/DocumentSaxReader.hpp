#pragma once
// The streaming driver of the native reader (NativeFormat.cpp). A SAX handler for
// nlohmann::json::sax_parse walks the top-level object and the "nodes" and "ties" arrays; it builds
// a FlatElement for each node and tie object (its members side by side, reused from one element to
// the next; only array and object members are trees) and a small JSON tree for each other
// top-level member, and hands every node and tie to ModelJson (readNodeElement / readTieElement)
// as soon as it is complete. No tree of the whole document exists and no string is held twice for
// long.
//
// Checked on the way: JSON syntax (with the byte offset of the error), nesting deeper than
// kMaxJsonDepth (no recursion anywhere, so 100,000 nested arrays are refused, not a crash), numbers
// too large for a double, the top level being an object, "format" and "version" (older versions are
// migrated element by element, newer ones refused), duplicate top-level members. Nodes and ties
// that come before "format" and "version" wait (as trees) until both are known.
// Private to core. Cost: one pass over the text; memory: the Model plus the largest element.

#include "ModelJson.hpp"
#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// One step of format migration, from version v to v + 1, applied element by element: `node` and
/// `tie` to each node and tie object, `document` to an object holding every other top-level
/// member. Any of them may be empty (nothing to change there).
struct FormatMigration {
    std::function<void(nlohmann::json&)> node;
    std::function<void(nlohmann::json&)> tie;
    std::function<void(nlohmann::json&)> document;
};

class DocumentSaxReader {
public:
    /// `migrations[i]` turns version i + 1 into i + 2. `progress` (may be empty) is called now and
    /// then with a number of bytes whose pages will not be needed soon, e.g. to release pages of a
    /// mapped file: once with the whole size after the pre-count of elements of a large text, then
    /// with the number of bytes fully consumed.
    DocumentSaxReader(std::string_view text, const std::vector<FormatMigration>& migrations,
                      std::function<void(std::size_t)> progress = {});

    /// Parses the whole text. Diagnostics of the JSON itself carry line and column; those about
    /// values carry a JSON pointer (located afterwards by locateDiagnostics). The model is
    /// meaningful only when no error was reported.
    Model read(Diagnostics& diagnostics);

    // ---- nlohmann SAX interface (public because sax_parse calls it) ----
    bool null();
    bool boolean(bool value);
    bool number_integer(nlohmann::json::number_integer_t value);
    bool number_unsigned(nlohmann::json::number_unsigned_t value);
    bool number_float(nlohmann::json::number_float_t value, const std::string& text);
    bool string(std::string& value);
    bool binary(nlohmann::json::binary_t& value);
    bool start_object(std::size_t size);
    bool key(std::string& name);
    bool end_object();
    bool start_array(std::size_t size);
    bool end_array();
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex);

private:
    enum class Level { BeforeRoot, Root, Elements, AfterRoot };
    enum class ElementKind { Node, Tie };
    struct Pending {
        ElementKind kind;
        std::size_t index;
        nlohmann::json value;
    };

    std::size_t offset() const { return static_cast<std::size_t>(m_cursor - m_text.data()); }
    bool fail(std::size_t offset, std::string message);
    bool failAt(std::string pointer, std::string message);

    /// A value starts at the current level: either it is a node/tie array or a tree is built.
    bool beginValue();
    template <typename Value>
    bool scalar(Value&& value);
    bool openContainer(nlohmann::json container);
    bool closeContainer();
    bool complete(nlohmann::json value);
    bool completeMember(nlohmann::json value);
    void handleElement(ElementKind kind, std::size_t index, nlohmann::json& value);
    /// The element object just gathered in m_flat: read straight from it, or as a tree when it
    /// must wait for the version or be migrated.
    void handleFlatElement(ElementKind kind, std::size_t index);
    /// After each element: progress, and whether to go on.
    bool elementDone();
    bool formatKnown() const { return m_formatSeen && m_version.has_value(); }

    std::string_view m_text;
    const char* m_cursor = nullptr;  ///< how far the lexer has read (updated by the iterator)
    const std::vector<FormatMigration>& m_migrations;
    std::function<void(std::size_t)> m_progress;
    std::size_t m_reportedProgress = 0;

    Model m_model;
    /// Nodes and ties as read, in chunks of fixed capacity: the final vectors are allocated once,
    /// at their exact size, and each chunk is freed as soon as it has been moved over, so the
    /// peak is the model plus one chunk (a growing vector would hold its old and new buffers).
    std::vector<std::vector<Node>> m_nodeChunks;
    std::vector<std::vector<Tie>> m_tieChunks;
    Diagnostics* m_diagnostics = nullptr;
    bool m_stopped = false;  ///< a fatal error has been reported

    Level m_level = Level::BeforeRoot;
    std::string m_key;  ///< current top-level member
    std::size_t m_keyOffset = 0;
    std::vector<std::string> m_seenKeys;
    ElementKind m_elements = ElementKind::Node;
    std::size_t m_index = 0;  ///< index of the next node or tie in its array

    // the element object under construction: its members, and the one the next value fills
    bool m_inFlat = false;
    FlatElement m_flat;
    FlatMember* m_flatSlot = nullptr;

    // the tree under construction (like nlohmann's own DOM parser, without recursion): a whole
    // value, or the value of an array or object member of m_flat
    bool m_building = false;
    nlohmann::json m_value;
    std::vector<nlohmann::json*> m_stack;
    nlohmann::json* m_slot = nullptr;  ///< object member that the next value fills

    bool m_formatSeen = false;
    std::optional<std::int64_t> m_version;
    std::vector<Pending> m_pending;
    nlohmann::json m_members = nlohmann::json::object();  ///< other top-level members
};

}  // namespace orgweave::core
