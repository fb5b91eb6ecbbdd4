// Sections: reading helpers · reading parts · writing helpers · writing parts · flat elements
#include "ModelJson.hpp"

#include "JsonLocator.hpp"
#include "PositionsJson.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <type_traits>
#include <utility>

namespace orgweave::core {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

/// Stores a group of rarely set fields read one by one, unless none was set: a node or tie without
/// them allocates nothing (core/OutOfLine.hpp).
template <typename T>
void storeUnlessDefault(OutOfLine<T>& slot, T value) {
    if (!(value == T{}))
        slot = std::move(value);
}

// ---- reading helpers --------------------------------------------------------------------------

std::string typeName(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::boolean:
            return "a boolean";
        case json::value_t::string:
            return "a string";
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        case json::value_t::binary:
            return "binary data";
        case json::value_t::discarded:
            return "nothing";
        default:
            return "a number";
    }
}

/// The JSON of a member of a FlatElement (a string is turned into JSON here, on demand: only
/// when a reader needs the tree, e.g. to name its type in a diagnostic).
const json& jsonOf(const FlatMember& member) {
    if (member.isText && !member.value.is_string())
        member.value = member.text;
    return member.value;
}
const json& jsonOf(const json& value) {
    return value;
}
bool isText(const FlatMember& member) {
    return member.isText;
}
bool isText(const json& value) {
    return value.is_string();
}
const std::string& textOf(const FlatMember& member) {
    return member.text;
}
const std::string& textOf(const json& value) {
    return value.get_ref<const std::string&>();
}

/// Reads fields of one JSON object (a json tree or a FlatElement), remembering which keys it knows
/// so the rest goes to `extra`. The object's JSON pointer is spelled out only when asked for (a
/// diagnostic): either given whole, or as an array's pointer and an index ("/ties", 12).
template <typename Object>
class ObjectReader {
public:
    using Member = std::conditional_t<std::is_same_v<Object, FlatElement>, FlatMember, json>;

    ObjectReader(const Object& object, std::string pointer, Diagnostics& diagnostics)
        : m_object(object), m_pointer(std::move(pointer)), m_built(true), m_diagnostics(diagnostics) {}
    ObjectReader(const Object& object, std::string_view array, std::size_t index, Diagnostics& diagnostics)
        : m_object(object), m_array(array), m_index(index), m_diagnostics(diagnostics) {}

    const std::string& pointer() const {
        if (!m_built) {
            m_pointer = appendPointer(std::string(m_array), m_index);
            m_built = true;
        }
        return m_pointer;
    }
    std::string pointerOf(std::string_view key) const { return appendPointer(pointer(), key); }

    void error(const std::string& pointer, std::string message) {
        m_diagnostics.push_back(Diagnostic{Severity::Error, {}, 0, 0, pointer, std::move(message)});
    }

    /// The member, or nullptr when absent. Marks the key as known (keys are string literals).
    const Member* member(std::string_view key) {
        if constexpr (std::is_same_v<Object, FlatElement>) {
            if (m_knownMembers == m_object.size())
                return nullptr;  // every member has been read: no other key is there
            const FlatMember* found = m_object.find(key);
            if (found && !found->known) {
                found->known = true;
                ++m_knownMembers;
            }
            return found;
        } else {
            m_known.push_back(key);
            auto it = m_object.find(key);
            return it == m_object.end() ? nullptr : &*it;
        }
    }
    /// The member as JSON, or nullptr when absent.
    const json* tree(std::string_view key) {
        const Member* v = member(key);
        return v ? &jsonOf(*v) : nullptr;
    }

    void string(std::string_view key, std::string& out, bool required = false) {
        const Member* v = member(key);
        if (!v) {
            if (required)
                error(pointer(), "missing required field \"" + std::string(key) + "\"");
            return;
        }
        if (!isText(*v)) {
            error(pointerOf(key),
                  "\"" + std::string(key) + "\" must be a string, found " + typeName(jsonOf(*v)));
            return;
        }
        out = textOf(*v);
        if (required && out.empty())
            error(pointerOf(key), "\"" + std::string(key) + "\" must not be empty");
    }

    void strings(std::string_view key, std::vector<std::string>& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (!v->is_array()) {
            error(pointerOf(key),
                  "\"" + std::string(key) + "\" must be an array of strings, found " + typeName(*v));
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& item = (*v)[i];
            if (!item.is_string()) {
                error(appendPointer(pointerOf(key), i),
                      "items of \"" + std::string(key) + "\" must be strings, found " + typeName(item));
                continue;
            }
            out.push_back(item.get<std::string>());
        }
    }

    void integer(std::string_view key, std::optional<int>& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (v->is_number_integer()) {
            auto n = v->get<std::int64_t>();
            if (n < -1'000'000'000 || n > 1'000'000'000) {
                error(pointerOf(key), "\"" + std::string(key) + "\" is out of range");
                return;
            }
            out = static_cast<int>(n);
        } else if (v->is_number_float() && std::floor(v->get<double>()) == v->get<double>() &&
                   std::abs(v->get<double>()) < 1e9) {
            out = static_cast<int>(v->get<double>());
        } else {
            error(pointerOf(key),
                  "\"" + std::string(key) + "\" must be a whole number, found " + typeName(*v));
        }
    }

    void number(std::string_view key, std::optional<double>& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (!v->is_number()) {
            error(pointerOf(key), "\"" + std::string(key) + "\" must be a number, found " + typeName(*v));
            return;
        }
        out = v->get<double>();
    }

    void boolean(std::string_view key, std::optional<bool>& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (!v->is_boolean()) {
            error(pointerOf(key),
                  "\"" + std::string(key) + "\" must be true or false, found " + typeName(*v));
            return;
        }
        out = v->get<bool>();
    }

    /// An object member kept as JSON (attrs, filter).
    void object(std::string_view key, json& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (!v->is_object()) {
            error(pointerOf(key), "\"" + std::string(key) + "\" must be an object, found " + typeName(*v));
            return;
        }
        out = *v;
    }
    void object(std::string_view key, JsonObject& out) {
        const json* v = tree(key);
        if (!v)
            return;
        if (!v->is_object()) {
            error(pointerOf(key), "\"" + std::string(key) + "\" must be an object, found " + typeName(*v));
            return;
        }
        out = *v;
    }

    /// Every member not read so far.
    json rest() const {
        json extra = json::object();
        if constexpr (std::is_same_v<Object, FlatElement>) {
            for (const FlatMember& m : m_object) {
                if (!m.known)
                    extra[m.key] = jsonOf(m);
            }
        } else {
            for (auto it = m_object.begin(); it != m_object.end(); ++it) {
                if (std::find(m_known.begin(), m_known.end(), it.key()) == m_known.end())
                    extra[it.key()] = it.value();
            }
        }
        return extra;
    }

private:
    const Object& m_object;
    std::string_view m_array;
    std::size_t m_index = 0;
    mutable std::string m_pointer;
    mutable bool m_built = false;
    Diagnostics& m_diagnostics;
    std::size_t m_knownMembers = 0;         // FlatElement: members marked known so far
    std::vector<std::string_view> m_known;  // json objects: a few dozen at most, a linear scan beats a set
};

bool expectObject(const json& value, const std::string& pointer, const char* what, Diagnostics& diagnostics) {
    if (value.is_object())
        return true;
    diagnostics.push_back(Diagnostic{Severity::Error,
                                     {},
                                     0,
                                     0,
                                     pointer,
                                     std::string(what) + " must be an object, found " + typeName(value)});
    return false;
}

// ---- reading parts ----------------------------------------------------------------------------

ContextScores readScores(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    ContextScores scores;
    if (!expectObject(value, pointer, "context scores", diagnostics))
        return scores;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string p = appendPointer(pointer, it.key());
        ContextScore score;
        if (it->is_number()) {  // shorthand: "siloed_structures": 4
            std::optional<int> n;
            json wrapper = {{"score", *it}};
            ObjectReader(wrapper, p, diagnostics).integer("score", n);
            if (!n)
                continue;
            score.score = *n;
        } else if (it->is_object()) {
            ObjectReader r(*it, p, diagnostics);
            std::optional<int> n;
            if (!r.member("score")) {
                r.error(p, "context factor \"" + it.key() + "\" has no \"score\"");
                continue;
            }
            r.integer("score", n);
            if (!n)
                continue;
            score.score = *n;
            r.string("note", score.note);
        } else {
            diagnostics.push_back(Diagnostic{Severity::Error,
                                             {},
                                             0,
                                             0,
                                             p,
                                             "context factor \"" + it.key() +
                                                 "\" must be a score or {\"score\", \"note\"}, found " +
                                                 typeName(*it)});
            continue;
        }
        scores.emplace(it.key(), score);
    }
    return scores;
}

Context readContext(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Context context;
    if (!expectObject(value, pointer, "\"context\"", diagnostics))
        return context;
    ObjectReader r(value, pointer, diagnostics);
    if (const json* system = r.member("system"))
        context.system = readScores(*system, r.pointerOf("system"), diagnostics);
    if (const json* orgs = r.member("organizations")) {
        const std::string p = r.pointerOf("organizations");
        if (expectObject(*orgs, p, "\"organizations\"", diagnostics)) {
            for (auto it = orgs->begin(); it != orgs->end(); ++it) {
                context.organizations.emplace(it.key(),
                                              readScores(*it, appendPointer(p, it.key()), diagnostics));
            }
        }
    }
    context.extra = r.rest();
    return context;
}

Leadership readLeadership(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Leadership leadership;
    if (!expectObject(value, pointer, "\"leadership\"", diagnostics))
        return leadership;
    ObjectReader r(value, pointer, diagnostics);
    r.strings("behaviors", leadership.behaviors);
    r.strings("capabilities", leadership.capabilities);
    r.string("level", leadership.level);
    r.string("authority", leadership.authority);
    leadership.extra = r.rest();
    return leadership;
}

/// "affiliations": [{"organization": "hf", "share": 0.2}]
std::vector<Affiliation> readAffiliations(const json& value, const std::string& pointer,
                                          Diagnostics& diagnostics) {
    std::vector<Affiliation> out;
    if (!value.is_array()) {
        diagnostics.push_back(Diagnostic{
            Severity::Error,
            {},
            0,
            0,
            pointer,
            "\"affiliations\" must be an array of {\"organization\", \"share\"}, found " + typeName(value)});
        return out;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string p = appendPointer(pointer, i);
        if (!expectObject(value[i], p, "an affiliation", diagnostics))
            continue;
        ObjectReader r(value[i], p, diagnostics);
        Affiliation affiliation;
        r.string("organization", affiliation.organization, true);
        r.number("share", affiliation.share);
        affiliation.extra = r.rest();
        out.push_back(std::move(affiliation));
    }
    return out;
}

/// Reads into `node`, a default Node (e.g. just placed at the end of a vector: no move afterwards).
template <typename Object>
void readNodeInto(ObjectReader<Object>& r, Diagnostics& diagnostics, Node& node) {
    r.string("id", node.id, true);
    std::string kind;
    r.string("kind", kind, true);
    if (!kind.empty()) {
        if (auto k = nodeKindFromString(kind)) {
            node.kind = *k;
        } else {
            r.error(r.pointerOf("kind"), "unknown node kind \"" + kind +
                                             "\" (expected organization, site, committee, role, shared_tool "
                                             "or learning_action)");
        }
    }
    r.string("type", node.type);
    r.string("label", node.label);
    r.string("note", node.note);
    r.string("organization", node.organization);
    r.string("site", node.site);
    r.string("owner", node.owner);
    OrganizationProfile profile;
    r.string("party", profile.party);
    r.string("sector", profile.sector);
    storeUnlessDefault(node.organizationProfile, std::move(profile));
    CommitteeDetails committee;
    r.integer("level", committee.level);
    r.string("mandate", committee.mandate);
    r.string("decision_rule", committee.decisionRule);
    r.number("meetings_per_year", committee.meetingsPerYear);
    r.string("permanence", committee.permanence);
    r.string("end_date", committee.endDate);
    r.boolean("chair_rotation", committee.chairRotation);
    r.strings("characteristics", committee.characteristics);
    storeUnlessDefault(node.committee, std::move(committee));
    if (const json* l = r.tree("leadership"))
        node.leadership = readLeadership(*l, r.pointerOf("leadership"), diagnostics);
    if (const json* a = r.tree("affiliations"))
        node.affiliations = readAffiliations(*a, r.pointerOf("affiliations"), diagnostics);
    LearningActionDetails action;
    r.strings("strategies", action.strategies);
    r.strings("practices", action.practices);
    r.integer("iterations", action.iterations);
    r.string("phase", action.phase);
    r.string("status", action.status);
    r.string("facilitator", action.facilitator);
    r.string("focal_process", action.focalProcess);
    r.string("shared_tool", action.sharedTool);
    r.string("start", action.start);
    r.string("last_activity", action.lastActivity);
    r.string("status_since", action.statusSince);
    r.string("spreads", action.spreads);
    r.string("participation", action.participation);
    r.string("purpose", action.purpose);
    r.string("dialogue", action.dialogue);
    if (const json* cs = r.tree("contradictions")) {
        const std::string p = r.pointerOf("contradictions");
        if (!cs->is_array()) {
            r.error(p, "\"contradictions\" must be an array, found " + typeName(*cs));
        } else {
            for (std::size_t i = 0; i < cs->size(); ++i) {
                const json& c = (*cs)[i];
                const std::string cp = appendPointer(p, i);
                Contradiction contradiction;
                if (c.is_string()) {
                    contradiction.text = c.get<std::string>();
                } else if (expectObject(c, cp, "a contradiction", diagnostics)) {
                    ObjectReader cr(c, cp, diagnostics);
                    cr.string("text", contradiction.text, true);
                    cr.string("level", contradiction.level);
                    contradiction.extra = cr.rest();
                } else {
                    continue;
                }
                action.contradictions.push_back(std::move(contradiction));
            }
        }
    }
    storeUnlessDefault(node.learningAction, std::move(action));
    r.strings("phases", node.phases);
    r.object("attrs", node.attrs);
    node.extra = r.rest();
}

Node readNode(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Node node;
    ObjectReader r(value, pointer, diagnostics);
    readNodeInto(r, diagnostics, node);
    return node;
}

/// Reads into `tie`, a default Tie (e.g. just placed at the end of a vector: no move afterwards).
template <typename Object>
void readTieInto(ObjectReader<Object>& r, Diagnostics& diagnostics, Tie& tie) {
    r.string("id", tie.id, true);
    std::string kind;
    r.string("kind", kind, true);
    if (!kind.empty()) {
        if (auto k = tieKindFromString(kind)) {
            tie.kind = *k;
        } else {
            r.error(r.pointerOf("kind"), "unknown tie kind \"" + kind +
                                             "\" (expected member_of, reports_to, collaborates, "
                                             "participates_in, uses, maintains or agreement)");
        }
    }
    r.string("source", tie.source, true);
    r.string("target", tie.target, true);
    r.boolean("directed", tie.directed);
    r.number("weight", tie.weight);
    TieDetails details;
    r.string("seat", details.seat);
    r.strings("represents", details.represents);
    if (const json* rc = r.tree("rc")) {
        const std::string p = r.pointerOf("rc");
        if (expectObject(*rc, p, "\"rc\"", diagnostics)) {
            for (auto it = rc->begin(); it != rc->end(); ++it) {
                if (!it->is_number()) {
                    r.error(appendPointer(p, it.key()),
                            "RC score \"" + it.key() + "\" must be a number, found " + typeName(*it));
                    continue;
                }
                details.rc.emplace(it.key(), it->get<double>());
            }
        }
    }
    r.string("rc_wave", details.rcWave);
    r.string("label", details.label);
    r.string("note", details.note);
    storeUnlessDefault(tie.details, std::move(details));
    r.strings("phases", tie.phases);
    r.object("attrs", tie.attrs);
    tie.extra = r.rest();
}

Tie readTie(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Tie tie;
    ObjectReader r(value, pointer, diagnostics);
    readTieInto(r, diagnostics, tie);
    return tie;
}

Phase readPhase(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Phase phase;
    ObjectReader r(value, pointer, diagnostics);
    r.string("id", phase.id, true);
    r.string("label", phase.label);
    r.string("start", phase.start);
    r.string("end", phase.end);
    r.string("note", phase.note);
    r.string("bureaucracy_mode", phase.bureaucracyMode);
    if (const json* c = r.member("context"))
        phase.context = readContext(*c, r.pointerOf("context"), diagnostics);
    if (const json* l = r.member("leadership")) {
        const std::string p = r.pointerOf("leadership");
        if (expectObject(*l, p, "a phase's \"leadership\" (role id → leadership)", diagnostics)) {
            for (auto it = l->begin(); it != l->end(); ++it)
                phase.leadership.emplace(it.key(),
                                         readLeadership(*it, appendPointer(p, it.key()), diagnostics));
        }
    }
    phase.extra = r.rest();
    return phase;
}

RcWave readRcWave(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    RcWave wave;
    ObjectReader r(value, pointer, diagnostics);
    r.string("id", wave.id, true);
    r.string("label", wave.label);
    r.string("date", wave.date);
    r.string("phase", wave.phase);
    wave.extra = r.rest();
    return wave;
}

Meta readMeta(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Meta meta;
    ObjectReader r(value, pointer, diagnostics);
    r.string("title", meta.title);
    r.string("description", meta.description);
    r.strings("sources", meta.sources);
    r.string("as_of", meta.asOf);
    r.strings("recorded", meta.recorded);
    r.strings("expected_voices", meta.expectedVoices);
    meta.extra = r.rest();
    return meta;
}

/// "camera": {"x": 120, "y": -40, "zoom": 1.5}: three finite numbers, zoom above zero.
std::optional<ViewCamera> readCamera(const json& value, const std::string& pointer,
                                     Diagnostics& diagnostics) {
    if (!expectObject(value, pointer, "\"camera\"", diagnostics))
        return std::nullopt;
    const std::size_t before = diagnostics.size();
    ObjectReader r(value, pointer, diagnostics);
    std::optional<double> x;
    std::optional<double> y;
    std::optional<double> zoom;
    r.number("x", x);
    r.number("y", y);
    r.number("zoom", zoom);
    for (const char* key : {"x", "y", "zoom"}) {
        if (!value.contains(key))
            r.error(pointer, "the camera needs \"" + std::string(key) + "\"");
    }
    for (const auto& [key, number] : {std::pair{"x", x}, std::pair{"y", y}, std::pair{"zoom", zoom}}) {
        if (number && !std::isfinite(*number))
            r.error(r.pointerOf(key), "\"" + std::string(key) + "\" must be finite");
    }
    if (zoom && !(*zoom > 0.0))
        r.error(r.pointerOf("zoom"), "\"zoom\" must be greater than 0");
    const json rest = r.rest();
    for (auto it = rest.begin(); it != rest.end(); ++it)
        r.error(r.pointerOf(it.key()), "unknown camera field \"" + it.key() + "\" (known: x, y, zoom)");
    if (diagnostics.size() != before || !x || !y || !zoom)
        return std::nullopt;
    return ViewCamera{*x, *y, *zoom};
}

View readView(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    View view;
    ObjectReader r(value, pointer, diagnostics);
    r.string("id", view.id, true);
    r.string("title", view.title);
    r.string("caption", view.caption);
    r.string("phase", view.phase);
    r.object("filter", view.filter);
    r.string("color_by", view.colorBy);
    r.string("size_by", view.sizeBy);
    r.strings("highlighted", view.highlighted);
    if (const json* camera = r.member("camera"))
        view.camera = readCamera(*camera, r.pointerOf("camera"), diagnostics);
    view.extra = r.rest();
    return view;
}

Layout readLayout(const json& value, const std::string& pointer, Diagnostics& diagnostics) {
    Layout layout;
    ObjectReader r(value, pointer, diagnostics);
    if (const json* positions = r.member("positions")) {
        const std::string p = r.pointerOf("positions");
        if (expectObject(*positions, p, "\"positions\"", diagnostics)) {
            for (auto it = positions->begin(); it != positions->end(); ++it) {
                const json& xy = *it;
                if (!xy.is_array() || xy.size() != 2 || !xy[0].is_number() || !xy[1].is_number()) {
                    r.error(appendPointer(p, it.key()),
                            "position of \"" + it.key() + "\" must be [x, y] with two numbers");
                    continue;
                }
                layout.positions.emplace(it.key(), Point{xy[0].get<double>(), xy[1].get<double>()});
            }
        }
    }
    r.strings("pinned", layout.pinned);
    layout.extra = r.rest();
    return layout;
}

template <typename Item, typename ReadItem>
void readArray(ObjectReader<json>& r, std::string_view key, std::vector<Item>& out, const char* itemName,
               Diagnostics& diagnostics, ReadItem readItem) {
    const json* array = r.member(key);
    if (!array)
        return;
    const std::string p = r.pointerOf(key);
    if (!array->is_array()) {
        r.error(p, "\"" + std::string(key) + "\" must be an array, found " + typeName(*array));
        return;
    }
    out.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string ip = appendPointer(p, i);
        if (!expectObject((*array)[i], ip, itemName, diagnostics))
            continue;
        out.push_back(readItem((*array)[i], ip, diagnostics));
    }
}

// ---- writing helpers --------------------------------------------------------------------------

void put(ordered_json& out, const char* key, const std::string& value) {
    if (!value.empty())
        out[key] = value;
}
void put(ordered_json& out, const char* key, const std::vector<std::string>& value) {
    if (!value.empty())
        out[key] = value;
}
template <typename T>
void put(ordered_json& out, const char* key, const std::optional<T>& value) {
    if (value)
        out[key] = *value;
}
void putObject(ordered_json& out, const char* key, const json& value) {
    if (value.is_object() && !value.empty())
        out[key] = value;
}
void putExtra(ordered_json& out, const json& extra) {
    if (!extra.is_object())
        return;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!out.contains(it.key()))
            out[it.key()] = it.value();
    }
}

// ---- writing parts ----------------------------------------------------------------------------

ordered_json scoresToJson(const ContextScores& scores) {
    ordered_json out = ordered_json::object();
    for (const auto& [factor, score] : scores) {
        ordered_json s = {{"score", score.score}};
        put(s, "note", score.note);
        out[factor] = std::move(s);
    }
    return out;
}

ordered_json contextToJson(const Context& context) {
    ordered_json out = ordered_json::object();
    if (!context.system.empty())
        out["system"] = scoresToJson(context.system);
    if (!context.organizations.empty()) {
        ordered_json orgs = ordered_json::object();
        for (const auto& [org, scores] : context.organizations)
            orgs[org] = scoresToJson(scores);
        out["organizations"] = std::move(orgs);
    }
    putExtra(out, context.extra);
    return out;
}

ordered_json leadershipToJson(const Leadership& leadership) {
    ordered_json l = ordered_json::object();
    if (leadership.behaviors.empty())
        l["behaviors"] = ordered_json::array();  // "assessed: none shown" survives a round trip
    else
        l["behaviors"] = leadership.behaviors;
    put(l, "capabilities", leadership.capabilities);
    put(l, "level", leadership.level);
    put(l, "authority", leadership.authority);
    putExtra(l, leadership.extra);
    return l;
}

ordered_json nodeToJson(const Node& node) {
    ordered_json out = ordered_json::object();
    out["id"] = node.id;
    out["kind"] = std::string(toString(node.kind));
    put(out, "type", node.type);
    put(out, "label", node.label);
    put(out, "organization", node.organization);
    put(out, "site", node.site);
    put(out, "owner", node.owner);
    put(out, "party", node.organizationProfile->party);
    put(out, "sector", node.organizationProfile->sector);
    put(out, "level", node.committee->level);
    put(out, "mandate", node.committee->mandate);
    put(out, "decision_rule", node.committee->decisionRule);
    put(out, "meetings_per_year", node.committee->meetingsPerYear);
    put(out, "permanence", node.committee->permanence);
    put(out, "end_date", node.committee->endDate);
    put(out, "chair_rotation", node.committee->chairRotation);
    put(out, "characteristics", node.committee->characteristics);
    if (node.leadership)
        out["leadership"] = leadershipToJson(*node.leadership);
    if (!node.affiliations.empty()) {
        ordered_json list = ordered_json::array();
        for (const Affiliation& a : node.affiliations) {
            ordered_json aj = {{"organization", a.organization}};
            put(aj, "share", a.share);
            putExtra(aj, a.extra);
            list.push_back(std::move(aj));
        }
        out["affiliations"] = std::move(list);
    }
    put(out, "strategies", node.learningAction->strategies);
    put(out, "practices", node.learningAction->practices);
    put(out, "iterations", node.learningAction->iterations);
    put(out, "phase", node.learningAction->phase);
    put(out, "status", node.learningAction->status);
    put(out, "facilitator", node.learningAction->facilitator);
    put(out, "focal_process", node.learningAction->focalProcess);
    put(out, "shared_tool", node.learningAction->sharedTool);
    put(out, "start", node.learningAction->start);
    put(out, "last_activity", node.learningAction->lastActivity);
    put(out, "status_since", node.learningAction->statusSince);
    put(out, "spreads", node.learningAction->spreads);
    put(out, "participation", node.learningAction->participation);
    put(out, "purpose", node.learningAction->purpose);
    put(out, "dialogue", node.learningAction->dialogue);
    if (!node.learningAction->contradictions.empty()) {
        ordered_json cs = ordered_json::array();
        for (const Contradiction& c : node.learningAction->contradictions) {
            ordered_json cj = {{"text", c.text}};
            put(cj, "level", c.level);
            putExtra(cj, c.extra);
            cs.push_back(std::move(cj));
        }
        out["contradictions"] = std::move(cs);
    }
    put(out, "phases", node.phases);
    put(out, "note", node.note);
    putObject(out, "attrs", node.attrs);
    putExtra(out, node.extra);
    return out;
}

ordered_json tieToJson(const Tie& tie) {
    ordered_json out = ordered_json::object();
    out["id"] = tie.id;
    out["kind"] = std::string(toString(tie.kind));
    out["source"] = tie.source;
    out["target"] = tie.target;
    put(out, "directed", tie.directed);
    put(out, "weight", tie.weight);
    put(out, "seat", tie.details->seat);
    put(out, "represents", tie.details->represents);
    if (!tie.details->rc.empty()) {
        ordered_json rc = ordered_json::object();
        // Known dimensions in their canonical order, then any others alphabetically.
        for (std::string_view dim : kRcDimensions) {
            if (auto it = tie.details->rc.find(std::string(dim)); it != tie.details->rc.end())
                rc[it->first] = it->second;
        }
        for (const auto& [dim, score] : tie.details->rc) {
            if (!rc.contains(dim))
                rc[dim] = score;
        }
        out["rc"] = std::move(rc);
    }
    put(out, "rc_wave", tie.details->rcWave);
    put(out, "label", tie.details->label);
    put(out, "phases", tie.phases);
    put(out, "note", tie.details->note);
    putObject(out, "attrs", tie.attrs);
    putExtra(out, tie.extra);
    return out;
}

}  // namespace

ordered_json nodeElementToJson(const Node& node) {
    return nodeToJson(node);
}

ordered_json tieElementToJson(const Tie& tie) {
    return tieToJson(tie);
}

void readNodeElement(const json& value, std::string_view array, std::size_t index, std::vector<Node>& out,
                     Diagnostics& diagnostics) {
    const std::string pointer = appendPointer(std::string(array), index);
    if (expectObject(value, pointer, "a node", diagnostics)) {
        ObjectReader r(value, pointer, diagnostics);
        readNodeInto(r, diagnostics, out.emplace_back());
    }
}

void readTieElement(const json& value, std::string_view array, std::size_t index, std::vector<Tie>& out,
                    Diagnostics& diagnostics) {
    const std::string pointer = appendPointer(std::string(array), index);
    if (expectObject(value, pointer, "a tie", diagnostics)) {
        ObjectReader r(value, pointer, diagnostics);
        readTieInto(r, diagnostics, out.emplace_back());
    }
}

void readNodeElement(const FlatElement& value, std::string_view array, std::size_t index,
                     std::vector<Node>& out, Diagnostics& diagnostics) {
    ObjectReader r(value, array, index, diagnostics);
    readNodeInto(r, diagnostics, out.emplace_back());
}

void readTieElement(const FlatElement& value, std::string_view array, std::size_t index,
                    std::vector<Tie>& out, Diagnostics& diagnostics) {
    ObjectReader r(value, array, index, diagnostics);
    readTieInto(r, diagnostics, out.emplace_back());
}

// ---- flat elements ----------------------------------------------------------------------------

FlatMember& FlatElement::add(std::string_view key) {
    FlatMember* member = nullptr;
    for (std::size_t i = 0; i < m_size && !member; ++i) {
        if (m_members[i].key == key)
            member = &m_members[i];  // a repeated key: the last value wins, as in a json object
    }
    if (!member) {
        if (m_size == m_members.size())
            m_members.emplace_back();
        member = &m_members[m_size++];
        member->key.assign(key);
    }
    member->isText = false;
    member->text.clear();
    member->value = nullptr;
    member->known = false;
    return *member;
}

const FlatMember* FlatElement::find(std::string_view key) const {
    for (std::size_t i = 0; i < m_size; ++i) {
        if (m_members[i].key == key)
            return &m_members[i];
    }
    return nullptr;
}

json FlatElement::toJson() const {
    json out = json::object();
    for (const FlatMember& m : *this)
        out[m.key] = m.isText ? json(m.text) : m.value;
    return out;
}

void readDocumentMembers(const json& root, Model& model, Diagnostics& diagnostics) {
    ObjectReader r(root, "", diagnostics);
    r.member("format");
    r.member("version");
    readArray(r, "nodes", model.nodes, "a node", diagnostics, readNode);
    readArray(r, "ties", model.ties, "a tie", diagnostics, readTie);
    if (const json* meta = r.member("meta")) {
        const std::string p = r.pointerOf("meta");
        if (expectObject(*meta, p, "\"meta\"", diagnostics))
            model.annotations.meta = readMeta(*meta, p, diagnostics);
    }
    if (const json* c = r.member("context"))
        model.annotations.context = readContext(*c, r.pointerOf("context"), diagnostics);
    r.string("setting", model.annotations.setting);
    r.string("governance", model.annotations.governance);
    r.strings("characteristics", model.annotations.characteristics);
    readArray(r, "phases", model.annotations.phases, "a phase", diagnostics, readPhase);
    readArray(r, "rc_waves", model.annotations.rcWaves, "a survey wave", diagnostics, readRcWave);
    readArray(r, "views", model.annotations.views, "a view", diagnostics, readView);
    if (const json* l = r.member("layout")) {
        if (expectObject(*l, r.pointerOf("layout"), "\"layout\"", diagnostics)) {
            model.layout = readLayout(*l, r.pointerOf("layout"), diagnostics);
        }
    }
    model.extra = r.rest();
}

Model modelFromJson(const json& root, Diagnostics& diagnostics) {
    Model model;
    readDocumentMembers(root, model, diagnostics);
    return model;
}

ordered_json modelToJson(const Model& model, int version, bool withNodesAndTies) {
    const Annotations& a = model.annotations;
    ordered_json out = ordered_json::object();
    out["format"] = "orgweave";
    out["version"] = version;
    ordered_json meta = ordered_json::object();
    put(meta, "title", a.meta.title);
    put(meta, "description", a.meta.description);
    put(meta, "sources", a.meta.sources);
    put(meta, "as_of", a.meta.asOf);
    put(meta, "recorded", a.meta.recorded);
    put(meta, "expected_voices", a.meta.expectedVoices);
    putExtra(meta, a.meta.extra);
    out["meta"] = std::move(meta);

    ordered_json nodes = ordered_json::array();
    ordered_json ties = ordered_json::array();
    if (withNodesAndTies) {
        for (const Node& node : model.nodes)
            nodes.push_back(nodeToJson(node));
        for (const Tie& tie : model.ties)
            ties.push_back(tieToJson(tie));
    }
    out["nodes"] = std::move(nodes);
    out["ties"] = std::move(ties);

    if (!a.context.empty())
        out["context"] = contextToJson(a.context);
    put(out, "setting", a.setting);
    put(out, "governance", a.governance);
    put(out, "characteristics", a.characteristics);
    if (!a.phases.empty()) {
        ordered_json phases = ordered_json::array();
        for (const Phase& phase : a.phases) {
            ordered_json p = {{"id", phase.id}};
            put(p, "label", phase.label);
            put(p, "start", phase.start);
            put(p, "end", phase.end);
            put(p, "bureaucracy_mode", phase.bureaucracyMode);
            if (phase.context)
                p["context"] = contextToJson(*phase.context);
            if (!phase.leadership.empty()) {
                ordered_json l = ordered_json::object();
                for (const auto& [role, leadership] : phase.leadership)
                    l[role] = leadershipToJson(leadership);
                p["leadership"] = std::move(l);
            }
            put(p, "note", phase.note);
            putExtra(p, phase.extra);
            phases.push_back(std::move(p));
        }
        out["phases"] = std::move(phases);
    }
    if (!a.rcWaves.empty()) {
        ordered_json waves = ordered_json::array();
        for (const RcWave& wave : a.rcWaves) {
            ordered_json w = {{"id", wave.id}};
            put(w, "label", wave.label);
            put(w, "date", wave.date);
            put(w, "phase", wave.phase);
            putExtra(w, wave.extra);
            waves.push_back(std::move(w));
        }
        out["rc_waves"] = std::move(waves);
    }
    if (!a.views.empty()) {
        ordered_json views = ordered_json::array();
        for (const View& view : a.views) {
            ordered_json v = {{"id", view.id}};
            put(v, "title", view.title);
            put(v, "caption", view.caption);
            put(v, "phase", view.phase);
            putObject(v, "filter", view.filter);
            put(v, "color_by", view.colorBy);
            put(v, "size_by", view.sizeBy);
            put(v, "highlighted", view.highlighted);
            if (view.camera)
                v["camera"] =
                    ordered_json{{"x", view.camera->x}, {"y", view.camera->y}, {"zoom", view.camera->zoom}};
            putExtra(v, view.extra);
            views.push_back(std::move(v));
        }
        out["views"] = std::move(views);
    }
    ordered_json layout = ordered_json::object();
    ordered_json positions = ordered_json::object();
    {
        // The ids come sorted and unique from a std::map: append without ordered_map's search.
        auto& entries = PositionsJson::membersOf(positions);
        entries.reserve(model.layout.positions.size());
        for (const auto& [id, p] : model.layout.positions)
            entries.emplace_back(id, ordered_json::array({p.x, p.y}));
    }
    layout["positions"] = std::move(positions);
    put(layout, "pinned", model.layout.pinned);
    putExtra(layout, model.layout.extra);
    out["layout"] = std::move(layout);
    putExtra(out, model.extra);
    return out;
}

}  // namespace orgweave::core
