#pragma once
// Thresholds of the gap rules, with documented defaults (DOMAIN.md §4), overridable from JSON:
//   { "context_high": 4, "parity_min": 0.8, ... , "disabled": ["G21"] }
// An unknown key, a wrong type or an out-of-range value is an error with file, line and column.

#include "orgweave/core/Diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace orgweave::core {

struct GapSettings {
    int contextHigh = 4;      ///< a context factor "applies strongly" at this score or above (G7, G10–G14)
    double parityMin = 0.8;   ///< G4: hospital:municipal seat ratio below this is a breach
    double parityMax = 1.25;  ///< G4: … and above this
    double siloEiIndex = -0.5;                  ///< G10: organization E-I below this confirms a silo
    int overloadCommittees = 4;                 ///< G9: sitting on more committees than this is overload
    double brokerTopShare = 0.10;               ///< G9: the top share of roles by betweenness (a decile)
    double rcWeak = 3.5;                        ///< G14, G17: RC below this is weak (DOMAIN.md §2.5)
    double rcStrong = 4.0;                      ///< RC above this is strong
    int slowMeetingsPerYear = 4;                ///< G12: committees meeting this often or less are slow
    int sharedGovernanceMaxOrganizations = 12;  ///< G19: shared governance strains above this
    double leadBetweennessShare = 0.5;  ///< G19: a lead organization holding this share of betweenness
    std::set<std::string, std::less<>> disabled;  ///< rule ids not to evaluate
};

struct GapSettingsResult {
    std::optional<GapSettings> settings;
    Diagnostics diagnostics;
};

GapSettingsResult parseGapSettings(std::string_view text, const std::string& fileName);
GapSettingsResult loadGapSettings(const std::filesystem::path& path);

}  // namespace orgweave::core
