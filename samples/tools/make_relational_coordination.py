#!/usr/bin/env python3
"""Writes samples/relational-coordination.orgweave.json (see samples/README.md).

Relational coordination around one focal work process, the discharge of frail elderly patients: a
geriatric ward, the municipality's home care and care allocation office, and two GP practices. Every
`collaborates` tie between roles carries the seven RC dimensions as one role rates another
(directed: A rates B), as they would be imported from an RC survey (the survey itself is licensed
and not part of the tool). Ties inside an organization are strong; several across organizations are
weak (< 3.5), and the learning actions — a cross-site feedback loop on the discharge template, a
relational-coordination feedback session (seed 003) and a joint review of readmissions — involve
exactly those roles.

Positions come from a fixed grid: the committees and learning actions in a central column, the
hospital trust on the left, the municipality on the right, the GP practices at the bottom, each
organization with its sites and their roles.

Usage:
    python3 samples/tools/make_relational_coordination.py > /tmp/rc.orgweave.json
    orgweave convert /tmp/rc.orgweave.json samples/relational-coordination.orgweave.json

The second step only rewrites the file in orgweave's canonical formatting (and validates it).
"""

from sample_builder import emit, leadership, node, nodes, positions, tie, ties


DIMENSIONS = ["frequent", "timely", "accurate", "problem_solving", "shared_goals", "shared_knowledge",
              "mutual_respect"]


def rc(rater, rated, scores, note=None):
    """A directed RC tie: how `rater` rates its coordination with `rated`, seven scores in the order
    of DIMENSIONS."""
    fields = {"directed": True, "rc": dict(zip(DIMENSIONS, scores))}
    if note:
        fields["note"] = note
    return tie("collaborates", rater, rated, **fields)


# ---- organizations and sites ------------------------------------------------------------------

node("hosp", "organization", "hospital_trust", "Hospital trust", (240, 0), attrs={"sector": "specialist_care"})
node("muni", "organization", "municipality", "Municipality", (1440, 0), attrs={"sector": "primary_care"},
     note="Contracts the GPs; its head of health speaks for them in the interaction committee")
node("gpc", "organization", "gp_collective", "GP practices", (840, 760),
     note="Two practices with most of the ward's elderly patients on their lists")

node("ward", "site", "ward", "Geriatric ward", (0, 120), organization="hosp")
node("homecare", "site", "home_care", "Home care", (1680, 120), organization="muni")
node("alloc", "site", "allocation_office", "Care allocation office", (1680, 360), organization="muni",
     note="Decides which municipal services a patient gets after discharge")
node("gp-a", "site", "gp_practice", "GP practice, north", (600, 840), organization="gpc")
node("gp-b", "site", "gp_practice", "GP practice, south", (1080, 840), organization="gpc")

# ---- committees -------------------------------------------------------------------------------

node("ic", "committee", "strategic_committee", "Interaction committee", (840, 0),
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=4,
     permanence="standing", chair_rotation=True, characteristics=["shared_goals", "joint_decision_making"],
     note="The hospital's clinic director and the municipality's head of health decide on the discharge "
          "agreement")
node("wg", "committee", "working_group", "Discharge improvement team", (840, 140),
     level=3, mandate="preparatory", decision_rule="consensus", meetings_per_year=12,
     permanence="time_limited", end_date="2026-06",
     characteristics=["ability_to_design_learning_processes"],
     note="Ward and home care improve discharge together; the GPs are invited but not members")
node("gp-forum", "committee", "professional_network", "GP cooperation meeting", (840, 620),
     level=3, mandate="advisory", decision_rule="none", meetings_per_year=4, permanence="standing",
     note="The municipality meets its GPs; the hospital does not take part")
tie("reports_to", "wg", "ic")

# ---- roles ------------------------------------------------------------------------------------

# hospital trust: ward staff by the ward (x = 0 … 240), management and support at x = 480
node("ger", "role", "geriatrician", "Geriatrician", (240, 120), organization="hosp", site="ward",
     leadership=leadership("clinical_informal", "none", ["educating"]))
node("ward-nl", "role", "nurse_lead", "Ward nurse lead", (240, 240), organization="hosp", site="ward",
     leadership=leadership("first_line", "delegated", ["building_learning_climate", "providing_support"]))
node("ward-nurse", "role", "nurse", "Ward nurse", (0, 240), organization="hosp", site="ward",
     leadership=leadership("clinical_informal", "none"))
node("discharge-nurse", "role", "discharge_coordinator", "Discharge coordinator", (240, 360),
     organization="hosp", site="ward", leadership=leadership("clinical_informal", "none"))
node("clin-dir", "role", "clinic_director", "Clinic director, medicine", (480, 0), organization="hosp",
     leadership=leadership("top", "full", ["providing_support"]))
node("rc-facilitator", "role", "facilitator", "Improvement adviser (RC)", (480, 240), organization="hosp",
     note="Runs the RC survey rounds and the feedback sessions (seed 003)",
     leadership=leadership("middle", "none", ["facilitating_knowledge_dissemination", "building_learning_climate"],
                           ["contradiction_management", "cross_boundary_leadership"]))

# municipality: home care and allocation staff (x = 1440) by their sites (x = 1680), management at 1200
node("hc-lead", "role", "nurse_lead", "Home care leader", (1440, 120), organization="muni", site="homecare",
     leadership=leadership("first_line", "delegated", ["providing_support", "freeing_resources_for_learning"]))
node("hc-nurse", "role", "nurse", "Home care nurse", (1440, 240), organization="muni", site="homecare",
     leadership=leadership("clinical_informal", "none"))
node("alloc-officer", "role", "allocation_officer", "Allocation officer", (1440, 360), organization="muni",
     site="alloc", leadership=leadership("clinical_informal", "delegated"))
node("muni-dir", "role", "head_of_health_and_care", "Head of health and care", (1200, 0), organization="muni",
     leadership=leadership("top", "full", ["providing_support"]))
node("muni-chief", "role", "municipal_chief_physician", "Municipal chief physician", (1200, 240),
     organization="muni", leadership=leadership("middle", "delegated", ["educating"]))

# GP practices
node("gp-north", "role", "gp", "GP, north practice", (600, 920), organization="gpc", site="gp-a",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"]))
node("gp-south", "role", "gp", "GP, south practice", (1080, 920), organization="gpc", site="gp-b",
     leadership=leadership("clinical_informal", "none"))

# ---- shared tools and learning actions --------------------------------------------------------

node("template", "shared_tool", "discharge_template", "Discharge template", (600, 440),
     note="Filled in by the ward, read by home care and the allocation office before the patient arrives")
node("medlist", "shared_tool", "medication_list", "Medication list at discharge", (1080, 440),
     note="The GP, home care and the ward each keep a version; they often disagree")

node("la-feedback", "learning_action", "cross_site_feedback_on_shared_tool", "Feedback on the template",
     (600, 300),
     owner="wg", facilitator="rc-facilitator", shared_tool="template",
     focal_process="Discharge of frail elderly patients from the geriatric ward to home care",
     strategies=["iterative_refinement", "participatory_approach"],
     practices=["prototypes", "iteration", "insight_into_complex_realities"],
     iterations=3, phase="testing", status="tested")
node("la-rc", "learning_action", "reflection_circle", "RC feedback session", (840, 300),
     owner="wg", facilitator="rc-facilitator",
     focal_process="Discharge of frail elderly patients",
     strategies=["participatory_approach", "collaborative_leadership"],
     practices=["insight_into_complex_realities", "motivation"],
     iterations=2, phase="reflecting", status="tested",
     note="Each survey round the roles see their RC map and agree on one relationship to work on")
node("la-readmit", "learning_action", "joint_patient_record_review", "Review of readmissions",
     (1080, 300),
     owner="wg", facilitator="rc-facilitator", shared_tool="medlist",
     focal_process="Patients readmitted within 30 days of discharge",
     strategies=["participatory_approach"], practices=["insight_into_complex_realities", "contradictions"],
     iterations=1, phase="analysis", status="idea",
     contradictions=[{"text": "The ward discharges when the patient is medically ready; home care and the "
                              "GP need an agreed medication list first", "level": "secondary"}])

# ---- committee seats --------------------------------------------------------------------------

tie("member_of", "clin-dir", "ic", seat="chair", represents=["hosp"])
tie("member_of", "muni-dir", "ic", seat="member", represents=["muni", "gpc"])
tie("member_of", "ward-nl", "wg", seat="chair")
for rid in ["discharge-nurse", "hc-lead", "alloc-officer"]:
    tie("member_of", rid, "wg", seat="member")
tie("member_of", "rc-facilitator", "wg", seat="secretary")
tie("member_of", "muni-chief", "gp-forum", seat="chair")
for rid in ["gp-north", "gp-south"]:
    tie("member_of", rid, "gp-forum", seat="member")

# ---- line management --------------------------------------------------------------------------

for source, target in [("ward-nl", "clin-dir"), ("ger", "clin-dir"), ("rc-facilitator", "clin-dir"),
                       ("ward-nurse", "ward-nl"), ("discharge-nurse", "ward-nl"),
                       ("hc-lead", "muni-dir"), ("hc-nurse", "hc-lead"), ("alloc-officer", "muni-dir"),
                       ("muni-chief", "muni-dir")]:
    tie("reports_to", source, target)

# ---- relational coordination (A rates B), focal process: discharge of frail elderly -------------
#            frequent timely accurate problem shared_goals shared_knowledge respect

# inside the hospital: strong
rc("ward-nurse", "discharge-nurse", [4.6, 4.4, 4.3, 4.2, 4.5, 4.1, 4.6])
rc("discharge-nurse", "ward-nurse", [4.5, 4.2, 4.4, 4.3, 4.4, 4.2, 4.5])
rc("ger", "ward-nl", [4.4, 4.3, 4.5, 4.2, 4.6, 4.0, 4.7])
rc("ward-nl", "ger", [4.2, 4.0, 4.3, 3.9, 4.5, 3.9, 4.2])
# inside the municipality: strong
rc("hc-nurse", "hc-lead", [4.5, 4.3, 4.2, 4.4, 4.6, 4.2, 4.7])
rc("hc-lead", "alloc-officer", [4.2, 4.0, 4.1, 4.0, 4.3, 4.0, 4.4])
rc("alloc-officer", "hc-lead", [4.1, 3.9, 4.2, 3.8, 4.3, 3.9, 4.3])
# inside the GP collective
rc("gp-north", "gp-south", [3.8, 4.0, 4.1, 3.9, 4.2, 4.0, 4.5])
# across the hospital–municipality boundary: moderate at the leader level, weak where the work is done
rc("ward-nl", "hc-lead", [3.9, 3.5, 3.7, 3.6, 4.0, 3.3, 4.1])
rc("hc-lead", "ward-nl", [3.6, 3.0, 3.3, 3.4, 3.8, 3.1, 3.9])
rc("discharge-nurse", "hc-nurse", [3.4, 3.1, 3.2, 3.0, 3.6, 2.9, 3.7])
rc("hc-nurse", "discharge-nurse", [3.0, 2.1, 2.5, 2.6, 3.2, 2.4, 3.1],
   note="Discharge messages arrive after the patient; medication changes are missing")
rc("discharge-nurse", "alloc-officer", [3.5, 3.0, 3.3, 2.9, 3.4, 3.0, 3.6])
rc("alloc-officer", "discharge-nurse", [3.2, 2.6, 2.9, 2.7, 3.1, 2.8, 3.4],
   note="Requests for services come late on Fridays")
# across the hospital–GP boundary: weak
rc("ger", "gp-north", [2.6, 2.9, 3.2, 2.8, 3.4, 2.9, 3.8])
rc("gp-north", "ger", [2.4, 2.0, 2.8, 2.5, 3.3, 2.6, 3.6],
   note="Discharge summaries reach the GP days after the patient is home")
rc("ger", "gp-south", [2.5, 2.8, 3.1, 2.7, 3.3, 3.0, 3.7])
rc("gp-south", "ger", [2.3, 2.2, 2.7, 2.4, 3.1, 2.5, 3.5])
# across the municipality–GP boundary: moderate
rc("hc-nurse", "gp-north", [3.6, 3.2, 3.5, 3.4, 3.9, 3.3, 4.0])
rc("gp-north", "hc-nurse", [3.7, 3.6, 3.5, 3.5, 3.9, 3.4, 4.1])

# ---- learning actions: who takes part ---------------------------------------------------------

for src in ["ward-nl", "discharge-nurse", "hc-lead", "hc-nurse", "alloc-officer", "ward", "homecare", "alloc"]:
    tie("participates_in", src, "la-feedback")
for src in ["ward-nl", "discharge-nurse", "ger", "hc-lead", "hc-nurse", "alloc-officer", "gp-north",
            "gp-south"]:
    tie("participates_in", src, "la-rc")
for src in ["ger", "discharge-nurse", "hc-nurse", "gp-north", "gp-south"]:
    tie("participates_in", src, "la-readmit")

# ---- shared tools -----------------------------------------------------------------------------

tie("maintains", "ward", "template")
for site in ["homecare", "alloc"]:
    tie("uses", site, "template")
for site in ["ward", "homecare", "gp-a", "gp-b"]:
    tie("uses", site, "medlist")

# ---- the document -----------------------------------------------------------------------------

doc = {
    "format": "orgweave",
    "version": 1,
    "meta": {
        "title": "Relational coordination around hospital discharge",
        "description": (
            "A geriatric ward, the municipality's home care and care allocation office, and two GP "
            "practices around one focal process, the discharge of frail elderly patients. Role-to-role "
            "ties carry relational coordination scores (seven dimensions, 1–5, A rates B): strong inside "
            "each organization, weak across the ward–home care and ward–GP boundaries where the learning "
            "actions take place."),
        "sources": [
            "Relational coordination as described in N. M. Thygeson, C. Logan, C. Lindberg, J. Potts, "
            "A. Suchman, R. Merchant, R. Thompson, Relational interventions for organizational learning: "
            "an experience report, Learning Health Systems, 2021 (doi:10.1002/lrh2.10270): seven "
            "dimensions of communication and relationships, measured serially with a validated survey, "
            "and a relational intervention that spread learning. The survey is licensed; this sample "
            "only holds scores as they would be imported.",
            "The setting (ward, home care, GPs, working group and interaction committee) follows the "
            "Norwegian hospital–municipality collaboration in R. M. Lørum, Organizational learning for "
            "improvement of fragmented healthcare systems, doctoral thesis, Chalmers University of "
            "Technology, 2025 (doi:10.63959/chalmers.dt/5787).",
            "All roles, committees, tools, learning actions, RC scores and context scores are "
            "illustrative, not survey results from a real unit or about any person.",
        ],
    },
    "nodes": nodes,
    "ties": ties,
    "context": {
        "system": {
            "multiple_external_drivers": {"score": 4, "note": "Payment for discharge-ready patients, "
                                          "national targets for readmissions"},
            "diverse_actors": {"score": 3, "note": "Three parties and five professions around one process"},
            "siloed_structures": {"score": 4, "note": "Separate records; the GP and the ward rarely talk"},
            "emergent_change": {"score": 3},
            "restricted_resources": {"score": 4, "note": "Home care is short of nurses on weekends"},
            "restricted_autonomy": {"score": 2},
        },
    },
    "governance": "participant_governed",
    "views": [
        {"id": "v-rc", "title": "Where coordination is weak",
         "caption": "RC ties between roles, A rates B: strong inside the ward and home care, weak from home "
                    "care to the discharge coordinator and between the geriatrician and the GPs.",
         "color_by": "organization",
         "highlighted": ["discharge-nurse", "hc-nurse", "alloc-officer", "ger", "gp-north", "gp-south"]},
        {"id": "v-learning", "title": "Learning actions on the weak ties",
         "caption": "The feedback loop on the template, the RC feedback session and the readmission review "
                    "bring exactly the weakly coordinated roles together.",
         "color_by": "kind",
         "highlighted": ["la-feedback", "la-rc", "la-readmit", "template", "medlist"]},
    ],
    "layout": {"positions": positions, "pinned": []},
}

emit(doc)
