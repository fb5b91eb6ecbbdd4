#pragma once
// Thresholds of the gap rules, with documented defaults (DOMAIN.md §4), overridable from JSON:
//   { "context_high": 4, "parity_min": 0.8, "stall_months": 12, ... , "disabled": ["G21"] }
// An unknown key, a wrong type or an out-of-range value is an error with file, line and column.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Translate.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

struct GapSettings {
    int contextHigh = 4;      ///< a context factor "applies strongly" at this score or above (G7, G10–G14)
    double parityMin = 0.8;   ///< G4: the ratio of the setting's sides' seats below this is a breach
    double parityMax = 1.25;  ///< G4: … and above this
    double siloEiMargin = 0.5;   ///< G10: E-I this far below the E-I expected by group sizes confirms a silo
    int overloadCommittees = 4;  ///< G9: sitting on more committees than this is overload
    double brokerTopShare = 0.10;               ///< G9: the top share of roles by betweenness (a decile)
    double rcWeak = 3.5;                        ///< G14, G17: RC below this is weak (DOMAIN.md §2.5)
    double rcStrong = 4.0;                      ///< RC above this is strong
    int slowMeetingsPerYear = 4;                ///< G12: committees meeting this often or less are slow
    int sharedGovernanceMaxOrganizations = 12;  ///< G19: shared governance strains above this
    double leadBetweennessShare = 0.5;  ///< G19: a lead organization holding this share of betweenness
    int stallMonths = 12;               ///< G15: no activity for this many months is a stall
    int spreadMonths = 12;              ///< G24: implemented at one site for longer than this is no spread
    std::set<std::string, std::less<>> disabled;  ///< rule ids not to evaluate
    /// Language of the titles, explanations, suggestions and needs (English by default; machine
    /// outputs such as JSON keep English; rule ids and field names are never translated).
    Translator texts{};
};

struct GapSettingsResult {
    std::optional<GapSettings> settings;
    Diagnostics diagnostics;
};

/// What a setting (DOMAIN.md §2.7) decides: the sides parity compares, the voices a partnership is
/// expected to hear and the institutions suggestions may name.
struct SettingProfile {
    std::string id;  ///< no | uk | nl | generic
    struct Side {
        std::string label;                 ///< "the hospital trust", "the municipalities", …
        std::vector<std::string> sectors;  ///< partner sectors on this side
    };
    /// Empty for generic: every partner sector is a side of its own.
    std::vector<Side> sides;
    std::vector<std::string> expectedVoices;  ///< organization types (generic: meta.expected_voices)
    std::string partnershipForum;  ///< "the partnership meeting" (no), "the partnership board" (others)
    std::string strategicForum;    ///< "the strategic committee" (no), "the joint steering group" (others)
    std::string boundaryRoles;     ///< "practice consultants" (no), "liaison roles" (others)
};

/// The profile of `setting` ("" reads as generic); `expectedVoices` is meta.expected_voices, used
/// for generic and added to the others.
SettingProfile settingProfile(std::string_view setting, const std::vector<std::string>& expectedVoices = {});

GapSettingsResult parseGapSettings(std::string_view text, const std::string& fileName);
GapSettingsResult loadGapSettings(const std::filesystem::path& path);

}  // namespace orgweave::core
