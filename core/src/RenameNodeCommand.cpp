// RenameNodeCommand: sections · references · the command · ids from labels
#include "orgweave/core/RenameNodeCommand.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <utility>

namespace orgweave::core {

namespace {

// ---- references -------------------------------------------------------------------------------

/// The fields of an out-of-line group: for reading in a const model, for writing in a mutable one.
template <typename T>
const T& detailsOf(const OutOfLine<T>& group) {
    return *group;
}
template <typename T>
T& detailsOf(OutOfLine<T>& group) {
    return group.edit();
}

/// Calls `visit` on every string field of `model` that holds a node id (map keys excepted), for a
/// const or a mutable model.
template <typename M, typename Visit>
void visitIdFields(M& model, Visit&& visit) {
    for (auto& node : model.nodes) {
        visit(node.id);
        for (auto* field : {&node.organization, &node.site, &node.owner})
            visit(*field);
        if (node.learningAction.allocated()) {
            auto& action = detailsOf(node.learningAction);
            for (auto* field : {&action.facilitator, &action.sharedTool, &action.spreads})
                visit(*field);
        }
        for (auto& affiliation : node.affiliations)
            visit(affiliation.organization);
    }
    for (auto& tie : model.ties) {
        visit(tie.source);
        visit(tie.target);
        if (tie.details.allocated()) {
            for (auto& organization : detailsOf(tie.details).represents)
                visit(organization);
        }
    }
    for (auto& pinned : model.layout.pinned)
        visit(pinned);
    for (auto& view : model.annotations.views) {
        for (auto& highlighted : view.highlighted)
            visit(highlighted);
    }
}

/// Renames key `from` of a map to `to`; true when it was there.
template <typename Map>
bool renameKey(Map& map, const std::string& from, const std::string& to) {
    auto handle = map.extract(from);
    if (handle.empty())
        return false;
    handle.key() = to;
    map.insert(std::move(handle));
    return true;
}

/// The view filter's "organizations" list (JSON strings), renamed or searched.
bool filterNames(const nlohmann::json& filter, const std::string& id) {
    const auto it = filter.find("organizations");
    if (it == filter.end() || !it->is_array())
        return false;
    return std::any_of(it->begin(), it->end(),
                       [&](const nlohmann::json& v) { return v.is_string() && v == id; });
}

}  // namespace

bool replaceNodeId(Model& model, const std::string& from, const std::string& to) {
    bool changed = false;
    visitIdFields(model, [&](std::string& field) {
        if (field == from) {
            field = to;
            changed = true;
        }
    });
    changed |= renameKey(model.layout.positions, from, to);
    changed |= renameKey(model.annotations.context.organizations, from, to);
    for (Phase& phase : model.annotations.phases) {
        if (phase.context)
            changed |= renameKey(phase.context->organizations, from, to);
        changed |= renameKey(phase.leadership, from, to);
    }
    for (View& view : model.annotations.views) {
        if (!filterNames(view.filter, from))
            continue;
        for (nlohmann::json& value : view.filter["organizations"]) {
            if (value.is_string() && value == from)
                value = to;
        }
        changed = true;
    }
    return changed;
}

bool nodeIdInUse(const Model& model, const std::string& id) {
    bool used = false;
    visitIdFields(model, [&](const std::string& field) { used = used || field == id; });
    for (const Tie& tie : model.ties)
        used = used || tie.id == id;
    used =
        used || model.layout.positions.contains(id) || model.annotations.context.organizations.contains(id);
    for (const Phase& phase : model.annotations.phases) {
        used = used || (phase.context && phase.context->organizations.contains(id)) ||
               phase.leadership.contains(id);
    }
    for (const View& view : model.annotations.views)
        used = used || filterNames(view.filter, id);
    return used;
}

// ---- the command ------------------------------------------------------------------------------

RenameNodeCommand::RenameNodeCommand(std::string from, std::string to, std::optional<std::string> label)
    : m_from(std::move(from)), m_to(std::move(to)), m_label(std::move(label)) {}

void RenameNodeCommand::apply(Model& model) {
    Node* node = model.findNode(m_from);
    if (node == nullptr)
        throw std::invalid_argument("node \"" + m_from + "\" is not in the document");
    if (m_to.empty())
        throw std::invalid_argument("a node's id cannot be empty");
    if (m_to != m_from && nodeIdInUse(model, m_to))
        throw std::invalid_argument("the id \"" + m_to + "\" is already used in the document");
    m_labelBefore = node->label;
    m_shownBefore = node->displayLabel();
    if (m_label)
        node->label = *m_label;
    if (m_to != m_from)
        replaceNodeId(model, m_from, m_to);
}

void RenameNodeCommand::revert(Model& model) {
    if (m_to != m_from)
        replaceNodeId(model, m_to, m_from);
    if (Node* node = model.findNode(m_from))
        node->label = m_labelBefore;
}

std::string RenameNodeCommand::description() const {
    if (m_label && *m_label != m_labelBefore)
        return fill(tr("Rename '{}' to '{}'"), {m_shownBefore, m_label->empty() ? m_to : *m_label});
    return fill(tr("Change the id of '{}' to '{}'"), {m_shownBefore, m_to});
}

// ---- ids from labels --------------------------------------------------------------------------

std::string slugFromLabel(std::string_view label) {
    // Two-byte UTF-8 Latin letters folded to ASCII (lower and upper case alike).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kFolded{{
        {"\xC3\xA6", "ae"}, {"\xC3\x86", "ae"}, {"\xC3\xB8", "o"}, {"\xC3\x98", "o"}, {"\xC3\xA5", "a"},
        {"\xC3\x85", "a"},  {"\xC3\xA9", "e"},  {"\xC3\x89", "e"}, {"\xC3\xA8", "e"}, {"\xC3\xA0", "a"},
        {"\xC3\xA1", "a"},  {"\xC3\xA4", "a"},  {"\xC3\x84", "a"}, {"\xC3\xB6", "o"}, {"\xC3\x96", "o"},
        {"\xC3\xB3", "o"},  {"\xC3\xB4", "o"},  {"\xC3\xBC", "u"}, {"\xC3\x9C", "u"}, {"\xC3\xBA", "u"},
        {"\xC3\x9F", "ss"}, {"\xC3\xAD", "i"},  {"\xC3\xB1", "n"}, {"\xC3\xA7", "c"}, {"\xC3\xAA", "e"},
        {"\xC3\xAB", "e"},  {"\xC3\xAF", "i"},  {"\xC3\xA2", "a"}, {"\xC3\xBB", "u"}, {"\xC3\xAE", "i"},
    }};
    constexpr std::size_t kMaxLength = 48;
    std::string slug;
    bool gap = false;
    const auto append = [&](std::string_view text) {
        if (gap && !slug.empty())
            slug += '-';
        gap = false;
        slug += text;
    };
    for (std::size_t i = 0; i < label.size() && slug.size() < kMaxLength;) {
        const auto c = static_cast<unsigned char>(label[i]);
        if (std::isalnum(c) != 0 && c < 0x80) {
            const char lower = static_cast<char>(std::tolower(c));
            append(std::string_view(&lower, 1));
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const auto folded = std::find_if(kFolded.begin(), kFolded.end(), [&](const auto& entry) {
                return label.substr(i).starts_with(entry.first);
            });
            if (folded != kFolded.end()) {
                append(folded->second);
                i += folded->first.size();
                continue;
            }
            // Any other character: skip its whole UTF-8 sequence, as a separator.
            ++i;
            while (i < label.size() && (static_cast<unsigned char>(label[i]) & 0xC0) == 0x80)
                ++i;
            gap = true;
            continue;
        }
        gap = true;
        ++i;
    }
    if (slug.size() > kMaxLength)
        slug.resize(kMaxLength);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

std::string uniqueNodeId(const Model& model, const std::string& base) {
    if (!nodeIdInUse(model, base))
        return base;
    for (std::size_t k = 2;; ++k) {
        std::string id = base + "-" + std::to_string(k);
        if (!nodeIdInUse(model, id))
            return id;
    }
}

bool isAutomaticNodeId(std::string_view id, NodeKind kind) {
    std::string prefix(toString(kind));
    std::replace(prefix.begin(), prefix.end(), '_', '-');
    prefix += '-';
    if (!id.starts_with(prefix) || id.size() == prefix.size())
        return false;
    const std::string_view digits = id.substr(prefix.size());
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace orgweave::core
