// Sections: CSV records · header · rows · aggregation · applying to the model · entry points
//
// The CSV tokenizer here is private and small on purpose (fields with their line and column,
// RFC 4180 quotes, ',' or ';'); it can be replaced by a shared CSV reader without changing the
// rest of this file.
#include "orgweave/core/RelationalCoordinationImport.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "orgweave/core/NativeFormat.hpp"

#include "CsvScanner.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

namespace orgweave::core {

namespace {

constexpr std::size_t kMaxErrors = 50;
constexpr std::size_t kDimensions = kRcDimensions.size();

// ---- CSV records (the shared tokenizer, CsvScanner.hpp) ---------------------------------------

using csv::Field;
using csv::Record;
using csv::trimBlanks;

// ---- header -----------------------------------------------------------------------------------

/// Lower case, spaces and hyphens as underscores, runs of underscores as one, none at the ends.
std::string normalizeHeader(std::string_view text) {
    std::string lowered = toLowerAscii(trimBlanks(text));
    std::string out;
    for (char c : lowered) {
        if (c == ' ' || c == '-' || c == '_' || c == '\t') {
            if (!out.empty() && out.back() != '_')
                out += '_';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

struct Columns {
    int respondent = -1;
    int rated = -1;
    int focal = -1;
    std::array<int, kDimensions> dimensions{};
    std::vector<std::string> ignored;
};

enum class ColumnRole { Respondent, Rated, Focal, Dimension, Other };

ColumnRole classify(const std::string& name, std::size_t& dimension) {
    static const std::set<std::string, std::less<>> respondent{"respondent_role", "respondent", "rater_role",
                                                               "rater",           "from_role",  "from"};
    static const std::set<std::string, std::less<>> rated{"rated_role", "rated", "target_role", "to_role",
                                                          "to"};
    static const std::set<std::string, std::less<>> focal{"focal_process", "focal_work_process", "process"};
    if (respondent.count(name))
        return ColumnRole::Respondent;
    if (rated.count(name))
        return ColumnRole::Rated;
    if (focal.count(name))
        return ColumnRole::Focal;
    for (std::size_t d = 0; d < kDimensions; ++d) {
        const std::string plain(kRcDimensions[d]);
        if (name == plain || name == plain + "_communication") {
            dimension = d;
            return ColumnRole::Dimension;
        }
    }
    return ColumnRole::Other;
}

/// Fills `columns` from the header record; false after reporting what is missing or repeated.
bool readHeader(const Record& header, const std::string& file, Columns& columns, Diagnostics& problems) {
    columns.dimensions.fill(-1);
    bool ok = true;
    auto place = [&](int& slot, const Field& field, int index) {
        if (slot >= 0) {
            problems.push_back(Diagnostic{Severity::Error,
                                          file,
                                          field.line,
                                          field.column,
                                          {},
                                          fill(tr("column \"{}\" appears twice (also column {})"),
                                               {field.text, std::to_string(slot + 1)})});
            ok = false;
            return;
        }
        slot = index;
    };
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const Field& field = header.fields[i];
        const std::string name = normalizeHeader(field.text);
        std::size_t dimension = 0;
        const int index = static_cast<int>(i);
        switch (classify(name, dimension)) {
            case ColumnRole::Respondent:
                place(columns.respondent, field, index);
                break;
            case ColumnRole::Rated:
                place(columns.rated, field, index);
                break;
            case ColumnRole::Focal:
                place(columns.focal, field, index);
                break;
            case ColumnRole::Dimension:
                place(columns.dimensions[dimension], field, index);
                break;
            case ColumnRole::Other:
                if (!field.text.empty())
                    columns.ignored.push_back(field.text);
                break;
        }
    }
    std::vector<std::string> missing;
    if (columns.respondent < 0)
        missing.emplace_back("respondent_role");
    if (columns.rated < 0)
        missing.emplace_back("rated_role");
    for (std::size_t d = 0; d < kDimensions; ++d) {
        if (columns.dimensions[d] < 0)
            missing.emplace_back(kRcDimensions[d]);
    }
    if (!missing.empty()) {
        std::string list;
        for (const std::string& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        std::string found;
        for (const Field& f : header.fields)
            found += (found.empty() ? "\"" : ", \"") + f.text + "\"";
        problems.push_back(Diagnostic{
            Severity::Error,
            file,
            header.line,
            1,
            {},
            fill(
                trn("missing column {} in the header (found {}); a survey needs respondent_role, rated_role "
                    "and the seven RC dimensions (a dimension nobody was asked about may be an empty column)",
                    "missing columns {} in the header (found {}); a survey needs respondent_role, rated_role "
                    "and the seven RC dimensions (a dimension nobody was asked about may be an empty column)",
                    static_cast<unsigned long>(missing.size())),
                {list, found})});
        ok = false;
    }
    return ok;
}

// ---- rows -------------------------------------------------------------------------------------

/// A score (range checked by the caller); a number as the CSV readers read them, never NaN or ∞.
std::optional<double> parseScore(std::string_view text, char separator) {
    const std::optional<double> value = csv::parseNumber(text, separator);
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return value;
}

/// Resolves names in the survey to role ids: by id, else by label without regard to ASCII case.
class RoleNames {
public:
    RoleNames(const Model& model, bool createRoles) : m_model(model), m_create(createRoles) {
        for (const Node& node : model.nodes) {
            m_ids.insert(node.id);
            if (node.kind == NodeKind::Role && !node.label.empty())
                m_byLabel[toLowerAscii(node.label)].push_back(node.id);
        }
    }

    /// The role id for `name`, or "" after adding an error (or a deferred unknown-role error).
    std::string resolve(const Field& field, const std::string& file, Diagnostics& problems) {
        const std::string& name = field.text;
        if (name.empty()) {
            problems.push_back(Diagnostic{
                Severity::Error,
                file,
                field.line,
                field.column,
                {},
                tr("the role is empty: every response names the respondent's role and the rated role")});
            return {};
        }
        if (const Node* node = m_model.findNode(name)) {
            if (node->kind == NodeKind::Role)
                return node->id;
            problems.push_back(Diagnostic{Severity::Error,
                                          file,
                                          field.line,
                                          field.column,
                                          {},
                                          fill(tr("\"{}\" is {}, not a role; RC ties join roles"),
                                               {name, withArticle(toString(node->kind))})});
            return {};
        }
        const std::string key = toLowerAscii(name);
        if (auto it = m_byLabel.find(key); it != m_byLabel.end()) {
            if (it->second.size() == 1)
                return it->second.front();
            std::string ids;
            for (const std::string& id : it->second)
                ids += (ids.empty() ? "\"" : ", \"") + id + "\"";
            problems.push_back(
                Diagnostic{Severity::Error,
                           file,
                           field.line,
                           field.column,
                           {},
                           fill(tr("\"{}\" is the label of several roles ({}); write the role's id instead"),
                                {name, ids})});
            return {};
        }
        if (auto it = m_created.find(key); it != m_created.end())
            return it->second;
        if (!m_create) {
            auto [unknown, first] = m_unknown.try_emplace(key, Unknown{field, 0});
            if (first)
                m_unknownOrder.push_back(key);
            else
                ++unknown->second.more;
            return {};
        }
        const std::string id = freshId(name);
        m_created.emplace(key, id);
        Node role;
        role.id = id;
        role.kind = NodeKind::Role;
        role.label = name;
        m_newRoles.push_back(std::move(role));
        m_createdAt.push_back(field);
        return id;
    }

    /// One error per unknown name, at its first use.
    void reportUnknown(const std::string& file, Diagnostics& problems) const {
        for (const std::string& key : m_unknownOrder) {
            const Unknown& u = m_unknown.at(key);
            std::string message =
                fill(tr("unknown role \"{}\": no role in the document has this id or label"), {u.field.text});
            if (u.more > 0)
                message += fill(trn(" (used in {} more row)", " (used in {} more rows)", u.more),
                                {std::to_string(u.more)});
            message += tr("; correct the name or give --create-roles to add it");
            problems.push_back(Diagnostic{Severity::Error, file, u.field.line, u.field.column, {}, message});
        }
    }

    const std::vector<Node>& newRoles() const { return m_newRoles; }
    const std::vector<Field>& createdAt() const { return m_createdAt; }

private:
    struct Unknown {
        Field field;
        std::size_t more = 0;
    };

    std::string freshId(const std::string& name) {
        std::string base;
        for (char c : toLowerAscii(name)) {
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum) {
                base += c;
            } else if (!base.empty() && base.back() != '-') {
                base += '-';
            }
        }
        while (!base.empty() && base.back() == '-')
            base.pop_back();
        if (base.empty())
            base = "role";
        std::string id = base;
        for (int n = 2; m_ids.count(id); ++n)
            id = base + "-" + std::to_string(n);
        m_ids.insert(id);
        return id;
    }

    const Model& m_model;
    bool m_create;
    std::set<std::string, std::less<>> m_ids;
    std::map<std::string, std::vector<std::string>, std::less<>> m_byLabel;
    std::map<std::string, std::string, std::less<>> m_created;
    std::map<std::string, Unknown, std::less<>> m_unknown;
    std::vector<std::string> m_unknownOrder;
    std::vector<Node> m_newRoles;
    std::vector<Field> m_createdAt;
};

// ---- aggregation ------------------------------------------------------------------------------

struct PairScores {
    std::string rater;
    std::string rated;
    int firstLine = 0;
    std::array<double, kDimensions> sums{};
    std::array<std::size_t, kDimensions> counts{};
    std::size_t respondents = 0;
    std::vector<std::string> focalProcesses;  ///< distinct, in order of appearance
};

std::string formatScore(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

// ---- applying to the model --------------------------------------------------------------------

std::string uniqueTieId(const std::set<std::string, std::less<>>& taken, const std::string& base) {
    std::string id = base;
    for (int n = 2; taken.count(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

void writeScores(Tie& tie, const PairScores& pair, const std::string& surveyName) {
    tie.details.edit().rc.clear();
    nlohmann::json counts = nlohmann::json::object();
    double indexSum = 0.0;
    std::size_t present = 0;
    for (std::size_t d = 0; d < kDimensions; ++d) {
        if (pair.counts[d] == 0)
            continue;
        const double mean = pair.sums[d] / static_cast<double>(pair.counts[d]);
        tie.details.edit().rc[std::string(kRcDimensions[d])] = mean;
        counts[std::string(kRcDimensions[d])] = pair.counts[d];
        indexSum += mean;
        ++present;
    }
    if (!tie.attrs.is_object())
        tie.attrs = nlohmann::json::object();
    tie.attrs["rc_index"] = indexSum / static_cast<double>(present);
    tie.attrs["rc_respondents"] = pair.respondents;
    tie.attrs["rc_counts"] = counts;
    tie.attrs["rc_survey"] = surveyName;
    if (pair.focalProcesses.empty()) {
        tie.attrs.erase("rc_focal_process");
    } else {
        std::string joined;
        for (const std::string& f : pair.focalProcesses)
            joined += (joined.empty() ? "" : "; ") + f;
        tie.attrs["rc_focal_process"] = joined;
    }
}

double indexOf(const Tie& tie) {
    double sum = 0.0;
    for (const auto& [dimension, score] : tie.details->rc)
        sum += score;
    return tie.details->rc.empty() ? 0.0 : sum / static_cast<double>(tie.details->rc.size());
}

}  // namespace

// ---- entry points -----------------------------------------------------------------------------

namespace {
bool applyWave(Model& model, const RcImportOptions& options, const std::string& fileName,
               RcImportResult& result);
}  // namespace

static RcImportResult importRelationalCoordinationUnguarded(Model& model, std::string_view text,
                                                            const std::string& fileName,
                                                            const RcImportOptions& options);

RcImportResult importRelationalCoordination(Model& model, std::string_view text, const std::string& fileName,
                                            const RcImportOptions& options) {
    return readGuarded<RcImportResult>(
        fileName, [&] { return importRelationalCoordinationUnguarded(model, text, fileName, options); });
}

static RcImportResult importRelationalCoordinationUnguarded(Model& model, std::string_view text,
                                                            const std::string& fileName,
                                                            const RcImportOptions& options) {
    RcImportResult result;
    Diagnostics& problems = result.diagnostics;
    auto note = [&](int line, const std::string& message) {
        result.notes.push_back(fileName + (line > 0 ? ":" + std::to_string(line) : std::string()) +
                               ": note: " + message);
    };

    if (text.size() > kMaxDocumentBytes) {
        problems.push_back(
            Diagnostic{Severity::Error,
                       fileName,
                       0,
                       0,
                       {},
                       fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                            {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)})});
        return result;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<csv::Problem> scanProblems;
    csv::Scanner scanner(text, scanProblems);
    const std::vector<Record> records = scanner.records();
    for (csv::Problem& problem : scanProblems)
        problems.push_back(Diagnostic{
            problem.severity, fileName, problem.line, problem.column, {}, std::move(problem.message)});
    if (records.empty()) {
        if (!hasErrors(problems)) {
            problems.push_back(
                Diagnostic{Severity::Error,
                           fileName,
                           1,
                           1,
                           {},
                           tr("the survey is empty: expected a header row (respondent_role, rated_role, "
                              "frequent, timely, accurate, problem_solving, shared_goals, shared_knowledge, "
                              "mutual_respect) and one row per response")});
        }
        return result;
    }
    Columns columns;
    if (!readHeader(records.front(), fileName, columns, problems))
        return result;
    if (!columns.ignored.empty()) {
        std::string list;
        for (const std::string& c : columns.ignored)
            list += (list.empty() ? "\"" : ", \"") + c + "\"";
        note(records.front().line, fill(trn("ignoring column {}", "ignoring columns {}",
                                            static_cast<unsigned long>(columns.ignored.size())),
                                        {list}));
    }
    if (records.size() == 1) {
        problems.push_back(Diagnostic{Severity::Error,
                                      fileName,
                                      records.front().line,
                                      1,
                                      {},
                                      tr("the survey has a header but no responses")});
        return result;
    }

    const char separator = scanner.separator();
    const std::size_t width = records.front().fields.size();
    RoleNames roles(model, options.createRoles);
    std::vector<PairScores> pairs;
    std::map<std::pair<std::string, std::string>, std::size_t> pairIndex;
    std::size_t selfRatings = 0;
    int firstSelfLine = 0;
    std::set<std::string, std::less<>> focalSeen;

    // Stop after kMaxErrors errors; warnings never stop the import (every row is read, so none is
    // dropped without a word), and responses without a score are reported one by one up to
    // kMaxErrors, then counted.
    auto errorsSoFar = [&, counted = std::size_t{0}, errors = std::size_t{0}]() mutable {
        for (; counted < problems.size(); ++counted)
            errors += problems[counted].severity == Severity::Error ? 1 : 0;
        return errors;
    };
    std::size_t unanswered = 0;
    for (std::size_t r = 1; r < records.size() && errorsSoFar() < kMaxErrors; ++r) {
        const Record& record = records[r];
        if (record.fields.size() != width) {
            problems.push_back(Diagnostic{Severity::Error,
                                          fileName,
                                          record.line,
                                          record.fields.size() > width ? record.fields[width].column : 1,
                                          {},
                                          fill(tr("this row has {} fields but the header has {} (a field "
                                                  "with '{}' in it needs double quotes)"),
                                               {std::to_string(record.fields.size()), std::to_string(width),
                                                std::string(1, separator)})});
            continue;
        }
        const std::size_t before = problems.size();
        const std::string rater =
            roles.resolve(record.fields[static_cast<std::size_t>(columns.respondent)], fileName, problems);
        const std::string rated =
            roles.resolve(record.fields[static_cast<std::size_t>(columns.rated)], fileName, problems);
        std::array<std::optional<double>, kDimensions> scores;
        for (std::size_t d = 0; d < kDimensions; ++d) {
            const Field& field = record.fields[static_cast<std::size_t>(columns.dimensions[d])];
            if (trimBlanks(field.text).empty())
                continue;
            const auto value = parseScore(field.text, separator);
            if (!value) {
                problems.push_back(Diagnostic{
                    Severity::Error,
                    fileName,
                    field.line,
                    field.column,
                    {},
                    fill(tr("{}: \"{}\" is not a number; scores are 1 to 5, an empty cell for no answer"),
                         {std::string(kRcDimensions[d]), field.text})});
                continue;
            }
            if (*value < 1.0 || *value > 5.0) {
                problems.push_back(Diagnostic{Severity::Error,
                                              fileName,
                                              field.line,
                                              field.column,
                                              {},
                                              fill(tr("{}: {} is outside the scale; scores are 1 to 5"),
                                                   {std::string(kRcDimensions[d]), field.text})});
                continue;
            }
            scores[d] = *value;
        }
        if (problems.size() != before || rater.empty() || rated.empty())
            continue;
        const bool answered =
            std::any_of(scores.begin(), scores.end(), [](const auto& s) { return s.has_value(); });
        if (!answered) {
            if (unanswered++ < kMaxErrors) {
                problems.push_back(Diagnostic{Severity::Warning,
                                              fileName,
                                              record.line,
                                              1,
                                              {},
                                              tr("a response without any score; skipped")});
            }
            continue;
        }
        if (rater == rated) {
            if (selfRatings++ == 0)
                firstSelfLine = record.line;
            continue;
        }
        auto [it, inserted] = pairIndex.try_emplace({rater, rated}, pairs.size());
        if (inserted) {
            PairScores pair;
            pair.rater = rater;
            pair.rated = rated;
            pair.firstLine = record.line;
            pairs.push_back(std::move(pair));
        }
        PairScores& pair = pairs[it->second];
        for (std::size_t d = 0; d < kDimensions; ++d) {
            if (scores[d]) {
                pair.sums[d] += *scores[d];
                ++pair.counts[d];
            }
        }
        ++pair.respondents;
        ++result.responses;
        if (columns.focal >= 0) {
            const std::string focal(trimBlanks(record.fields[static_cast<std::size_t>(columns.focal)].text));
            if (!focal.empty()) {
                focalSeen.insert(focal);
                if (std::find(pair.focalProcesses.begin(), pair.focalProcesses.end(), focal) ==
                    pair.focalProcesses.end())
                    pair.focalProcesses.push_back(focal);
            }
        }
    }
    if (unanswered > kMaxErrors) {
        problems.push_back(Diagnostic{Severity::Warning,
                                      fileName,
                                      0,
                                      0,
                                      {},
                                      fill(tr("{} more responses without any score were skipped"),
                                           {std::to_string(unanswered - kMaxErrors)})});
    }
    roles.reportUnknown(fileName, problems);
    if (hasErrors(problems))
        return result;
    if (pairs.empty()) {
        problems.push_back(Diagnostic{Severity::Error,
                                      fileName,
                                      records.front().line,
                                      1,
                                      {},
                                      tr("no ratings between two different roles to import")});
        return result;
    }
    if (selfRatings > 0) {
        note(
            firstSelfLine,
            fill(trn("{} within-role rating (a role rating itself) skipped: RC ties join two different roles",
                     "{} within-role ratings (a role rating itself) skipped: RC ties join two "
                     "different roles",
                     static_cast<unsigned long>(selfRatings)),
                 {std::to_string(selfRatings)}));
    }
    if (focalSeen.size() > 1) {
        problems.push_back(
            Diagnostic{Severity::Warning,
                       fileName,
                       0,
                       0,
                       {},
                       fill(tr("the survey names {} focal processes; their scores are averaged together per "
                               "pair of roles (import one file per process to keep them apart)"),
                            {std::to_string(focalSeen.size())})});
    }

    // Apply to a copy, so that the model is untouched on failure.
    Model updated = model;
    if (!applyWave(updated, options, fileName, result))
        return result;
    const std::string surveyName = std::filesystem::path(fileName).filename().string();
    for (std::size_t i = 0; i < roles.newRoles().size(); ++i) {
        const Node& role = roles.newRoles()[i];
        updated.nodes.push_back(role);
        note(roles.createdAt()[i].line, fill(tr("added role \"{}\" ({})"), {role.id, role.label}));
    }
    result.rolesCreated = roles.newRoles().size();
    std::set<std::string, std::less<>> tieIds;
    for (const Tie& tie : updated.ties)
        tieIds.insert(tie.id);
    for (const PairScores& pair : pairs) {
        Tie* existing = nullptr;
        const Tie* undirected = nullptr;
        for (Tie& tie : updated.ties) {
            if (tie.kind != TieKind::Collaborates)
                continue;
            if (tie.isDirected() && tie.source == pair.rater && tie.target == pair.rated &&
                tie.details->rcWave == options.wave) {
                existing = &tie;
                break;
            }
            if (!tie.isDirected() && !undirected &&
                ((tie.source == pair.rater && tie.target == pair.rated) ||
                 (tie.source == pair.rated && tie.target == pair.rater)))
                undirected = &tie;
        }
        if (existing) {
            const bool hadScores = !existing->details->rc.empty();
            const double before = indexOf(*existing);
            writeScores(*existing, pair, surveyName);
            ++result.tiesUpdated;
            note(pair.firstLine,
                 hadScores ? fill(tr("tie \"{}\" ({} rates {}): RC scores replaced (index {} → {})"),
                                  {existing->id, pair.rater, pair.rated, formatScore(before),
                                   formatScore(indexOf(*existing))})
                           : fill(tr("tie \"{}\" ({} rates {}): RC scores replaced"),
                                  {existing->id, pair.rater, pair.rated}));
            continue;
        }
        Tie tie;
        tie.id = uniqueTieId(tieIds, "rc-" + pair.rater + "-" + pair.rated);
        tie.details.edit().rcWave = options.wave;
        tieIds.insert(tie.id);
        tie.kind = TieKind::Collaborates;
        tie.source = pair.rater;
        tie.target = pair.rated;
        tie.directed = true;
        writeScores(tie, pair, surveyName);
        if (undirected) {
            note(pair.firstLine, fill(tr("the undirected tie \"{}\" between {} and {} is kept; the ratings "
                                         "go on a new directed tie \"{}\""),
                                      {undirected->id, pair.rater, pair.rated, tie.id}));
        }
        updated.ties.push_back(std::move(tie));
        ++result.tiesCreated;
    }
    model = std::move(updated);
    return result;
}

namespace {

bool isMonth(const std::string& text) {
    return text.size() == 7 && text[4] == '-' && std::isdigit(static_cast<unsigned char>(text[0])) &&
           std::isdigit(static_cast<unsigned char>(text[1])) &&
           std::isdigit(static_cast<unsigned char>(text[2])) &&
           std::isdigit(static_cast<unsigned char>(text[3])) &&
           std::isdigit(static_cast<unsigned char>(text[5])) &&
           std::isdigit(static_cast<unsigned char>(text[6])) && text.substr(5, 2) >= "01" &&
           text.substr(5, 2) <= "12";
}

/// Adds or checks the survey wave of `options` (RelationalCoordinationImport.hpp); false with an
/// error in `result` when it cannot.
bool applyWave(Model& model, const RcImportOptions& options, const std::string& fileName,
               RcImportResult& result) {
    auto fail = [&](std::string message) {
        result.diagnostics.push_back(Diagnostic{Severity::Error, fileName, 0, 0, {}, std::move(message)});
        return false;
    };
    auto& waves = model.annotations.rcWaves;
    if (options.wave.empty()) {
        if (!options.waveDate.empty() || !options.wavePhase.empty())
            return fail(tr("a wave date or phase needs a wave id (--wave ID)"));
        if (!waves.empty())
            return fail(
                tr("the document has survey waves; say which wave these scores belong to (--wave ID)"));
        return true;
    }
    if (!options.waveDate.empty() && !isMonth(options.waveDate))
        return fail(fill(tr("wave date \"{}\" is not a month (use YYYY-MM)"), {options.waveDate}));
    if (!options.wavePhase.empty() && !model.findPhase(options.wavePhase))
        return fail(fill(tr("phase \"{}\" is not defined in the document"), {options.wavePhase}));
    auto it = std::find_if(waves.begin(), waves.end(), [&](const RcWave& w) { return w.id == options.wave; });
    if (it == waves.end()) {
        if (options.waveDate.empty() && options.wavePhase.empty())
            return fail(fill(tr("survey wave \"{}\" is new: give its date (--wave-date YYYY-MM) or phase "
                                "(--wave-phase ID)"),
                             {options.wave}));
        waves.push_back(RcWave{options.wave, options.waveLabel, options.waveDate, options.wavePhase, {}});
        result.notes.push_back(fill(tr("added survey wave \"{}\""), {options.wave}));
        // Scores without a wave belong to no wave the engine can pick once waves exist.
        for (const Tie& tie : model.ties) {
            if (!tie.details->rc.empty() && tie.details->rcWave.empty())
                return fail(fill(tr("the document has RC scores without a wave (tie \"{}\"); give them a "
                                    "wave (rc_wave) before adding another"),
                                 {tie.id}));
        }
        return true;
    }
    if ((!options.waveDate.empty() && !it->date.empty() && it->date != options.waveDate) ||
        (!options.wavePhase.empty() && !it->phase.empty() && it->phase != options.wavePhase))
        return fail(fill(tr("survey wave \"{}\" already exists with another date or phase"), {options.wave}));
    if (it->date.empty())
        it->date = options.waveDate;
    if (it->phase.empty())
        it->phase = options.wavePhase;
    return true;
}

}  // namespace

RcImportResult importRelationalCoordinationFile(Model& model, const std::filesystem::path& path,
                                                const RcImportOptions& options) {
    RcImportResult result;
    const auto text = readInputFile(path, N_("a relational coordination survey (CSV)"), result.diagnostics);
    if (!text)
        return result;
    return importRelationalCoordination(model, *text, path.string(), options);
}

}  // namespace orgweave::core
