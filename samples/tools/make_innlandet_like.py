#!/usr/bin/env python3
"""Writes samples/innlandet-like.orgweave.json (see samples/README.md).

An Innlandet-like Norwegian region: one hospital trust and 42 municipalities in seven health
regions, in two phases. Phase p1: an advisory committee with one geographic sub-committee per
region. Phase p2: a three-level health community (partnership forum, strategic committee,
professional committees by priority group) with a region-wide reflection (seed 002). Nodes and ties
that belong to one phase only say so with "phases".

To stay readable the sample has the 42 municipalities as organization nodes but roles only per
region (a regional chair and a health coordinator, both employed by the region's host municipality),
not per municipality; the other municipalities take part as organizations.

Positions come from a fixed grid: committees in bands by level at the top (the partnership forum
with the region-wide reflection in the middle, p1's advisory committee to its left and p2's
strategic committee to its right; p1's sub-committees each above its region's block; p2's
professional committees below them on the right), the hospital trust on the left, the seven regions
as blocks in a row below the committees (municipalities in a column, the region's roles beside
them), the parties that joined in p2 at the bottom.

Usage:
    python3 samples/tools/make_innlandet_like.py > /tmp/innlandet.orgweave.json
    orgweave convert /tmp/innlandet.orgweave.json samples/innlandet-like.orgweave.json

The second step only rewrites the file in orgweave's canonical formatting (and validates it).
"""

from sample_builder import emit, leadership, node, nodes, positions, tie, ties

P1 = ["p1"]
P2 = ["p2"]


def slug(name):
    table = str.maketrans({"å": "a", "ø": "o", "æ": "ae", "Å": "a", "Ø": "o", "Æ": "ae"})
    return name.translate(table).lower().replace(" ", "-")


# ---- the seven regions ------------------------------------------------------------------------

# (id, label, the hospital site that serves it, municipalities — the host municipality first)
REGIONS = [
    ("valdres", "Valdres", "gjovik",
     ["Nord-Aurdal", "Sør-Aurdal", "Etnedal", "Vestre Slidre", "Øystre Slidre", "Vang"]),
    ("gjovik", "Gjøvik region", "gjovik",
     ["Gjøvik", "Østre Toten", "Vestre Toten", "Søndre Land", "Nordre Land"]),
    ("lillehammer", "Lillehammer region", "lillehammer", ["Lillehammer", "Øyer", "Gausdal"]),
    ("gudbrandsdal", "Gudbrandsdal", "lillehammer",
     ["Sel", "Ringebu", "Sør-Fron", "Nord-Fron", "Vågå", "Lom", "Skjåk", "Dovre", "Lesja"]),
    ("hamar", "Hamar region", "hamar", ["Hamar", "Ringsaker", "Løten", "Stange"]),
    ("glamdal", "Glåmdal", "kongsvinger",
     ["Kongsvinger", "Eidskog", "Sør-Odal", "Nord-Odal", "Grue", "Åsnes", "Våler"]),
    ("osterdal", "Østerdal", "elverum",
     ["Elverum", "Trysil", "Åmot", "Stor-Elvdal", "Rendalen", "Tynset", "Alvdal", "Os"]),
]
assert sum(len(r[3]) for r in REGIONS) == 42

BLOCK_X0 = 720   # x of the first region's municipality column
BLOCK_W = 480    # a region block: municipality column, roles column 240 to the right
BLOCK_Y0 = 720   # y of the first municipality in every block
ROW = 56


def block_x(index):
    return BLOCK_X0 + index * BLOCK_W


def muni_id(name):
    return "m-" + slug(name)


# ---- organizations ----------------------------------------------------------------------------

node("si", "organization", "hospital_trust", "Hospital trust", (240, 0),
     note="One trust with several hospitals across the county; a party in both phases",
     attrs={"sector": "specialist_care"})
for r, (rid, rlabel, _site, munis) in enumerate(REGIONS):
    for k, name in enumerate(munis):
        note = f"Host municipality of {rlabel}: employs the region's chair and health coordinator" if k == 0 else None
        fields = {"attrs": {"sector": "primary_care", "region": rid}}
        if note:
            fields["note"] = note
        node(muni_id(name), "organization", "municipality", name, (block_x(r), BLOCK_Y0 + ROW * k), **fields)

# parties that joined with the health community
node("users", "organization", "user_organization", "User committee", (2160, 1340), phases=P2,
     note="Joined the collaboration with the health community")
node("gp", "organization", "gp_collective", "GP collective", (2640, 1340), phases=P2,
     note="Joined the collaboration with the health community")
node("union", "organization", "union", "Employee unions", (3120, 1340), phases=P2,
     note="Joined the collaboration with the health community")

# ---- hospital sites -----------------------------------------------------------------------------

HOSPITALS = [("lillehammer", "Lillehammer"), ("gjovik", "Gjøvik"), ("hamar", "Hamar"),
             ("elverum", "Elverum"), ("kongsvinger", "Kongsvinger"), ("tynset", "Tynset")]
for i, (hid, hlabel) in enumerate(HOSPITALS):
    node(f"si-{hid}", "site", "clinic", f"Hospital, {hlabel}", (0, 120 + 112 * i), organization="si")

# ---- committees -------------------------------------------------------------------------------

COMMITTEE_X = 2400  # the centre line of the committee bands

# p1: the advisory committee and its geographic sub-committees
node("adv", "committee", "strategic_committee", "Advisory committee", (1920, 130), phases=P1,
     level=2, mandate="advisory", decision_rule="consensus", meetings_per_year=4, permanence="standing",
     chair_rotation=False, characteristics=["equality_of_parties"],
     note="Hospital leaders and one chair per region; advises the parties, decides nothing itself")
for r, (rid, rlabel, _site, _munis) in enumerate(REGIONS):
    node(f"geo-{rid}", "committee", "standing_subcommittee", f"Sub-committee, {rlabel}",
         (block_x(r) + 120, 300), phases=P1,
         level=3, mandate="advisory", decision_rule="consensus", meetings_per_year=4,
         permanence="standing", chair_rotation=False,
         note=f"Every municipality of {rlabel} and the local hospital meet here")

# p2: the health community
node("partner", "committee", "partnership_meeting", "Partnership forum", (COMMITTEE_X, 0), phases=P2,
     level=1, mandate="decision_binding", decision_rule="consensus", meetings_per_year=1,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals"],
     note="Political and administrative top leaders of all parties, once a year")
node("strat", "committee", "strategic_committee", "Strategic committee", (2880, 130), phases=P2,
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=4,
     permanence="standing", chair_rotation=True,
     characteristics=["equality_of_parties", "shared_goals", "joint_decision_making"],
     note="Seven hospital leaders and the seven regional chairs; users, GPs and unions observe")
PROFESSIONAL = [
    ("pc-elderly", "Prof. committee, frail elderly", "Priority group: frail elderly"),
    ("pc-mental", "Prof. committee, mental health", "Priority group: severe mental illness and substance use"),
    ("pc-children", "Prof. committee, children", "Priority group: children and youth"),
    ("pc-chronic", "Prof. committee, chronic illness", "Priority group: people with several chronic illnesses"),
]
for i, (cid, label, note) in enumerate(PROFESSIONAL):
    node(cid, "committee", "professional_committee", label, (2400 + 240 * i, 440), phases=P2,
         level=3, mandate="preparatory", decision_rule="consensus", meetings_per_year=6,
         permanence="standing", chair_rotation=False,
         characteristics=["recognition_of_expertise", "ability_to_coordinate"], note=note)

# ---- roles ------------------------------------------------------------------------------------

# hospital trust: site directors beside their sites (x = 240), management column (x = 480)
for i, (hid, hlabel) in enumerate(HOSPITALS):
    node(f"hd-{hid}", "role", "clinic_director", f"Hospital director, {hlabel}", (240, 120 + 112 * i),
         organization="si", site=f"si-{hid}",
         leadership=leadership("top", "full", ["providing_support"] if hid in ("gjovik", "hamar") else []))
node("ceo", "role", "chief_executive", "Chief executive, hospital", (480, 0), organization="si",
     leadership=leadership("top", "full", ["providing_support", "making_demands"]))
node("dir-psych", "role", "clinic_director", "Director, mental health", (480, 112), organization="si",
     leadership=leadership("top", "full", ["building_learning_climate"]))
node("hoi-si", "role", "head_of_interaction", "Head of interaction, hospital", (480, 224), organization="si",
     leadership=leadership("middle", "delegated", ["facilitating_knowledge_dissemination",
                                                   "building_learning_climate"], ["cross_boundary_leadership"]))
node("pk-south", "role", "practice_consultant", "Practice consultant, south", (480, 336), organization="si",
     note="A GP employed part-time by the hospital",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"],
                           ["cross_boundary_leadership"]))
node("pk-north", "role", "practice_consultant", "Practice consultant, north", (480, 448), organization="si",
     note="A GP employed part-time by the hospital",
     leadership=leadership("clinical_informal", "none", ["providing_support"], ["cross_boundary_leadership"]))
node("progman", "role", "project_leader", "Programme manager, community", (480, 560), organization="si",
     phases=P2, note="Runs the health community's secretariat, hosted by the hospital trust (seed 002)",
     leadership=leadership("middle", "delegated", ["facilitating_knowledge_dissemination", "providing_support"],
                           ["contradiction_management", "cross_boundary_leadership"]))
node("analyst", "role", "data_analyst", "Data analyst, community", (480, 672), organization="si",
     phases=P2, note="Prepares the shared figures for the region-wide reflection (seed 002)",
     leadership=leadership("clinical_informal", "none"))

# each region: its chair and health coordinator, employed by the host municipality (roles column)
for r, (rid, rlabel, _site, munis) in enumerate(REGIONS):
    host = muni_id(munis[0])
    x = block_x(r) + 240
    node(f"chair-{rid}", "role", "municipal_director", f"Chair, {rlabel}", (x, BLOCK_Y0),
         organization=host,
         note=f"Municipal director of {munis[0]}; chairs the council of {rlabel}'s municipalities",
         leadership=leadership("top", "full", ["providing_support"],
                               ["leading_under_resource_constraints"] if rid == "valdres" else []))
    node(f"coord-{rid}", "role", "regional_health_coordinator", f"Coordinator, {rlabel}",
         (x, BLOCK_Y0 + ROW), organization=host,
         leadership=leadership("middle", "delegated",
                               ["facilitating_knowledge_dissemination"] if rid in ("hamar", "gjovik")
                               else ["providing_support"]))

# the parties that joined in p2 (two delegates each)
for org, x, roles in [
    ("users", 2160, [("user-rep", "user_representative", "User representative"),
                     ("user-rep-2", "user_representative", "User rep., prof. committees")]),
    ("gp", 2640, [("gp-rep", "gp", "GP representative"), ("gp-rep-2", "gp", "GP, professional committees")]),
    ("union", 3120, [("union-rep", "employee_representative", "Employee representative"),
                     ("union-rep-2", "employee_representative", "Safety representative")]),
]:
    for k, (rid, rtype, rlabel) in enumerate(roles):
        behaviors = ["facilitating_knowledge_dissemination"] if k == 0 and org != "union" else []
        node(rid, "role", rtype, rlabel, (x, 1420 + 80 * k), organization=org, phases=P2,
             leadership=leadership("clinical_informal", "none", behaviors))

# ---- learning actions -------------------------------------------------------------------------

node("la-valdres", "learning_action", "joint_patient_record_review", "Review of readmissions, Valdres",
     (840, 440), phases=P1,
     owner="geo-valdres",
     focal_process="Readmission of elderly patients from Valdres within 30 days",
     strategies=["participatory_approach"], practices=["insight_into_complex_realities"],
     iterations=1, phase="analysis", status="idea")
node("la-hamar", "learning_action", "joint_training", "Joint training on discharge, Hamar",
     (3000, 580), phases=P1,
     owner="geo-hamar",
     focal_process="Discharge of patients who need municipal services",
     strategies=["participatory_approach"], practices=["motivation"],
     iterations=1, phase="implementing", status="implemented",
     note="Run once for each new cohort; what was learned stays in the Hamar region")
node("la-reflect", "learning_action", "region_wide_reflection", "Region-wide reflection",
     (COMMITTEE_X, 130), phases=P2,
     owner="partner", facilitator="progman",
     focal_process="What the region learned this year across all priority groups, and what to change",
     strategies=["collaborative_leadership", "participatory_approach", "purpose_built_architecture"],
     practices=["insight_into_complex_realities", "motivation", "contradictions"],
     iterations=2, phase="reflecting", status="tested",
     note="Themes from every professional committee and region, the analyst's figures and the users' "
          "experience are reviewed by leaders of all parties (seed 002)",
     contradictions=[{"text": "Region-wide priorities vs each municipal council's own budget",
                      "level": "primary"}])
node("la-records", "learning_action", "joint_patient_record_review", "Joint review of records",
     (2400, 580), phases=P2,
     owner="pc-elderly", facilitator="coord-gjovik",
     focal_process="Frail elderly with repeated admissions",
     strategies=["iterative_refinement", "participatory_approach"],
     practices=["insight_into_complex_realities", "iteration"],
     iterations=3, phase="implementing", status="implemented")

# ---- ties -------------------------------------------------------------------------------------

REGION_HOSPITAL = {rid: f"hd-{site}" for rid, _l, site, _m in REGIONS}

# p1: advisory committee — three hospital leaders, the seven regional chairs (each speaks for the
# region's municipalities), the head of interaction as secretary
tie("member_of", "ceo", "adv", seat="chair", represents=["si"], phases=P1)
for rid in ["dir-psych", "hd-hamar"]:
    tie("member_of", rid, "adv", seat="member", represents=["si"], phases=P1)
for rid, _l, _s, munis in REGIONS:
    tie("member_of", f"chair-{rid}", "adv", seat="member", represents=[muni_id(m) for m in munis], phases=P1)
tie("member_of", "hoi-si", "adv", seat="secretary", represents=["si"], phases=P1)
for rid, _l, _s, munis in REGIONS:
    committee = f"geo-{rid}"
    tie("member_of", f"chair-{rid}", committee, seat="chair", phases=P1)
    tie("member_of", f"coord-{rid}", committee, seat="member", phases=P1)
    tie("member_of", REGION_HOSPITAL[rid], committee, seat="member", represents=["si"], phases=P1)
    for m in munis[1:]:
        tie("member_of", muni_id(m), committee, seat="member", represents=[muni_id(m)], phases=P1)
    tie("reports_to", committee, "adv", phases=P1)
tie("member_of", "pk-south", "geo-gjovik", seat="member", phases=P1)
tie("member_of", "pk-north", "geo-gudbrandsdal", seat="member", phases=P1)

# p2: partnership forum — every party, through its top leader
for org in ["si"] + [muni_id(m) for _r, _l, _s, munis in REGIONS for m in munis] + ["users", "gp", "union"]:
    tie("member_of", org, "partner", seat="member", represents=[org], phases=P2)
# p2: strategic committee — seven hospital leaders, seven regional chairs, observers, secretaries
tie("member_of", "ceo", "strat", seat="chair", represents=["si"], phases=P2)
for rid in ["dir-psych", "hd-lillehammer", "hd-gjovik", "hd-hamar", "hd-elverum", "hd-kongsvinger"]:
    tie("member_of", rid, "strat", seat="member", represents=["si"], phases=P2)
for rid, _l, _s, munis in REGIONS:
    tie("member_of", f"chair-{rid}", "strat", seat="deputy" if rid == "hamar" else "member",
        represents=[muni_id(m) for m in munis], phases=P2)
tie("member_of", "hoi-si", "strat", seat="secretary", represents=["si"], phases=P2)
tie("member_of", "progman", "strat", seat="secretary", phases=P2)
for rid in ["user-rep", "gp-rep", "union-rep"]:
    tie("member_of", rid, "strat", seat="observer", phases=P2)
# p2: professional committees — a hospital leader, two or three regional coordinators, a practice
# consultant and user, GP and employee voices; the programme manager or the hospital's head of
# interaction as secretary (two committees each)
COMMITTEE_SEATS = {
    "pc-elderly": [("hd-gjovik", "chair"), ("coord-gjovik", "chair"), ("coord-valdres", "member"),
                   ("coord-gudbrandsdal", "member"), ("pk-south", "member"), ("user-rep-2", "member"),
                   ("union-rep-2", "member")],
    "pc-mental": [("dir-psych", "chair"), ("coord-hamar", "chair"), ("coord-glamdal", "member"),
                  ("pk-north", "member"), ("user-rep-2", "member"), ("gp-rep-2", "member")],
    "pc-children": [("hd-lillehammer", "chair"), ("coord-lillehammer", "chair"), ("coord-osterdal", "member"),
                    ("user-rep-2", "member"), ("gp-rep-2", "member")],
    "pc-chronic": [("hd-elverum", "chair"), ("coord-osterdal", "chair"), ("coord-hamar", "member"),
                   ("pk-south", "member"), ("gp-rep-2", "member"), ("union-rep-2", "member")],
}
for cid, members in COMMITTEE_SEATS.items():
    for rid, seat in members:
        tie("member_of", rid, cid, seat=seat, phases=P2)
    secretary = "progman" if cid in ("pc-elderly", "pc-chronic") else "hoi-si"
    tie("member_of", secretary, cid, seat="secretary", phases=P2)
tie("reports_to", "strat", "partner", phases=P2)
for cid, _label, _note in PROFESSIONAL:
    tie("reports_to", cid, "strat", phases=P2)

# the cooperation agreements (both phases)
for _r, _l, _s, munis in REGIONS:
    for m in munis:
        tie("agreement", "si", muni_id(m), label="Cooperation agreement")

# line management (both phases unless the role is p2-only)
for i, (hid, _hlabel) in enumerate(HOSPITALS):
    tie("reports_to", f"hd-{hid}", "ceo")
for rid in ["dir-psych", "hoi-si"]:
    tie("reports_to", rid, "ceo")
tie("reports_to", "pk-south", "hoi-si")
tie("reports_to", "pk-north", "hoi-si")
tie("reports_to", "progman", "hoi-si", phases=P2)
tie("reports_to", "analyst", "progman", phases=P2)
for rid, _l, _s, _m in REGIONS:
    tie("reports_to", f"coord-{rid}", f"chair-{rid}")
tie("collaborates", "user-rep", "user-rep-2", label="User committee's delegates", phases=P2)
tie("collaborates", "gp-rep", "gp-rep-2", label="GP collective's delegates", phases=P2)
tie("collaborates", "union-rep", "union-rep-2", label="Unions' delegates", phases=P2)

# who takes part in the learning actions
for src in ["chair-valdres", "coord-valdres", "hd-gjovik", "si-gjovik"]:
    tie("participates_in", src, "la-valdres", phases=P1)
for src in ["coord-hamar", "hd-hamar", "si-hamar"]:
    tie("participates_in", src, "la-hamar", phases=P1)
for src in (["ceo", "dir-psych", "hoi-si", "analyst", "user-rep", "gp-rep"] +
            [f"chair-{rid}" for rid, _l, _s, _m in REGIONS]):
    tie("participates_in", src, "la-reflect", phases=P2)
for src in ["hd-gjovik", "coord-gjovik", "coord-valdres", "coord-gudbrandsdal", "pk-south", "si-gjovik"]:
    tie("participates_in", src, "la-records", phases=P2)

# ---- the document -----------------------------------------------------------------------------

REGION_NOTE = "; ".join(f"{rlabel}: {', '.join(munis)}" for _rid, rlabel, _s, munis in REGIONS)

doc = {
    "format": "orgweave",
    "version": 1,
    "meta": {
        "title": "Innlandet-like region: from advisory committee to health community",
        "description": (
            "One hospital trust and 42 municipalities in seven health regions, in two phases: an advisory "
            "committee with one geographic sub-committee per region (p1), then a three-level health "
            "community with a partnership forum, a strategic committee and professional committees by "
            "priority group, where users, GPs and employees joined and a region-wide reflection was "
            "started (p2). Roles are modelled per region, not per municipality. Regions: "
            + REGION_NOTE + "."),
        "sources": [
            "Modelled on the Norwegian hospital–municipality collaboration described in R. M. Lørum, "
            "Organizational learning for improvement of fragmented healthcare systems, doctoral thesis, "
            "Chalmers University of Technology, 2025 (doi:10.63959/chalmers.dt/5787), and on an "
            "Innlandet-like county where one hospital trust serves many municipalities grouped in "
            "health regions, before and after the national health communities of 2020.",
            "The region-wide reflection follows N. van Vooren, E. de Weger, J. de Bruin, C. Baan, "
            "Improving the learning capacity of regional health systems for their transformation "
            "towards health and well-being systems: a qualitative study of ten Dutch regions, J. Health "
            "Organ. Manag. (doi:10.1108/JHOM-06-2023-0187): programme managers, data analysts and user "
            "representatives, and the difficulty of reflecting on a region-wide level.",
            "Municipality names are used for orientation only; the count of 42, the grouping into seven "
            "regions, committees, seats, roles, learning actions, dates and context scores are "
            "illustrative, not a description of the real region or of any person.",
        ],
    },
    "nodes": nodes,
    "ties": ties,
    "context": {
        "system": {
            "multiple_external_drivers": {"score": 5, "note": "Coordination reform, national health and "
                                          "hospital plans, health communities"},
            "diverse_actors": {"score": 5, "note": "43 public parties in seven regions, GPs, users, unions"},
            "siloed_structures": {"score": 3, "note": "Two levels of government; regional councils help"},
            "emergent_change": {"score": 3, "note": "Reforms arrive with notice"},
            "restricted_resources": {"score": 4, "note": "Many small municipalities with thin staffing"},
            "restricted_autonomy": {"score": 4, "note": "Leaders must take joint decisions home to 42 "
                                    "municipal councils and the trust's board"},
        },
        "organizations": {
            "m-etnedal": {"restricted_resources": {"score": 5, "note": "One of the smallest municipalities"}},
        },
    },
    "governance": "participant_governed",
    "characteristics": ["equality_of_parties"],
    "phases": [
        {"id": "p1", "label": "Advisory committee with regional sub-committees", "start": "2012-01",
         "end": "2019-12", "bureaucracy_mode": "mixed",
         "note": "After the coordination reform: an advisory committee of hospital leaders and one chair per "
                 "region, and a sub-committee in each region where its municipalities meet the local "
                 "hospital. Nothing is decided jointly; learning stays inside each region.",
         "context": {"system": {
             "multiple_external_drivers": {"score": 5, "note": "The coordination reform: new municipal "
                                           "duties, payment for discharge-ready patients"},
             "diverse_actors": {"score": 4, "note": "43 parties; users, GPs and unions not yet at the table"},
             "siloed_structures": {"score": 4, "note": "Seven regional tracks beside the hospital's own "
                                   "divisions"},
             "emergent_change": {"score": 4, "note": "New municipal acute beds and duties every year"},
             "restricted_resources": {"score": 4, "note": "Reform duties without matching funding"},
             "restricted_autonomy": {"score": 3, "note": "Advice only; each party decides alone"},
         }}},
        {"id": "p2", "label": "Health community", "start": "2020-01", "bureaucracy_mode": "enabling",
         "note": "The national health communities: a partnership forum where every party sits, a "
                 "strategic committee that decides by consensus, professional committees for the "
                 "priority groups, and a yearly region-wide reflection run by the programme manager. "
                 "Ongoing.",
         "context": {"system": {
             "multiple_external_drivers": {"score": 5, "note": "National health and hospital plan, "
                                           "priority groups"},
             "diverse_actors": {"score": 5, "note": "46 parties with users, GPs and unions"},
             "siloed_structures": {"score": 3, "note": "Joint committees across the regions"},
             "emergent_change": {"score": 3, "note": "The pandemic is over; change is planned"},
             "restricted_resources": {"score": 4, "note": "Many small municipalities with thin staffing"},
             "restricted_autonomy": {"score": 4, "note": "Binding decisions must still be confirmed by 42 "
                                     "municipal councils"},
         }}},
    ],
    "views": [
        {"id": "v-p1", "title": "Phase 1: advisory committee and seven regional tracks",
         "caption": "Each region meets the local hospital in its own sub-committee; the advisory committee "
                    "has no decision mandate.",
         "phase": "p1", "color_by": "organization",
         "highlighted": ["adv"] + [f"geo-{r[0]}" for r in REGIONS]},
        {"id": "v-p2", "title": "Phase 2: the health community",
         "caption": "Every party in the partnership forum; seven regional chairs and seven hospital leaders "
                    "decide in the strategic committee; professional committees by priority group.",
         "phase": "p2", "color_by": "organization",
         "highlighted": ["partner", "strat"] + [c[0] for c in PROFESSIONAL]},
        {"id": "v-reflect", "title": "Region-wide reflection",
         "caption": "Leaders of all parties reflect on the year's learning with the programme manager, the "
                    "data analyst and the user and GP representatives.",
         "phase": "p2", "color_by": "kind", "size_by": "betweenness",
         "highlighted": ["la-reflect", "progman", "analyst", "partner"]},
    ],
    "layout": {"positions": positions, "pinned": []},
}

emit(doc)
