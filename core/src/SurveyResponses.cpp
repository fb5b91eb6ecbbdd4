// Sections: header · names · rows · survey waves
#include "SurveyResponses.hpp"

#include "CsvScanner.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/PartnerSurveyImport.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace orgweave::core::survey {

namespace {

constexpr std::size_t kMaxErrors = 50;

using csv::Field;
using csv::Record;
using csv::trimBlanks;

Diagnostic error(const std::string& file, int line, int column, std::string message) {
    return Diagnostic{Severity::Error, file, line, column, {}, std::move(message)};
}

std::string quotedList(const std::vector<std::string>& items) {
    std::string list;
    for (const std::string& item : items)
        list += (list.empty() ? "\"" : ", \"") + item + "\"";
    return list;
}

// ---- header -----------------------------------------------------------------------------------

/// Lower case, spaces and hyphens as underscores, runs of underscores as one, none at the ends.
std::string normalizeHeader(std::string_view text) {
    std::string out;
    for (char c : toLowerAscii(trimBlanks(text))) {
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

/// Column slots: 0 respondent, 1 rated, 2 … the dimensions, then the text column when there is one.
struct Columns {
    std::vector<int> slots;
    std::vector<std::string> ignored;
};

std::vector<const ColumnSpec*> slotSpecs(const SurveySpec& spec) {
    std::vector<const ColumnSpec*> specs{&spec.respondent, &spec.rated};
    for (const ColumnSpec& dimension : spec.dimensions)
        specs.push_back(&dimension);
    if (spec.text)
        specs.push_back(&*spec.text);
    return specs;
}

std::optional<Columns> readHeader(const Record& header, const std::string& file, const SurveySpec& spec,
                                  Diagnostics& problems) {
    const std::vector<const ColumnSpec*> specs = slotSpecs(spec);
    Columns columns;
    columns.slots.assign(specs.size(), -1);
    bool ok = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const Field& field = header.fields[i];
        const std::string name = normalizeHeader(field.text);
        const auto slot = std::find_if(specs.begin(), specs.end(), [&](const ColumnSpec* column) {
            return std::find(column->names.begin(), column->names.end(), name) != column->names.end();
        });
        if (slot == specs.end()) {
            if (!field.text.empty())
                columns.ignored.push_back(field.text);
            continue;
        }
        int& column = columns.slots[static_cast<std::size_t>(slot - specs.begin())];
        if (column >= 0) {
            problems.push_back(error(file, field.line, field.column,
                                     fill(tr("column \"{}\" appears twice (also column {})"),
                                          {field.text, std::to_string(column + 1)})));
            ok = false;
            continue;
        }
        column = static_cast<int>(i);
    }
    std::vector<std::string> missing;
    const std::size_t required = 2 + spec.dimensions.size();  // the text column is optional
    for (std::size_t s = 0; s < required; ++s) {
        if (columns.slots[s] < 0)
            missing.emplace_back(specs[s]->names.front());
    }
    if (!missing.empty()) {
        std::string list;
        for (const std::string& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        std::vector<std::string> found;
        for (const Field& f : header.fields)
            found.push_back(f.text);
        problems.push_back(error(
            file, header.line, 1,
            fill(trn(spec.words.missingColumns.singular, spec.words.missingColumns.plural, missing.size()),
                 {list, quotedList(found)})));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return columns;
}

// ---- names ------------------------------------------------------------------------------------

/// Resolves names in the survey to node ids: by id, else by label without regard to ASCII case.
class Names {
public:
    Names(const Model& model, const SurveySpec& spec, bool create)
        : m_model(model), m_spec(spec), m_create(create) {
        for (const Node& node : model.nodes) {
            m_ids.insert(node.id);
            if (spec.accepts(node.kind) && !node.label.empty())
                m_byLabel[toLowerAscii(node.label)].push_back(node.id);
        }
    }

    /// The node id for `field`, or "" after adding an error (or a deferred unknown-name error).
    std::string resolve(const Field& field, const std::string& file, Diagnostics& problems) {
        const std::string name(trimBlanks(field.text));
        if (name.empty()) {
            problems.push_back(error(file, field.line, field.column, tr(m_spec.words.emptyName)));
            return {};
        }
        if (const Node* node = m_model.findNode(name)) {
            if (m_spec.accepts(node->kind))
                return node->id;
            problems.push_back(
                error(file, field.line, field.column,
                      fill(tr(m_spec.words.wrongKind), {name, withArticle(toString(node->kind))})));
            return {};
        }
        const std::string key = toLowerAscii(name);
        if (auto it = m_byLabel.find(key); it != m_byLabel.end()) {
            if (it->second.size() == 1)
                return it->second.front();
            problems.push_back(error(file, field.line, field.column,
                                     fill(tr(m_spec.words.severalLabels), {name, quotedList(it->second)})));
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
        const std::string id = freshId(key);
        m_created.emplace(key, id);
        Node& node = m_newNodes.emplace_back();
        node.id = id;
        node.kind = m_spec.createdKind;
        node.label = name;
        m_createdAt.push_back(field.line);
        return id;
    }

    /// One error per unknown name, at its first use.
    void reportUnknown(const std::string& file, Diagnostics& problems) const {
        for (const std::string& key : m_unknownOrder) {
            const Unknown& u = m_unknown.at(key);
            std::string message = fill(tr(m_spec.words.unknownName), {std::string(trimBlanks(u.field.text))});
            if (u.more > 0)
                message += fill(trn(" (used in {} more row)", " (used in {} more rows)", u.more),
                                {std::to_string(u.more)});
            message += tr(m_spec.words.createHint);
            problems.push_back(error(file, u.field.line, u.field.column, message));
        }
    }

    std::vector<Node> takeNewNodes() { return std::move(m_newNodes); }
    const std::vector<int>& createdAt() const { return m_createdAt; }

private:
    struct Unknown {
        Field field;
        std::size_t more = 0;
    };

    /// A new node id from a lower-case name: letters and digits, other runs as one '-'.
    std::string freshId(const std::string& key) {
        std::string base;
        for (char c : key) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                base += c;
            else if (!base.empty() && base.back() != '-')
                base += '-';
        }
        while (!base.empty() && base.back() == '-')
            base.pop_back();
        if (base.empty())
            base = std::string(m_spec.createdIdFallback);
        std::string id = base;
        for (int n = 2; m_ids.count(id); ++n)
            id = base + "-" + std::to_string(n);
        m_ids.insert(id);
        return id;
    }

    const Model& m_model;
    const SurveySpec& m_spec;
    bool m_create;
    std::set<std::string, std::less<>> m_ids;
    std::map<std::string, std::vector<std::string>, std::less<>> m_byLabel;
    std::map<std::string, std::string, std::less<>> m_created;
    std::map<std::string, Unknown, std::less<>> m_unknown;
    std::vector<std::string> m_unknownOrder;
    std::vector<Node> m_newNodes;
    std::vector<int> m_createdAt;
};

std::string scaleText(double value) {
    return ui().formatNumber(value, value == std::floor(value) ? 0 : 1);
}

}  // namespace

// ---- rows -------------------------------------------------------------------------------------

std::optional<double> PairResponses::mean(std::size_t d) const {
    if (d >= counts.size() || counts[d] == 0)
        return std::nullopt;
    return sums[d] / static_cast<double>(counts[d]);
}

std::optional<double> PairResponses::meanOf(std::size_t first, std::size_t last) const {
    double sum = 0.0;
    std::size_t present = 0;
    for (std::size_t d = first; d < last; ++d) {
        if (const std::optional<double> m = mean(d)) {
            sum += *m;
            ++present;
        }
    }
    if (present == 0)
        return std::nullopt;
    return sum / static_cast<double>(present);
}

std::string noteAt(const std::string& fileName, int line, const std::string& message) {
    return fileName + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + tr("note") + ": " +
           message;
}

std::optional<SurveyResponses> readSurveyResponses(const Model& model, std::string_view text,
                                                   const std::string& fileName, const SurveySpec& spec,
                                                   bool createNodes, Diagnostics& problems,
                                                   std::vector<std::string>& notes) {
    if (text.size() > kMaxDocumentBytes) {
        problems.push_back(
            error(fileName, 0, 0,
                  fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                       {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)})));
        return std::nullopt;
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
        if (!hasErrors(problems))
            problems.push_back(error(fileName, 1, 1, tr(spec.words.emptySurvey)));
        return std::nullopt;
    }
    const std::optional<Columns> columns = readHeader(records.front(), fileName, spec, problems);
    if (!columns)
        return std::nullopt;
    SurveyResponses out;
    out.headerLine = records.front().line;
    if (!columns->ignored.empty())
        notes.push_back(noteAt(fileName, out.headerLine,
                               fill(trn("ignoring column {}", "ignoring columns {}", columns->ignored.size()),
                                    {quotedList(columns->ignored)})));
    if (records.size() == 1) {
        problems.push_back(
            error(fileName, out.headerLine, 1, tr("the survey has a header but no responses")));
        return std::nullopt;
    }

    const char separator = scanner.separator();
    const std::size_t width = records.front().fields.size();
    const std::size_t dimensions = spec.dimensions.size();
    const std::size_t textSlot = 2 + dimensions;
    Names names(model, spec, createNodes);
    std::map<std::pair<std::string, std::string>, std::size_t> pairIndex;
    std::set<std::string, std::less<>> textsSeen;
    std::size_t selfRatings = 0;
    int firstSelfLine = 0;
    std::size_t unanswered = 0;
    // Stop after kMaxErrors errors; warnings never stop the import (every row is read, so none is
    // dropped without a word), and responses without a score are reported one by one up to
    // kMaxErrors, then counted.
    auto errorsSoFar = [&, counted = std::size_t{0}, errors = std::size_t{0}]() mutable {
        for (; counted < problems.size(); ++counted)
            errors += problems[counted].severity == Severity::Error ? 1 : 0;
        return errors;
    };
    const std::string low = scaleText(spec.scaleMin);
    const std::string high = scaleText(spec.scaleMax);
    for (std::size_t r = 1; r < records.size() && errorsSoFar() < kMaxErrors; ++r) {
        const Record& record = records[r];
        if (record.fields.size() != width) {
            problems.push_back(error(fileName, record.line,
                                     record.fields.size() > width ? record.fields[width].column : 1,
                                     fill(tr("this row has {} fields but the header has {} (a field "
                                             "with '{}' in it needs double quotes)"),
                                          {std::to_string(record.fields.size()), std::to_string(width),
                                           std::string(1, separator)})));
            continue;
        }
        const auto field = [&](std::size_t slot) -> const Field& {
            return record.fields[static_cast<std::size_t>(columns->slots[slot])];
        };
        const std::size_t before = problems.size();
        const std::string respondent = names.resolve(field(0), fileName, problems);
        const std::string rated = names.resolve(field(1), fileName, problems);
        std::vector<std::optional<double>> scores(dimensions);
        for (std::size_t d = 0; d < dimensions; ++d) {
            const Field& cell = field(2 + d);
            if (trimBlanks(cell.text).empty())
                continue;
            const std::string dimension(spec.dimensions[d].names.front());
            const std::optional<double> value = csv::parseNumber(cell.text, separator);
            if (!value || !std::isfinite(*value)) {
                problems.push_back(error(
                    fileName, cell.line, cell.column,
                    fill(tr("{}: \"{}\" is not a number; scores are {} to {}, an empty cell for no answer"),
                         {dimension, cell.text, low, high})));
                continue;
            }
            if (*value < spec.scaleMin || *value > spec.scaleMax) {
                problems.push_back(error(fileName, cell.line, cell.column,
                                         fill(tr("{}: {} is outside the scale; scores are {} to {}"),
                                              {dimension, cell.text, low, high})));
                continue;
            }
            scores[d] = *value;
        }
        if (problems.size() != before || respondent.empty() || rated.empty())
            continue;
        if (std::none_of(scores.begin(), scores.end(), [](const auto& s) { return s.has_value(); })) {
            if (unanswered++ < kMaxErrors)
                problems.push_back(Diagnostic{Severity::Warning,
                                              fileName,
                                              record.line,
                                              1,
                                              {},
                                              tr("a response without any score; skipped")});
            continue;
        }
        if (respondent == rated) {
            if (selfRatings++ == 0)
                firstSelfLine = record.line;
            continue;
        }
        auto [it, inserted] = pairIndex.try_emplace({respondent, rated}, out.pairs.size());
        if (inserted) {
            PairResponses& pair = out.pairs.emplace_back();
            pair.respondent = respondent;
            pair.rated = rated;
            pair.firstLine = record.line;
            pair.sums.assign(dimensions, 0.0);
            pair.counts.assign(dimensions, 0);
        }
        PairResponses& pair = out.pairs[it->second];
        for (std::size_t d = 0; d < dimensions; ++d) {
            if (scores[d]) {
                pair.sums[d] += *scores[d];
                ++pair.counts[d];
            }
        }
        ++pair.respondents;
        ++out.responses;
        if (spec.text && columns->slots[textSlot] >= 0) {
            const std::string value(trimBlanks(field(textSlot).text));
            if (!value.empty()) {
                textsSeen.insert(value);
                if (std::find(pair.texts.begin(), pair.texts.end(), value) == pair.texts.end())
                    pair.texts.push_back(value);
            }
        }
    }
    if (unanswered > kMaxErrors)
        problems.push_back(Diagnostic{Severity::Warning,
                                      fileName,
                                      0,
                                      0,
                                      {},
                                      fill(tr("{} more responses without any score were skipped"),
                                           {std::to_string(unanswered - kMaxErrors)})});
    names.reportUnknown(fileName, problems);
    if (hasErrors(problems))
        return std::nullopt;
    if (out.pairs.empty()) {
        problems.push_back(error(fileName, out.headerLine, 1, tr(spec.words.noPairs)));
        return std::nullopt;
    }
    if (selfRatings > 0)
        notes.push_back(noteAt(fileName, firstSelfLine,
                               fill(trn(spec.words.selfRatingsSkipped.singular,
                                        spec.words.selfRatingsSkipped.plural, selfRatings),
                                    {std::to_string(selfRatings)})));
    out.distinctTexts = textsSeen.size();
    out.createdAt = names.createdAt();
    out.newNodes = names.takeNewNodes();
    for (std::size_t i = 0; i < out.newNodes.size(); ++i)
        notes.push_back(noteAt(fileName, out.createdAt[i],
                               fill(tr(spec.words.added), {out.newNodes[i].id, out.newNodes[i].label})));
    return out;
}

// ---- survey waves -----------------------------------------------------------------------------

namespace {

bool isMonth(const std::string& text) {
    const auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
    return text.size() == 7 && text[4] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5) &&
           digit(6) && text.substr(5, 2) >= "01" && text.substr(5, 2) <= "12";
}

}  // namespace

bool applyWave(Model& model, const WaveRequest& request, const std::string& fileName, Diagnostics& problems,
               std::vector<std::string>& notes) {
    const auto fail = [&](std::string message) {
        problems.push_back(error(fileName, 0, 0, std::move(message)));
        return false;
    };
    auto& waves = model.annotations.rcWaves;
    if (request.wave.empty()) {
        if (!request.date.empty() || !request.phase.empty())
            return fail(tr("a wave date or phase needs a wave id (--wave ID)"));
        if (!waves.empty())
            return fail(
                tr("the document has survey waves; say which wave these scores belong to (--wave ID)"));
        return true;
    }
    if (!request.date.empty() && !isMonth(request.date))
        return fail(fill(tr("wave date \"{}\" is not a month (use YYYY-MM)"), {request.date}));
    if (!request.phase.empty() && !model.findPhase(request.phase))
        return fail(fill(tr("phase \"{}\" is not defined in the document"), {request.phase}));
    auto it = std::find_if(waves.begin(), waves.end(), [&](const RcWave& w) { return w.id == request.wave; });
    if (it == waves.end()) {
        if (request.date.empty() && request.phase.empty())
            return fail(fill(tr("survey wave \"{}\" is new: give its date (--wave-date YYYY-MM) or phase "
                                "(--wave-phase ID)"),
                             {request.wave}));
        // Scores without a wave belong to no wave the engine can pick once waves exist.
        for (const Tie& tie : model.ties) {
            if (!tie.details->rc.empty() && tie.details->rcWave.empty())
                return fail(fill(tr("the document has RC scores without a wave (tie \"{}\"); give them a "
                                    "wave (rc_wave) before adding another"),
                                 {tie.id}));
            if (hasPartnerScores(tie) && partnerWaveOf(tie).empty())
                return fail(
                    fill(tr("the document has trust and value scores without a wave (tie \"{}\"); "
                            "give them a wave (the tie attribute partner_wave) before adding another"),
                         {tie.id}));
        }
        waves.push_back(RcWave{request.wave, request.label, request.date, request.phase, {}});
        notes.push_back(fill(tr("added survey wave \"{}\""), {request.wave}));
        return true;
    }
    if ((!request.date.empty() && !it->date.empty() && it->date != request.date) ||
        (!request.phase.empty() && !it->phase.empty() && it->phase != request.phase))
        return fail(fill(tr("survey wave \"{}\" already exists with another date or phase"), {request.wave}));
    if (it->date.empty())
        it->date = request.date;
    if (it->phase.empty())
        it->phase = request.phase;
    return true;
}

}  // namespace orgweave::core::survey
