// Sections: problems · text checks · validation and native JSON · numbers · loss warnings
#include "InteropSupport.hpp"
#include "orgweave/core/Translate.hpp"

#include "JsonLocator.hpp"
#include "ModelJson.hpp"
#include "Utf8.hpp"
#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <system_error>
#include <utility>

namespace orgweave::core::interop {

using nlohmann::ordered_json;

namespace {
constexpr std::size_t kMaxReportedProblems = 100;

std::optional<std::size_t> indexAfter(const std::string& pointer, std::string_view prefix) {
    if (pointer.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    std::size_t index = 0;
    const char* begin = pointer.data() + prefix.size();
    const auto [end, ec] = std::from_chars(begin, pointer.data() + pointer.size(), index);
    if (ec != std::errc() || end == begin)
        return std::nullopt;
    return index;
}

Location locate(const std::string& pointer, const std::vector<Location>& nodes,
                const std::vector<Location>& ties) {
    if (auto i = indexAfter(pointer, "/nodes/"); i && *i < nodes.size())
        return nodes[*i];
    if (auto i = indexAfter(pointer, "/ties/"); i && *i < ties.size())
        return ties[*i];
    return {};
}
}  // namespace

// ---- problems ---------------------------------------------------------------------------------

void Problems::error(Location where, std::string message) {
    ++m_errors;
    m_list.push_back(Diagnostic{Severity::Error, m_file, where.line, where.column, {}, std::move(message)});
}

void Problems::warning(Location where, std::string message) {
    m_list.push_back(Diagnostic{Severity::Warning, m_file, where.line, where.column, {}, std::move(message)});
}

LoadResult Problems::finish(std::optional<Model> model) {
    LoadResult result;
    std::stable_sort(m_list.begin(), m_list.end(), [](const Diagnostic& a, const Diagnostic& b) {
        constexpr int kUnknown = std::numeric_limits<int>::max();  // unknown positions last
        return std::pair(a.line == 0 ? kUnknown : a.line, a.column) <
               std::pair(b.line == 0 ? kUnknown : b.line, b.column);
    });
    const std::size_t total = m_list.size();
    if (total > kMaxReportedProblems) {
        // Keep the first errors rather than the first warnings.
        std::stable_partition(m_list.begin(), m_list.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::Error; });
        m_list.resize(kMaxReportedProblems);
    }
    result.diagnostics = std::move(m_list);
    if (total > kMaxReportedProblems) {
        result.diagnostics.push_back(
            Diagnostic{m_errors > 0 ? Severity::Error : Severity::Warning,
                       m_file,
                       0,
                       0,
                       {},
                       fill(trn("{} more problem not shown", "{} more problems not shown",
                                static_cast<unsigned long>(total - kMaxReportedProblems)),
                            {std::to_string(total - kMaxReportedProblems)})});
    }
    m_list.clear();
    if (m_errors == 0 && model)
        result.model = std::move(model);
    return result;
}

// ---- text checks ------------------------------------------------------------------------------

std::optional<XmlCharacterRepair> repairXmlCharacters(std::string_view text) {
    XmlCharacterRepair repair;
    std::size_t from = 0;  // text[from, pos) is copied when the first repair happens
    const auto replace = [&](std::size_t pos, std::size_t length, std::string example) {
        if (repair.count++ == 0) {
            repair.firstOffset = pos;
            repair.example = std::move(example);
            repair.text.reserve(text.size() + 16);
        }
        repair.text.append(text.substr(from, pos - from));
        repair.text += "\xEF\xBF\xBD";  // U+FFFD
        from = pos + length;
    };
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
            char name[8];
            std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
            replace(pos, 1, name);
            continue;
        }
        if (c != '&' || pos + 2 >= text.size() || text[pos + 1] != '#')
            continue;
        const std::size_t semicolon = text.find(';', pos);
        if (semicolon == std::string_view::npos || semicolon - pos > 12)
            continue;
        std::string_view digits = text.substr(pos + 2, semicolon - pos - 2);
        int base = 10;
        if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
            base = 16;
            digits.remove_prefix(1);
        }
        std::uint64_t value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
            continue;
        const bool allowed = (value >= 0x20 || value == 0x9 || value == 0xA || value == 0xD) &&
                             !(value >= 0xD800 && value <= 0xDFFF) && value <= 0x10FFFF && value != 0xFFFE &&
                             value != 0xFFFF;
        if (!allowed) {
            replace(pos, semicolon - pos + 1, std::string(text.substr(pos, semicolon - pos + 1)));
            pos = semicolon;
        }
    }
    if (repair.count == 0)
        return std::nullopt;
    repair.text.append(text.substr(from));
    return repair;
}

std::string xmlCharacterRepairMessage(const XmlCharacterRepair& repair) {
    return fill(tr("{} character(s) such as {} that XML cannot hold (NUL, a lone surrogate or a control "
                   "character); each is read as U+FFFD (\xEF\xBF\xBD) and the text around it is kept"),
                {std::to_string(repair.count), repair.example});
}

Location locationOf(std::string_view text, std::size_t offset) {
    const auto [line, column] = lineColumnOf(text, offset);
    return Location{line, column};
}

Location LineIndex::at(std::ptrdiff_t offset) const {
    if (offset < 0)
        return {};
    const std::size_t o = std::min(static_cast<std::size_t>(offset), m_text.size());
    if (o < m_offset) {
        m_offset = m_lineStart = 0;
        m_line = 1;
    }
    for (;;) {
        const std::size_t nl = m_text.find('\n', m_offset);
        if (nl == std::string_view::npos || nl >= o)
            break;
        ++m_line;
        m_lineStart = m_offset = nl + 1;
    }
    m_offset = o;
    return Location{m_line, static_cast<int>(o - m_lineStart) + 1};
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool checkText(std::string_view& text, Problems& problems, std::string_view what) {
    if (text.size() > kMaxDocumentBytes) {
        problems.error({},
                       fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                            {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)}));
        return false;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (auto bad = firstInvalidUtf8(text, /*rejectNul=*/true)) {
        const auto byte = static_cast<unsigned char>(text[*bad]);
        const char* digits = "0123456789ABCDEF";
        problems.error(
            locationOf(text, *bad),
            byte == 0 ? fill(tr("the file contains a NUL byte: it is binary data, not {}"), {ui().text(what)})
                      : fill(tr("the file is not UTF-8 text (byte 0x{}); save it as UTF-8"),
                             {std::string{digits[byte >> 4], digits[byte & 0xF]}}));
        return false;
    }
    return true;
}

// ---- validation and native JSON ---------------------------------------------------------------

void validateInto(const Model& model, const std::vector<Location>& nodeLocations,
                  const std::vector<Location>& tieLocations, Problems& problems) {
    for (const Diagnostic& d : validate(model)) {
        const Location where = locate(d.pointer, nodeLocations, tieLocations);
        if (d.severity == Severity::Error) {
            problems.error(where, d.message);
        } else {
            problems.warning(where, d.message);
        }
    }
}

ordered_json nativeJson(const Model& model) {
    return modelToJson(model, kFormatVersion);
}

ordered_json documentBlob(const ordered_json& doc) {
    ordered_json blob = ordered_json::object();
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "nodes" || it.key() == "ties")
            continue;
        if (it.key() == "layout" && it.value().is_object()) {
            ordered_json layout = it.value();
            layout.erase("positions");
            if (!layout.empty())
                blob["layout"] = std::move(layout);
            continue;
        }
        blob[it.key()] = it.value();
    }
    return blob;
}

LoadResult parseNativeTree(const ordered_json& doc, const std::string& file) {
    const std::string text = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    LoadResult parsed = parseDocument(text, file);
    for (Diagnostic& d : parsed.diagnostics)
        d.line = d.column = 0;
    return parsed;
}

std::optional<Model> modelFromNative(const ordered_json& doc, const std::vector<Location>& nodeLocations,
                                     const std::vector<Location>& tieLocations, Problems& problems,
                                     Location elsewhere) {
    LoadResult parsed = parseNativeTree(doc, problems.file());
    for (const Diagnostic& d : parsed.diagnostics) {
        Location where = locate(d.pointer, nodeLocations, tieLocations);
        if (where.line == 0)
            where = elsewhere;
        if (d.severity == Severity::Error) {
            problems.error(where, d.message);
        } else {
            problems.warning(where, d.message);
        }
    }
    return std::move(parsed.model);
}

// ---- numbers ----------------------------------------------------------------------------------

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string formatNumber(double value) {
    value += 0.0;  // -0 is written as 0
    if (!std::isfinite(value))
        return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

// ---- tokens -----------------------------------------------------------------------------------

std::optional<TokenView> TokenCursor::next() {
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
            m_lineHasToken = false;
            continue;
        }
        if (isSeparator(c)) {
            ++m_pos;
            continue;
        }
        if (!m_lineHasToken && m_comment && c == m_comment) {
            const std::size_t nl = m_text.find('\n', m_pos);
            m_pos = nl == std::string_view::npos ? m_text.size() : nl;
            continue;
        }
        m_lineHasToken = true;
        TokenView token;
        token.where = Location{m_line, static_cast<int>(m_pos - m_lineStart) + 1};
        std::size_t lineEnd = m_text.find('\n', m_pos);
        if (lineEnd == std::string_view::npos)
            lineEnd = m_text.size();
        if (c == '"') {
            token.quoted = true;
            const std::size_t close = m_text.substr(0, lineEnd).find('"', m_pos + 1);
            if (close == std::string_view::npos) {
                token.unterminated = true;
                std::size_t end = lineEnd;
                if (end > m_pos + 1 && m_text[end - 1] == '\r')
                    --end;
                token.text = m_text.substr(m_pos + 1, end - m_pos - 1);
                m_pos = lineEnd;
            } else {
                token.text = m_text.substr(m_pos + 1, close - m_pos - 1);
                m_pos = close + 1;
            }
        } else {
            const std::size_t start = m_pos;
            while (m_pos < lineEnd && !isSeparator(m_text[m_pos]))
                ++m_pos;
            token.text = m_text.substr(start, m_pos - start);
        }
        return token;
    }
    return std::nullopt;
}

std::vector<TokenLine> tokenLines(std::string_view text, bool commas, char comment) {
    std::vector<TokenLine> lines;
    std::size_t pos = 0;
    int line = 1;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view content = text.substr(pos, end - pos);
        if (!content.empty() && content.back() == '\r')
            content.remove_suffix(1);
        TokenLine tokens;
        std::size_t i = 0;
        auto isSeparator = [&](char c) { return c == ' ' || c == '\t' || c == '\r' || (commas && c == ','); };
        while (i < content.size()) {
            while (i < content.size() && isSeparator(content[i]))
                ++i;
            if (i >= content.size())
                break;
            if (tokens.empty() && comment && content[i] == comment)
                break;
            Token token;
            token.where = Location{line, static_cast<int>(i) + 1};
            if (content[i] == '"') {
                token.quoted = true;
                const std::size_t close = content.find('"', i + 1);
                if (close == std::string_view::npos) {
                    token.unterminated = true;
                    token.text = std::string(content.substr(i + 1));
                    i = content.size();
                } else {
                    token.text = std::string(content.substr(i + 1, close - i - 1));
                    i = close + 1;
                }
            } else {
                const std::size_t start = i;
                while (i < content.size() && !isSeparator(content[i]))
                    ++i;
                token.text = std::string(content.substr(start, i - start));
            }
            tokens.push_back(std::move(token));
        }
        if (!tokens.empty())
            lines.push_back(std::move(tokens));
        pos = end + 1;
        ++line;
    }
    return lines;
}

// ---- loss warnings ----

namespace {
constexpr const char* kNodesLose = N_("{} cannot carry {}: {} node(s) lose it");
constexpr const char* kTiesLose = N_("{} cannot carry {}: {} tie(s) lose it");
}  // namespace

// ---- loss warnings (the function)
// ----------------------------------------------------------------------------

void lossWarnings(const Model& model, const Carries& carries, std::string_view format,
                  const std::string& file, Diagnostics& warnings) {
    // `pattern`: "{format} cannot carry {what}: {count} node(s) lose it"; `what` is marked with N_.
    auto warn = [&](std::size_t count, const char* pattern, const char* what) {
        if (count == 0)
            return;
        warnings.push_back(
            Diagnostic{Severity::Warning,
                       file,
                       0,
                       0,
                       {},
                       fill(tr(pattern), {std::string(format), tr(what), std::to_string(count)})});
    };
    auto countNodes = [&](const std::function<bool(const Node&)>& has) {
        return static_cast<std::size_t>(std::count_if(model.nodes.begin(), model.nodes.end(), has));
    };
    auto countTies = [&](const std::function<bool(const Tie&)>& has) {
        return static_cast<std::size_t>(std::count_if(model.ties.begin(), model.ties.end(), has));
    };
    if (!carries.kinds) {
        warn(countNodes([](const Node& n) { return n.kind != NodeKind::Role; }), kNodesLose,
             N_("node kinds (they are read back as roles)"));
        warn(countTies([](const Tie& t) { return t.kind != TieKind::Collaborates; }), kTiesLose,
             N_("tie kinds (they are read back as collaborates)"));
    }
    if (!carries.nodeLabels) {
        warn(countNodes([](const Node& n) { return !n.label.empty() && n.label != n.id; }), kNodesLose,
             N_("labels besides the node id"));
    }
    if (!carries.containment) {
        warn(countNodes([](const Node& n) {
                 return !n.organization.empty() || !n.site.empty() || !n.owner.empty();
             }),
             kNodesLose, N_("containment (organization, site, owner)"));
    }
    if (!carries.nodeType)
        warn(countNodes([](const Node& n) { return !n.type.empty(); }), kNodesLose, N_("node types"));
    if (!carries.structured) {
        warn(countNodes([](const Node& n) {
                 return !n.note.empty() || n.committee->level || !n.committee->mandate.empty() ||
                        !n.committee->decisionRule.empty() || n.committee->meetingsPerYear ||
                        !n.committee->permanence.empty() || !n.committee->endDate.empty() ||
                        n.committee->chairRotation || !n.committee->characteristics.empty() || n.leadership ||
                        !n.learningAction->strategies.empty() || !n.learningAction->practices.empty() ||
                        n.learningAction->iterations || !n.learningAction->phase.empty() ||
                        !n.learningAction->status.empty() || !n.learningAction->facilitator.empty() ||
                        !n.learningAction->focalProcess.empty() || !n.learningAction->sharedTool.empty() ||
                        !n.learningAction->contradictions.empty() || !n.extra.empty();
             }),
             kNodesLose, N_("committee, leadership, learning-action fields and notes"));
        warn(countTies([](const Tie& t) {
                 return !t.details->seat.empty() || !t.details->represents.empty() ||
                        !t.details->rc.empty() || !t.extra.empty();
             }),
             kTiesLose, N_("seats, represented organizations and RC scores"));
    }
    if (!carries.attrs) {
        warn(countNodes([](const Node& n) { return !n.attrs.empty(); }), kNodesLose, N_("node attributes"));
        warn(countTies([](const Tie& t) { return !t.attrs.empty(); }), kTiesLose, N_("tie attributes"));
    }
    if (!carries.tieIds) {
        std::size_t index = 0;
        warn(countTies([&](const Tie& t) { return t.id != "e" + std::to_string(index++); }), kTiesLose,
             N_("tie ids (ties are numbered e0, e1, … when read back)"));
    }
    if (!carries.tieLabels) {
        warn(countTies([](const Tie& t) { return !t.details->label.empty() || !t.details->note.empty(); }),
             kTiesLose, N_("tie labels and notes"));
    }
    if (!carries.direction) {
        warn(countTies([](const Tie& t) { return t.directed.has_value(); }), kTiesLose,
             N_("explicit tie direction"));
    }
    if (!carries.weights)
        warn(countTies([](const Tie& t) { return t.weight.has_value(); }), kTiesLose, N_("tie weights"));
    if (!carries.positions)
        warn(model.layout.positions.size(), kNodesLose, N_("positions"));
    if (!carries.phases) {
        warn(countNodes([](const Node& n) { return !n.phases.empty(); }), kNodesLose, N_("phases"));
        warn(countTies([](const Tie& t) { return !t.phases.empty(); }), kTiesLose, N_("phases"));
    }
    if (!carries.document) {
        const Annotations& a = model.annotations;
        std::vector<std::string> parts;
        if (!a.meta.title.empty() || !a.meta.description.empty() || !a.meta.sources.empty() ||
            !a.meta.extra.empty())
            parts.push_back("meta");
        if (!a.context.empty())
            parts.push_back("context");
        if (!a.governance.empty())
            parts.push_back("governance");
        if (!a.characteristics.empty())
            parts.push_back("characteristics");
        if (!a.phases.empty())
            parts.push_back("phases");
        if (!a.views.empty())
            parts.push_back("views");
        if (!model.layout.pinned.empty())
            parts.push_back(tr("pinned nodes"));
        if (!model.extra.empty())
            parts.push_back(tr("unknown top-level keys"));
        if (!parts.empty()) {
            std::string list;
            for (const std::string& p : parts)
                list += (list.empty() ? "" : ", ") + p;
            warnings.push_back(Diagnostic{Severity::Warning,
                                          file,
                                          0,
                                          0,
                                          {},
                                          fill(tr("{} cannot carry the document's {}; they are not written"),
                                               {std::string(format), list})});
        }
    }
}

}  // namespace orgweave::core::interop
