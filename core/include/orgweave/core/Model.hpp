#pragma once
// The orgweave document as plain data (DESIGN.md §3, DOMAIN.md §2).
//
// Sections: enums · annotations on nodes · Node · Tie · document annotations · Layout · Model
//
// Convention: ids are stable strings; containment (site.organization, role.organization, role.site,
// learning_action.owner) is a field, never a tie. Empty strings and empty optionals mean "not set"
// and are not written. Unknown JSON keys are kept in `extra`, unknown node/tie attributes in `attrs`,
// and are written back unchanged. Fields that only some nodes or ties set are grouped out of line
// (OutOfLine.hpp): one pointer each while unset, so a national network of 100,000 roles and
// 500,000 ties fits in a few times its file size (a Node is 456 bytes, a Tie 168, plus the heap
// text of strings longer than 15 bytes). Cost: plain value types; copying a Model copies everything.

#include "orgweave/core/JsonObject.hpp"
#include "orgweave/core/OutOfLine.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

enum class NodeKind { Organization, Site, Committee, Role, SharedTool, LearningAction };
enum class TieKind { MemberOf, ReportsTo, Collaborates, ParticipatesIn, Uses, Maintains, Agreement };

inline constexpr std::array kAllNodeKinds{NodeKind::Organization, NodeKind::Site,
                                          NodeKind::Committee,    NodeKind::Role,
                                          NodeKind::SharedTool,   NodeKind::LearningAction};
inline constexpr std::array kAllTieKinds{TieKind::MemberOf,       TieKind::ReportsTo, TieKind::Collaborates,
                                         TieKind::ParticipatesIn, TieKind::Uses,      TieKind::Maintains,
                                         TieKind::Agreement};

/// File spelling of a kind, e.g. "learning_action", "member_of".
std::string_view toString(NodeKind kind);
std::string_view toString(TieKind kind);
/// Parses the file spelling; nullopt when unknown.
std::optional<NodeKind> nodeKindFromString(std::string_view text);
std::optional<TieKind> tieKindFromString(std::string_view text);
/// Whether a tie of this kind has a direction when the tie does not say ("directed" absent):
/// collaborates and agreement are undirected, every other kind points source → target.
bool isDirectedByDefault(TieKind kind);

/// Leadership of a role (DOMAIN.md §2.3).
struct Leadership {
    std::vector<std::string> behaviors;     ///< open vocabulary, e.g. providing_support
    std::vector<std::string> capabilities;  ///< open vocabulary, e.g. cross_boundary_leadership
    std::string level;                      ///< top | middle | first_line | clinical_informal
    std::string authority;                  ///< full | delegated | none
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Leadership&) const = default;
};

/// A contradiction recorded on a learning action (expansive learning).
struct Contradiction {
    std::string text;
    std::string level;  ///< primary | secondary | tertiary | quaternary
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Contradiction&) const = default;
};

/// A role's employment by an organization other than its main one (DOMAIN.md §2.7): a practice
/// consultant is a GP employed 10–20 % by the hospital. `share` is the fraction of a full post.
struct Affiliation {
    std::string organization;
    std::optional<double> share;  ///< (0, 1] when given
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Affiliation&) const = default;
};

/// An organization's place in the partnership (v2, DOMAIN.md §2.7). Node::organizationProfile.
struct OrganizationProfile {
    std::string party;   ///< partner | voice | external
    std::string sector;  ///< specialist_health, primary_health, social_care, … (open)
    bool operator==(const OrganizationProfile&) const = default;
};

/// The fields of a committee. Node::committee.
struct CommitteeDetails {
    std::optional<int> level;               ///< 1 partnership, 2 strategic, 3 professional/operational
    std::string mandate;                    ///< decision_binding | advisory | preparatory
    std::string decisionRule;               ///< consensus | majority | none
    std::optional<double> meetingsPerYear;  ///< ≥ 0
    std::string permanence;                 ///< standing | time_limited
    std::string endDate;                    ///< for time_limited, "YYYY-MM" or "YYYY-MM-DD"
    std::optional<bool> chairRotation;
    std::vector<std::string> characteristics;  ///< open vocabulary, e.g. shared_goals
    bool operator==(const CommitteeDetails&) const = default;
};

/// The fields of a learning action. Node::learningAction.
struct LearningActionDetails {
    std::vector<std::string> strategies;  ///< open vocabulary
    std::vector<std::string> practices;   ///< open vocabulary
    std::optional<int> iterations;        ///< ≥ 0
    std::string phase;                    ///< expansive learning cycle: questioning … consolidating
    std::string status;                   ///< idea | tested | implemented | consolidated | spread
    std::string facilitator;              ///< role id
    std::string focalProcess;             ///< free text: the work process the action is about
    std::string sharedTool;               ///< shared_tool id the action works on
    std::vector<Contradiction> contradictions;
    std::string start;          ///< v2, "YYYY-MM": when the action started
    std::string lastActivity;   ///< v2, "YYYY-MM": the latest recorded activity
    std::string statusSince;    ///< v2, "YYYY-MM": when it reached its status
    std::string spreads;        ///< v2: the learning action this one spreads to more sites
    std::string participation;  ///< learning_benchmarking: voluntary | mandatory
    std::string purpose;        ///< learning_benchmarking: learning | ranking | both
    std::string dialogue;       ///< learning_benchmarking: regular_meetings | annual_report | none
    bool operator==(const LearningActionDetails&) const = default;
};

/// One node of any kind. Fields that do not apply to the node's kind stay empty. The fields of
/// one kind only (organization profile, committee, learning action) are OutOfLine groups: read
/// them as `node.committee->mandate`, write them as `node.committee.edit().mandate = …`; they
/// take no memory on nodes that never set them.
struct Node {
    std::string id;
    NodeKind kind = NodeKind::Role;
    std::string type;   ///< open vocabulary per kind, e.g. hospital_trust, practice_consultant
    std::string label;  ///< shown to people; falls back to id when empty
    std::string note;

    // containment
    std::string organization;  ///< site, role: the organization it belongs to
    std::string site;          ///< role: the site it works at
    std::string owner;         ///< learning_action: the owning committee

    OutOfLine<OrganizationProfile> organizationProfile;  ///< organization (v2): party, sector
    OutOfLine<CommitteeDetails> committee;               ///< committee: level, mandate, …
    OutOfLine<LearningActionDetails> learningAction;     ///< learning_action: strategies, phase, …

    // role
    std::optional<Leadership> leadership;   ///< absent: not assessed; present with no behaviours: none shown
    std::vector<Affiliation> affiliations;  ///< other employers (v2); `organization` stays the main one

    std::vector<std::string> phases;  ///< document phase ids; empty = exists in every phase
    JsonObject attrs;                 ///< user data, kept as given (no allocation while empty)
    JsonObject extra;                 ///< unknown keys, kept as given

    const std::string& displayLabel() const { return label.empty() ? id : label; }
    bool operator==(const Node&) const = default;
};

/// Relational coordination dimensions (DOMAIN.md §2.5), file spelling.
inline constexpr std::array<std::string_view, 7> kRcDimensions{
    "frequent",     "timely",           "accurate",      "problem_solving",
    "shared_goals", "shared_knowledge", "mutual_respect"};

/// The rarely set fields of a tie (membership seat, RC scores, label, note). Tie::details.
struct TieDetails {
    std::string seat;                     ///< member_of: chair | deputy | member | secretary | observer
    std::vector<std::string> represents;  ///< member_of: organization ids the seat speaks for
    std::map<std::string, double> rc;     ///< RC dimension → score 1–5
    std::string rcWave;                   ///< v2: the survey wave of `rc` (Annotations::rcWaves id)
    std::string label;
    std::string note;
    bool operator==(const TieDetails&) const = default;
};

/// One relationship between two nodes. The rarely set fields are one OutOfLine group: read them
/// as `tie.details->seat`, write them as `tie.details.edit().seat = …`.
struct Tie {
    std::string id;
    TieKind kind = TieKind::Collaborates;
    std::optional<bool> directed;  ///< absent: isDirectedByDefault(kind)
    std::string source;
    std::string target;
    std::optional<double> weight;  ///< > 0 when given
    OutOfLine<TieDetails> details;
    std::vector<std::string> phases;
    JsonObject attrs;  ///< user data, kept as given (no allocation while empty)
    JsonObject extra;  ///< unknown keys, kept as given

    bool isDirected() const { return directed.value_or(isDirectedByDefault(kind)); }
    bool operator==(const Tie&) const = default;
};

/// A context factor score, 1–5, with an optional note (DOMAIN.md §2.1).
struct ContextScore {
    int score = 3;
    std::string note;
    bool operator==(const ContextScore&) const = default;
};
/// factor id → score; factor ids are an open vocabulary.
using ContextScores = std::map<std::string, ContextScore>;

/// Context for the whole system and per organization (organization id → scores).
struct Context {
    ContextScores system;
    std::map<std::string, ContextScores> organizations;
    nlohmann::json extra = nlohmann::json::object();
    bool empty() const { return system.empty() && organizations.empty() && extra.empty(); }
    bool operator==(const Context&) const = default;
};

struct Meta {
    std::string title;
    std::string description;
    std::vector<std::string> sources;
    std::string asOf;                         ///< v2, "YYYY-MM": the date the document describes
    std::vector<std::string> recorded;        ///< v2: elements mapped completely (context, architecture,
                                              ///< leadership, learning, rc, dates): missing there = none
    std::vector<std::string> expectedVoices;  ///< v2: organization types a partnership should hear
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Meta&) const = default;
};

/// A period of the network's life (DOMAIN.md §2.6); dates are "YYYY-MM" or "YYYY-MM-DD".
struct Phase {
    std::string id;
    std::string label;
    std::string start;
    std::string end;
    std::string note;
    std::string bureaucracyMode;  ///< enabling | coercive | mixed
    std::optional<Context> context;
    std::map<std::string, Leadership> leadership;  ///< v2: role id → its leadership in this phase
    nlohmann::json extra = nlohmann::json::object();
    /// The label, or the id when there is none.
    const std::string& displayLabel() const { return label.empty() ? id : label; }
    bool operator==(const Phase&) const = default;
};

/// A relational coordination survey wave (v2): ties carry `rc_wave` = id. A wave is dated, tied to
/// a phase, or both; waves are never averaged together (DOMAIN.md §2.7).
struct RcWave {
    std::string id;
    std::string label;
    std::string date;   ///< "YYYY-MM"
    std::string phase;  ///< a phase id
    nlohmann::json extra = nlohmann::json::object();
    const std::string& displayLabel() const { return label.empty() ? id : label; }
    bool operator==(const RcWave&) const = default;
};

/// Where a view looks: the world point at the centre of the picture and the zoom (screen pixels
/// per world unit for a picture 1000 pixels high at scale 1; taller pictures zoom in alike, so
/// the same part of the network shows). File key "camera": {"x", "y", "zoom"}.
struct ViewCamera {
    double x = 0.0;
    double y = 0.0;
    double zoom = 1.0;
    bool operator==(const ViewCamera&) const = default;
};

/// A saved way of looking at the network (filter, colouring, sizing, caption, camera).
/// The filter's keys are read by ViewFilter.hpp.
struct View {
    std::string id;
    std::string title;
    std::string caption;
    std::string phase;
    nlohmann::json filter = nlohmann::json::object();
    std::string colorBy;
    std::string sizeBy;
    std::vector<std::string> highlighted;
    std::optional<ViewCamera> camera;  ///< none: the picture frames the view's visible nodes
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const View&) const = default;
};

/// Everything about the document that is neither a node, a tie nor a position.
struct Annotations {
    Meta meta;
    Context context;
    std::string governance;                    ///< participant_governed | lead_organization |
                                               ///< network_administrative_organization | hybrid
    std::vector<std::string> characteristics;  ///< network-wide checklist (open vocabulary)
    std::vector<Phase> phases;
    std::vector<View> views;
    std::string setting;          ///< v2: no | uk | nl | generic (empty reads as generic)
    std::vector<RcWave> rcWaves;  ///< v2: survey waves, in file order
    bool operator==(const Annotations&) const = default;
};

struct Point {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

/// View data: where nodes are drawn and which are pinned. Never part of the semantic network.
struct Layout {
    std::map<std::string, Point> positions;
    std::vector<std::string> pinned;
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Layout&) const = default;
};

/// A whole document. Node and tie order is the file order and is kept.
struct Model {
    Annotations annotations;
    std::vector<Node> nodes;
    std::vector<Tie> ties;
    Layout layout;
    nlohmann::json extra = nlohmann::json::object();  ///< unknown top-level keys

    /// Linear search; use NodeIndex for repeated lookups. Cost O(n).
    const Node* findNode(std::string_view id) const;
    Node* findNode(std::string_view id);
    const Tie* findTie(std::string_view id) const;
    Tie* findTie(std::string_view id);
    /// The phase with this id in annotations.phases, or null. Cost O(phases).
    const Phase* findPhase(std::string_view id) const;
    bool operator==(const Model&) const = default;
};

}  // namespace orgweave::core
