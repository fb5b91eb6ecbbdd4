#!/usr/bin/env python3
"""Writes samples/regional-committee.orgweave.json (see samples/README.md).

The network is written out by hand below; positions come from a fixed grid designed for it
(committees in a central band by level, the hospital trust on the left, the municipalities on the
right grouped by the seat that speaks for them, the other parties at the bottom), not from an
automatic layout, so the picture stays the same when the content changes a little.

Usage:
    python3 samples/tools/make_regional_committee.py > /tmp/rc.orgweave.json
    orgweave convert /tmp/rc.orgweave.json samples/regional-committee.orgweave.json

The second step only rewrites the file in orgweave's canonical formatting (and validates it).
"""

from sample_builder import emit, leadership, node, nodes, positions, tie, ties


# ---- organizations ----------------------------------------------------------------------------

node("hf", "organization", "hospital_trust", "Hospital trust", (220, 0),
     note="Specialist care for the whole region; one of the 14 equal parties",
     attrs={"sector": "specialist_care"})

# (id, label, seat group) — the five municipal seats in the strategic committee speak for groups
MUNICIPALITIES = [
    ("m-fredrikstad", "Fredrikstad", "fredrikstad"),
    ("m-hvaler", "Hvaler", "fredrikstad"),
    ("m-sarpsborg", "Sarpsborg", "sarpsborg"),
    ("m-rakkestad", "Rakkestad", "sarpsborg"),
    ("m-halden", "Halden", "halden"),
    ("m-aremark", "Aremark", "halden"),
    ("m-moss", "Moss", "moss"),
    ("m-rade", "Råde", "moss"),
    ("m-valer", "Våler", "moss"),
    ("m-vestby", "Vestby", "moss"),
    ("m-indre-ostfold", "Indre Østfold", "indre"),
    ("m-marker", "Marker", "indre"),
    ("m-skiptvet", "Skiptvet", "indre"),
]
# Municipalities with their own block (organization, sites, roles) at x = 1480 … 1920; the smaller
# ones in their seat group's rows at x = 2140.
BLOCK_TOP = {"m-fredrikstad": 0, "m-sarpsborg": 216, "m-halden": 384, "m-moss": 528, "m-indre-ostfold": 672}
SMALL_AT = {
    "m-hvaler": 32, "m-rakkestad": 248, "m-aremark": 416,
    "m-rade": 512, "m-valer": 568, "m-vestby": 624,
    "m-marker": 704, "m-skiptvet": 760,
}
for mid, label, _group in MUNICIPALITIES:
    at = (1480, BLOCK_TOP[mid]) if mid in BLOCK_TOP else (2140, SMALL_AT[mid])
    node(mid, "organization", "municipality", label, at, attrs={"sector": "primary_care"})

node("gp", "organization", "gp_collective", "GP collective", (700, 840),
     note="The region's general practitioners (self-employed, contracted by the municipalities)")
node("users", "organization", "user_organization", "User organization", (950, 840))
node("union", "organization", "union", "Employee union", (1200, 840))

# ---- sites ------------------------------------------------------------------------------------

node("hf-emergency", "site", "clinic", "Emergency department", (0, 96), organization="hf")
node("hf-med", "site", "ward", "Medical wards", (0, 224), organization="hf")
node("hf-ger", "site", "ward", "Geriatric ward", (0, 352), organization="hf")
node("hf-vw", "site", "virtual_ward", "Virtual ward", (0, 480), organization="hf",
     note="Remote follow-up of frail patients after discharge, run with the home care services")

node("fredrikstad-home", "site", "home_care", "Home care, Fredrikstad", (1700, 0), organization="m-fredrikstad")
node("kad", "site", "municipal_acute_beds", "Municipal acute-bed unit", (1700, 56),
     organization="m-fredrikstad", note="Hosted by Fredrikstad for several municipalities")
node("ooh", "site", "out_of_hours_service", "Out-of-hours service", (1700, 112),
     organization="m-fredrikstad", note="Inter-municipal; hosted by Fredrikstad")
node("sarpsborg-home", "site", "home_care", "Home care, Sarpsborg", (1700, 216), organization="m-sarpsborg")
node("halden-home", "site", "home_care", "Home care, Halden", (1700, 384), organization="m-halden")
node("moss-home", "site", "home_care", "Home care, Moss", (1700, 528), organization="m-moss")
node("indre-home", "site", "home_care", "Home care, Indre Østfold", (1700, 672), organization="m-indre-ostfold")

# ---- committees -------------------------------------------------------------------------------

node("pm", "committee", "partnership_meeting", "Partnership meeting", (950, 0),
     level=1, mandate="decision_binding", decision_rule="consensus", meetings_per_year=1,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals"],
     note="Top leaders of all parties; sets the direction of the cooperation once a year")
node("sc", "committee", "strategic_committee", "Strategic committee", (950, 128),
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=4,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals", "joint_decision_making"],
     note="The Regional Committee for Interaction in Healthcare: 5 municipal directors, "
          "5 clinic directors and the 2 heads of interaction; GPs, users and employees observe")
node("prof", "committee", "professional_committee", "Professional committee", (950, 256),
     level=3, mandate="preparatory", decision_rule="consensus", meetings_per_year=5,
     permanence="standing", chair_rotation=False,
     characteristics=["recognition_of_expertise", "ability_to_coordinate",
                      "ability_to_design_learning_processes"],
     note="Chaired jointly by the two heads of interaction; prepares cases for the strategic committee")
node("sub-acute", "committee", "standing_subcommittee", "Sub-committee for acute care", (700, 384),
     level=3, mandate="advisory", decision_rule="consensus", meetings_per_year=6, permanence="standing")
node("sub-beds", "committee", "standing_subcommittee", "Sub-committee for acute beds", (950, 384),
     level=3, mandate="advisory", decision_rule="consensus", meetings_per_year=4, permanence="standing")
node("sub-gp", "committee", "standing_subcommittee", "Sub-committee for GP cooperation", (1200, 384),
     level=3, mandate="advisory", decision_rule="consensus", meetings_per_year=4, permanence="standing")
node("wg-discharge", "committee", "working_group", "Working group on discharge", (950, 480),
     level=3, mandate="preparatory", decision_rule="none", meetings_per_year=10,
     permanence="time_limited", end_date="2025-12",
     note="Revises the discharge checklist with the sites that use it")

# ---- roles ------------------------------------------------------------------------------------

# hospital trust: management column (x = 460) and site-bound roles (x = 220)
node("hoi-hf", "role", "head_of_interaction", "Head of interaction, hospital", (460, 96),
     organization="hf",
     leadership=leadership("middle", "delegated",
                           ["facilitating_knowledge_dissemination", "building_learning_climate",
                            "providing_support"],
                           ["cross_boundary_leadership", "contradiction_management"]))
CLINICS = [("cd-medicine", "Clinic director, medicine"), ("cd-surgery", "Clinic director, surgery"),
           ("cd-mental-health", "Clinic director, mental health"),
           ("cd-emergency", "Clinic director, prehospital care"),
           ("cd-rehab", "Clinic director, rehabilitation")]
for i, (cid, label) in enumerate(CLINICS):
    behaviors = {"cd-medicine": ["providing_support", "role_modelling"],
                 "cd-emergency": ["making_demands"]}.get(cid, [])
    node(cid, "role", "clinic_director", label, (460, 160 + 64 * i), organization="hf",
         leadership=leadership("top", "full", behaviors))
node("pc-3", "role", "practice_consultant", "Practice consultant 3", (220, 96),
     organization="hf", site="hf-emergency",
     note="A GP employed part-time by the hospital, at the emergency department",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"],
                           ["cross_boundary_leadership"]))
node("pc-1", "role", "practice_consultant", "Practice consultant 1", (220, 192),
     organization="hf", site="hf-med",
     note="A GP employed 20 % by the hospital at the medical wards; the main bridge to the GPs",
     leadership=leadership("clinical_informal", "none",
                           ["facilitating_knowledge_dissemination", "educating"],
                           ["cross_boundary_leadership"]))
node("pc-2", "role", "practice_consultant", "Practice consultant 2", (220, 256),
     organization="hf", site="hf-med", note="A GP employed 10 % at the medical wards; the post has been vacant half of the time",
     leadership=leadership("clinical_informal", "none", ["educating"]))
node("geriatrician", "role", "geriatrician", "Geriatrician", (220, 352), organization="hf", site="hf-ger",
     leadership=leadership("clinical_informal", "none", ["educating", "role_modelling"]))
node("nl-ger", "role", "nurse_lead", "Nurse lead, geriatric ward", (220, 416), organization="hf", site="hf-ger",
     leadership=leadership("first_line", "delegated",
                           ["building_learning_climate", "influencing_work_organization"],
                           ["contradiction_management"]))
node("vw-coord", "role", "nurse_lead", "Virtual ward coordinator", (220, 480), organization="hf", site="hf-vw",
     leadership=leadership("first_line", "delegated", ["providing_support"]))

# municipalities: directors under their municipality, site leaders beside their site (x = 1920)
node("md-fredrikstad", "role", "municipal_director", "Municipal director, Fredrikstad", (1480, 56),
     organization="m-fredrikstad",
     leadership=leadership("top", "full", ["making_demands", "freeing_resources_for_learning"]))
node("chief-phys", "role", "municipal_chief_physician", "Municipal chief physician", (1480, 112),
     organization="m-fredrikstad",
     leadership=leadership("middle", "delegated", ["facilitating_knowledge_dissemination"]))
node("hoi-m", "role", "head_of_interaction", "Head of interaction, municipalities", (1480, 272),
     organization="m-sarpsborg", note="Employed by the host municipality; works for all 13",
     leadership=leadership("middle", "delegated",
                           ["facilitating_knowledge_dissemination", "building_learning_climate"],
                           ["cross_boundary_leadership", "leading_under_resource_constraints"]))
node("md-sarpsborg", "role", "municipal_director", "Municipal director, Sarpsborg", (1480, 328),
     organization="m-sarpsborg", leadership=leadership("top", "full", ["providing_support"]))
node("md-halden", "role", "municipal_director", "Municipal director, Halden", (1480, 440),
     organization="m-halden", leadership=leadership("top", "full"))
node("md-moss", "role", "municipal_director", "Municipal director, Moss", (1480, 584),
     organization="m-moss",
     leadership=leadership("top", "full", ["providing_support"], ["leading_under_resource_constraints"]))
node("md-indre", "role", "municipal_director", "Municipal director, Indre Østfold", (1480, 728),
     organization="m-indre-ostfold", leadership=leadership("top", "full", ["making_demands"]))
node("hc-fredrikstad", "role", "nurse_lead", "Home care leader, Fredrikstad", (1920, 0),
     organization="m-fredrikstad", site="fredrikstad-home",
     leadership=leadership("first_line", "delegated", ["providing_support"]))
node("kad-leader", "role", "nurse_lead", "Acute-bed unit leader", (1920, 56),
     organization="m-fredrikstad", site="kad",
     leadership=leadership("first_line", "delegated", ["building_learning_climate"]))
node("ooh-leader", "role", "gp", "Out-of-hours chief physician", (1920, 112),
     organization="m-fredrikstad", site="ooh",
     leadership=leadership("first_line", "delegated"))
node("hc-sarpsborg", "role", "nurse_lead", "Home care leader, Sarpsborg", (1920, 216),
     organization="m-sarpsborg", site="sarpsborg-home",
     leadership=leadership("first_line", "delegated", ["providing_support", "building_learning_climate"]))
node("hc-halden", "role", "nurse_lead", "Home care leader, Halden", (1920, 384),
     organization="m-halden", site="halden-home",
     leadership=leadership("first_line", "delegated"))
node("nurse-indre", "role", "nurse_lead", "Home nurse, Indre Østfold", (1920, 672),
     organization="m-indre-ostfold", site="indre-home")

# the other parties
node("gp-rep", "role", "gp", "GP representative", (700, 904), organization="gp",
     leadership=leadership("clinical_informal", "none"))
node("user-rep", "role", "user_representative", "User representative", (950, 904), organization="users",
     leadership=leadership("clinical_informal", "none"))
node("union-rep", "role", "employee_representative", "Employee representative", (1200, 904),
     organization="union", leadership=leadership("clinical_informal", "none"))

# ---- shared tools and learning actions --------------------------------------------------------

node("checklist", "shared_tool", "checklist", "Discharge checklist", (800, 720),
     note="One page filled in by the ward and read by home care before the patient arrives")
node("pathway", "shared_tool", "care_pathway", "Care pathway for frail elderly", (1100, 720))

node("la-feedback", "learning_action", "cross_site_feedback_on_shared_tool",
     "Feedback on the discharge checklist", (700, 600),
     owner="wg-discharge", facilitator="nl-ger", shared_tool="checklist",
     focal_process="Discharge of frail elderly patients from hospital to home care",
     strategies=["iterative_refinement", "participatory_approach"],
     practices=["prototypes", "iteration", "insight_into_complex_realities"],
     iterations=3, phase="testing", status="tested",
     contradictions=[{"text": "The ward discharges the day a patient is ready; home care needs a day "
                              "to prepare", "level": "secondary"}])
node("la-records", "learning_action", "joint_patient_record_review",
     "Joint review of patient records", (950, 600),
     owner="sub-beds", facilitator="pc-1",
     focal_process="Admissions to the municipal acute-bed unit",
     strategies=["participatory_approach", "purpose_built_architecture"],
     practices=["insight_into_complex_realities", "motivation"],
     iterations=2, phase="analysis", status="tested",
     contradictions=[{"text": "Admission criteria written by the hospital vs the judgement of the "
                              "municipal doctors", "level": "tertiary"}])
node("la-logics", "learning_action", "structured_session_conflicting_logics",
     "Session on conflicting logics", (1200, 600),
     owner="sc", facilitator="hoi-m",
     focal_process="Sharing the cost of early discharge",
     strategies=["collaborative_leadership", "participatory_approach"],
     practices=["contradictions", "motivation"],
     iterations=1, phase="questioning", status="idea",
     contradictions=[{"text": "Activity-based hospital funding vs fixed municipal budgets for care",
                      "level": "primary"}])

# ---- ties -------------------------------------------------------------------------------------

# partnership meeting: every party, through its top leader
for org in ["hf"] + [m[0] for m in MUNICIPALITIES] + ["gp", "users", "union"]:
    tie("member_of", org, "pm", seat="member", represents=[org])

# strategic committee: five municipal seats for thirteen municipalities, five clinic directors,
# the two heads of interaction, three observers
groups = {}
for mid, _label, group in MUNICIPALITIES:
    groups.setdefault(group, []).append(mid)
tie("member_of", "md-fredrikstad", "sc", seat="chair", represents=groups["fredrikstad"])
tie("member_of", "md-sarpsborg", "sc", seat="member", represents=groups["sarpsborg"])
tie("member_of", "md-halden", "sc", seat="member", represents=groups["halden"])
tie("member_of", "md-moss", "sc", seat="member", represents=groups["moss"])
tie("member_of", "md-indre", "sc", seat="member", represents=groups["indre"])
for cid, _label in CLINICS:
    tie("member_of", cid, "sc", seat="deputy" if cid == "cd-medicine" else "member", represents=["hf"])
tie("member_of", "hoi-hf", "sc", seat="secretary", represents=["hf"])
tie("member_of", "hoi-m", "sc", seat="secretary", represents=[m[0] for m in MUNICIPALITIES])
tie("member_of", "gp-rep", "sc", seat="observer", represents=["gp"])
tie("member_of", "user-rep", "sc", seat="observer", represents=["users"])
tie("member_of", "union-rep", "sc", seat="observer", represents=["union"])

# professional committee
tie("member_of", "hoi-hf", "prof", seat="chair", represents=["hf"])
tie("member_of", "hoi-m", "prof", seat="chair", represents=[m[0] for m in MUNICIPALITIES])
for rid in ["chief-phys", "pc-1", "nl-ger", "hc-sarpsborg", "geriatrician", "gp-rep", "user-rep"]:
    tie("member_of", rid, "prof", seat="member")

# standing sub-committees and the working group
tie("member_of", "cd-emergency", "sub-acute", seat="chair")
for rid in ["ooh-leader", "pc-3", "kad-leader"]:
    tie("member_of", rid, "sub-acute", seat="member")
tie("member_of", "kad-leader", "sub-beds", seat="chair")
for rid in ["geriatrician", "hc-fredrikstad", "chief-phys"]:
    tie("member_of", rid, "sub-beds", seat="member")
tie("member_of", "pc-1", "sub-gp", seat="chair")
for rid in ["pc-2", "pc-3", "gp-rep", "chief-phys"]:
    tie("member_of", rid, "sub-gp", seat="member")
tie("member_of", "nl-ger", "wg-discharge", seat="chair")
for rid in ["hc-sarpsborg", "hc-halden", "vw-coord", "user-rep"]:
    tie("member_of", rid, "wg-discharge", seat="member")

tie("reports_to", "sc", "pm")
tie("reports_to", "prof", "sc")
for cid in ["sub-acute", "sub-beds", "sub-gp", "wg-discharge"]:
    tie("reports_to", cid, "prof")

# the formal cooperation agreements between the trust and each municipality
for mid, _label, _group in MUNICIPALITIES:
    tie("agreement", "hf", mid, label="Cooperation agreement")

# everyday collaboration across the boundary, with relational coordination scores (A rates B)
tie("collaborates", "hoi-hf", "hoi-m", weight=3,
    rc={"frequent": 4.6, "timely": 4.4, "accurate": 4.5, "problem_solving": 4.3,
        "shared_goals": 4.7, "shared_knowledge": 4.2, "mutual_respect": 4.8})
tie("collaborates", "pc-1", "hc-fredrikstad", directed=True,
    rc={"frequent": 3.2, "timely": 3.0, "accurate": 3.6, "problem_solving": 3.4,
        "shared_goals": 4.1, "shared_knowledge": 3.3, "mutual_respect": 4.2})
tie("collaborates", "geriatrician", "kad-leader", directed=True,
    rc={"frequent": 4.1, "timely": 4.0, "accurate": 4.3, "problem_solving": 4.2,
        "shared_goals": 4.4, "shared_knowledge": 3.9, "mutual_respect": 4.5})
tie("collaborates", "nl-ger", "hc-sarpsborg", directed=True,
    rc={"frequent": 3.1, "timely": 2.6, "accurate": 2.9, "problem_solving": 2.8,
        "shared_goals": 3.4, "shared_knowledge": 2.7, "mutual_respect": 3.6},
    note="Discharge messages often arrive after the patient")
tie("collaborates", "vw-coord", "nurse-indre", directed=True,
    rc={"frequent": 3.9, "timely": 3.6, "accurate": 3.7, "problem_solving": 3.5,
        "shared_goals": 4.0, "shared_knowledge": 3.4, "mutual_respect": 4.1})
tie("collaborates", "ooh-leader", "cd-emergency", weight=2)
tie("collaborates", "pc-2", "chief-phys")
tie("collaborates", "hf-ger", "kad", label="Transfers of frail patients")

# who takes part in the learning actions
for src in ["nl-ger", "hc-sarpsborg", "hc-halden", "vw-coord", "hf-ger", "sarpsborg-home", "halden-home"]:
    tie("participates_in", src, "la-feedback")
for src in ["geriatrician", "kad-leader", "hc-fredrikstad", "pc-1", "kad"]:
    tie("participates_in", src, "la-records")
for src in ["md-moss", "cd-medicine", "hoi-hf", "hoi-m", "user-rep", "union-rep"]:
    tie("participates_in", src, "la-logics")

# the shared tools and the sites that keep and use them
tie("maintains", "hf-ger", "checklist")
for site in ["hf-med", "fredrikstad-home", "sarpsborg-home", "halden-home", "moss-home", "indre-home"]:
    tie("uses", site, "checklist")
tie("maintains", "hf-vw", "pathway")
for site in ["kad", "indre-home", "fredrikstad-home"]:
    tie("uses", site, "pathway")

# ---- the document -----------------------------------------------------------------------------

doc = {
    "format": "orgweave",
    "version": 1,
    "meta": {
        "title": "Regional committee for interaction in healthcare",
        "description": (
            "A hospital trust and thirteen municipalities that work as equal partners through a "
            "three-level committee structure (partnership meeting, strategic committee, professional "
            "committee with standing sub-committees and a time-limited working group), with practice "
            "consultants as boundary spanners, shared tools across hospital and home care, and three "
            "collaborative learning actions."),
        "sources": [
            "Modelled on the Norwegian region studied in R. M. Lørum, Organizational learning for "
            "improvement of fragmented healthcare systems, doctoral thesis, Chalmers University of "
            "Technology, 2025 (doi:10.63959/chalmers.dt/5787): thirteen municipalities and one "
            "hospital trust in an Østfold-like region collaborating through a Regional Committee for "
            "Interaction in Healthcare.",
            "Committee levels, seat counts and meeting frequencies follow the thesis's description of "
            "the structure; roles, sites, tools, learning actions, relational coordination scores and "
            "context scores are illustrative, not data about the real region or any person.",
        ],
    },
    "nodes": nodes,
    "ties": ties,
    "context": {
        "system": {
            "multiple_external_drivers": {"score": 5, "note": "The Coordination Reform, national plans for "
                                          "hospitals and health communities, earmarked funding and audits"},
            "diverse_actors": {"score": 5, "note": "Fourteen parties plus GPs, users and unions; "
                               "professions with different training and logics"},
            "siloed_structures": {"score": 4, "note": "Two levels of government with separate budgets, "
                                  "records and line management"},
            "emergent_change": {"score": 4, "note": "Demographic pressure, shorter hospital stays, the "
                                "pandemic"},
            "restricted_resources": {"score": 4, "note": "Little time set aside for cross-boundary "
                                     "improvement work, especially in small municipalities"},
            "restricted_autonomy": {"score": 3, "note": "Leaders act within their own organization's "
                                    "mandate; joint decisions need every party's approval"},
        },
        "organizations": {
            "hf": {"multiple_external_drivers": {"score": 5, "note": "Activity-based funding and national targets"}},
            "m-aremark": {"restricted_resources": {"score": 5, "note": "The smallest municipality; one home-care team"}},
        },
    },
    "governance": "participant_governed",
    "characteristics": ["equality_of_parties", "shared_goals", "joint_decision_making", "ability_to_coordinate"],
    "views": [
        {"id": "v-boundary", "title": "Who spans the hospital–municipality boundary?",
         "caption": "Roles coloured by organization and sized by betweenness: the heads of interaction "
                    "and the practice consultants carry most paths between the trust and the municipalities.",
         "color_by": "organization", "size_by": "betweenness",
         "highlighted": ["hoi-hf", "hoi-m", "pc-1", "pc-2", "pc-3"]},
        {"id": "v-seats", "title": "Seats in the strategic committee",
         "caption": "Five municipal directors speak for thirteen municipalities; five clinic directors for "
                    "the trust; GPs, users and employees observe.",
         "color_by": "organization",
         "highlighted": ["sc", "md-fredrikstad", "md-sarpsborg", "md-halden", "md-moss", "md-indre",
                         "cd-medicine", "cd-surgery", "cd-mental-health", "cd-emergency", "cd-rehab",
                         "hoi-hf", "hoi-m", "gp-rep", "user-rep", "union-rep"]},
        {"id": "v-learning", "title": "Learning actions and who takes part",
         "caption": "Three learning actions, their owner committees, participants and the shared tools "
                    "they work on.",
         "color_by": "kind",
         "highlighted": ["la-feedback", "la-records", "la-logics", "checklist", "pathway"]},
    ],
    "layout": {"positions": positions, "pinned": []},
}

emit(doc)
