// Sections: helpers · scanning records · building the model · entry points
//
// The scanner turns the text into records of fields, each field with its line and column, so that
// every later message points at the field it is about. Quoted fields may contain separators,
// doubled quotes and line breaks (RFC 4180). The separator is chosen on the first record: ';' when
// it holds a semicolon outside quotes (spreadsheets in comma-decimal locales), else ','. With ';'
// a weight may use a decimal comma ("1,5").
#include "orgweave/core/EdgeListCsv.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "CsvScanner.hpp"

#include "InteropSupport.hpp"
#include "JsonLocator.hpp"
#include "PositionsJson.hpp"
#include "Utf8.hpp"
#include "orgweave/core/AtomicFile.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace orgweave::core {

namespace {

using csv::Field;
using csv::parseNumber;
using csv::Problem;
using csv::Record;
using csv::Scanner;
using csv::trimBlanks;

// ---- helpers ----------------------------------------------------------------------------------

constexpr std::size_t kMaxReportedProblems = 100;

// ---- building the model -----------------------------------------------------------------------

bool namesColumns(const Record& record) {
    const std::string first = toLowerAscii(record.fields[0].text);
    const std::string second = toLowerAscii(record.fields[1].text);
    const bool ends = (first == "source" && second == "target") || (first == "from" && second == "to");
    if (record.fields.size() == 2)
        return ends;
    return ends || toLowerAscii(record.fields[2].text) == "weight";
}

bool isHeader(const Record& record, char separator) {
    if (record.fields.size() < 2 || record.fields.size() > 3)
        return false;
    if (namesColumns(record))
        return true;
    if (record.fields.size() == 3) {
        const std::string& third = record.fields[2].text;
        return !third.empty() && !parseNumber(third, separator);
    }
    return false;
}

/// "1 field", "3 fields", translated.
std::string fieldCount(std::size_t n) {
    return fill(trn("{} field", "{} fields", static_cast<unsigned long>(n)), {std::to_string(n)});
}

/// "1 column", "3 columns", translated.
std::string columnCount(std::size_t n) {
    return fill(trn("{} column", "{} columns", static_cast<unsigned long>(n)), {std::to_string(n)});
}

// ---- tables (nodes file + ties file) ----------------------------------------------------------

using interop::Location;
using nlohmann::json;
using nlohmann::ordered_json;

/// Columns that are node fields (everything else goes to attrs).
const std::set<std::string> kNodeColumns{"id",   "label", "kind", "type", "organization",
                                         "site", "owner", "x",    "y",    "orgweave"};
/// Columns that are tie fields.
const std::set<std::string> kTieColumns{"id",       "source", "target", "kind",
                                        "directed", "weight", "label",  "orgweave"};
const std::vector<std::string> kNodeBlobSkip{"id", "label", "kind", "type", "organization", "site", "owner"};
const std::vector<std::string> kTieBlobSkip{"id", "source", "target", "kind", "directed", "weight", "label"};

/// A column name as a field name: lower case, blanks trimmed, "from"/"to"/"node"/"name" mapped.
std::string columnName(const std::string& header, bool ties) {
    std::string name = toLowerAscii(trimBlanks(header));
    if (ties && name == "from")
        return "source";
    if (ties && name == "to")
        return "target";
    if (!ties && (name == "node" || name == "name"))
        return "id";
    return name;
}

/// Directed, undirected or mutual (any case).
bool isDirectionWord(std::string_view text) {
    const std::string v = toLowerAscii(trimBlanks(text));
    return v == "directed" || v == "undirected" || v == "mutual";
}

struct Table;
ordered_json cellValue(const Table& table, std::size_t column, const std::string& text);

/// One CSV table: its header (field names) and its rows; nullopt when unusable (reported).
struct Table {
    std::string file;
    char separator = ',';
    std::vector<std::string> columns;  ///< field names, see columnName()
    std::vector<std::string> headers;  ///< as written (attrs keep the user's spelling)
    std::vector<Record> rows;
    Record header;
    bool labelIsId = false;     ///< a Kumu elements sheet: the Label names the element
    std::vector<bool> numeric;  ///< per column: every non-empty cell is a number (kept as one)
    int column(const std::string& name) const {
        const auto it = std::find(columns.begin(), columns.end(), name);
        return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
    }
};

/// A cell for attrs: a number when its whole column holds numbers (integers stay integers), else text.
ordered_json cellValue(const Table& table, std::size_t column, const std::string& text) {
    if (column < table.numeric.size() && table.numeric[column]) {
        if (const auto i = interop::parseInteger(text))
            return *i;
        if (const auto v = parseNumber(text, table.separator))
            return *v;
    }
    return text;
}

class TableReader {
public:
    TableReader(std::optional<std::string_view> nodes, std::string nodesFile,
                std::optional<std::string_view> ties, std::string tiesFile)
        : m_nodesText(nodes),
          m_tiesText(ties),
          m_nodeProblems(std::move(nodesFile)),
          m_tieProblems(std::move(tiesFile)) {}

    LoadResult read() {
        std::optional<Table> nodes;
        std::optional<Table> ties;
        if (m_nodesText)
            nodes = scan(*m_nodesText, m_nodeProblems, false);
        if (m_tiesText)
            ties = scan(*m_tiesText, m_tieProblems, true);
        if (!m_nodeProblems.hasErrors() && !m_tieProblems.hasErrors()) {
            if (nodes)
                readNodes(*nodes);
            if (ties)
                readTies(*ties, !nodes.has_value());
        }
        std::optional<Model> model;
        if (!m_nodeProblems.hasErrors() && !m_tieProblems.hasErrors()) {
            ordered_json doc = ordered_json::object();
            doc["format"] = "orgweave";
            doc["version"] = kFormatVersion;
            doc["nodes"] = ordered_json(m_nodes);
            doc["ties"] = ordered_json(m_ties);
            if (!m_positions.empty())
                doc["layout"] = ordered_json{{"positions", m_positions.toJson()}};
            definePhases(doc);
            defineWaves(doc);
            LoadResult parsed = interop::parseNativeTree(doc, m_nodeProblems.file());
            for (const Diagnostic& d : parsed.diagnostics)
                record(d);
            model = std::move(parsed.model);
        }
        LoadResult result = m_nodeProblems.finish(std::nullopt);
        LoadResult tieResult = m_tieProblems.finish(std::nullopt);
        result.diagnostics.insert(result.diagnostics.end(), tieResult.diagnostics.begin(),
                                  tieResult.diagnostics.end());
        if (!core::hasErrors(result.diagnostics))
            result.model = std::move(model);
        return result;
    }

private:
    /// Phases named by nodes or ties (in their orgweave cells): a table cannot define them, so they
    /// are created with their ids only, and a warning says so.
    void definePhases(ordered_json& doc) {
        std::vector<std::string> ids;
        for (const char* items : {"nodes", "ties"}) {
            for (const ordered_json& item : doc[items]) {
                auto phases = item.find("phases");
                if (phases == item.end() || !phases->is_array())
                    continue;
                for (const ordered_json& id : *phases) {
                    if (id.is_string() &&
                        std::find(ids.begin(), ids.end(), id.get<std::string>()) == ids.end())
                        ids.push_back(id.get<std::string>());
                }
            }
        }
        if (ids.empty())
            return;
        ordered_json phases = ordered_json::array();
        std::string list;
        for (const std::string& id : ids) {
            phases.push_back(ordered_json{{"id", id}});
            list += (list.empty() ? "" : ", ") + id;
        }
        doc["phases"] = std::move(phases);
        m_nodeProblems.warning({}, fill(tr("phases {} are named by nodes or ties but a CSV table cannot "
                                           "define them; they are created without labels or dates"),
                                        {list}));
    }

    /// Survey waves named by ties (rc_wave in their orgweave cells): as with phases, a table cannot
    /// define them, so they are created with their ids only (no date), and a warning says so.
    void defineWaves(ordered_json& doc) {
        std::vector<std::string> ids;
        for (const ordered_json& tie : doc["ties"]) {
            auto wave = tie.find("rc_wave");
            if (wave != tie.end() && wave->is_string() &&
                std::find(ids.begin(), ids.end(), wave->get<std::string>()) == ids.end())
                ids.push_back(wave->get<std::string>());
        }
        if (ids.empty())
            return;
        ordered_json waves = ordered_json::array();
        std::string list;
        for (const std::string& id : ids) {
            waves.push_back(ordered_json{{"id", id}});
            list += (list.empty() ? "" : ", ") + id;
        }
        doc["rc_waves"] = std::move(waves);
        m_tieProblems.warning({}, fill(tr("survey waves {} are named by ties but a CSV table cannot define "
                                          "them; they are created without labels or dates"),
                                       {list}));
    }

    /// Records a native-reader diagnostic at the row of the node or tie it names.
    void record(const Diagnostic& d) {
        auto indexAfter = [&](std::string_view prefix) -> std::optional<std::size_t> {
            if (d.pointer.compare(0, prefix.size(), prefix) != 0)
                return std::nullopt;
            std::size_t index = 0;
            const char* begin = d.pointer.data() + prefix.size();
            const auto [end, ec] = std::from_chars(begin, d.pointer.data() + d.pointer.size(), index);
            if (ec != std::errc() || end == begin)
                return std::nullopt;
            return index;
        };
        interop::Problems* target = &m_nodeProblems;
        Location where;
        if (auto i = indexAfter("/nodes/"); i && *i < m_nodeLocations.size()) {
            where = m_nodeLocations[*i];
            if (m_nodeFromTies[*i])
                target = &m_tieProblems;
        } else if (auto t = indexAfter("/ties/"); t && *t < m_tieLocations.size()) {
            where = m_tieLocations[*t];
            target = &m_tieProblems;
        }
        if (d.severity == Severity::Error) {
            target->error(where, d.message);
        } else {
            target->warning(where, d.message);
        }
    }

    std::optional<Table> scan(std::string_view text, interop::Problems& problems, bool ties) {
        if (!interop::checkText(text, problems, ties ? N_("a CSV ties table") : N_("a CSV nodes table")))
            return std::nullopt;
        std::vector<Problem> scanned;
        Scanner scanner(text, scanned);
        Table table;
        table.file = problems.file();
        table.rows = scanner.records();
        table.separator = scanner.separator();
        for (const Problem& p : scanned)
            problems.error(Location{p.line, p.column}, p.message);
        if (!scanned.empty())
            return std::nullopt;
        if (table.rows.empty()) {
            problems.error({1, 1}, fill(tr("the file is empty; expected a header row ({})"),
                                        {(ties ? "source,target,…" : "id,label,kind,…")}));
            return std::nullopt;
        }
        table.header = std::move(table.rows.front());
        table.rows.erase(table.rows.begin());
        std::set<std::string> seen;
        for (const Field& f : table.header.fields) {
            table.columns.push_back(columnName(f.text, ties));
            table.headers.push_back(std::string(trimBlanks(f.text)));
            if (table.columns.back().empty()) {
                problems.error({f.line, f.column}, tr("empty column name in the header"));
            } else if (!seen.insert(table.columns.back()).second) {
                problems.error({f.line, f.column},
                               fill(tr("column \"{}\" appears twice in the header"), {f.text}));
            }
        }
        if (!ties && table.column("id") < 0 && table.column("label") >= 0)
            table.labelIsId = true;  // Kumu's elements sheet: Label, Type, Description, Tags, …
        table.numeric.assign(table.columns.size(), true);
        std::vector<bool> any(table.columns.size(), false);
        for (const Record& row : table.rows) {
            for (std::size_t c = 0; c < row.fields.size() && c < table.columns.size(); ++c) {
                const std::string_view cell = row.fields[c].text;
                if (cell.empty() || !table.numeric[c])
                    continue;
                any[c] = true;
                const auto v = parseNumber(cell, table.separator);
                const bool leadingZero =
                    cell.size() > 1 && cell[0] == '0' && cell[1] != '.' && cell[1] != ',';
                if (!v || !std::isfinite(*v) || leadingZero)
                    table.numeric[c] = false;
            }
        }
        for (std::size_t c = 0; c < any.size(); ++c)
            table.numeric[c] = table.numeric[c] && any[c];
        const std::vector<std::string> required =
            ties ? std::vector<std::string>{"source", "target"}
                 : std::vector<std::string>{table.labelIsId ? "label" : "id"};
        for (const std::string& column : required) {
            if (table.column(column) < 0) {
                problems.error(
                    {table.header.line, 1},
                    fill(ties
                             ? tr("the header has no \"{}\" column (a ties table needs source and target, or "
                                  "from and to)")
                             : tr("the header has no \"{}\" column (a nodes table needs id, or label as Kumu "
                                  "writes it)"),
                         {column}));
            }
        }
        if (problems.hasErrors())
            return std::nullopt;
        return table;
    }

    /// Cells of a row, or false (reported) when the row has the wrong number of fields.
    bool rowFits(const Table& table, const Record& row, interop::Problems& problems) {
        if (row.fields.size() == table.columns.size())
            return true;
        const int column = row.fields.size() > table.columns.size() ? row.fields[table.columns.size()].column
                                                                    : row.endColumn;
        problems.error({row.line, column},
                       fill(tr("found {}, expected {} like the header on line {}"),
                            {fieldCount(row.fields.size()), std::to_string(table.columns.size()),
                             std::to_string(table.header.line)}));
        return false;
    }

    /// The "orgweave" cell as a JSON object (empty cell: empty object).
    std::optional<ordered_json> blobOf(const Field& field, interop::Problems& problems) {
        if (trimBlanks(field.text).empty())
            return ordered_json::object();
        if (!findExcessiveNesting(field.text, kMaxJsonDepth)) {
            try {
                ordered_json blob = ordered_json::parse(field.text);
                if (blob.is_object())
                    return blob;
            } catch (const json::exception&) {
            }
        }
        problems.error({field.line, field.column}, tr("the orgweave cell is not a JSON object"));
        return std::nullopt;
    }

    void readNodes(const Table& table) {
        const int blobColumn = table.column("orgweave");
        for (const Record& row : table.rows) {
            if (!rowFits(table, row, m_nodeProblems))
                continue;
            ordered_json node = ordered_json::object();
            if (blobColumn >= 0) {
                auto blob = blobOf(row.fields[static_cast<std::size_t>(blobColumn)], m_nodeProblems);
                if (!blob)
                    continue;
                node = std::move(*blob);
            }
            std::optional<double> x;
            std::optional<double> y;
            bool ok = true;
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const Field& f = row.fields[c];
                const std::string& name = table.columns[c];
                if (name == "orgweave")
                    continue;
                if (name == "x" || name == "y") {
                    if (f.text.empty())
                        continue;
                    auto v = parseNumber(f.text, table.separator);
                    if (!v || !std::isfinite(*v)) {
                        m_nodeProblems.error({f.line, f.column},
                                             fill(tr("{} \"{}\" is not a number"), {name, f.text}));
                        ok = false;
                    }
                    (name == "x" ? x : y) = v;
                } else if (kNodeColumns.count(name)) {
                    if (!f.text.empty() || name == "id")
                        node[name] = f.text;
                } else if (blobColumn < 0 && !f.text.empty()) {
                    if (!node.contains("attrs"))
                        node["attrs"] = ordered_json::object();
                    node["attrs"][table.headers[c]] = cellValue(table, c, f.text);
                }
            }
            if (table.labelIsId)
                node["id"] = node.value("label", std::string());
            const std::string id = node["id"].get<std::string>();
            if (id.empty()) {
                m_nodeProblems.error(
                    {row.line,
                     row.fields[static_cast<std::size_t>(table.column(table.labelIsId ? "label" : "id"))]
                         .column},
                    tr("empty id: every node needs one"));
                ok = false;
            }
            if (!ok)
                continue;
            if (!node.contains("kind"))
                node["kind"] = "role";
            if (x && y)
                m_positions.set(id, *x, *y);
            m_nodeIds.insert(id);
            m_nodeLocations.push_back(Location{row.line, 1});
            m_nodeFromTies.push_back(false);
            m_nodes.push_back(std::move(node));
        }
    }

    void readTies(const Table& table, bool createNodes) {
        const int blobColumn = table.column("orgweave");
        const int idColumn = table.column("id");
        std::set<std::string> explicitIds;
        if (idColumn >= 0) {
            for (const Record& row : table.rows) {
                if (row.fields.size() > static_cast<std::size_t>(idColumn))
                    explicitIds.insert(row.fields[static_cast<std::size_t>(idColumn)].text);
            }
        }
        for (const Record& row : table.rows) {
            if (!rowFits(table, row, m_tieProblems))
                continue;
            ordered_json tie = ordered_json::object();
            if (blobColumn >= 0) {
                auto blob = blobOf(row.fields[static_cast<std::size_t>(blobColumn)], m_tieProblems);
                if (!blob)
                    continue;
                tie = std::move(*blob);
            }
            bool ok = true;
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const Field& f = row.fields[c];
                const std::string& name = table.columns[c];
                if (name == "orgweave")
                    continue;
                if (name == "weight") {
                    if (f.text.empty())
                        continue;
                    auto w = parseNumber(f.text, table.separator);
                    if (!w) {
                        m_tieProblems.error({f.line, f.column},
                                            fill(tr("weight \"{}\" is not a number"), {f.text}));
                        ok = false;
                    } else if (!std::isfinite(*w) || *w <= 0) {
                        m_tieProblems.error(
                            {f.line, f.column},
                            fill(tr("weight {} is not a positive number (a tie weight is > 0)"), {f.text}));
                        ok = false;
                    } else {
                        tie["weight"] = *w;
                    }
                } else if (name == "directed") {
                    if (f.text.empty())
                        continue;
                    const std::string v = toLowerAscii(f.text);
                    if (v == "true" || v == "1" || v == "yes") {
                        tie["directed"] = true;
                    } else if (v == "false" || v == "0" || v == "no") {
                        tie["directed"] = false;
                    } else {
                        m_tieProblems.error({f.line, f.column},
                                            fill(tr("directed \"{}\" is not true or false"), {f.text}));
                        ok = false;
                    }
                } else if (name == "source" || name == "target") {
                    if (f.text.empty()) {
                        m_tieProblems.error({f.line, f.column},
                                            fill(tr("empty {} id: every tie needs two node ids"), {name}));
                        ok = false;
                    }
                    tie[name] = f.text;
                } else if ((name == "type" || name == "direction") && blobColumn < 0 &&
                           isDirectionWord(f.text)) {
                    // Gephi's Type (Directed / Undirected) and Kumu's Direction decide per tie.
                    tie["directed"] = toLowerAscii(f.text) == "directed";
                } else if ((name == "type" || (name == "kind" && !tieKindFromString(f.text))) &&
                           blobColumn < 0) {
                    // Gephi's Kind and Kumu's connection Type name a relation, not our tie kind.
                    if (!f.text.empty()) {
                        if (!tie.contains("attrs"))
                            tie["attrs"] = ordered_json::object();
                        tie["attrs"]["relation"] = f.text;
                    }
                } else if (kTieColumns.count(name)) {
                    if (!f.text.empty())
                        tie[name] = f.text;
                } else if (blobColumn < 0 && !f.text.empty()) {
                    if (!tie.contains("attrs"))
                        tie["attrs"] = ordered_json::object();
                    tie["attrs"][table.headers[c]] = cellValue(table, c, f.text);
                }
            }
            if (!ok)
                continue;
            if (!tie.contains("id")) {
                std::string id = "e" + std::to_string(m_ties.size());
                for (int k = 1; explicitIds.count(id) || m_tieIds.count(id); ++k)
                    id = "e" + std::to_string(m_ties.size()) + "_" + std::to_string(k);
                tie["id"] = id;
            }
            m_tieIds.insert(tie["id"].get<std::string>());
            if (!tie.contains("kind"))
                tie["kind"] = "collaborates";
            if (createNodes) {
                for (const char* end : {"source", "target"}) {
                    const std::string id = tie[end].get<std::string>();
                    if (m_nodeIds.insert(id).second) {
                        m_nodes.push_back(ordered_json{{"id", id}, {"kind", "role"}, {"label", id}});
                        m_nodeLocations.push_back(Location{row.line, 1});
                        m_nodeFromTies.push_back(true);
                    }
                }
            }
            m_tieLocations.push_back(Location{row.line, 1});
            m_ties.push_back(std::move(tie));
        }
    }

    std::optional<std::string_view> m_nodesText;
    std::optional<std::string_view> m_tiesText;
    interop::Problems m_nodeProblems;
    interop::Problems m_tieProblems;
    std::vector<ordered_json> m_nodes;
    std::vector<ordered_json> m_ties;
    std::vector<Location> m_nodeLocations;
    std::vector<bool> m_nodeFromTies;
    std::vector<Location> m_tieLocations;
    std::unordered_set<std::string> m_nodeIds;
    std::set<std::string> m_tieIds;
    PositionsJson m_positions;
};

/// A header row of a plain edge list (source/target/weight, from/to) or none at all.
bool isPlainEdgeList(std::string_view text) {
    std::vector<Problem> ignored;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    // Only the first record matters: scan up to the first line break outside quotes.
    bool quoted = false;
    std::size_t end = 0;
    std::size_t start = 0;
    while (end < text.size()) {
        const char c = text[end];
        if (c == '"')
            quoted = !quoted;
        if (!quoted && c == '\n') {
            const std::string_view line = trimBlanks(text.substr(start, end - start));
            if (!line.empty() && line != "\r" && line.front() != '#')
                break;
            start = end + 1;
        }
        ++end;
    }
    Scanner scanner(text.substr(start, end - start), ignored);
    const std::vector<Record> records = scanner.records();
    if (records.empty() || !ignored.empty())
        return true;
    const Record& first = records.front();
    if (first.fields.size() < 2)
        return true;
    std::vector<std::string> names;
    for (const Field& f : first.fields)
        names.push_back(columnName(f.text, true));
    const bool named = std::find(names.begin(), names.end(), "source") != names.end() &&
                       std::find(names.begin(), names.end(), "target") != names.end();
    if (!named)
        return true;  // no header, or one the edge-list reader judges
    return std::all_of(names.begin(), names.end(),
                       [](const std::string& n) { return n == "source" || n == "target" || n == "weight"; });
}

std::string csvField(const std::string& text) {
    const bool quote = text.find_first_of(",;\"\n\r") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' ' || text.front() == '#' ||
                                          text.front() == '\t'));
    if (!quote)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string scalarText(const json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_number_float())
        return interop::formatNumber(value.get<double>());
    return value.dump();
}

/// Scalar attr names that get a column of their own (not colliding with our columns).
std::vector<std::string> attrColumns(const std::vector<const json*>& attrs,
                                     const std::set<std::string>& reserved) {
    std::set<std::string> names;
    for (const json* object : attrs) {
        for (const auto& [name, value] : object->items()) {
            if ((value.is_primitive() && !value.is_null()) && !reserved.count(columnName(name, true)) &&
                !reserved.count(columnName(name, false)))
                names.insert(name);
        }
    }
    return {names.begin(), names.end()};
}

}  // namespace

// ---- tables: entry points -----------------------------------------------------------------------

CsvTablePaths csvTablePaths(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    const std::string lower = toLowerAscii(name);
    auto base = [&](std::size_t suffix) { return path.parent_path() / name.substr(0, name.size() - suffix); };
    auto endsWith = [&](std::string_view suffix) {
        return lower.size() > suffix.size() &&
               lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (endsWith(".nodes.csv")) {
        const auto stem = base(10);
        return CsvTablePaths{path, stem.string() + ".ties.csv"};
    }
    if (endsWith(".ties.csv")) {
        const auto stem = base(9);
        return CsvTablePaths{stem.string() + ".nodes.csv", path};
    }
    const auto stem = base(lowercaseExtension(path).size());
    return CsvTablePaths{stem.string() + ".nodes.csv", path};
}

static LoadResult parseCsvTablesUnguarded(std::optional<std::string_view> nodes, const std::string& nodesFile,
                                          std::optional<std::string_view> ties, const std::string& tiesFile);

LoadResult parseCsvTables(std::optional<std::string_view> nodes, const std::string& nodesFile,
                          std::optional<std::string_view> ties, const std::string& tiesFile) {
    return readGuarded<LoadResult>(tiesFile,
                                   [&] { return parseCsvTablesUnguarded(nodes, nodesFile, ties, tiesFile); });
}

static LoadResult parseCsvTablesUnguarded(std::optional<std::string_view> nodes, const std::string& nodesFile,
                                          std::optional<std::string_view> ties, const std::string& tiesFile) {
    return TableReader(nodes, nodesFile, ties, tiesFile).read();
}

namespace {

/// What a lone CSV file holds, judged from its records.
enum class CsvShape { EdgeList, TiesTable, NodesTable, AdjacencyMatrix, AdjacencyList };

CsvShape csvShape(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<Problem> ignored;
    // The first records are enough to judge (at most 200 lines: the shape shows early).
    std::size_t end = 0;
    int lines = 0;
    while (end < text.size() && lines < 200) {
        const std::size_t nl = text.find('\n', end);
        end = nl == std::string_view::npos ? text.size() : nl + 1;
        ++lines;
    }
    Scanner head(text.substr(0, end), ignored);
    const std::vector<Record> records = head.records();
    if (records.empty())
        return CsvShape::EdgeList;
    const Record& first = records.front();
    std::set<std::string> tieNames;
    std::set<std::string> nodeNames;
    for (const Field& f : first.fields) {
        tieNames.insert(columnName(f.text, true));
        nodeNames.insert(columnName(f.text, false));
    }
    if (tieNames.count("source") && tieNames.count("target"))
        return CsvShape::TiesTable;
    if (nodeNames.count("id") || nodeNames.count("label"))
        return CsvShape::NodesTable;
    if (first.fields.size() >= 2 && first.fields[0].text.empty())
        return CsvShape::AdjacencyMatrix;  // Gephi: ;A;B;C then A;0;1;0 …
    const char separator = head.separator();
    std::size_t maxFields = 0;
    for (const Record& record : records)
        maxFields = std::max(maxFields, record.fields.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        if (records[r].fields.size() != first.fields.size() && maxFields >= 3)
            return CsvShape::AdjacencyList;  // rows of different lengths: A;B;C then B;C
        const Record& record = records[r];
        if (record.fields.size() < 2 || record.fields.size() > 3)
            return CsvShape::AdjacencyList;
        if (record.fields.size() == 3 && r > 0 && !record.fields[2].text.empty() &&
            !parseNumber(record.fields[2].text, separator))
            return CsvShape::AdjacencyList;  // Gephi: A;B;C means A–B and A–C
    }
    return CsvShape::EdgeList;
}

std::string toUpperAscii(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// A path whose file name has `from` (any case) replaced by `to` in the same capitalization.
std::optional<std::filesystem::path> companion(const std::filesystem::path& path) {
    static const std::pair<const char*, const char*> kPairs[] = {
        {"connections", "elements"}, {"elements", "connections"}, {"edges", "nodes"}, {"nodes", "edges"}};
    const std::string name = path.filename().string();
    const std::string lower = toLowerAscii(name);
    std::error_code ec;
    for (const auto& [from, to] : kPairs) {
        const std::size_t at = lower.rfind(from);
        if (at == std::string::npos)
            continue;
        std::string replacement = to;
        const std::string found = name.substr(at, std::strlen(from));
        if (found == toUpperAscii(found)) {
            replacement = toUpperAscii(replacement);
        } else if (std::isupper(static_cast<unsigned char>(found[0]))) {
            replacement[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(replacement[0])));
        }
        const std::filesystem::path other =
            path.parent_path() / (name.substr(0, at) + replacement + name.substr(at + std::strlen(from)));
        if (std::filesystem::is_regular_file(other, ec))
            return other;
    }
    return std::nullopt;
}

}  // namespace

LoadResult loadCsv(const std::filesystem::path& path) {
    LoadResult result;
    {
        // A lone file (no X.nodes.csv / X.ties.csv pair): Kumu and Gephi shapes, judged by content.
        const CsvTablePaths pair = csvTablePaths(path);
        std::error_code ec;
        const std::string lower = toLowerAscii(path.filename().string());
        const bool ours =
            lower.size() > 10 && (lower.ends_with(".nodes.csv") || lower.ends_with(".ties.csv"));
        if (!ours && !std::filesystem::is_regular_file(pair.nodes, ec)) {
            auto text = readInputFile(path, N_("a CSV file"), result.diagnostics);
            if (!text)
                return result;
            const char forced = lowercaseExtension(path) == ".tsv" ? '\t' : '\0';
            switch (csvShape(*text)) {
                case CsvShape::AdjacencyMatrix:
                    return parseAdjacencyCsv(*text, path.string(), true, forced);
                case CsvShape::AdjacencyList:
                    return parseAdjacencyCsv(*text, path.string(), false, forced);
                case CsvShape::NodesTable: {
                    if (auto other = companion(path)) {
                        auto ties = readInputFile(*other, N_("a CSV ties table"), result.diagnostics);
                        if (!ties)
                            return result;
                        if (csvShape(*ties) == CsvShape::TiesTable)
                            return parseCsvTables(*text, path.string(), *ties, other->string());
                    }
                    return parseCsvTables(*text, path.string(), std::nullopt, {});
                }
                case CsvShape::TiesTable:
                    if (auto other = companion(path)) {
                        auto nodes = readInputFile(*other, N_("a CSV nodes table"), result.diagnostics);
                        if (!nodes)
                            return result;
                        if (csvShape(*nodes) == CsvShape::NodesTable)
                            return parseCsvTables(*nodes, other->string(), *text, path.string());
                    }
                    break;
                case CsvShape::EdgeList:
                    break;
            }
        }
    }
    CsvTablePaths paths = csvTablePaths(path);
    completeInterruptedSave(paths.nodes);  // a pair save killed between its renames
    std::error_code ec;
    const bool isNodesFile = std::filesystem::equivalent(path, paths.nodes, ec);
    if (isNodesFile && !std::filesystem::is_regular_file(paths.ties, ec)) {
        // X.nodes.csv beside X.csv (what saveCsv writes for X.csv)
        const std::string name = path.filename().string();
        const auto plain = path.parent_path() / (name.substr(0, name.size() - 10) + ".csv");
        if (std::filesystem::is_regular_file(plain, ec))
            paths.ties = plain;
    }
    const bool haveNodes = isNodesFile || std::filesystem::is_regular_file(paths.nodes, ec);
    const bool haveTies = !isNodesFile || std::filesystem::is_regular_file(paths.ties, ec);
    std::optional<std::string> nodesText;
    std::optional<std::string> tiesText;
    if (haveNodes) {
        nodesText = readInputFile(paths.nodes, N_("a CSV nodes table"), result.diagnostics);
        if (!nodesText)
            return result;
    }
    if (haveTies) {
        tiesText = readInputFile(paths.ties, N_("a CSV ties table"), result.diagnostics);
        if (!tiesText)
            return result;
    }
    if (!haveNodes && isPlainEdgeList(*tiesText))
        return parseEdgeListCsv(*tiesText, paths.ties.string());
    return parseCsvTables(
        nodesText ? std::optional<std::string_view>(*nodesText) : std::nullopt, paths.nodes.string(),
        tiesText ? std::optional<std::string_view>(*tiesText) : std::nullopt, paths.ties.string());
}

LoadResult parseAdjacencyCsv(std::string_view text, const std::string& fileName, bool matrix,
                             char separator) {
    interop::Problems problems(fileName);
    if (!interop::checkText(text, problems, N_("a CSV file")))
        return problems.finish(std::nullopt);
    std::vector<Problem> scanned;
    Scanner scanner(text, scanned, separator);
    const std::vector<Record> records = scanner.records();
    for (const Problem& p : scanned)
        problems.error(Location{p.line, p.column}, p.message);
    if (problems.hasErrors() || records.empty()) {
        if (records.empty() && !problems.hasErrors())
            problems.error({1, 1}, tr("the file is empty"));
        return problems.finish(std::nullopt);
    }
    const char sep = scanner.separator();
    Model model;
    std::unordered_map<std::string, std::size_t> index;
    std::vector<Location> nodeLocations;
    std::vector<Location> tieLocations;
    auto node = [&](const Field& f) -> std::optional<std::string> {
        if (f.text.empty()) {
            problems.error({f.line, f.column}, tr("empty node name"));
            return std::nullopt;
        }
        if (index.emplace(f.text, model.nodes.size()).second) {
            Node n;
            n.id = f.text;
            n.kind = NodeKind::Role;
            model.nodes.push_back(std::move(n));
            nodeLocations.push_back({f.line, f.column});
        }
        return f.text;
    };
    auto tie = [&](const std::string& a, const std::string& b, std::optional<double> weight, Location where) {
        if (model.ties.size() >= interop::kMaxReadTies) {
            if (model.ties.size() == interop::kMaxReadTies)
                problems.error(where, fill(tr("the file holds more than {} ties, the limit of one file"),
                                           {std::to_string(interop::kMaxReadTies)}));
            return;
        }
        Tie t;
        t.id = "e" + std::to_string(model.ties.size());
        t.kind = TieKind::Collaborates;
        t.source = a;
        t.target = b;
        t.directed = true;  // Gephi reads its CSV matrices and lists as directed
        t.weight = weight;
        model.ties.push_back(std::move(t));
        tieLocations.push_back(where);
    };
    if (matrix) {
        const Record& header = records.front();
        std::vector<std::string> names;
        for (std::size_t c = 1; c < header.fields.size(); ++c) {
            if (auto id = node(header.fields[c]))
                names.push_back(*id);
        }
        for (std::size_t r = 1; r < records.size() && problems.errorCount() < 100; ++r) {
            const Record& row = records[r];
            if (row.fields.size() != header.fields.size()) {
                problems.error({row.line, 1},
                               fill(tr("found {}, expected {} like the header row of names"),
                                    {fieldCount(row.fields.size()), std::to_string(header.fields.size())}));
                continue;
            }
            const auto from = node(row.fields[0]);
            for (std::size_t c = 1; c < row.fields.size() && from && c - 1 < names.size(); ++c) {
                const Field& f = row.fields[c];
                if (f.text.empty())
                    continue;
                const auto v = parseNumber(f.text, sep);
                if (!v) {
                    problems.error({f.line, f.column}, fill(tr("\"{}\" is not a number"), {f.text}));
                    continue;
                }
                if (!std::isfinite(*v)) {
                    problems.warning(
                        {f.line, f.column},
                        fill(tr("\"{}\" is not a finite number; the cell is read as 0"), {f.text}));
                    continue;
                }
                if (*v == 0.0)
                    continue;
                if (*v < 0) {
                    problems.warning(
                        {f.line, f.column},
                        fill(tr("negative value {}: orgweave tie weights are > 0; the cell is dropped"),
                             {f.text}));
                    continue;
                }
                tie(*from, names[c - 1], *v == 1.0 ? std::nullopt : std::optional<double>(*v),
                    {f.line, f.column});
            }
        }
    } else {
        for (const Record& row : records) {
            const auto from = node(row.fields[0]);
            for (std::size_t c = 1; c < row.fields.size() && from; ++c) {
                if (row.fields[c].text.empty())
                    continue;
                if (const auto to = node(row.fields[c]))
                    tie(*from, *to, std::nullopt, {row.fields[c].line, row.fields[c].column});
            }
        }
    }
    interop::validateInto(model, nodeLocations, tieLocations, problems);
    return problems.finish(std::move(model));
}

CsvTables writeCsvTables(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.kinds = carries.containment = carries.nodeType = carries.structured = carries.attrs = true;
    carries.tieIds = carries.tieLabels = carries.positions = carries.phases = true;
    interop::lossWarnings(model, carries, "CSV", fileName, warnings);
    const ordered_json doc = interop::nativeJson(model);

    auto blobs = [](const ordered_json& items, const std::vector<std::string>& skip) {
        std::vector<std::string> out;
        bool any = false;
        for (const ordered_json& item : items) {
            ordered_json blob = item;
            for (const std::string& field : skip)
                blob.erase(field);
            any = any || !blob.empty();
            out.push_back(blob.empty() ? std::string()
                                       : blob.dump(-1, ' ', false, json::error_handler_t::replace));
        }
        if (!any)
            out.clear();
        return out;
    };
    CsvTables tables;
    {
        std::vector<const json*> attrs;
        for (const Node& n : model.nodes)
            attrs.push_back(&n.attrs.get());
        const std::vector<std::string> attrNames = attrColumns(attrs, kNodeColumns);
        const std::vector<std::string> nodeBlobs = blobs(doc.at("nodes"), kNodeBlobSkip);
        auto used = [&](auto member) {
            return std::any_of(model.nodes.begin(), model.nodes.end(),
                               [&](const Node& n) { return !(n.*member).empty(); });
        };
        const bool site = used(&Node::site);
        const bool owner = used(&Node::owner);
        const bool positions = !model.layout.positions.empty();
        std::string& out = tables.nodes;
        out = "id,label,kind,type,organization";
        if (site)
            out += ",site";
        if (owner)
            out += ",owner";
        if (positions)
            out += ",x,y";
        for (const std::string& a : attrNames)
            out += "," + csvField(a);
        if (!nodeBlobs.empty())
            out += ",orgweave";
        out += "\n";
        for (std::size_t i = 0; i < model.nodes.size(); ++i) {
            const Node& n = model.nodes[i];
            out += csvField(n.id) + "," + csvField(n.label) + "," + std::string(toString(n.kind)) + "," +
                   csvField(n.type) + "," + csvField(n.organization);
            if (site)
                out += "," + csvField(n.site);
            if (owner)
                out += "," + csvField(n.owner);
            if (positions) {
                auto p = model.layout.positions.find(n.id);
                out += p == model.layout.positions.end() ? std::string(",,")
                                                         : "," + interop::formatNumber(p->second.x) + "," +
                                                               interop::formatNumber(p->second.y);
            }
            for (const std::string& a : attrNames) {
                auto it = n.attrs.find(a);
                out += "," + (it == n.attrs.end() || !it->is_primitive() || it->is_null()
                                  ? std::string()
                                  : csvField(scalarText(*it)));
            }
            if (!nodeBlobs.empty())
                out += "," + csvField(nodeBlobs[i]);
            out += "\n";
        }
    }
    {
        std::vector<const json*> attrs;
        for (const Tie& t : model.ties)
            attrs.push_back(&t.attrs.get());
        const std::vector<std::string> attrNames = attrColumns(attrs, kTieColumns);
        const std::vector<std::string> tieBlobs = blobs(doc.at("ties"), kTieBlobSkip);
        std::string& out = tables.ties;
        out = "id,source,target,kind,directed,weight,label";
        for (const std::string& a : attrNames)
            out += "," + csvField(a);
        if (!tieBlobs.empty())
            out += ",orgweave";
        out += "\n";
        for (std::size_t i = 0; i < model.ties.size(); ++i) {
            const Tie& t = model.ties[i];
            out += csvField(t.id) + "," + csvField(t.source) + "," + csvField(t.target) + "," +
                   std::string(toString(t.kind)) + "," +
                   (t.directed ? (*t.directed ? "true" : "false") : "") + "," +
                   (t.weight ? interop::formatNumber(*t.weight) : std::string()) + "," +
                   csvField(t.details->label);
            for (const std::string& a : attrNames) {
                auto it = t.attrs.find(a);
                out += "," + (it == t.attrs.end() || !it->is_primitive() || it->is_null()
                                  ? std::string()
                                  : csvField(scalarText(*it)));
            }
            if (!tieBlobs.empty())
                out += "," + csvField(tieBlobs[i]);
            out += "\n";
        }
    }
    return tables;
}

void saveCsv(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    const CsvTablePaths paths = csvTablePaths(path);
    const CsvTables tables = writeCsvTables(model, warnings, path.string());
    // Both or neither: a save killed between the two renames is finished by the next load or save.
    writeFilesAtomically({{paths.nodes, tables.nodes}, {paths.ties, tables.ties}});
}

// ---- entry points -----------------------------------------------------------------------------

static LoadResult parseEdgeListCsvUnguarded(std::string_view text, const std::string& fileName);

LoadResult parseEdgeListCsv(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseEdgeListCsvUnguarded(text, fileName); });
}

static LoadResult parseEdgeListCsvUnguarded(std::string_view text, const std::string& fileName) {
    LoadResult result;
    std::vector<Problem> problems;
    auto finish = [&]() {
        std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
            constexpr int kUnknown = std::numeric_limits<int>::max();  // unknown positions last
            return std::pair(a.line == 0 ? kUnknown : a.line, a.column) <
                   std::pair(b.line == 0 ? kUnknown : b.line, b.column);
        });
        const std::size_t total = problems.size();
        bool errorLeftOut = false;
        if (total > kMaxReportedProblems) {
            // Errors first; the summary line is an error only when it hides one (warnings never
            // block opening).
            std::stable_partition(problems.begin(), problems.end(),
                                  [](const Problem& p) { return p.severity == Severity::Error; });
            errorLeftOut = problems[kMaxReportedProblems].severity == Severity::Error;
            problems.resize(kMaxReportedProblems);
        }
        for (Problem& p : problems) {
            result.diagnostics.push_back(
                Diagnostic{p.severity, fileName, p.line, p.column, {}, std::move(p.message)});
        }
        if (total > kMaxReportedProblems) {
            result.diagnostics.push_back(
                Diagnostic{errorLeftOut ? Severity::Error : Severity::Warning,
                           fileName,
                           0,
                           0,
                           {},
                           fill(trn("{} more problem not shown", "{} more problems not shown",
                                    static_cast<unsigned long>(total - kMaxReportedProblems)),
                                {std::to_string(total - kMaxReportedProblems)})});
        }
        return result;
    };
    auto error = [&](int line, int column, std::string message) {
        problems.push_back(Problem{Severity::Error, line, column, std::move(message)});
    };

    if (text.size() > kMaxDocumentBytes) {
        error(0, 0,
              fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                   {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)}));
        return finish();
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);  // UTF-8 BOM
    if (auto bad = firstInvalidUtf8(text, /*rejectNul=*/true)) {
        std::size_t lineStart = 0;
        int line = 1;
        for (std::size_t i = 0; i < *bad; ++i) {
            if (text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const auto byte = static_cast<unsigned char>(text[*bad]);
        const char* digits = "0123456789ABCDEF";
        error(line, static_cast<int>(*bad - lineStart) + 1,
              byte == 0
                  ? std::string(tr("the file contains a NUL byte: it is binary data, not a CSV edge list"))
                  : fill(tr("the file is not UTF-8 text (byte 0x{}); save the edge list as CSV UTF-8"),
                         {std::string{digits[byte >> 4], digits[byte & 0xF]}}));
        return finish();
    }

    Scanner scanner(text, problems);
    std::vector<Record> records = scanner.records();
    const char separator = scanner.separator();
    if (records.empty()) {
        if (problems.empty()) {
            error(1, 1,
                  tr("no edges: the file is empty (expected one tie per line: source,target[,weight])"));
        }
        return finish();
    }

    // Column layout from the first record.
    const Record& first = records.front();
    const std::size_t columns = first.fields.size();
    if (columns < 2 || columns > 3) {
        const int column = columns > 3 ? first.fields[3].column : first.endColumn;
        error(first.line, column,
              fill(columns < 2 ? tr("expected 2 or 3 columns (source{}target[{}weight]), found {} (is the "
                                    "separator a comma or a semicolon?)")
                               : tr("expected 2 or 3 columns (source{}target[{}weight]), found {}"),
                   {std::string(1, separator), std::string(1, separator), columnCount(columns)}));
        return finish();
    }
    const bool header = isHeader(first, separator);

    Model model;
    std::unordered_map<std::string, std::size_t> nodeIndex;
    std::vector<std::pair<int, int>> nodePositions;
    std::vector<std::pair<int, int>> tiePositions;
    auto addNode = [&](const Field& field) {
        if (nodeIndex.emplace(field.text, model.nodes.size()).second) {
            Node node;
            node.id = field.text;
            node.kind = NodeKind::Role;
            node.label = field.text;
            model.nodes.push_back(std::move(node));
            nodePositions.emplace_back(field.line, field.column);
        }
    };

    for (std::size_t r = header ? 1 : 0; r < records.size(); ++r) {
        const Record& record = records[r];
        if (record.fields.size() != columns) {
            const int column =
                record.fields.size() > columns ? record.fields[columns].column : record.endColumn;
            error(record.line, column,
                  fill(header ? tr("found {}, expected {} like the header on line {}")
                              : tr("found {}, expected {} like line {}"),
                       {fieldCount(record.fields.size()), std::to_string(columns),
                        std::to_string(first.line)}));
            continue;
        }
        bool ok = true;
        for (std::size_t c = 0; c < 2; ++c) {
            if (record.fields[c].text.empty()) {
                error(
                    record.line, record.fields[c].column,
                    fill(tr("empty {} id: every tie needs two node ids"), {(c == 0 ? "source" : "target")}));
                ok = false;
            }
        }
        std::optional<double> weight;
        if (columns == 3 && !record.fields[2].text.empty()) {
            const Field& w = record.fields[2];
            weight = parseNumber(w.text, separator);
            if (!weight) {
                error(record.line, w.column, fill(tr("weight \"{}\" is not a number"), {w.text}));
                ok = false;
            } else if (!std::isfinite(*weight) || *weight <= 0) {
                error(record.line, w.column,
                      fill(tr("weight {} is not a positive number (a tie weight is > 0)"), {w.text}));
                ok = false;
            }
        }
        if (!ok)
            continue;
        addNode(record.fields[0]);
        addNode(record.fields[1]);
        Tie tie;
        tie.id = "e" + std::to_string(model.ties.size());
        tie.kind = TieKind::Collaborates;
        tie.source = record.fields[0].text;
        tie.target = record.fields[1].text;
        tie.weight = weight;
        model.ties.push_back(std::move(tie));
        tiePositions.emplace_back(record.line, record.fields[0].column);
    }
    auto failed = [&] {
        return std::any_of(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.severity == Severity::Error; });
    };
    if (failed())
        return finish();
    if (model.ties.empty()) {
        problems.push_back(
            Problem{Severity::Warning, first.line, 1, tr("the file has a header but no ties")});
    }

    // Semantic checks; pointers /nodes/i and /ties/i map back to the fields they came from.
    for (const Diagnostic& d : validate(model)) {
        auto indexAfter = [&](std::string_view prefix) -> std::optional<std::size_t> {
            if (d.pointer.compare(0, prefix.size(), prefix) != 0)
                return std::nullopt;
            std::size_t index = 0;
            const char* begin = d.pointer.data() + prefix.size();
            const auto [end, ec] = std::from_chars(begin, d.pointer.data() + d.pointer.size(), index);
            if (ec != std::errc() || end == begin)
                return std::nullopt;
            return index;
        };
        std::pair<int, int> where{0, 0};
        if (auto i = indexAfter("/nodes/"); i && *i < nodePositions.size())
            where = nodePositions[*i];
        if (auto i = indexAfter("/ties/"); i && *i < tiePositions.size())
            where = tiePositions[*i];
        problems.push_back(Problem{d.severity, where.first, where.second, d.message});
    }
    const bool ok = !failed();
    finish();
    if (ok)
        result.model = std::move(model);
    return result;
}

LoadResult loadEdgeListCsv(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, N_("a CSV edge list"), result.diagnostics))
        return parseEdgeListCsv(*text, path.string());
    return result;
}

bool isCsvPath(const std::filesystem::path& path) {
    const std::string ext = lowercaseExtension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

}  // namespace orgweave::core
