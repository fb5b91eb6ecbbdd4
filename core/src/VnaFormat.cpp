// Sections: reader · writer · entry points
#include "orgweave/core/VnaFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include "InteropSupport.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace orgweave::core {

using interop::Location;
using interop::TokenView;
using nlohmann::json;

namespace {

// ---- reader -----------------------------------------------------------------------------------

enum class VnaSection { None, NodeData, NodeProperties, TieData, Other };

struct Row {
    std::vector<TokenView> fields;
};

class VnaReader {
public:
    VnaReader(std::string_view text, const std::string& file) : m_text(text), m_problems(file) {}

    LoadResult read() {
        if (!interop::checkText(m_text, m_problems, N_("a VNA file")))
            return m_problems.finish(std::nullopt);
        if (interop::isBlank(m_text)) {
            m_problems.error({1, 1},
                             tr("file is empty; expected a NetDraw VNA file (*node data, *tie data)"));
            return m_problems.finish(std::nullopt);
        }
        interop::TokenCursor cursor(m_text, false, '\0');
        VnaSection section = VnaSection::None;
        std::vector<std::string> header;
        std::optional<TokenView> pending = cursor.next();
        while (pending && m_problems.errorCount() < 100) {
            // One line of fields.
            const int line = pending->where.line;
            Row row;
            while (pending && pending->where.line == line) {
                if (pending->unterminated)
                    m_problems.error(pending->where,
                                     tr("unterminated quoted field: the quote opened here is never closed"));
                row.fields.push_back(*pending);
                pending = cursor.next();
                if (row.fields.size() > 100000) {
                    m_problems.error(row.fields.front().where, tr("a line of more than 100000 fields"));
                    return m_problems.finish(std::nullopt);
                }
            }
            const TokenView& first = row.fields.front();
            if (!first.quoted && !first.text.empty() && first.text[0] == '*') {
                std::string name;
                for (const TokenView& f : row.fields)
                    name += (name.empty() ? "" : " ") + toLowerAscii(f.text);
                section = name == "*node data"         ? VnaSection::NodeData
                          : name == "*node properties" ? VnaSection::NodeProperties
                          : name == "*tie data"        ? VnaSection::TieData
                                                       : VnaSection::Other;
                if (section == VnaSection::Other)
                    m_problems.warning(first.where, fill(tr("section \"{}\" is not read (VNA has *node data, "
                                                            "*node properties and *tie data)"),
                                                         {name}));
                header.clear();
                continue;
            }
            if (section == VnaSection::None) {
                m_problems.error(first.where,
                                 tr("expected *node data or *tie data first (is this a NetDraw VNA file?)"));
                return m_problems.finish(std::nullopt);
            }
            if (section == VnaSection::Other)
                continue;
            if (header.empty()) {
                for (const TokenView& f : row.fields)
                    header.push_back(std::string(f.text));
                if (section == VnaSection::TieData) {
                    if (header.size() < 2) {
                        m_problems.error(first.where,
                                         tr("the *tie data header names from, to and the relations"));
                        return m_problems.finish(std::nullopt);
                    }
                    m_relations.assign(header.begin() + 2, header.end());
                }
                continue;
            }
            if (row.fields.size() != header.size()) {
                m_problems.error(first.where,
                                 fill(tr("found {} fields, expected {} like the section's header"),
                                      {std::to_string(row.fields.size()), std::to_string(header.size())}));
                continue;
            }
            if (section == VnaSection::NodeData)
                nodeData(header, row);
            else if (section == VnaSection::NodeProperties)
                nodeProperties(header, row);
            else
                tieData(row);
        }
        if (m_problems.hasErrors())
            return m_problems.finish(std::nullopt);
        Model model = build();
        interop::validateInto(model, m_nodeLocations, m_tieLocations, m_problems);
        return m_problems.finish(std::move(model));
    }

private:
    std::size_t nodeIndex(const TokenView& f) {
        auto [it, inserted] = m_index.emplace(std::string(f.text), m_nodes.size());
        if (inserted) {
            Node n;
            n.id = std::string(f.text);
            n.kind = NodeKind::Role;
            m_nodes.push_back(std::move(n));
            m_nodeLocations.push_back(f.where);
        }
        return it->second;
    }

    void nodeData(const std::vector<std::string>& header, const Row& row) {
        if (row.fields[0].text.empty())
            return;
        const std::size_t i = nodeIndex(row.fields[0]);
        for (std::size_t c = 1; c < header.size(); ++c) {
            m_columnCells[header[c]].push_back({i, std::string(row.fields[c].text)});
        }
    }

    void nodeProperties(const std::vector<std::string>& header, const Row& row) {
        const std::size_t i = nodeIndex(row.fields[0]);
        Node& n = m_nodes[i];
        std::optional<double> x, y;
        for (std::size_t c = 1; c < header.size(); ++c) {
            const std::string key = toLowerAscii(header[c]);
            const std::string text(row.fields[c].text);
            const auto number = interop::parseNumber(text);
            const bool finite = number && std::isfinite(*number);
            if ((key == "x" || key == "y" || key == "size" || key == "color") && !finite) {
                m_problems.warning(row.fields[c].where,
                                   fill(tr("{} \"{}\" is not a finite number; dropped"), {key, text}));
                continue;
            }
            if (key == "x") {
                x = number;
            } else if (key == "y") {
                y = number;
            } else if (key == "color") {
                // NetDraw's colour is a BGR number, 0 to 0xFFFFFF.
                if (*number < 0.0 || *number > 16777215.0) {
                    m_problems.warning(
                        row.fields[c].where,
                        fill(tr("color \"{}\" is not a colour number (0 to 16777215); dropped"), {text}));
                    continue;
                }
                const long v = static_cast<long>(*number);
                char hex[8];
                std::snprintf(hex, sizeof hex, "#%02lx%02lx%02lx", v & 0xFF, (v >> 8) & 0xFF,
                              (v >> 16) & 0xFF);
                n.attrs["color"] = std::string(hex);
            } else if (key == "size") {
                n.attrs["size"] = *number;
            } else if (key == "shortlabel") {
                if (!text.empty() && text != n.id)
                    n.label = text;
            } else if (key == "shape") {
                n.attrs["shape"] = finite ? json(*number) : json(text);
            } else if (!text.empty()) {
                n.attrs[header[c]] = finite ? json(*number) : json(text);
            }
        }
        if (x && y)
            m_positions[n.id] = Point{*x, *y};
    }

    void tieData(const Row& row) {
        const std::size_t from = nodeIndex(row.fields[0]);
        const std::size_t to = nodeIndex(row.fields[1]);
        for (std::size_t r = 0; r < m_relations.size(); ++r) {
            const TokenView& cell = row.fields[r + 2];
            const auto v = interop::parseNumber(cell.text);
            if (!v) {
                m_problems.error(cell.where, fill(tr("\"{}\" is not a number (relation {})"),
                                                  {std::string(cell.text), m_relations[r]}));
                continue;
            }
            if (!std::isfinite(*v)) {
                m_problems.warning(cell.where,
                                   fill(tr("\"{}\" is not a finite number; read as a tie without weight"),
                                        {std::string(cell.text)}));
            }
            if (*v == 0.0)
                continue;
            if (m_links.size() >= interop::kMaxReadTies) {
                m_problems.error(cell.where,
                                 fill(tr("the file holds more than {} ties, the limit of one file"),
                                      {std::to_string(interop::kMaxReadTies)}));
                return;
            }
            m_links.push_back(Link{from, to, r, *v, cell.where});
        }
        if (m_relations.empty())
            m_links.push_back(Link{from, to, 0, 1.0, row.fields[0].where});
    }

    Model build() {
        Model model;
        // Node data columns: numbers when every cell of the column is one.
        for (auto& [name, cells] : m_columnCells) {
            const bool numeric = std::all_of(cells.begin(), cells.end(), [](const auto& cell) {
                const auto v = interop::parseNumber(cell.second);
                return cell.second.empty() || (v && std::isfinite(*v));
            });
            for (const auto& [i, text] : cells) {
                if (text.empty())
                    continue;
                Node& n = m_nodes[i];
                const std::string key = toLowerAscii(name);
                if ((key == "label" || key == "name") && text != n.id) {
                    n.label = text;  // the full name wins over NetDraw's shortlabel
                    continue;
                }
                if (numeric) {
                    if (auto k = interop::parseInteger(text))
                        n.attrs[name] = *k;
                    else
                        n.attrs[name] = *interop::parseNumber(text);
                } else {
                    n.attrs[name] = text;
                }
            }
        }
        model.nodes = std::move(m_nodes);
        model.layout.positions = m_positions;
        for (const Link& l : m_links) {
            Tie t;
            t.id = "e" + std::to_string(model.ties.size());
            t.kind = TieKind::Collaborates;
            t.source = model.nodes[l.from].id;
            t.target = model.nodes[l.to].id;
            t.directed = true;
            if (std::isfinite(l.value) && l.value > 0 && l.value != 1.0)
                t.weight = l.value;
            else if (std::isfinite(l.value) && l.value < 0)
                t.attrs["weight"] = l.value;
            if (m_relations.size() > 1)
                t.attrs["relation"] = m_relations[l.relation];
            m_tieLocations.push_back(l.where);
            model.ties.push_back(std::move(t));
        }
        return model;
    }

    struct Link {
        std::size_t from;
        std::size_t to;
        std::size_t relation;
        double value;
        Location where;
    };

    std::string_view m_text;
    interop::Problems m_problems;
    std::vector<Node> m_nodes;
    std::unordered_map<std::string, std::size_t> m_index;
    std::map<std::string, std::vector<std::pair<std::size_t, std::string>>> m_columnCells;
    std::map<std::string, Point> m_positions;
    std::vector<std::string> m_relations;
    std::vector<Link> m_links;
    std::vector<Location> m_nodeLocations;
    std::vector<Location> m_tieLocations;
};

// ---- writer -----------------------------------------------------------------------------------

std::string vnaField(const std::string& text) {
    std::string out = text;
    std::replace(out.begin(), out.end(), '"', '\'');
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    if (out.empty() || out.find_first_of(" \t") != std::string::npos)
        return "\"" + out + "\"";
    return out;
}

std::string relationOf(const Tie& t) {
    if (auto it = t.attrs.find("relation"); it != t.attrs.end() && it->is_string())
        return it->get<std::string>();
    return "tie";
}

}  // namespace

std::string writeVna(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.positions = true;
    carries.attrs = true;
    interop::lossWarnings(model, carries, "VNA", fileName, warnings);
    // Scalar attrs as node data columns.
    std::vector<std::string> columns;
    for (const Node& n : model.nodes) {
        for (const auto& [k, v] : n.attrs.items()) {
            if ((v.is_string() || v.is_number() || v.is_boolean()) && k != "relation" &&
                std::find(columns.begin(), columns.end(), k) == columns.end())
                columns.push_back(k);
        }
    }
    std::string out = "*node data\nID label";
    for (const std::string& c : columns)
        out += " " + vnaField(c);
    out += "\n";
    for (const Node& n : model.nodes) {
        out += vnaField(n.id) + " " + vnaField(n.displayLabel());
        for (const std::string& c : columns) {
            auto it = n.attrs.find(c);
            out += " " + (it == n.attrs.end() ? std::string("\"\"")
                          : it->is_string()   ? vnaField(it->get<std::string>())
                          : it->is_number()   ? interop::formatNumber(it->get<double>())
                                              : std::string(it->get<bool>() ? "TRUE" : "FALSE"));
        }
        out += "\n";
    }
    if (!model.layout.positions.empty()) {
        out += "*node properties\nID x y\n";
        for (const Node& n : model.nodes) {
            if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end())
                out += vnaField(n.id) + " " + interop::formatNumber(p->second.x) + " " +
                       interop::formatNumber(p->second.y) + "\n";
        }
    }
    std::vector<std::string> relations;
    for (const Tie& t : model.ties) {
        if (std::find(relations.begin(), relations.end(), relationOf(t)) == relations.end())
            relations.push_back(relationOf(t));
    }
    if (relations.empty())
        relations.push_back("tie");
    out += "*tie data\nfrom to";
    for (const std::string& r : relations)
        out += " " + vnaField(r);
    out += "\n";
    std::size_t undirected = 0;
    for (const Tie& t : model.ties) {
        const std::size_t r = static_cast<std::size_t>(
            std::find(relations.begin(), relations.end(), relationOf(t)) - relations.begin());
        const std::string value = interop::formatNumber(t.weight.value_or(1.0));
        auto line = [&](const std::string& a, const std::string& b) {
            out += vnaField(a) + " " + vnaField(b);
            for (std::size_t k = 0; k < relations.size(); ++k)
                out += " " + (k == r ? value : std::string("0"));
            out += "\n";
        };
        line(t.source, t.target);
        if (!t.isDirected() && t.source != t.target) {
            line(t.target, t.source);  // NetDraw ties point one way: both ways for an undirected tie
            ++undirected;
        }
    }
    if (undirected > 0)
        warnings.push_back(
            Diagnostic{Severity::Warning,
                       fileName,
                       0,
                       0,
                       {},
                       fill(tr("VNA ties point one way: {} undirected tie(s) are written both ways"),
                            {std::to_string(undirected)})});
    return out;
}

void saveVna(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    writeFileAtomically(path, writeVna(model, warnings, path.string()));
}

// ---- entry points -----------------------------------------------------------------------------

LoadResult parseVna(std::string_view text, const std::string& fileName) {
    return VnaReader(text, fileName).read();
}

LoadResult loadVna(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, N_("a VNA file"), result.diagnostics))
        return parseVna(*text, path.string());
    return result;
}

bool isVnaPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".vna";
}

}  // namespace orgweave::core
