// The checks on the documented samples (samples/README.md): which rules find gaps in each (and in
// each phase of the phased ones), and the evidence invariants of DOMAIN.md §4 on every sample:
// deleting one piece of evidence never turns a gap into a pass for the same check and subject;
// deleting all evidence of an element never gives it a better score. A version 1 copy of two
// samples (tests/core/data/v1) migrates and gives the same verdicts as the v2 rewrite on every
// check both can evaluate.
//
// Sections: helpers · pinned gaps · evidence invariants · migration
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>

using namespace orgweave::core;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

using RuleSet = std::set<std::string>;
const std::vector<std::string> kSamples{"regional-committee", "fonna-like", "innlandet-like",
                                        "midcounty-frailty", "relational-coordination"};

Model loadFile(const std::filesystem::path& path, bool expectClean = true) {
    LoadResult r = loadDocument(path);
    INFO(path.string());
    for (const Diagnostic& d : r.diagnostics)
        INFO(d.format());
    REQUIRE(r.ok());
    if (expectClean)
        CHECK(r.diagnostics.empty());  // no errors and no warnings
    return *r.model;
}

Model loadSample(const std::string& name) {
    return loadFile(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / (name + ".orgweave.json"));
}

RuleSet firedRules(const Model& model, const std::string& phase = {}) {
    RuleSet fired;
    for (const Finding& finding : findGaps(model, GapSettings{}, phase).findings)
        fired.insert(finding.rule);
    return fired;
}

std::vector<std::string> phasesOf(const Model& model) {
    std::vector<std::string> out;
    for (const Phase& p : model.annotations.phases)
        out.push_back(p.id);
    if (out.empty())
        out.push_back({});
    return out;
}

std::map<std::string, CheckStatus> verdicts(const Model& model, const std::string& phase) {
    std::map<std::string, CheckStatus> out;
    for (const CheckEvaluation& e : findGaps(model, GapSettings{}, phase).evaluations)
        out[e.rule + "|" + e.subject.key()] = e.status;
    return out;
}

/// Every single deletion of evidence: a context score, a leadership entry, an RC score, a date.
std::vector<std::pair<std::string, std::function<void(Model&)>>> deletions(const Model& model) {
    std::vector<std::pair<std::string, std::function<void(Model&)>>> out;
    for (const auto& [factor, score] : model.annotations.context.system)
        out.push_back(
            {"system score " + factor, [f = factor](Model& m) { m.annotations.context.system.erase(f); }});
    for (const auto& [org, scores] : model.annotations.context.organizations) {
        for (const auto& [factor, score] : scores)
            out.push_back({"score " + org + "/" + factor, [o = org, f = factor](Model& m) {
                               m.annotations.context.organizations[o].erase(f);
                           }});
    }
    for (std::size_t p = 0; p < model.annotations.phases.size(); ++p) {
        const Phase& phase = model.annotations.phases[p];
        // A phase's own context score is not deleted alone: without it the document's score applies
        // (PhaseFilter.hpp), which replaces evidence rather than removing it.
        for (const auto& [role, l] : phase.leadership)
            out.push_back({"phase leadership " + role,
                           [p, r = role](Model& m) { m.annotations.phases[p].leadership.erase(r); }});
    }
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& n = model.nodes[i];
        if (n.leadership)
            out.push_back({"leadership of " + n.id, [i](Model& m) { m.nodes[i].leadership.reset(); }});
        if (!n.learningAction->start.empty())
            out.push_back(
                {"start of " + n.id, [i](Model& m) { m.nodes[i].learningAction.edit().start.clear(); }});
        if (!n.learningAction->lastActivity.empty())
            out.push_back({"last activity of " + n.id,
                           [i](Model& m) { m.nodes[i].learningAction.edit().lastActivity.clear(); }});
        if (!n.learningAction->statusSince.empty())
            out.push_back({"status since of " + n.id,
                           [i](Model& m) { m.nodes[i].learningAction.edit().statusSince.clear(); }});
    }
    for (std::size_t i = 0; i < model.ties.size(); ++i) {
        for (const auto& [dim, score] : model.ties[i].details->rc)
            out.push_back({"rc " + model.ties[i].id + "/" + dim,
                           [i, d = dim](Model& m) { m.ties[i].details.edit().rc.erase(d); }});
    }
    if (!model.annotations.meta.asOf.empty())
        out.push_back({"as_of", [](Model& m) { m.annotations.meta.asOf.clear(); }});
    return out;
}

}  // namespace

// ---- pinned gaps ------------------------------------------------------------------------------
// When a sample or a check changes on purpose, update the set here and the sample's section in
// samples/README.md (which explains why each rule finds a gap).

TEST_CASE("every sample loads as version 2 without warnings", "[samples][gaps]") {
    for (const std::string& name : kSamples) {
        const Model m = loadSample(name);
        CHECK_FALSE(m.annotations.setting.empty());
        CHECK_FALSE(m.annotations.meta.asOf.empty());
    }
}

TEST_CASE("samples find their documented gaps", "[samples][gaps]") {
    const std::map<std::string, RuleSet> expected{
        {"regional-committee", {"G5", "G8", "G13", "G16", "G17", "G18", "G19", "G20", "G21"}},
        {"fonna-like", {"G2", "G4", "G8", "G9", "G13", "G15", "G18", "G20", "G21"}},
        {"innlandet-like", {"G4", "G7", "G13", "G19", "G20"}},
        {"midcounty-frailty", {"G5", "G8", "G13"}},
        {"relational-coordination", {"G17", "G18"}},
    };
    for (const auto& [name, rules] : expected) {
        INFO(name);
        CHECK(firedRules(loadSample(name)) == rules);
    }
}

TEST_CASE("midcounty-frailty: each phase is assessed on its own", "[samples][gaps]") {
    const Model m = loadSample("midcounty-frailty");
    CHECK(m.annotations.setting == "uk");
    CHECK(firedRules(m, "p3").count("G23"));  // the coercive reversal while learning explored
    CHECK_FALSE(firedRules(m, "p4").count("G23"));
    // Suggestions never name Norwegian institutions in a UK setting.
    for (const std::string& phase : phasesOf(m)) {
        for (const Finding& f : findGaps(m, {}, phase).findings) {
            CHECK(f.suggestion.find("practice consultant") == std::string::npos);
            CHECK(f.suggestion.find("partnership meeting") == std::string::npos);
        }
    }
}

// ---- evidence invariants ----------------------------------------------------------------------

TEST_CASE("deleting one piece of evidence never turns a gap into a pass", "[samples][gaps][invariant]") {
    for (const std::string& name : kSamples) {
        const Model model = loadSample(name);
        for (const std::string& phase : phasesOf(model)) {
            const auto before = verdicts(model, phase);
            for (const auto& [what, remove] : deletions(model)) {
                Model less = model;
                remove(less);
                const auto after = verdicts(less, phase);
                for (const auto& [key, status] : before) {
                    if (status != CheckStatus::Gap)
                        continue;
                    auto it = after.find(key);
                    INFO(name << " " << phase << ": removing " << what << " on " << key);
                    CHECK((it == after.end() || it->second != CheckStatus::Pass));
                }
            }
        }
    }
}

TEST_CASE("deleting all evidence of an element never gives it a better score", "[samples][gaps][invariant]") {
    const std::map<std::size_t, std::function<void(Model&)>> strip{
        {0,
         [](Model& m) {
             m.annotations.context = Context{};
             m.annotations.governance.clear();
             for (Phase& p : m.annotations.phases) {
                 p.context.reset();
                 p.bureaucracyMode.clear();
             }
         }},
        {2,
         [](Model& m) {
             for (Node& n : m.nodes)
                 n.leadership.reset();
             for (Phase& p : m.annotations.phases)
                 p.leadership.clear();
         }},
        {3,
         [](Model& m) {
             std::set<std::string> actions;
             for (const Node& n : m.nodes) {
                 if (n.kind == NodeKind::LearningAction)
                     actions.insert(n.id);
             }
             std::erase_if(m.nodes, [&](const Node& n) { return actions.count(n.id) > 0; });
             std::erase_if(m.ties,
                           [&](const Tie& t) { return actions.count(t.source) || actions.count(t.target); });
         }},
    };
    const std::array<const char*, 4> names{"context", "architecture", "leadership", "learning"};
    for (const std::string& name : kSamples) {
        const Model model = loadSample(name);
        for (const auto& [slot, remove] : strip) {
            Model less = model;
            std::erase(less.annotations.meta.recorded, std::string(names[slot]));
            remove(less);
            const std::string phase = latestPhase(model);
            const AlignmentScore before = findGaps(model, {}, phase).alignment.elements[slot];
            const AlignmentScore after = findGaps(less, {}, phase).alignment.elements[slot];
            INFO(name << ": " << names[slot] << " " << before.text() << " → " << after.text());
            CHECK((!after.recorded() || after.percent() <= before.percent()));
            if (slot == 3)  // no learning actions and nothing claims learning was mapped: not recorded
                CHECK_FALSE(after.recorded());
        }
    }
}

// ---- migration --------------------------------------------------------------------------------

TEST_CASE("a version 1 sample migrates with a notice and agrees with its v2 rewrite",
          "[samples][gaps][migration]") {
    for (const std::string& name : {std::string("regional-committee"), std::string("midcounty-frailty")}) {
        const auto v1path =
            std::filesystem::path(ORGWEAVE_SOURCE_DIR) / "tests/core/data/v1" / (name + ".v1.orgweave.json");
        const LoadResult loaded = loadDocument(v1path);
        REQUIRE(loaded.ok());
        REQUIRE_FALSE(loaded.diagnostics.empty());
        CHECK(loaded.diagnostics.front().message.find("migrated") != std::string::npos);
        const Model v1 = *loaded.model;
        for (const Node& n : v1.nodes) {
            if (n.kind == NodeKind::Organization)
                CHECK_FALSE(n.organizationProfile->party.empty());
        }
        const Model v2 = loadSample(name);
        // Checks that read nothing v2 added (parties, sectors, setting, affiliations, dates, waves).
        const std::set<std::string> comparable{"G2", "G12", "G14", "G16", "G19"};
        for (const std::string& phase : phasesOf(v2)) {
            const auto a = verdicts(v1, phase);
            const auto b = verdicts(v2, phase);
            for (const auto& [key, status] : a) {
                const std::string rule = key.substr(0, key.find('|'));
                if (!comparable.count(rule) || status == CheckStatus::NotEvaluable)
                    continue;
                auto it = b.find(key);
                if (it == b.end() || it->second == CheckStatus::NotEvaluable)
                    continue;
                INFO(name << " " << phase << " " << key);
                CHECK(it->second == status);
            }
        }
    }
}
