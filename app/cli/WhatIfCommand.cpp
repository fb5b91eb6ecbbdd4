#include "WhatIfCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/ComparisonJson.hpp>
#include <orgweave/core/TieRules.hpp>
#include <orgweave/core/Translate.hpp>

#include <algorithm>
#include <iostream>

namespace orgweave::cli {

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (c == separator) {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

std::string noChange() {
    return std::string("orgweave whatif: ") +
           core::tr(
               "say what changes: --remove ID[,ID...], --add-tie SRC:TGT[:KIND] or --add-committee "
               "ID:MEMBER,MEMBER...") +
           "\n";
}

std::string tieKindList() {
    std::string out;
    for (core::TieKind k : core::kAllTieKinds)
        out += (out.empty() ? "" : ", ") + std::string(core::toString(k));
    return out;
}

}  // namespace

WhatIfCommand::WhatIfCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "whatif", core::tr("What if someone leaves, a committee is dissolved, or a tie is proposed"));
    m_app->add_option("FILE", m_file, core::tr("Document (.orgweave.json, .graphml, .csv, .dot)"))
        ->required();
    m_app
        ->add_option(
            "--remove", m_remove,
            core::tr("Remove these nodes (comma separated ids): a person leaves, a committee is dissolved"))
        ->delimiter(',');
    m_app
        ->add_option(
            "--add-tie", m_addTies,
            core::tr("Propose a tie SRC:TGT[:KIND] (default: the kind that fits, collaborates between "
                     "roles); repeatable"))
        ->take_all();
    m_app
        ->add_option(
            "--add-committee", m_addCommittees,
            core::tr(
                "Propose a committee ID:MEMBER,MEMBER... (roles or organizations as members); repeatable"))
        ->take_all();
    m_app->add_option("--phase", m_phase, core::tr("Evaluate the document as it stands in this phase"));
    m_options.addTo(*m_app);
}

std::optional<core::Scenario> WhatIfCommand::scenario(const core::Model& model, int& exitCode) const {
    core::Scenario s;
    s.phase = m_phase;
    for (const std::string& id : m_remove) {
        if (!id.empty() && std::find(s.removeNodes.begin(), s.removeNodes.end(), id) == s.removeNodes.end())
            s.removeNodes.push_back(id);
    }
    exitCode = kExitUsage;
    for (const std::string& spec : m_addCommittees) {
        const auto colon = spec.find(':');
        if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size()) {
            std::cerr << "orgweave whatif: "
                      << core::fill(core::tr("--add-committee wants ID:MEMBER,MEMBER... (got \"{}\")"),
                                    {spec})
                      << '\n';
            return std::nullopt;
        }
        core::Node committee;
        committee.id = spec.substr(0, colon);
        committee.kind = core::NodeKind::Committee;
        committee.type = "working_group";
        committee.label = core::fill(core::tr("Proposed committee {}"), {committee.id});
        for (const std::string& member : split(spec.substr(colon + 1), ',')) {
            if (member.empty())
                continue;
            core::Tie tie;
            tie.kind = core::TieKind::MemberOf;
            tie.source = member;
            tie.target = committee.id;
            s.addTies.push_back(tie);
        }
        s.addNodes.push_back(std::move(committee));
    }
    for (const std::string& spec : m_addTies) {
        const std::vector<std::string> parts = split(spec, ':');
        if (parts.size() < 2 || parts.size() > 3 || parts[0].empty() || parts[1].empty()) {
            std::cerr << "orgweave whatif: "
                      << core::fill(core::tr("--add-tie wants SRC:TGT or SRC:TGT:KIND (got \"{}\")"), {spec})
                      << '\n';
            return std::nullopt;
        }
        core::Tie tie;
        tie.source = parts[0];
        tie.target = parts[1];
        if (parts.size() == 3) {
            const auto kind = core::tieKindFromString(parts[2]);
            if (!kind) {
                std::cerr << "orgweave whatif: "
                          << core::fill(core::tr("unknown tie kind \"{}\" (kinds: {})"),
                                        {parts[2], tieKindList()})
                          << '\n';
                return std::nullopt;
            }
            tie.kind = *kind;
        } else {
            // The default kind depends on what the ends are; unknown ends are reported by the scenario.
            auto kindOf = [&](const std::string& id) -> std::optional<core::NodeKind> {
                if (const core::Node* n = model.findNode(id))
                    return n->kind;
                for (const core::Node& n : s.addNodes) {
                    if (n.id == id)
                        return n.kind;
                }
                return std::nullopt;
            };
            const auto a = kindOf(tie.source);
            const auto b = kindOf(tie.target);
            if (a && b) {
                const auto kind = core::proposedTieKind(*a, *b);
                if (!kind) {
                    std::cerr << m_file << ": " << core::tr("error") << ": "
                              << core::fill(core::tr("no tie can join '{}' and '{}': {}"),
                                            {tie.source, tie.target, core::whyNoTieBetween(*a, *b)})
                              << '\n';
                    exitCode = kExitBadInput;
                    return std::nullopt;
                }
                tie.kind = *kind;
            }
        }
        s.addTies.push_back(tie);
    }
    if (s.removeNodes.empty() && s.addTies.empty() && s.addNodes.empty()) {
        std::cerr << noChange();
        return std::nullopt;
    }
    exitCode = kExitSuccess;
    return s;
}

int WhatIfCommand::run() const {
    if (m_remove.empty() && m_addTies.empty() && m_addCommittees.empty()) {
        std::cerr << noChange();
        return kExitUsage;
    }
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "whatif", status);
    if (!model)
        return status;
    const std::optional<core::Scenario> s = scenario(*model, status);
    if (!s)
        return status;
    core::WhatIfImpact impact;
    try {
        impact = core::evaluateWhatIf(*model, *s, m_options.toCore());
    } catch (const core::ScenarioError& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    } catch (const core::ComparisonError& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    const std::string& docTitle = model->annotations.meta.title;
    std::string title = core::fill(core::tr("What if: {}"), {docTitle.empty() ? m_file : docTitle});
    if (!m_phase.empty())
        title += " " + core::fill(core::tr("(phase {})"), {m_phase});
    const std::string text = m_options.format == "json"
                                 ? core::whatIfToJson(impact).dump(2) + "\n"
                                 : whatIfText(impact, *model, title, m_options.style());
    return writeOutput(text, m_options.out, "whatif");
}

}  // namespace orgweave::cli
