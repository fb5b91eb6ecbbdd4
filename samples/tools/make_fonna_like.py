#!/usr/bin/env python3
"""Writes samples/fonna-like.orgweave.json (see samples/README.md).

A Fonna-like Norwegian health community: a hospital trust, sixteen municipalities and a joint unit
for R&D and interaction that runs the network for the parties (a network administrative
organization), with a partnership meeting, a strategic committee, five professional committees by
priority group and a horizontal forum of the municipal health leaders. The learning actions include
a voluntary, learning-oriented benchmarking of home care with a facilitator (seed 001).

The network is written out by hand below; positions come from a fixed grid designed for it
(committees in a central band by level, the hospital trust on the left, the joint unit under the
committees, the municipalities on the right grouped by the strategic-committee seat that speaks for
them, the other parties at the bottom), so the picture stays the same when the content changes a
little.

Usage:
    python3 samples/tools/make_fonna_like.py > /tmp/fonna.orgweave.json
    orgweave convert /tmp/fonna.orgweave.json samples/fonna-like.orgweave.json

The second step only rewrites the file in orgweave's canonical formatting (and validates it).
"""

from sample_builder import emit, leadership, node, nodes, positions, tie, ties


# ---- organizations ----------------------------------------------------------------------------

node("hf", "organization", "hospital_trust", "Hospital trust", (240, 0),
     note="Specialist care for the area: hospitals in the north, the middle and the east of the area",
     attrs={"sector": "specialist_care"})
node("fou", "organization", "secretariat", "Joint unit for R&D and interaction", (1260, 620),
     note="Set up and funded jointly by the hospital trust and the sixteen municipalities; runs the "
          "committees' secretariat, the joint R&D projects and the benchmarking",
     attrs={"sector": "joint"})

# (id, label, the strategic-committee seat that speaks for it)
MUNICIPALITIES = [
    ("m-haugesund", "Haugesund", "haugesund"),
    ("m-karmoy", "Karmøy", "haugesund"),
    ("m-tysvaer", "Tysvær", "haugesund"),
    ("m-sveio", "Sveio", "haugesund"),
    ("m-bokn", "Bokn", "haugesund"),
    ("m-utsira", "Utsira", "haugesund"),
    ("m-vindafjord", "Vindafjord", "vindafjord"),
    ("m-etne", "Etne", "vindafjord"),
    ("m-sauda", "Sauda", "vindafjord"),
    ("m-suldal", "Suldal", "vindafjord"),
    ("m-stord", "Stord", "stord"),
    ("m-fitjar", "Fitjar", "stord"),
    ("m-bomlo", "Bømlo", "stord"),
    ("m-tysnes", "Tysnes", "stord"),
    ("m-kvinnherad", "Kvinnherad", "stord"),
    ("m-ullensvang", "Ullensvang", "ullensvang"),
]
# Municipalities with their own block (organization, sites and roles) at x = 2100 … 2580; the others
# in a column at x = 2820, beside the block of the municipality whose director speaks for them.
BLOCK_TOP = {"m-haugesund": 0, "m-karmoy": 280, "m-vindafjord": 430, "m-stord": 640, "m-ullensvang": 880}
SMALL_AT = {
    "m-tysvaer": 0, "m-sveio": 56, "m-bokn": 112, "m-utsira": 168,
    "m-etne": 430, "m-sauda": 486, "m-suldal": 542,
    "m-fitjar": 640, "m-bomlo": 696, "m-tysnes": 752, "m-kvinnherad": 808,
}
for mid, label, _seat in MUNICIPALITIES:
    at = (2100, BLOCK_TOP[mid]) if mid in BLOCK_TOP else (2820, SMALL_AT[mid])
    node(mid, "organization", "municipality", label, at, attrs={"sector": "primary_care"})

node("gp", "organization", "gp_collective", "GP collective", (900, 1000),
     note="The area's general practitioners (self-employed, contracted by the municipalities)")
node("users", "organization", "user_organization", "User council", (1260, 1000),
     note="The joint user council of the hospital trust and the municipalities")
node("union", "organization", "union", "Employee unions", (1620, 1000))

# ---- sites ------------------------------------------------------------------------------------

node("hf-emergency", "site", "clinic", "Emergency department", (0, 120), organization="hf")
node("hf-med", "site", "ward", "Medical wards", (0, 240), organization="hf")
node("hf-psych", "site", "clinic", "Community mental health centre", (0, 360), organization="hf",
     note="Outpatient and day services of the hospital's mental health clinic")
node("hf-child", "site", "ward", "Children's ward", (0, 480), organization="hf")

node("haugesund-home", "site", "home_care", "Home care, Haugesund", (2340, 0), organization="m-haugesund")
node("kad", "site", "municipal_acute_beds", "Municipal acute-bed unit", (2340, 112),
     organization="m-haugesund", note="Hosted by Haugesund for the municipalities of the north")
node("karmoy-home", "site", "home_care", "Home care, Karmøy", (2340, 280), organization="m-karmoy")
node("stord-home", "site", "home_care", "Home care, Stord", (2340, 640), organization="m-stord")
node("ullensvang-home", "site", "home_care", "Home care, Ullensvang", (2340, 880), organization="m-ullensvang")

# ---- committees -------------------------------------------------------------------------------

node("pm", "committee", "partnership_meeting", "Partnership meeting", (1260, 0),
     level=1, mandate="decision_binding", decision_rule="consensus", meetings_per_year=1,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals"],
     note="Political and administrative top leaders of all parties, once a year")
node("sc", "committee", "strategic_committee", "Strategic committee", (1260, 128),
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=4,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals", "joint_decision_making"],
     note="Four hospital leaders and four municipal directors (who speak for groups of municipalities); "
          "the joint unit is its secretariat; GPs, users and unions observe")
PROFESSIONAL = [
    ("pc-frail", "Prof. committee, elderly & frail", 780),
    ("pc-mhsu", "Prof. committee, mental health", 1020),
    ("pc-child", "Prof. committee, children & youth", 1260),
    ("pc-chronic", "Prof. committee, chronic illness", 1500),
    ("pc-acute", "Prof. committee, acute care", 1740),
]
PROFESSIONAL_NOTES = {
    "pc-frail": "Priority group: elderly and frail patients",
    "pc-mhsu": "Priority group: people with mental illness and substance use",
    "pc-child": "Priority group: children and youth",
    "pc-chronic": "Priority group: people with several chronic illnesses",
    "pc-acute": "Acute care chain: emergency department, ambulance, out-of-hours, municipal acute beds",
}
for cid, label, x in PROFESSIONAL:
    characteristics = ["recognition_of_expertise", "ability_to_coordinate"]
    if cid == "pc-child":
        characteristics = ["equality_of_parties", "recognition_of_expertise"]
    node(cid, "committee", "professional_committee", label, (x, 280),
         level=3, mandate="preparatory", decision_rule="consensus", meetings_per_year=5,
         permanence="standing", chair_rotation=False, characteristics=characteristics,
         note=PROFESSIONAL_NOTES[cid] + "; co-chaired by a hospital and a municipal leader")
node("forum", "committee", "professional_network", "Forum of municipal health leaders", (1740, 440),
     level=3, mandate="advisory", decision_rule="none", meetings_per_year=6, permanence="standing",
     characteristics=["shared_goals", "ability_to_design_learning_processes"],
     note="Horizontal: the sixteen municipal heads of health and care meet among themselves; it "
          "reports to no committee of the partnership")

# ---- roles ------------------------------------------------------------------------------------

# hospital trust: sites (x = 0), site-bound roles (x = 240) and the management column (x = 480)
node("ceo-hf", "role", "chief_executive", "Chief executive, hospital", (480, 0), organization="hf",
     leadership=leadership("top", "full", ["providing_support", "making_demands"]))
node("cd-med", "role", "clinic_director", "Clinic director, medicine", (480, 112), organization="hf",
     leadership=leadership("top", "full", ["providing_support"]))
node("cd-psych", "role", "clinic_director", "Clinic director, mental health", (480, 224), organization="hf",
     leadership=leadership("top", "full", ["building_learning_climate"], ["contradiction_management"]))
node("cd-child", "role", "clinic_director", "Clinic director, children", (480, 336), organization="hf",
     leadership=leadership("top", "full", ["providing_support"]))
node("cd-acute", "role", "clinic_director", "Clinic director, prehospital", (480, 448), organization="hf",
     leadership=leadership("top", "full", ["making_demands"]))
node("hoi-hf", "role", "head_of_interaction", "Head of interaction, hospital", (480, 560), organization="hf",
     leadership=leadership("middle", "delegated",
                           ["facilitating_knowledge_dissemination", "building_learning_climate"],
                           ["cross_boundary_leadership"]))
node("pk-north", "role", "practice_consultant", "Practice consultant, north", (240, 120),
     organization="hf", site="hf-emergency",
     note="A GP employed part-time by the hospital",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"],
                           ["cross_boundary_leadership"]))
node("geriatrician", "role", "geriatrician", "Geriatrician", (240, 240), organization="hf", site="hf-med",
     leadership=leadership("clinical_informal", "none"))
node("pk-south", "role", "practice_consultant", "Practice consultant, south", (240, 360),
     organization="hf", site="hf-psych",
     note="A GP employed part-time by the hospital; often vacant between appointments",
     leadership=leadership("clinical_informal", "none", [], ["cross_boundary_leadership"]))
node("nl-child", "role", "nurse_lead", "Nurse lead, children's ward", (240, 480),
     organization="hf", site="hf-child",
     leadership=leadership("first_line", "delegated", ["building_learning_climate"]))

# the joint unit (under the committees and the learning actions)
node("fou-head", "role", "head_of_interaction", "Head of the joint unit", (1020, 620), organization="fou",
     note="Secretary of the strategic committee and of all five professional committees",
     leadership=leadership("middle", "delegated",
                           ["facilitating_knowledge_dissemination", "providing_support"],
                           ["cross_boundary_leadership"]))
node("fou-facilitator", "role", "facilitator", "Benchmarking facilitator", (1500, 620), organization="fou",
     note="Supports progress, coordination and dialogue in the benchmarking (seed 001); works out of the "
          "municipal health leaders' forum and has no regular meeting with the rest of the joint unit",
     leadership=leadership("middle", "none",
                           ["facilitating_knowledge_dissemination", "building_learning_climate",
                            "providing_support"],
                           ["contradiction_management", "cross_boundary_leadership"]))
node("fou-analyst", "role", "data_analyst", "Data analyst, joint unit", (1260, 700), organization="fou",
     leadership=leadership("clinical_informal", "none"))

# municipalities with their own block: leaders under the organization (x = 2100), sites at x = 2340
# and site-bound roles at x = 2580
node("md-haugesund", "role", "municipal_director", "Municipal director, Haugesund", (2100, 56),
     organization="m-haugesund", leadership=leadership("top", "full", ["providing_support"]))
node("hl-haugesund", "role", "head_of_health_and_care", "Head of health, Haugesund", (2100, 112),
     organization="m-haugesund",
     leadership=leadership("middle", "delegated", ["facilitating_knowledge_dissemination",
                                                   "providing_support"], ["cross_boundary_leadership"]))
node("hc-haugesund", "role", "nurse_lead", "Home care leader, Haugesund", (2580, 0),
     organization="m-haugesund", site="haugesund-home",
     leadership=leadership("first_line", "delegated", ["building_learning_climate"]))
node("kad-leader", "role", "nurse_lead", "Acute-bed unit leader", (2580, 112),
     organization="m-haugesund", site="kad",
     leadership=leadership("first_line", "delegated", ["facilitating_knowledge_dissemination"]))
node("hl-karmoy", "role", "head_of_health_and_care", "Head of health, Karmøy", (2100, 336),
     organization="m-karmoy", leadership=leadership("middle", "delegated", ["providing_support"]))
node("hc-karmoy", "role", "nurse_lead", "Home care leader, Karmøy", (2580, 280),
     organization="m-karmoy", site="karmoy-home",
     leadership=leadership("first_line", "delegated"))
node("md-vindafjord", "role", "municipal_director", "Municipal director, Vindafjord", (2100, 486),
     organization="m-vindafjord",
     leadership=leadership("top", "full", ["providing_support"], ["leading_under_resource_constraints"]))
node("chief-phys", "role", "municipal_chief_physician", "Chief physician, Vindafjord", (2100, 542),
     organization="m-vindafjord", leadership=leadership("middle", "delegated", ["educating"]))
node("md-stord", "role", "municipal_director", "Municipal director, Stord", (2100, 696),
     organization="m-stord", leadership=leadership("top", "full", ["making_demands"]))
node("hl-stord", "role", "head_of_health_and_care", "Head of health, Stord", (2100, 752),
     organization="m-stord",
     leadership=leadership("middle", "delegated", ["freeing_resources_for_learning", "providing_support"]))
node("hc-stord", "role", "nurse_lead", "Home care leader, Stord", (2580, 640),
     organization="m-stord", site="stord-home",
     leadership=leadership("first_line", "delegated", ["providing_support"]))
node("md-ullensvang", "role", "municipal_director", "Municipal director, Ullensvang", (2100, 936),
     organization="m-ullensvang", leadership=leadership("top", "full"))
node("hl-ullensvang", "role", "head_of_health_and_care", "Head of health, Ullensvang", (2580, 880),
     organization="m-ullensvang", site="ullensvang-home",
     leadership=leadership("middle", "delegated", ["building_learning_climate"]))

# the other parties (two roles each: one on the strategic level, one in the professional committees)
node("gp-rep", "role", "gp", "GP representative", (900, 1080), organization="gp",
     leadership=leadership("clinical_informal", "none"))
node("gp-rep-2", "role", "gp", "GP, professional committees", (900, 1160), organization="gp",
     leadership=leadership("clinical_informal", "none"))
node("user-rep", "role", "user_representative", "User representative", (1260, 1080), organization="users",
     leadership=leadership("clinical_informal", "none"))
node("user-rep-2", "role", "user_representative", "User rep., prof. committees", (1260, 1160),
     organization="users", note="Reports back to the user council after every meeting",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"]))
node("union-rep", "role", "employee_representative", "Employee representative", (1620, 1080),
     organization="union", leadership=leadership("clinical_informal", "none"))
node("union-rep-2", "role", "employee_representative", "Safety representative", (1620, 1160),
     organization="union", leadership=leadership("clinical_informal", "none"))

# ---- shared tools and learning actions --------------------------------------------------------

node("template", "shared_tool", "assessment_tool", "Benchmark template, home care", (1740, 780),
     note="Indicators and reflection questions, designed with the participating home care services")
node("news", "shared_tool", "assessment_tool", "Early-warning score form", (1500, 780),
     note="Vital signs score used to spot deterioration in frail patients")

node("la-bench", "learning_action", "learning_benchmarking", "Learning-oriented benchmarking",
     (1740, 620),
     owner="forum", facilitator="fou-facilitator", shared_tool="template",
     focal_process="Home care for frail elderly after discharge",
     strategies=["participatory_approach", "iterative_refinement", "purpose_built_architecture"],
     practices=["insight_into_complex_realities", "iteration", "motivation"],
     iterations=2, phase="modelling", status="tested",
     note="Voluntary and learning-oriented: the numbers are for dialogue, not ranking (seed 001)",
     contradictions=[{"text": "Benchmark figures invite ranking and blame; the municipalities want them "
                              "for learning", "level": "secondary"}])
node("la-records", "learning_action", "joint_patient_record_review",
     "Review of frail readmissions", (780, 440),
     owner="pc-frail",
     focal_process="Readmission of frail elderly within 30 days of discharge",
     strategies=["participatory_approach"], practices=["insight_into_complex_realities"],
     iterations=1, phase="analysis", status="idea")
node("la-logics", "learning_action", "structured_session_conflicting_logics",
     "Session on conflicting logics", (1020, 440),
     owner="pc-mhsu", facilitator="hl-haugesund",
     focal_process="Follow-up after discharge from mental health and substance use treatment",
     strategies=["collaborative_leadership", "participatory_approach"],
     practices=["contradictions", "motivation"], iterations=1, phase="questioning", status="idea",
     contradictions=[{"text": "Hospital treatment in episodes vs the municipality's long-term housing and "
                              "follow-up", "level": "primary"}])
node("la-cocreate", "learning_action", "rapid_cocreation_prototyping",
     "Co-creating a youth transition plan", (1260, 440),
     owner="pc-child", facilitator="nl-child",
     focal_process="Transition from children's to adult services for youth with chronic illness",
     strategies=["iterative_refinement", "participatory_approach"],
     practices=["prototypes", "iteration"], iterations=3, phase="testing", status="tested")
node("la-training", "learning_action", "joint_training", "Joint training in acute assessment",
     (1500, 440),
     owner="pc-acute", facilitator="kad-leader", shared_tool="news",
     focal_process="Recognizing deterioration in frail patients at home and in acute beds",
     strategies=["participatory_approach"], practices=["motivation"],
     iterations=1, phase="implementing", status="implemented")

# ---- ties -------------------------------------------------------------------------------------

# partnership meeting: every party, through its top leader
for org in ["hf", "fou"] + [m[0] for m in MUNICIPALITIES] + ["gp", "users", "union"]:
    tie("member_of", org, "pm", seat="member", represents=[org])

# strategic committee: four hospital leaders, four municipal directors for sixteen municipalities,
# the joint unit as secretariat, three observers
seats = {}
for mid, _label, seat in MUNICIPALITIES:
    seats.setdefault(seat, []).append(mid)
tie("member_of", "ceo-hf", "sc", seat="chair", represents=["hf"])
for rid in ["cd-med", "cd-psych", "hoi-hf"]:
    tie("member_of", rid, "sc", seat="member", represents=["hf"])
tie("member_of", "md-haugesund", "sc", seat="deputy", represents=seats["haugesund"])
tie("member_of", "md-vindafjord", "sc", seat="member", represents=seats["vindafjord"])
tie("member_of", "md-stord", "sc", seat="member", represents=seats["stord"])
tie("member_of", "md-ullensvang", "sc", seat="member", represents=seats["ullensvang"])
tie("member_of", "fou-head", "sc", seat="secretary", represents=["fou"])
tie("member_of", "gp-rep", "sc", seat="observer", represents=["gp"])
tie("member_of", "user-rep", "sc", seat="observer", represents=["users"])
tie("member_of", "union-rep", "sc", seat="observer", represents=["union"])

# professional committees: a hospital and a municipal co-chair, the head of the joint unit as
# secretary, professionals, and (mostly) GP, user and employee voices
COMMITTEE_SEATS = {
    "pc-frail": [("cd-med", "chair"), ("hl-karmoy", "chair"), ("geriatrician", "member"),
                 ("hc-haugesund", "member"), ("pk-north", "member"), ("user-rep-2", "member"),
                 ("union-rep-2", "member")],
    "pc-mhsu": [("cd-psych", "chair"), ("hl-haugesund", "chair"), ("pk-south", "member"),
                ("user-rep-2", "member"), ("gp-rep-2", "member")],
    "pc-child": [("cd-child", "chair"), ("hl-ullensvang", "chair"), ("nl-child", "member"),
                 ("chief-phys", "member")],
    "pc-chronic": [("hoi-hf", "chair"), ("hl-stord", "chair"), ("pk-south", "member"),
                   ("hc-stord", "member"), ("gp-rep-2", "member"), ("user-rep-2", "member")],
    "pc-acute": [("cd-acute", "chair"), ("kad-leader", "chair"), ("pk-north", "member"),
                 ("chief-phys", "member"), ("union-rep-2", "member")],
}
for cid, members in COMMITTEE_SEATS.items():
    for rid, seat in members:
        tie("member_of", rid, cid, seat=seat)
    tie("member_of", "fou-head", cid, seat="secretary")

# the horizontal forum: every municipality's head of health and care (a role where the sample has
# one, otherwise the municipality itself)
HEADS = {"m-haugesund": "hl-haugesund", "m-karmoy": "hl-karmoy", "m-stord": "hl-stord",
         "m-ullensvang": "hl-ullensvang"}
for mid, _label, _seat in MUNICIPALITIES:
    if mid in HEADS:
        tie("member_of", HEADS[mid], "forum", seat="chair" if mid == "m-haugesund" else "member")
    else:
        tie("member_of", mid, "forum", seat="member", represents=[mid])
tie("member_of", "fou-facilitator", "forum", seat="secretary")

tie("reports_to", "sc", "pm")
for cid, _label, _x in PROFESSIONAL:
    tie("reports_to", cid, "sc")

# the formal cooperation agreements, and the joint unit's mandate
for mid, _label, _seat in MUNICIPALITIES:
    tie("agreement", "hf", mid, label="Cooperation agreement")
tie("agreement", "hf", "fou", label="Mandate and funding of the joint unit")

# line management inside the organizations
for rid in ["cd-med", "cd-psych", "cd-child", "cd-acute", "hoi-hf"]:
    tie("reports_to", rid, "ceo-hf")
tie("reports_to", "geriatrician", "cd-med")
tie("reports_to", "pk-north", "hoi-hf")
tie("reports_to", "pk-south", "hoi-hf")
tie("reports_to", "nl-child", "cd-child")
tie("reports_to", "fou-analyst", "fou-head")
tie("reports_to", "hl-haugesund", "md-haugesund")
tie("reports_to", "hc-haugesund", "hl-haugesund")
tie("reports_to", "kad-leader", "hl-haugesund")
tie("reports_to", "hc-karmoy", "hl-karmoy")
tie("reports_to", "chief-phys", "md-vindafjord")
tie("reports_to", "hl-stord", "md-stord")
tie("reports_to", "hc-stord", "hl-stord")
tie("reports_to", "hl-ullensvang", "md-ullensvang")
tie("collaborates", "gp-rep", "gp-rep-2", label="GP collective's delegates")
tie("collaborates", "user-rep", "user-rep-2", label="User council's delegates")
tie("collaborates", "union-rep", "union-rep-2", label="Unions' delegates")

# everyday collaboration across the boundary
tie("collaborates", "hoi-hf", "fou-head", weight=3)
tie("collaborates", "geriatrician", "kad-leader", weight=2)
tie("collaborates", "pk-north", "chief-phys")
tie("collaborates", "hf-med", "kad", label="Transfers of frail patients")

# who takes part in the learning actions
for src in ["hl-haugesund", "hl-karmoy", "hl-stord", "hl-ullensvang", "hc-haugesund", "hc-karmoy",
            "hc-stord", "fou-analyst", "haugesund-home", "karmoy-home", "stord-home"]:
    tie("participates_in", src, "la-bench")
for src in ["geriatrician", "hc-karmoy", "hf-med", "karmoy-home"]:
    tie("participates_in", src, "la-records")
for src in ["cd-psych", "pk-south", "user-rep-2", "hf-psych"]:
    tie("participates_in", src, "la-logics")
for src in ["cd-child", "hl-ullensvang", "chief-phys", "hf-child"]:
    tie("participates_in", src, "la-cocreate")
for src in ["cd-acute", "pk-north", "hc-haugesund", "kad", "hf-emergency"]:
    tie("participates_in", src, "la-training")

# the shared tools: the joint unit keeps the benchmark template; the early-warning form is used at
# four sites
tie("maintains", "fou", "template")
tie("maintains", "hf-emergency", "news")
for site in ["kad", "haugesund-home", "karmoy-home", "stord-home"]:
    tie("uses", site, "news")

# ---- the document -----------------------------------------------------------------------------

doc = {
    "format": "orgweave",
    "version": 1,
    "meta": {
        "title": "Fonna-like health community with a joint R&D unit",
        "description": (
            "A hospital trust and sixteen municipalities whose collaboration is run by a joint unit for "
            "R&D and interaction (a network administrative organization): a partnership meeting, a "
            "strategic committee, five professional committees by priority group, a horizontal forum "
            "of the municipal health leaders, and learning actions including a voluntary, "
            "learning-oriented benchmarking of home care with a facilitator."),
        "sources": [
            "Modelled on the Norwegian health communities described in R. M. Lørum, Organizational "
            "learning for improvement of fragmented healthcare systems, doctoral thesis, Chalmers "
            "University of Technology, 2025 (doi:10.63959/chalmers.dt/5787), and on a Fonna-like "
            "area: the municipalities around Haugesund, Stord and Odda with their hospital trust.",
            "The benchmarking follows R. M. Lørum, H. Eriksson, F. Smith (2023), Promoting "
            "organizational learning facing the complexity of public healthcare: how to design a "
            "voluntary, learning-oriented benchmarking, Int. J. of Computer and Information "
            "Engineering 17(05): wide participation, continuous dialogue and a decisive facilitator.",
            "Municipality names are used for orientation only. The joint unit's role, the committees, "
            "seats, roles, sites, tools, learning actions and context scores are illustrative, not a "
            "description of the real cooperation or of any person.",
        ],
    },
    "nodes": nodes,
    "ties": ties,
    "context": {
        "system": {
            "multiple_external_drivers": {"score": 5, "note": "National health and hospital plan, health "
                                          "communities, priority groups, audits"},
            "diverse_actors": {"score": 4, "note": "Eighteen public parties plus GPs, users and unions"},
            "siloed_structures": {"score": 4, "note": "Two levels of government with separate budgets and "
                                  "records"},
            "emergent_change": {"score": 3, "note": "Steady demographic pressure; few sudden shifts"},
            "restricted_resources": {"score": 4, "note": "Small municipalities with thin staffing; little "
                                     "time for improvement work"},
            "restricted_autonomy": {"score": 3, "note": "The joint unit prepares, the parties decide at home"},
        },
        "organizations": {
            "m-utsira": {"restricted_resources": {"score": 5, "note": "An island municipality of a few "
                                                  "hundred inhabitants"}},
            "hf": {"multiple_external_drivers": {"score": 5, "note": "Activity-based funding and waiting-time "
                                                 "targets"}},
        },
    },
    "governance": "network_administrative_organization",
    "characteristics": ["equality_of_parties", "shared_goals", "ability_to_coordinate",
                        "ability_to_design_learning_processes"],
    "views": [
        {"id": "v-unit", "title": "The joint unit runs the network",
         "caption": "Roles sized by betweenness: the head of the joint unit is secretary of six committees "
                    "and carries many of the paths between the parties.",
         "color_by": "organization", "size_by": "betweenness",
         "highlighted": ["fou", "fou-head", "fou-facilitator", "fou-analyst", "sc", "pc-frail",
                         "pc-mhsu", "pc-child", "pc-chronic", "pc-acute"]},
        {"id": "v-priority", "title": "Professional committees by priority group",
         "caption": "Five committees, each co-chaired by a hospital and a municipal leader, report to the "
                    "strategic committee.",
         "color_by": "organization",
         "highlighted": [cid for cid, _label, _x in PROFESSIONAL] + ["sc"]},
        {"id": "v-bench", "title": "The benchmarking and its facilitator",
         "caption": "The municipal health leaders' forum owns the benchmarking; the facilitator from the "
                    "joint unit keeps the dialogue going.",
         "color_by": "kind",
         "highlighted": ["la-bench", "forum", "fou-facilitator", "template", "fou-analyst"]},
    ],
    "layout": {"positions": positions, "pinned": []},
}

emit(doc)
