// orgweave-bench-generate: synthetic regional collaboration networks for bench/ (DESIGN.md §9).
//
// Sections: options · random numbers · organizations (blocks) · ties · output · main
//
// The network is a stochastic block model with a fixed number of ties per block (the G(n, m)
// flavour of an SBM): organizations are blocks, roles are the nodes, `collaborates` ties join roles.
//   - organizations: k = round(14 · (n / 1000)^0.46), at least 1 and at most n / 8
//     (14 at 1k, 40 at 10k, 114 at 100k roles); block 0 is the hospital trust, the others
//     municipalities;
//   - block sizes: the hospital trust holds 25 % of the roles, the municipalities share the rest with
//     log-normal weights (σ = 0.5), so they differ in size but are all smaller than the trust;
//   - ties: m = round(n · degree / 2) (degree 10 by default: 10k roles ≈ 50k ties); a fraction
//     `within` (0.85) of them joins two roles of the same organization, spread over the blocks in
//     proportion to their size (so the expected degree is the same everywhere), the rest joins
//     roles of two different organizations, both ends drawn uniformly. No self-loops, no parallel
//     ties (rejection sampling against a hash set). Cost: O(n + m) expected time and memory.
// Same seed, same options → byte-identical files on every platform (own RNG, no std distributions).
//
// Output, for --out PREFIX:
//   PREFIX.orgweave.json   native document: organization nodes, role nodes (organization set),
//                          collaborates ties (written with core::saveDocument)
//   PREFIX.edges.csv       `source,target` with a header, one tie per line (igraph, networkx)
//   PREFIX.nodes.csv       `id,organization` with a header, one role per line, in node order

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------- options

struct Options {
    std::uint64_t nodes = 1000;
    std::uint64_t seed = 1;
    double degree = 10.0;
    double within = 0.85;
    int organizations = 0;  ///< 0 = from the size
    std::string out;
    bool native = true;
    bool csv = true;
    bool rich = false;  ///< --rich: GP practices, sites, committees, leadership, spanners, learning
};

// --------------------------------------------------------------------------------- random numbers

__extension__ using Wide = unsigned __int128;  // GCC/Clang; __extension__ keeps -Wpedantic quiet

/// xoshiro256** seeded by splitmix64: small, fast and the same everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) {
        for (auto& word : m_state)
            word = splitmix(seed);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, bound), bound > 0 (Lemire's multiply-and-reject, unbiased).
    std::uint64_t below(std::uint64_t bound) {
        for (;;) {
            const Wide product = static_cast<Wide>(next()) * bound;
            const auto low = static_cast<std::uint64_t>(product);
            if (low >= bound || low >= (0 - bound) % bound)
                return static_cast<std::uint64_t>(product >> 64);
        }
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Standard normal (Box–Muller; one value per call is enough here).
    double normal() {
        const double u1 = 1.0 - unit();  // (0, 1]
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_state[4]{};
};

// ------------------------------------------------------------------------ organizations (blocks)

struct Block {
    std::string id;
    std::string type;
    std::string label;
    std::uint64_t first = 0;  ///< index of the first role
    std::uint64_t size = 0;
};

int organizationCount(const Options& options) {
    const auto n = static_cast<double>(options.nodes);
    int k = options.organizations > 0 ? options.organizations
                                      : static_cast<int>(std::lround(14.0 * std::pow(n / 1000.0, 0.46)));
    const auto maxByMinimumSize = static_cast<int>(std::max<std::uint64_t>(1, options.nodes / 8));
    return std::clamp(k, 1, maxByMinimumSize);
}

/// Splits `total` into integer parts proportional to `weights` (largest remainder), each ≥ minimum.
std::vector<std::uint64_t> apportion(std::uint64_t total, const std::vector<double>& weights,
                                     std::uint64_t minimum) {
    const std::size_t k = weights.size();
    std::vector<std::uint64_t> parts(k, minimum);
    const std::uint64_t rest = total - minimum * k;
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<std::pair<double, std::size_t>> remainders;
    std::uint64_t given = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const double exact = static_cast<double>(rest) * weights[i] / sum;
        const auto whole = static_cast<std::uint64_t>(exact);
        parts[i] += whole;
        given += whole;
        remainders.emplace_back(exact - static_cast<double>(whole), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t j = 0; given < rest; ++j, ++given)
        ++parts[remainders[j % k].second];
    return parts;
}

std::vector<Block> makeBlocks(const Options& options, Random& random) {
    const int k = organizationCount(options);
    std::vector<double> weights(static_cast<std::size_t>(k));
    if (k == 1) {
        weights[0] = 1.0;
    } else {
        // Hospital trust: 25 % of the roles; municipalities: log-normal weights for the other 75 %,
        // capped so that no municipality is larger than the trust.
        std::vector<double> municipal(static_cast<std::size_t>(k - 1));
        for (auto& w : municipal)
            w = std::exp(0.5 * random.normal());
        const double sum = std::accumulate(municipal.begin(), municipal.end(), 0.0);
        weights[0] = 0.25;
        for (std::size_t i = 0; i < municipal.size(); ++i)
            weights[i + 1] = std::min(0.75 * municipal[i] / sum, 0.2);
    }
    const std::uint64_t minimum = std::min<std::uint64_t>(8, options.nodes / static_cast<std::uint64_t>(k));
    const auto sizes = apportion(options.nodes, weights, minimum);

    std::vector<std::uint64_t> sizesAll(sizes.begin(), sizes.end());
    // --rich: two GP practices per municipality, 3 to 12 roles each, taken from the municipalities
    // (largest first) so that the number of roles stays the same.
    int practices = 0;
    if (options.rich && k > 1) {
        practices = 2 * (k - 1);
        for (int g = 0; g < practices; ++g) {
            const std::uint64_t size = 3 + random.below(10);
            auto largest = std::max_element(sizesAll.begin() + 1, sizesAll.end());
            if (*largest < size + 8)
                break;
            *largest -= size;
            sizesAll.push_back(size);
        }
        practices = static_cast<int>(sizesAll.size()) - k;
    }

    std::vector<Block> blocks;
    std::uint64_t first = 0;
    for (int b = 0; b < k + practices; ++b) {
        Block block;
        block.id = "org" + std::to_string(b);
        block.type = b == 0 ? "hospital_trust" : b < k ? "municipality" : "gp_collective";
        block.label = b == 0  ? "Hospital trust"
                      : b < k ? "Municipality " + std::to_string(b)
                              : "GP practice " + std::to_string(b - k + 1);
        block.first = first;
        block.size = sizesAll[static_cast<std::size_t>(b)];
        first += block.size;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

// -------------------------------------------------------------------------------------------- ties

using Edge = std::pair<std::uint32_t, std::uint32_t>;

std::uint64_t pairKey(std::uint64_t a, std::uint64_t b) {
    return a < b ? (a << 32) | b : (b << 32) | a;
}

std::uint64_t maxPairs(std::uint64_t size) {
    return size * (size - (size > 0 ? 1 : 0)) / 2;
}

std::vector<Edge> makeTies(const Options& options, const std::vector<Block>& blocks, Random& random) {
    const std::uint64_t n = options.nodes;
    const auto total =
        static_cast<std::uint64_t>(std::llround(static_cast<double>(n) * options.degree / 2.0));

    // Ties inside each block, proportional to its size; a block never gets more than half of its
    // possible pairs (rejection sampling stays fast), the excess goes across.
    std::vector<double> weights;
    for (const auto& block : blocks)
        weights.push_back(static_cast<double>(block.size));
    const auto insideTotal =
        static_cast<std::uint64_t>(std::llround(static_cast<double>(total) * options.within));
    auto inside = apportion(insideTotal, weights, 0);
    std::uint64_t insideSum = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        inside[b] = std::min(inside[b], maxPairs(blocks[b].size) / 2);
        insideSum += inside[b];
    }
    std::uint64_t across = total - insideSum;
    std::uint64_t acrossPossible = maxPairs(n);
    for (const auto& block : blocks)
        acrossPossible -= maxPairs(block.size);
    across = std::min(across, acrossPossible / 2);

    std::vector<Edge> edges;
    edges.reserve(insideSum + across);
    std::unordered_set<std::uint64_t> seen;
    seen.reserve(static_cast<std::size_t>(insideSum + across));

    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto& block = blocks[b];
        for (std::uint64_t made = 0; made < inside[b];) {
            const std::uint64_t u = block.first + random.below(block.size);
            const std::uint64_t v = block.first + random.below(block.size);
            if (u == v || !seen.insert(pairKey(u, v)).second)
                continue;
            edges.emplace_back(static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(v));
            ++made;
        }
    }

    std::vector<std::uint32_t> blockOf(n);
    for (std::size_t b = 0; b < blocks.size(); ++b)
        std::fill_n(blockOf.begin() + static_cast<std::ptrdiff_t>(blocks[b].first), blocks[b].size,
                    static_cast<std::uint32_t>(b));
    for (std::uint64_t made = 0; made < across;) {
        const std::uint64_t u = random.below(n);
        const std::uint64_t v = random.below(n);
        if (blockOf[u] == blockOf[v] || !seen.insert(pairKey(u, v)).second)
            continue;
        edges.emplace_back(static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(v));
        ++made;
    }
    return edges;
}

// ------------------------------------------------------------------------------------------ output

std::string roleId(std::uint64_t index) {
    return "r" + std::to_string(index);
}

/// The institutions around the roles (--rich), drawn with their own generator so that the roles
/// and the collaborates ties are the same as without --rich:
///   - sites: the trust gets one per 2,000 roles (clinics), each municipality one per 500 (home care
///     and nursing homes); every role of an organization with sites works at one of them;
///   - committees at three levels: one partnership meeting (level 1) with the trust's director and
///     every municipal director; one strategic committee (level 2) per ten municipalities; one
///     professional committee (level 3) per municipality with its nurse leads, its chief physician,
///     a GP and the trust's practice consultants; seats (chair, secretary, members) represent the
///     member's organization; level 3 reports to level 2, level 2 to level 1;
///   - leadership on directors (top, full authority) and on one nurse lead in sixteen (middle);
///   - boundary spanners: one to three practice consultants of the trust per municipality, each
///     collaborating with three to six of its roles; each GP practice's first GP collaborates with
///     the municipality's chief physician;
///   - learning actions: zero to two per professional committee, facilitated by a practice
///     consultant, with three to six participating roles.
struct Institutions {
    std::vector<orgweave::core::Node> nodes;
    std::vector<orgweave::core::Tie> ties;
    std::vector<Edge> spannerEdges;  ///< role-role collaborates ties added (also written to the CSV)
};

class InstitutionBuilder {
public:
    InstitutionBuilder(const Options& options, const std::vector<Block>& blocks)
        : m_blocks(blocks), m_random(options.seed ^ 0x5eed0f1a57u), m_municipalities(0) {
        for (const auto& block : blocks)
            m_municipalities += block.type == "municipality" ? 1 : 0;
    }

    /// Role type of the i-th role of block b (the same in the node and in the structure).
    std::string roleType(std::size_t b, std::uint64_t i) const {
        static constexpr const char* kHospital[] = {"nurse_lead", "clinic_director", "geriatrician",
                                                    "practice_consultant"};
        static constexpr const char* kMunicipal[] = {"nurse_lead", "gp", "municipal_chief_physician",
                                                     "municipal_director"};
        if (m_blocks[b].type == "gp_collective")
            return "gp";
        const std::uint64_t pick = i % 16;
        const auto& roles = b == 0 ? kHospital : kMunicipal;
        return roles[pick < 13 ? 0 : pick - 12];
    }

    Institutions build(std::vector<orgweave::core::Node>& roles) {
        using namespace orgweave::core;
        Institutions out;
        // sites
        std::vector<std::vector<std::string>> sitesOf(m_blocks.size());
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            const Block& block = m_blocks[b];
            if (block.type == "gp_collective")
                continue;
            const std::uint64_t count = 1 + block.size / (b == 0 ? 2000 : 500);
            for (std::uint64_t s = 0; s < count; ++s) {
                Node site;
                site.id = block.id + "-s" + std::to_string(s);
                site.kind = NodeKind::Site;
                site.type = b == 0 ? "clinic" : (s % 2 == 0 ? "home_care" : "nursing_home");
                site.label = block.label + ", site " + std::to_string(s + 1);
                site.organization = block.id;
                sitesOf[b].push_back(site.id);
                out.nodes.push_back(std::move(site));
            }
        }
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            for (std::uint64_t i = 0; i < m_blocks[b].size && !sitesOf[b].empty(); ++i)
                roles[m_blocks[b].first + i].site = sitesOf[b][i % sitesOf[b].size()];
        }
        // leadership
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            for (std::uint64_t i = 0; i < m_blocks[b].size; ++i) {
                Node& role = roles[m_blocks[b].first + i];
                const std::string type = roleType(b, i);
                if (type == "clinic_director" || type == "municipal_director") {
                    role.leadership = Leadership{{"providing_support", "building_learning_climate"},
                                                 {"cross_boundary_leadership"},
                                                 "top",
                                                 "full",
                                                 json::object()};
                } else if (type == "nurse_lead" && i % 16 == 5) {
                    role.leadership =
                        Leadership{{"providing_support"}, {}, "middle", "delegated", json::object()};
                }
            }
        }
        // committees
        Node partnership =
            committee("c1", "Partnership meeting", "partnership_meeting", 1, "decision_binding");
        out.nodes.push_back(partnership);
        seat(out, first(0, "clinic_director"), "c1", "chair", 0);
        std::vector<std::string> strategic;
        for (std::size_t m = 0; m < m_municipalities; m += 10) {
            const std::string id = "c2-" + std::to_string(m / 10);
            out.nodes.push_back(committee(id, "Strategic committee " + std::to_string(m / 10 + 1),
                                          "strategic_committee", 2, "advisory"));
            reportsTo(out, id, "c1");
            seat(out, first(0, "clinic_director"), id, "member", 0);
            strategic.push_back(id);
        }
        std::vector<std::uint64_t> consultants;
        for (std::uint64_t i = 0; i < m_blocks[0].size; ++i)
            if (roleType(0, i) == "practice_consultant")
                consultants.push_back(i);
        std::size_t la = 0;
        for (std::size_t b = 1, m = 0; b < m_blocks.size(); ++b) {
            if (m_blocks[b].type != "municipality")
                continue;
            const std::string parent = strategic[m / 10];
            const std::string level3 = "c3-" + std::to_string(m);
            ++m;
            seat(out, first(b, "municipal_director"), "c1", "member", b);
            seat(out, first(b, "municipal_director"), parent, m % 10 == 1 ? "chair" : "member", b);
            out.nodes.push_back(committee(level3, "Professional committee, " + m_blocks[b].label,
                                          "professional_committee", 3, "preparatory"));
            reportsTo(out, level3, parent);
            seat(out, first(b, "municipal_chief_physician"), level3, "chair", b);
            const std::uint64_t nurses = 2 + m_random.below(4);
            for (std::uint64_t n = 0; n < nurses; ++n)
                seat(out, pick(b, "nurse_lead"), level3, n == 0 ? "secretary" : "member", b);
            // boundary spanners of the trust for this municipality
            std::vector<std::uint64_t> spanners;
            const std::uint64_t count = consultants.empty() ? 0 : 1 + m_random.below(3);
            for (std::uint64_t c = 0; c < count; ++c) {
                const std::uint64_t who = m_blocks[0].first + consultants[m_random.below(consultants.size())];
                spanners.push_back(who);
                seat(out, who, level3, "member", 0);
                const std::uint64_t partners = 3 + m_random.below(4);
                for (std::uint64_t p = 0; p < partners; ++p)
                    collaborate(out, who, m_blocks[b].first + m_random.below(m_blocks[b].size));
            }
            // learning actions owned by the professional committee
            const std::uint64_t actions = m_random.below(3);
            for (std::uint64_t a = 0; a < actions; ++a, ++la) {
                Node action;
                action.id = "la" + std::to_string(la);
                action.kind = NodeKind::LearningAction;
                action.type =
                    a % 2 == 0 ? "joint_patient_record_review" : "cross_site_feedback_on_shared_tool";
                action.label = "Learning action " + std::to_string(la + 1);
                action.owner = level3;
                action.learningAction.edit().strategies = {"participatory_approach"};
                action.learningAction.edit().practices = {"insight_into_complex_realities"};
                action.learningAction.edit().iterations = static_cast<int>(m_random.below(4));
                action.learningAction.edit().phase = "analysis";
                action.learningAction.edit().status = "tested";
                if (!spanners.empty())
                    action.learningAction.edit().facilitator = "r" + std::to_string(spanners.front());
                action.learningAction.edit().focalProcess =
                    "Discharge from the trust to " + m_blocks[b].label;
                const std::uint64_t participants = 3 + m_random.below(4);
                for (std::uint64_t p = 0; p < participants; ++p) {
                    const std::size_t from = p % 2 == 0 ? b : 0;
                    participate(out, m_blocks[from].first + m_random.below(m_blocks[from].size), action.id);
                }
                out.nodes.push_back(std::move(action));
            }
            m_chiefOf.push_back(first(b, "municipal_chief_physician"));
        }
        // GP practices: their first GP works with a municipality's chief physician
        for (std::size_t b = 1; b < m_blocks.size(); ++b) {
            if (m_blocks[b].type == "gp_collective" && !m_chiefOf.empty())
                collaborate(out, m_blocks[b].first, m_chiefOf[m_random.below(m_chiefOf.size())]);
        }
        return out;
    }

private:
    using json = nlohmann::json;

    static orgweave::core::Node committee(const std::string& id, const std::string& label, const char* type,
                                          int level, const char* mandate) {
        orgweave::core::Node c;
        c.id = id;
        c.kind = orgweave::core::NodeKind::Committee;
        c.type = type;
        c.label = label;
        c.committee.edit().level = level;
        c.committee.edit().mandate = mandate;
        c.committee.edit().decisionRule = "consensus";
        c.committee.edit().meetingsPerYear = level == 3 ? 10.0 : 4.0;
        c.committee.edit().permanence = "standing";
        return c;
    }

    /// Index of the first role of a type in block b (the block's first role if there is none).
    std::uint64_t first(std::size_t b, const std::string& type) const {
        for (std::uint64_t i = 0; i < m_blocks[b].size; ++i)
            if (roleType(b, i) == type)
                return m_blocks[b].first + i;
        return m_blocks[b].first;
    }
    /// A random role of a type in block b (any role when the type is rare).
    std::uint64_t pick(std::size_t b, const std::string& type) {
        for (int attempt = 0; attempt < 32; ++attempt) {
            const std::uint64_t i = m_random.below(m_blocks[b].size);
            if (roleType(b, i) == type)
                return m_blocks[b].first + i;
        }
        return m_blocks[b].first + m_random.below(m_blocks[b].size);
    }

    void addTie(Institutions& out, orgweave::core::TieKind kind, std::string source, std::string target) {
        orgweave::core::Tie tie;
        tie.id = "x" + std::to_string(m_ties++);
        tie.kind = kind;
        tie.source = std::move(source);
        tie.target = std::move(target);
        out.ties.push_back(std::move(tie));
    }
    void seat(Institutions& out, std::uint64_t role, const std::string& committeeId, const char* seatName,
              std::size_t block) {
        addTie(out, orgweave::core::TieKind::MemberOf, "r" + std::to_string(role), committeeId);
        out.ties.back().details.edit().seat = seatName;
        out.ties.back().details.edit().represents = {m_blocks[block].id};
    }
    void reportsTo(Institutions& out, const std::string& child, const std::string& parent) {
        addTie(out, orgweave::core::TieKind::ReportsTo, child, parent);
    }
    void collaborate(Institutions& out, std::uint64_t a, std::uint64_t b) {
        if (a == b)
            return;
        addTie(out, orgweave::core::TieKind::Collaborates, "r" + std::to_string(a), "r" + std::to_string(b));
        out.ties.back().weight = 1.0 + static_cast<double>(m_random.below(4));
        out.spannerEdges.emplace_back(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b));
    }
    void participate(Institutions& out, std::uint64_t role, const std::string& action) {
        addTie(out, orgweave::core::TieKind::ParticipatesIn, "r" + std::to_string(role), action);
    }

    const std::vector<Block>& m_blocks;
    Random m_random;
    std::size_t m_municipalities;
    std::vector<std::uint64_t> m_chiefOf;
    std::uint64_t m_ties = 0;
};

void writeNative(const Options& options, const std::vector<Block>& blocks, std::vector<Edge>& edges,
                 const std::filesystem::path& path) {
    using namespace orgweave::core;
    Model model;
    model.annotations.meta.title = "Synthetic region, " + std::to_string(options.nodes) + " roles";
    model.annotations.meta.description =
        "Stochastic block model from orgweave-bench-generate: " + std::to_string(blocks.size()) +
        " organizations, " + std::to_string(edges.size()) + " collaborates ties, seed " +
        std::to_string(options.seed) + ".";
    model.nodes.reserve(blocks.size() + options.nodes);
    model.ties.reserve(edges.size());
    for (const auto& block : blocks) {
        Node node;
        node.id = block.id;
        node.kind = NodeKind::Organization;
        node.type = block.type;
        node.label = block.label;
        model.nodes.push_back(std::move(node));
    }
    InstitutionBuilder institutions(options, blocks);
    std::vector<Node> roles;
    roles.reserve(options.nodes);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto& block = blocks[b];
        for (std::uint64_t i = 0; i < block.size; ++i) {
            Node node;
            node.id = roleId(block.first + i);
            node.kind = NodeKind::Role;
            // Mostly nurse leads, a few of each other type (i % 16 spreads them deterministically).
            node.type = institutions.roleType(b, i);
            node.organization = block.id;
            roles.push_back(std::move(node));
        }
    }
    Institutions extra;
    if (options.rich) {
        extra = institutions.build(roles);
        model.annotations.meta.description +=
            " With sites, committees at levels 1-3 with seats, leadership, "
            "boundary spanners and learning actions (--rich).";
        model.annotations.governance = "participant_governed";
    }
    model.nodes.insert(model.nodes.end(), std::make_move_iterator(extra.nodes.begin()),
                       std::make_move_iterator(extra.nodes.end()));
    model.nodes.insert(model.nodes.end(), std::make_move_iterator(roles.begin()),
                       std::make_move_iterator(roles.end()));
    for (std::size_t t = 0; t < edges.size(); ++t) {
        Tie tie;
        tie.id = "t" + std::to_string(t);
        tie.kind = TieKind::Collaborates;
        tie.source = roleId(edges[t].first);
        tie.target = roleId(edges[t].second);
        model.ties.push_back(std::move(tie));
    }
    model.ties.insert(model.ties.end(), std::make_move_iterator(extra.ties.begin()),
                      std::make_move_iterator(extra.ties.end()));
    saveDocument(model, path);
    edges.insert(edges.end(), extra.spannerEdges.begin(), extra.spannerEdges.end());
}

void writeCsv(const std::vector<Block>& blocks, const std::vector<Edge>& edges,
              const std::filesystem::path& edgesPath, const std::filesystem::path& nodesPath) {
    {
        std::ofstream out(nodesPath, std::ios::binary);
        if (!out)
            throw std::runtime_error("cannot write " + nodesPath.string());
        out << "id,organization\n";
        for (const auto& block : blocks)
            for (std::uint64_t i = 0; i < block.size; ++i)
                out << 'r' << (block.first + i) << ',' << block.id << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write " + nodesPath.string());
    }
    {
        std::ofstream out(edgesPath, std::ios::binary);
        if (!out)
            throw std::runtime_error("cannot write " + edgesPath.string());
        out << "source,target\n";
        for (const auto& [u, v] : edges)
            out << 'r' << u << ",r" << v << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write " + edgesPath.string());
    }
}

}  // namespace

// -------------------------------------------------------------------------------------------- main

int main(int argc, char** argv) {
    Options options;
    CLI::App app{
        "orgweave-bench-generate: a synthetic regional network (stochastic block model of organizations)",
        "orgweave-bench-generate"};
    app.add_option("--nodes,-n", options.nodes, "number of roles (the people lens sees exactly these)")
        ->check(CLI::Range(std::uint64_t{2}, std::uint64_t{4'000'000'000}));
    app.add_option("--seed,-s", options.seed, "random seed; same seed and options give the same files");
    app.add_option("--out,-o", options.out,
                   "output prefix: writes PREFIX.orgweave.json, PREFIX.edges.csv, "
                   "PREFIX.nodes.csv")
        ->required();
    app.add_option("--degree", options.degree, "average degree (ties = nodes * degree / 2)")
        ->check(CLI::Range(0.0, 1000.0));
    app.add_option("--within", options.within, "fraction of ties inside an organization")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--orgs", options.organizations,
                   "number of organizations (default: 14 * (nodes/1000)^0.46)")
        ->check(CLI::Range(1, 1'000'000));
    app.add_flag("!--no-native", options.native, "do not write PREFIX.orgweave.json");
    app.add_flag("!--no-csv", options.csv, "do not write the CSV files");
    app.add_flag("--rich", options.rich,
                 "a whole region: GP practices, sites, committees at levels 1-3 with seats, leadership, "
                 "boundary spanners (practice consultants) and learning actions around the same roles");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "orgweave-bench-generate: " << e.what() << "\n\n" << app.help();
        return 2;
    }

    try {
        const auto start = std::chrono::steady_clock::now();
        Random random(options.seed);
        const auto blocks = makeBlocks(options, random);
        auto edges = makeTies(options, blocks, random);
        std::uint64_t inside = 0;
        {
            std::vector<std::uint32_t> blockOf(options.nodes);
            for (std::size_t b = 0; b < blocks.size(); ++b)
                std::fill_n(blockOf.begin() + static_cast<std::ptrdiff_t>(blocks[b].first), blocks[b].size,
                            static_cast<std::uint32_t>(b));
            for (const auto& [u, v] : edges)
                inside += blockOf[u] == blockOf[v] ? 1 : 0;
        }
        const auto generated = std::chrono::steady_clock::now();

        const std::filesystem::path prefix(options.out);
        if (prefix.has_parent_path())
            std::filesystem::create_directories(prefix.parent_path());
        if (options.native)
            writeNative(options, blocks, edges, options.out + ".orgweave.json");
        if (options.csv)
            writeCsv(blocks, edges, options.out + ".edges.csv", options.out + ".nodes.csv");
        const auto written = std::chrono::steady_clock::now();

        const auto seconds = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
        std::printf(
            "nodes=%llu organizations=%zu ties=%zu within=%.3f largest_org=%llu smallest_org=%llu "
            "seed=%llu generate_s=%.3f write_s=%.3f\n",
            static_cast<unsigned long long>(options.nodes), blocks.size(), edges.size(),
            edges.empty() ? 0.0 : static_cast<double>(inside) / static_cast<double>(edges.size()),
            static_cast<unsigned long long>(blocks.front().size),
            static_cast<unsigned long long>(
                std::min_element(blocks.begin(), blocks.end(),
                                 [](const Block& a, const Block& b) { return a.size < b.size; })
                    ->size),
            static_cast<unsigned long long>(options.seed), seconds(start, generated),
            seconds(generated, written));
    } catch (const std::exception& e) {
        std::cerr << "orgweave-bench-generate: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
