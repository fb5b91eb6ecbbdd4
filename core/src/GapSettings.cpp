#include "orgweave/core/GapSettings.hpp"

#include "JsonLocator.hpp"
#include "JsonSyntaxMessage.hpp"

#include "orgweave/core/Translate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace orgweave::core {

using nlohmann::json;

SettingProfile settingProfile(std::string_view setting, const std::vector<std::string>& expectedVoices) {
    SettingProfile p;
    p.id = setting.empty() ? "generic" : std::string(setting);
    p.partnershipForum = N_("the partnership board");
    p.strategicForum = N_("the joint steering group");
    p.boundaryRoles = N_("liaison roles");
    if (p.id == "no") {
        p.sides = {{N_("the hospital trust"), {"specialist_health"}},
                   {N_("the municipalities"), {"primary_health", "social_care", "public_health", "welfare"}}};
        p.expectedVoices = {"user_organization", "gp_collective", "union"};
        p.partnershipForum = N_("the partnership meeting");
        p.strategicForum = N_("the strategic committee");
        p.boundaryRoles = N_("practice consultants");
    } else if (p.id == "uk") {
        p.sides = {{N_("health care"), {"specialist_health", "primary_health"}},
                   {N_("social care"), {"social_care"}}};
        p.expectedVoices = {"user_organization", "voluntary_organization"};
    } else if (p.id == "nl") {
        p.sides = {{N_("care"), {"specialist_health", "primary_health", "social_care"}},
                   {N_("welfare and public health"), {"welfare", "public_health"}}};
        p.expectedVoices = {"citizens_platform"};
        p.partnershipForum = N_("the regional partnership's board");
        p.strategicForum = N_("the regional partnership's steering group");
    }
    for (const std::string& voice : expectedVoices) {
        if (std::find(p.expectedVoices.begin(), p.expectedVoices.end(), voice) == p.expectedVoices.end())
            p.expectedVoices.push_back(voice);
    }
    return p;
}

GapSettingsResult parseGapSettings(std::string_view text, const std::string& fileName) {
    GapSettingsResult result;
    auto fail = [&](const std::string& pointer, std::string message, std::size_t offset = std::string::npos) {
        Diagnostic d{Severity::Error, fileName, 0, 0, pointer, std::move(message)};
        if (offset != std::string::npos)
            std::tie(d.line, d.column) = lineColumnOf(text, offset);
        result.diagnostics.push_back(std::move(d));
    };
    if (auto deep = findExcessiveNesting(text, 16)) {
        fail("", tr("JSON nested too deeply for a rules file"), *deep);
        return result;
    }
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        fail("", jsonSyntaxMessage(e.what()), e.byte == 0 ? 0 : e.byte - 1);
        return result;
    }
    if (!root.is_object()) {
        fail("", tr("a rules file is a JSON object of thresholds, e.g. {\"context_high\": 4}"));
        locateDiagnostics(text, result.diagnostics);
        return result;
    }
    GapSettings s;
    auto number = [&](double& out, double min, double max) {
        return [&out, min, max, &fail](const std::string& key, const json& value) {
            if (!value.is_number() || value.get<double>() < min || value.get<double>() > max) {
                fail("/" + key, fill(tr("\"{}\" must be a number from {} to {}"),
                                     {key, json(min).dump(), json(max).dump()}));
                return;
            }
            out = value.get<double>();
        };
    };
    auto integer = [&](int& out, int min, int max) {
        return [&out, min, max, &fail](const std::string& key, const json& value) {
            // Range-check the 64-bit value before narrowing, so 4294967300 is not read as 4.
            if (!value.is_number_integer() || value.get<std::int64_t>() < min ||
                value.get<std::int64_t>() > max) {
                fail("/" + key, fill(tr("\"{}\" must be a whole number from {} to {}"),
                                     {key, std::to_string(min), std::to_string(max)}));
                return;
            }
            out = value.get<int>();
        };
    };
    const std::map<std::string, std::function<void(const std::string&, const json&)>> readers{
        {"context_high", integer(s.contextHigh, 1, 5)},
        {"parity_min", number(s.parityMin, 0.0, 100.0)},
        {"parity_max", number(s.parityMax, 0.0, 100.0)},
        {"silo_ei_margin", number(s.siloEiMargin, 0.0, 2.0)},
        {"stall_months", integer(s.stallMonths, 1, 1200)},
        {"spread_months", integer(s.spreadMonths, 1, 1200)},
        {"overload_committees", integer(s.overloadCommittees, 0, 1000)},
        {"broker_top_share", number(s.brokerTopShare, 0.0, 1.0)},
        {"rc_weak", number(s.rcWeak, 1.0, 5.0)},
        {"rc_strong", number(s.rcStrong, 1.0, 5.0)},
        {"slow_meetings_per_year", integer(s.slowMeetingsPerYear, 0, 366)},
        {"shared_governance_max_organizations", integer(s.sharedGovernanceMaxOrganizations, 1, 100000)},
        {"lead_betweenness_share", number(s.leadBetweennessShare, 0.0, 1.0)},
        {"disabled",
         [&](const std::string& key, const json& value) {
             if (!value.is_array()) {
                 fail("/" + key, tr("\"disabled\" must be a list of rule ids such as [\"G21\"]"));
                 return;
             }
             for (std::size_t i = 0; i < value.size(); ++i) {
                 const json& id = value[i];
                 const std::string rule = id.is_string() ? id.get<std::string>() : std::string();
                 const int n = rule.size() >= 2 && rule[0] == 'G' ? std::atoi(rule.c_str() + 1) : 0;
                 if (n < 1 || n > 24 || rule != "G" + std::to_string(n)) {
                     fail("/disabled/" + std::to_string(i),
                          fill(tr("unknown rule {} (rules are G1 to G24)"), {id.dump()}));
                     continue;
                 }
                 s.disabled.insert(rule);
             }
         }},
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        auto reader = readers.find(it.key());
        if (reader == readers.end()) {
            std::string known;
            for (const auto& [key, unused] : readers)
                known += (known.empty() ? "" : ", ") + key;
            fail(appendPointer("", it.key()),
                 fill(tr("unknown setting \"{}\" (known: {})"), {it.key(), known}));
            continue;
        }
        reader->second(it.key(), it.value());
    }
    if (s.parityMin > s.parityMax)
        fail("/parity_min", tr("\"parity_min\" is larger than \"parity_max\""));
    if (s.rcWeak > s.rcStrong)
        fail("/rc_weak", tr("\"rc_weak\" is larger than \"rc_strong\""));
    locateDiagnostics(text, result.diagnostics);
    if (!hasErrors(result.diagnostics))
        result.settings = s;
    return result;
}

GapSettingsResult loadGapSettings(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        GapSettingsResult r;
        r.diagnostics.push_back(
            Diagnostic{Severity::Error, path.string(), 0, 0, {}, tr("cannot open the rules file")});
        return r;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > (1u << 20)) {
        GapSettingsResult r;
        r.diagnostics.push_back(
            Diagnostic{Severity::Error, path.string(), 0, 0, {}, tr("rules file is larger than 1 MiB")});
        return r;
    }
    return parseGapSettings(text.str(), path.string());
}

}  // namespace orgweave::core
