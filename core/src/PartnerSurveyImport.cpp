// Sections: header · names · rows and aggregation · applying to the model · entry points
#include "orgweave/core/PartnerSurveyImport.hpp"

#include "CsvScanner.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/ReadGuard.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace orgweave::core {

namespace {

constexpr std::size_t kMaxErrors = 50;
constexpr std::size_t kDimensions = kPartnerDimensions.size();

using csv::Field;
using csv::Record;
using csv::trimBlanks;

/// fill() of a translated pattern (the name is a keyword of scripts/update-po.sh: the second argument
/// is extracted).
std::string sayf(const Translator& translator, const char* pattern,
                 const std::vector<std::string>& arguments) {
    return fill(translator.tr(pattern), arguments);
}

Diagnostic error(const std::string& file, int line, int column, std::string message) {
    return Diagnostic{Severity::Error, file, line, column, {}, std::move(message)};
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

/// Column slots: 0 respondent, 1 partner, 2… the dimensions in kPartnerDimensions order.
constexpr std::size_t kSlots = 2 + kDimensions;

int slotOf(const std::string& name) {
    static const std::map<std::string, int, std::less<>> names{
        {"respondent", 0},
        {"respondent_organization", 0},
        {"rater", 0},
        {"from", 0},
        {"partner", 1},
        {"partner_organization", 1},
        {"rated", 1},
        {"to", 1},
        {"reliability", 2},
        {"reliable", 2},
        {"mission", 3},
        {"support_of_mission", 3},
        {"shared_mission", 3},
        {"mission_support", 3},
        {"openness", 4},
        {"openness_to_discussion", 4},
        {"open_to_discussion", 4},
        {"power", 5},
        {"power_and_influence", 5},
        {"influence", 5},
        {"involvement", 6},
        {"level_of_involvement", 6},
        {"resources", 7},
        {"resources_contributed", 7},
        {"resource_contribution", 7},
    };
    const auto it = names.find(name);
    return it == names.end() ? -1 : it->second;
}

std::string slotName(std::size_t slot) {
    if (slot == 0)
        return "respondent";
    if (slot == 1)
        return "partner";
    return std::string(kPartnerDimensions[slot - 2]);
}

/// The column of each slot, or nullopt after reporting what is missing or repeated.
std::optional<std::array<int, kSlots>> readHeader(const Record& header, const std::string& file,
                                                  std::vector<std::string>& ignored, Diagnostics& problems) {
    std::array<int, kSlots> columns;
    columns.fill(-1);
    bool ok = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const Field& field = header.fields[i];
        const int slot = slotOf(normalizeHeader(field.text));
        if (slot < 0) {
            if (!field.text.empty())
                ignored.push_back(field.text);
            continue;
        }
        int& column = columns[static_cast<std::size_t>(slot)];
        if (column >= 0) {
            problems.push_back(error(file, field.line, field.column,
                                     sayf(ui(), "column \"{}\" appears twice (also column {})",
                                          {field.text, std::to_string(column + 1)})));
            ok = false;
            continue;
        }
        column = static_cast<int>(i);
    }
    std::string missing;
    for (std::size_t s = 0; s < kSlots; ++s) {
        if (columns[s] < 0)
            missing += (missing.empty() ? "" : ", ") + slotName(s);
    }
    if (!missing.empty()) {
        problems.push_back(
            error(file, header.line, 1,
                  sayf(ui(),
                       "missing columns in the header: {}; a trust and value survey needs "
                       "respondent, partner, reliability, mission, openness, power, involvement "
                       "and resources (a dimension nobody was asked about may be an empty column)",
                       {missing})));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return columns;
}

// ---- names ------------------------------------------------------------------------------------

bool isActor(NodeKind kind) {
    return kind == NodeKind::Organization || kind == NodeKind::Role || kind == NodeKind::Site ||
           kind == NodeKind::Committee;
}

/// Resolves names in the survey to node ids: by id, else by label without regard to ASCII case.
class ActorNames {
public:
    ActorNames(const Model& model, bool create) : m_model(model), m_create(create) {
        for (const Node& node : model.nodes) {
            m_ids.insert(node.id);
            if (isActor(node.kind) && !node.label.empty())
                m_byLabel[toLowerAscii(node.label)].push_back(node.id);
        }
    }

    /// The node id for `field`, or "" after adding an error (or a deferred unknown-name error).
    std::string resolve(const Field& field, const std::string& file, Diagnostics& problems) {
        const std::string name(trimBlanks(field.text));
        if (name.empty()) {
            problems.push_back(error(file, field.line, field.column,
                                     tr("the name is empty: every response names the respondent and the "
                                        "partner")));
            return {};
        }
        if (const Node* node = m_model.findNode(name)) {
            if (isActor(node->kind))
                return node->id;
            problems.push_back(error(file, field.line, field.column,
                                     sayf(ui(), "\"{}\" is {}, not an organization, role, site or committee",
                                          {name, withArticle(toString(node->kind))})));
            return {};
        }
        const std::string key = toLowerAscii(name);
        if (auto it = m_byLabel.find(key); it != m_byLabel.end()) {
            if (it->second.size() == 1)
                return it->second.front();
            std::string ids;
            for (const std::string& id : it->second)
                ids += (ids.empty() ? "\"" : ", \"") + id + "\"";
            problems.push_back(error(
                file, field.line, field.column,
                sayf(ui(), "\"{}\" is the label of several nodes ({}); write the id instead", {name, ids})));
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
            base = "organization";
        std::string id = base;
        for (int n = 2; m_ids.count(id); ++n)
            id = base + "-" + std::to_string(n);
        m_ids.insert(id);
        m_created.emplace(key, id);
        Node organization;
        organization.id = id;
        organization.kind = NodeKind::Organization;
        organization.label = name;
        m_newNodes.push_back(std::move(organization));
        m_createdAt.push_back(field.line);
        return id;
    }

    /// One error per unknown name, at its first use.
    void reportUnknown(const std::string& file, Diagnostics& problems) const {
        for (const std::string& key : m_unknownOrder) {
            const Unknown& u = m_unknown.at(key);
            std::string message = sayf(ui(),
                                       "unknown name \"{}\": no organization, role, site or committee has "
                                       "this id or label",
                                       {std::string(trimBlanks(u.field.text))});
            if (u.more > 0)
                message += fill(trn(" (used in {} more row)", " (used in {} more rows)", u.more),
                                {std::to_string(u.more)});
            message += tr("; correct the name or give --create-organizations to add it");
            problems.push_back(error(file, u.field.line, u.field.column, message));
        }
    }

    const std::vector<Node>& newNodes() const { return m_newNodes; }
    const std::vector<int>& createdAt() const { return m_createdAt; }

private:
    struct Unknown {
        Field field;
        std::size_t more = 0;
    };

    const Model& m_model;
    bool m_create;
    std::set<std::string, std::less<>> m_ids;
    std::map<std::string, std::vector<std::string>, std::less<>> m_byLabel;
    std::map<std::string, std::string, std::less<>> m_created;
    std::map<std::string, Unknown, std::less<>> m_unknown;
    std::vector<std::string> m_unknownOrder;
    std::vector<Node> m_newNodes;
    std::vector<int> m_createdAt;
};

// ---- rows and aggregation ---------------------------------------------------------------------

struct PairScores {
    std::string respondent;
    std::string partner;
    int firstLine = 0;
    std::array<double, kDimensions> sums{};
    std::array<std::size_t, kDimensions> counts{};
    std::size_t respondents = 0;
};

std::string attrName(std::size_t dimension) {
    return "partner_" + std::string(kPartnerDimensions[dimension]);
}

/// Mean of the dimension means present in [first, last); nullopt when none.
std::optional<double> meanOf(const PairScores& pair, std::size_t first, std::size_t last) {
    double sum = 0.0;
    std::size_t present = 0;
    for (std::size_t d = first; d < last; ++d) {
        if (pair.counts[d] == 0)
            continue;
        sum += pair.sums[d] / static_cast<double>(pair.counts[d]);
        ++present;
    }
    if (present == 0)
        return std::nullopt;
    return sum / static_cast<double>(present);
}

// ---- applying to the model --------------------------------------------------------------------

void writeScores(Tie& tie, const PairScores& pair, const std::string& surveyName) {
    if (!tie.attrs.is_object())
        tie.attrs = nlohmann::json::object();
    for (std::size_t d = 0; d < kDimensions; ++d) {
        if (pair.counts[d] == 0)
            tie.attrs.erase(attrName(d));
        else
            tie.attrs[attrName(d)] = pair.sums[d] / static_cast<double>(pair.counts[d]);
    }
    const auto put = [&](std::string_view name, std::optional<double> value) {
        if (value)
            tie.attrs[std::string(name)] = *value;
        else
            tie.attrs.erase(std::string(name));
    };
    put(kPartnerTrustAttr, meanOf(pair, 0, kPartnerTrustDimensions));
    put(kPartnerValueAttr, meanOf(pair, kPartnerTrustDimensions, kDimensions));
    tie.attrs["partner_respondents"] = pair.respondents;
    tie.attrs["partner_survey"] = surveyName;
}

PartnerImportResult importUnguarded(Model& model, std::string_view text, const std::string& fileName,
                                    const PartnerImportOptions& options) {
    PartnerImportResult result;
    Diagnostics& problems = result.diagnostics;
    auto note = [&](int line, const std::string& message) {
        result.notes.push_back(fileName + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
                               tr("note") + ": " + message);
    };
    if (text.size() > kMaxDocumentBytes) {
        problems.push_back(
            error(fileName, 0, 0,
                  sayf(ui(), "file is too large ({} MiB; the limit is {} MiB)",
                       {std::to_string(text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)})));
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
        if (!hasErrors(problems))
            problems.push_back(
                error(fileName, 1, 1,
                      tr("the survey is empty: expected a header row (respondent, partner, "
                         "reliability, mission, openness, power, involvement, resources) and one "
                         "row per response")));
        return result;
    }
    std::vector<std::string> ignored;
    const auto columns = readHeader(records.front(), fileName, ignored, problems);
    if (!columns)
        return result;
    if (!ignored.empty()) {
        std::string list;
        for (const std::string& c : ignored)
            list += (list.empty() ? "\"" : ", \"") + c + "\"";
        note(records.front().line, fill(tr("ignoring columns {}"), {list}));
    }
    if (records.size() == 1) {
        problems.push_back(
            error(fileName, records.front().line, 1, tr("the survey has a header but no responses")));
        return result;
    }

    const char separator = scanner.separator();
    const std::size_t width = records.front().fields.size();
    ActorNames names(model, options.createOrganizations);
    std::vector<PairScores> pairs;
    std::map<std::pair<std::string, std::string>, std::size_t> pairIndex;
    std::size_t selfRatings = 0;
    int firstSelfLine = 0;
    std::size_t unanswered = 0;
    const auto errorCount = [&] {
        return static_cast<std::size_t>(
            std::count_if(problems.begin(), problems.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    };
    for (std::size_t r = 1; r < records.size() && errorCount() < kMaxErrors; ++r) {
        const Record& record = records[r];
        if (record.fields.size() != width) {
            problems.push_back(
                error(fileName, record.line, record.fields.size() > width ? record.fields[width].column : 1,
                      sayf(ui(),
                           "this row has {} fields but the header has {} (a field with '{}' in "
                           "it needs double quotes)",
                           {std::to_string(record.fields.size()), std::to_string(width),
                            std::string(1, separator)})));
            continue;
        }
        const std::size_t before = problems.size();
        const auto field = [&](std::size_t slot) -> const Field& {
            return record.fields[static_cast<std::size_t>((*columns)[slot])];
        };
        const std::string respondent = names.resolve(field(0), fileName, problems);
        const std::string partner = names.resolve(field(1), fileName, problems);
        std::array<std::optional<double>, kDimensions> scores;
        for (std::size_t d = 0; d < kDimensions; ++d) {
            const Field& cell = field(2 + d);
            if (trimBlanks(cell.text).empty())
                continue;
            const std::optional<double> value = csv::parseNumber(cell.text, separator);
            if (!value || !std::isfinite(*value)) {
                problems.push_back(error(fileName, cell.line, cell.column,
                                         sayf(ui(),
                                              "{}: \"{}\" is not a number; scores are 1 to 4, an empty cell "
                                              "for no answer",
                                              {std::string(kPartnerDimensions[d]), cell.text})));
                continue;
            }
            if (*value < kPartnerScaleMin || *value > kPartnerScaleMax) {
                problems.push_back(error(fileName, cell.line, cell.column,
                                         sayf(ui(), "{}: {} is outside the scale; scores are 1 to 4",
                                              {std::string(kPartnerDimensions[d]), cell.text})));
                continue;
            }
            scores[d] = *value;
        }
        if (problems.size() != before || respondent.empty() || partner.empty())
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
        if (respondent == partner) {
            if (selfRatings++ == 0)
                firstSelfLine = record.line;
            continue;
        }
        auto [it, inserted] = pairIndex.try_emplace({respondent, partner}, pairs.size());
        if (inserted)
            pairs.push_back(PairScores{respondent, partner, record.line, {}, {}, 0});
        PairScores& pair = pairs[it->second];
        for (std::size_t d = 0; d < kDimensions; ++d) {
            if (scores[d]) {
                pair.sums[d] += *scores[d];
                ++pair.counts[d];
            }
        }
        ++pair.respondents;
        ++result.responses;
    }
    names.reportUnknown(fileName, problems);
    if (hasErrors(problems))
        return result;
    if (pairs.empty()) {
        problems.push_back(error(fileName, records.front().line, 1,
                                 tr("no ratings between two different partners to import")));
        return result;
    }
    if (selfRatings > 0)
        note(firstSelfLine,
             fill(trn("{} self-rating skipped: a tie joins two different partners",
                      "{} self-ratings skipped: a tie joins two different partners", selfRatings),
                  {std::to_string(selfRatings)}));

    // Apply to a copy, so that the model is untouched on failure.
    Model updated = model;
    for (std::size_t i = 0; i < names.newNodes().size(); ++i) {
        const Node& node = names.newNodes()[i];
        updated.nodes.push_back(node);
        note(names.createdAt()[i], fill(tr("added organization \"{}\" ({})"), {node.id, node.label}));
    }
    result.organizationsCreated = names.newNodes().size();
    const std::string surveyName = std::filesystem::path(fileName).filename().string();
    std::set<std::string, std::less<>> tieIds;
    for (const Tie& tie : updated.ties)
        tieIds.insert(tie.id);
    for (const PairScores& pair : pairs) {
        // Prefer the directed tie that already holds PARTNER scores, else the first directed one.
        Tie* existing = nullptr;
        for (Tie& tie : updated.ties) {
            if (tie.kind != TieKind::Collaborates || !tie.isDirected() || tie.source != pair.respondent ||
                tie.target != pair.partner)
                continue;
            const bool scored = tie.attrs.is_object() && tie.attrs.contains("partner_survey");
            if (!existing || scored)
                existing = &tie;
            if (scored)
                break;
        }
        if (existing) {
            writeScores(*existing, pair, surveyName);
            ++result.tiesUpdated;
            note(pair.firstLine, fill(tr("tie \"{}\" ({} rates {}): trust and value scores replaced"),
                                      {existing->id, pair.respondent, pair.partner}));
            continue;
        }
        Tie tie;
        tie.id = "partner-" + pair.respondent + "-" + pair.partner;
        for (int n = 2; tieIds.count(tie.id); ++n)
            tie.id = "partner-" + pair.respondent + "-" + pair.partner + "-" + std::to_string(n);
        tieIds.insert(tie.id);
        tie.kind = TieKind::Collaborates;
        tie.source = pair.respondent;
        tie.target = pair.partner;
        tie.directed = true;
        writeScores(tie, pair, surveyName);
        updated.ties.push_back(std::move(tie));
        ++result.tiesCreated;
    }
    model = std::move(updated);
    return result;
}

}  // namespace

// ---- entry points -----------------------------------------------------------------------------

PartnerImportResult importPartnerSurvey(Model& model, std::string_view text, const std::string& fileName,
                                        const PartnerImportOptions& options) {
    return readGuarded<PartnerImportResult>(fileName,
                                            [&] { return importUnguarded(model, text, fileName, options); });
}

PartnerImportResult importPartnerSurveyFile(Model& model, const std::filesystem::path& path,
                                            const PartnerImportOptions& options) {
    PartnerImportResult result;
    const auto text = readInputFile(path, N_("a trust and value survey (CSV)"), result.diagnostics);
    if (!text)
        return result;
    return importPartnerSurvey(model, *text, path.string(), options);
}

}  // namespace orgweave::core
