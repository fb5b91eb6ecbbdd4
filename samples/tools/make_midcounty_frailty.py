#!/usr/bin/env python3
"""Writes samples/midcounty-frailty.orgweave.json (see samples/README.md).

A UK health and social care partnership around frail elderly patients, in the four phases of the
seven-year study in seed 004 (Harris & Sarwar): formal commissioning (p1); devolved front-line work
without steering (p2); a top-down reversal with turnover of key personnel (p3); a joint venture with
enabling formal steering (p4). A community health provider ("CareCom") and the county's adult social
care services are the two partners; the clinical commissioning group, the GP federation, the acute
hospital trust, the voluntary sector and (in p3) NHS England's regional team take part too.

Nodes and ties that belong to some phases only say so with "phases". A post that changes hands
between phases is two role nodes (the post holder leaves, an interim or a successor arrives), so
the turnover shows in the analysis: the leadership recorded on a role is that post holder's.

Positions come from a fixed grid: committees in bands by level at the top (left to right roughly in
phase order), learning actions and shared tools under them, then the organizations as blocks in a
row (organization on top, its sites and roles below), the p3-only national body on the right.

Usage:
    python3 samples/tools/make_midcounty_frailty.py > /tmp/midcounty.orgweave.json
    orgweave convert /tmp/midcounty.orgweave.json samples/midcounty-frailty.orgweave.json

The second step only rewrites the file in orgweave's canonical formatting (and validates it).
"""

from sample_builder import emit, leadership, node, nodes, positions, tie, ties

P1, P2, P3, P4 = "p1", "p2", "p3", "p4"


# ---- grid -------------------------------------------------------------------------------------

ORG_Y = 700   # organizations' row
ROW = 64      # rows inside an organization block


def at_block(x, row):
    return (x, ORG_Y + ROW * row)


# ---- organizations ----------------------------------------------------------------------------

node("ccg", "organization", "commissioner", "Clinical commissioning group", at_block(0, 0),
     note="The local NHS commissioner; its risk assessments identified the frail and elderly patients")
node("carecom", "organization", "community_health_provider", "CareCom (community health)", at_block(360, 0),
     note="The community care provider, one of the two partners")
node("asc", "organization", "adult_social_care", "Mid-County adult social care", at_block(840, 0),
     note="The county council's adult social care services, the other partner")
node("acute", "organization", "acute_trust", "Acute hospital trust", at_block(1320, 0))
node("gps", "organization", "gp_collective", "GP federation", at_block(1800, 0))
node("vcs", "organization", "voluntary_organization", "Voluntary sector alliance", at_block(2040, 0),
     phases=[P2, P4], note="Took part in the front-line teams in p2 and again in the joint venture")
node("nhse", "organization", "national_body", "NHS England regional team", at_block(2280, 0), phases=[P3],
     note="Drove the centralised strategic transformation planning of 2016/17")

# ---- sites ------------------------------------------------------------------------------------

node("cc-teams", "site", "community_nursing", "Community nursing teams", at_block(600, 1), organization="carecom")
node("asc-teams", "site", "social_work_team", "Social work teams", at_block(1080, 1), organization="asc")
node("asc-reablement", "site", "reablement", "Reablement service", at_block(1080, 4), organization="asc")
node("acute-fau", "site", "ward", "Frailty assessment unit", at_block(1560, 1), organization="acute")
node("gp-practices", "site", "gp_practice", "GP practices", at_block(1800, 1), organization="gps")

# ---- committees -------------------------------------------------------------------------------

node("stp", "committee", "strategic_committee", "STP programme board", (1200, 0), phases=[P3],
     level=1, mandate="decision_binding", decision_rule="majority", meetings_per_year=4,
     permanence="standing", chair_rotation=False,
     note="Sustainability and transformation partnership board, chaired by NHS England's regional team; "
          "sets targets for the whole local care economy")
node("contract", "committee", "contract_meeting", "Contract monitoring meeting", (600, 130), phases=[P1, P3],
     level=2, mandate="decision_binding", decision_rule="majority", meetings_per_year=4,
     permanence="standing", chair_rotation=False,
     note="The commissioner reviews CareCom's contract against formal performance measures")
node("steer", "committee", "strategic_committee", "Frailty project steering group", (900, 130), phases=[P1],
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=6,
     permanence="standing", chair_rotation=False, characteristics=["shared_goals"],
     note="April 2013: senior executives of CareCom and adult social care with the commissioner, to "
          "improve services for frail and elderly patients")
node("workstream", "committee", "working_group", "STP frailty workstream", (1200, 130), phases=[P3],
     level=2, mandate="preparatory", decision_rule="none", meetings_per_year=4, permanence="standing",
     note="Implements the STP's frailty model; chaired by the STP programme lead")
node("jv-board", "committee", "strategic_committee", "Joint venture board", (1500, 130), phases=[P4],
     level=2, mandate="decision_binding", decision_rule="consensus", meetings_per_year=6,
     permanence="standing", chair_rotation=True,
     characteristics=["shared_goals", "joint_decision_making", "ability_to_design_learning_processes"],
     note="Set up under the memorandum of understanding of 2019: steering, monitoring and evaluation "
          "of the redesigned services")
node("mdt", "committee", "project_team", "Frailty multidisciplinary team", (1050, 260), phases=[P2, P4],
     level=3, mandate="advisory", decision_rule="none", meetings_per_year=48, permanence="standing",
     note="Weekly front-line team of nurses, social workers, a geriatrician, a GP and a link worker; in "
          "p2 it answered to no one, in p4 to the project management office")
node("pmo", "committee", "project_team", "Project management office", (1350, 260), phases=[P4],
     level=3, mandate="preparatory", decision_rule="consensus", meetings_per_year=12, permanence="standing",
     characteristics=["ability_to_coordinate", "ability_to_design_learning_processes"],
     note="The joint venture's project management organization: repeatable tasks, supervisory managers "
          "reconfiguring service interfaces")

# ---- roles ------------------------------------------------------------------------------------

# commissioning group
node("ccg-ao", "role", "accountable_officer", "CCG accountable officer", at_block(0, 1),
     organization="ccg", leadership=leadership("top", "full", ["making_demands"]))
node("ccg-comm", "role", "commissioning_manager", "Frailty commissioning manager", at_block(0, 2),
     phases=[P1, P2], organization="ccg",
     note="Left in 2016; the commissioning regime changed with the post",
     leadership=leadership("middle", "delegated", ["making_demands"]))
node("ccg-comm-2", "role", "commissioning_manager", "Commissioning manager (new)", at_block(0, 3),
     phases=[P3, P4], organization="ccg", leadership=leadership("middle", "delegated"))
node("ccg-analyst", "role", "data_analyst", "Risk-stratification analyst", at_block(0, 4),
     phases=[P1, P2, P3], organization="ccg", leadership=leadership("clinical_informal", "none"))

# CareCom: management column (x = 360) and front-line column by the site (x = 600)
node("cc-ceo", "role", "chief_executive", "CareCom chief executive", at_block(360, 1), organization="carecom",
     leadership=leadership("top", "full", ["role_modelling"]))
node("cc-dir", "role", "director", "Director of operations", at_block(360, 2), phases=[P1, P2],
     organization="carecom", note="Backed the front-line experiments of p2; left in 2016",
     leadership=leadership("top", "full", ["providing_support"]))
node("cc-dir-int", "role", "director", "Interim director", at_block(360, 3), phases=[P3],
     organization="carecom", leadership=leadership("top", "delegated"))
node("cc-dir-2", "role", "director", "Director of operations (JV)", at_block(360, 4), phases=[P4],
     organization="carecom",
     leadership=leadership("top", "full", ["providing_support", "building_learning_climate",
                                           "freeing_resources_for_learning"], ["cross_boundary_leadership"]))
node("cc-pm", "role", "project_leader", "Joint venture project manager", at_block(360, 5), phases=[P4],
     organization="carecom",
     leadership=leadership("middle", "delegated", ["facilitating_knowledge_dissemination", "providing_support"],
                           ["cross_boundary_leadership"]))
node("cc-data", "role", "data_analyst", "Performance lead, CareCom", at_block(360, 6), phases=[P1, P2, P3],
     organization="carecom", leadership=leadership("clinical_informal", "none"))
node("improve-fac", "role", "facilitator", "Improvement facilitator", at_block(360, 7), phases=[P2],
     organization="carecom", note="External expertise brought in for p2; the secondment ended in 2016",
     leadership=leadership("middle", "none", ["facilitating_knowledge_dissemination", "building_learning_climate"]))
node("cc-team-lead", "role", "nurse_lead", "Community nursing team leader", at_block(600, 2),
     organization="carecom", site="cc-teams", leadership=leadership("first_line", "delegated"))
node("cc-nurse", "role", "community_nurse", "Community nurse", at_block(600, 3),
     organization="carecom", site="cc-teams", leadership=leadership("clinical_informal", "none"))
node("cc-therapist", "role", "therapist", "Community therapist", at_block(600, 4),
     organization="carecom", site="cc-teams", leadership=leadership("clinical_informal", "none"))
node("cc-matron", "role", "nurse_lead", "Community matron lead", at_block(600, 5), phases=[P2],
     organization="carecom", site="cc-teams", note="Led the multidisciplinary team in p2; left in 2016",
     leadership=leadership("first_line", "delegated", ["building_learning_climate",
                                                       "facilitating_knowledge_dissemination"]))
node("cc-matron-2", "role", "nurse_lead", "Frailty matron (JV)", at_block(600, 6), phases=[P4],
     organization="carecom", site="cc-teams",
     leadership=leadership("first_line", "delegated", ["building_learning_climate",
                                                       "facilitating_knowledge_dissemination"],
                           ["contradiction_management"]))

# adult social care: management column (x = 840) and front-line column by the sites (x = 1080)
node("asc-dir", "role", "director", "Assistant director, social care", at_block(840, 1), phases=[P1, P2, P4],
     organization="asc", note="Post held by an interim in 2016/17",
     leadership=leadership("top", "full", ["providing_support"]))
node("asc-dir-int", "role", "director", "Interim assistant director", at_block(840, 2), phases=[P3],
     organization="asc", leadership=leadership("top", "delegated"))
node("asc-hos", "role", "service_manager", "Head of service, social work", at_block(840, 3), organization="asc",
     leadership=leadership("middle", "delegated"))
node("asc-perf", "role", "data_analyst", "Performance officer, social care", at_block(840, 4),
     phases=[P1, P2, P3], organization="asc", leadership=leadership("clinical_informal", "none"))
node("asc-sw", "role", "social_worker", "Social worker, frailty", at_block(1080, 2), organization="asc",
     site="asc-teams", leadership=leadership("clinical_informal", "none"))
node("asc-team-lead", "role", "team_leader", "Social work team leader", at_block(1080, 3), organization="asc",
     site="asc-teams", leadership=leadership("first_line", "delegated"))
node("asc-reab", "role", "team_leader", "Reablement team manager", at_block(1080, 5), organization="asc",
     site="asc-reablement", leadership=leadership("first_line", "delegated"))

# acute hospital trust: director (x = 1320) and the frailty unit's staff (x = 1560)
node("acute-dir", "role", "director", "Director of strategy, acute", at_block(1320, 1), organization="acute",
     leadership=leadership("top", "full", ["making_demands"]))
node("acute-ger", "role", "geriatrician", "Consultant geriatrician", at_block(1560, 2), organization="acute",
     site="acute-fau", leadership=leadership("clinical_informal", "none"))
node("acute-discharge", "role", "nurse_lead", "Discharge team lead", at_block(1560, 3), organization="acute",
     site="acute-fau", leadership=leadership("first_line", "delegated"))
node("acute-fau-mgr", "role", "nurse_lead", "Frailty unit ward manager", at_block(1560, 4), phases=[P4],
     organization="acute", site="acute-fau",
     note="One of the supervisory managers who reconfigure the service interfaces in the joint venture",
     leadership=leadership("first_line", "delegated", ["providing_support", "building_learning_climate"]))

# GP federation, voluntary sector, NHS England
node("gp-lead", "role", "gp", "GP clinical lead, frailty", at_block(1800, 2), organization="gps",
     leadership=leadership("clinical_informal", "delegated"))
node("gp-practice", "role", "gp", "GP, practice cluster", at_block(1800, 3), organization="gps",
     site="gp-practices", leadership=leadership("clinical_informal", "none"))
node("vcs-link", "role", "link_worker", "Community link worker", at_block(2040, 1), phases=[P2, P4],
     organization="vcs", note="Brings what the team learns back to the volunteer groups",
     leadership=leadership("clinical_informal", "none", ["facilitating_knowledge_dissemination"]))
node("nhse-lead", "role", "director", "Regional transformation director", at_block(2280, 1), phases=[P3],
     organization="nhse", leadership=leadership("top", "full", ["making_demands"]))
node("nhse-pm", "role", "project_leader", "STP programme lead", at_block(2280, 2), phases=[P3],
     organization="nhse", leadership=leadership("middle", "delegated", ["making_demands"]))

# ---- shared tools and learning actions --------------------------------------------------------

node("risk-register", "shared_tool", "shared_dashboard", "Frailty risk register", (750, 520),
     phases=[P1, P2, P3], note="The commissioner's risk-stratification list of frail and elderly patients")
node("care-plan", "shared_tool", "care_pathway", "Joint frailty care plan", (1500, 520), phases=[P2, P3, P4],
     note="One plan per patient, shared by community nursing, social care, the frailty unit and the GP")

node("la-risk", "learning_action", "joint_patient_record_review", "Review of risk-register cases",
     (450, 390), phases=[P1],
     owner="steer", shared_tool="risk-register",
     focal_process="Identifying frail and elderly patients for the new pathway",
     strategies=["purpose_built_architecture"], practices=["insight_into_complex_realities"],
     iterations=1, phase="analysis", status="idea",
     note="Formalised knowledge only: risk scores and activity figures exchanged between analysts")
node("la-proto", "learning_action", "rapid_cocreation_prototyping", "Prototyping the MDT huddle",
     (750, 390), phases=[P2],
     owner="mdt", facilitator="improve-fac", shared_tool="care-plan",
     focal_process="Daily coordination of care for frail patients at home",
     strategies=["iterative_refinement", "participatory_approach"],
     practices=["prototypes", "iteration", "motivation"], iterations=4, phase="testing", status="tested",
     note="Successful locally; no steering or evaluation to spread it")
node("la-cases", "learning_action", "joint_patient_record_review", "MDT case reviews", (1050, 390),
     phases=[P2, P4],
     owner="mdt",
     focal_process="Care of frail patients with both health and social care needs",
     strategies=["participatory_approach"], practices=["insight_into_complex_realities", "contradictions"],
     iterations=3, phase="modelling", status="tested",
     contradictions=[{"text": "Medical status hierarchy: the consultant's and the GP's view of risk "
                              "overrides what nurses and social workers know about the patient's home",
                      "level": "secondary"}])
node("la-targets", "learning_action", "joint_training", "Briefings on the STP frailty model",
     (1350, 390), phases=[P3],
     owner="workstream",
     focal_process="Implementing the centrally planned frailty model",
     strategies=["purpose_built_architecture"], practices=[], iterations=0, phase="questioning", status="idea",
     note="Experimentation and knowledge sharing halted; the briefings explain targets")
node("la-feedback", "learning_action", "cross_site_feedback_on_shared_tool", "Feedback on the care plan",
     (1650, 390), phases=[P4],
     owner="pmo", facilitator="cc-pm", shared_tool="care-plan",
     focal_process="Keeping the joint care plan right for every service that uses it",
     strategies=["iterative_refinement", "purpose_built_architecture", "participatory_approach"],
     practices=["iteration", "prototypes"], iterations=5, phase="consolidating", status="consolidated")
node("la-reflect", "learning_action", "reflection_circle", "Learning by reflection", (1950, 390),
     phases=[P4],
     owner="jv-board", facilitator="cc-pm",
     focal_process="What the redesigned services teach the two organizations",
     strategies=["collaborative_leadership", "iterative_refinement"],
     practices=["insight_into_complex_realities", "iteration"], iterations=6, phase="reflecting",
     status="consolidated",
     note="Senior and middle managers of both partners reflect together (seed 004)")

# ---- ties -------------------------------------------------------------------------------------

# p1: formal commissioning
tie("member_of", "ccg-comm", "steer", [P1], seat="chair")
tie("member_of", "cc-dir", "steer", [P1], seat="member")
tie("member_of", "asc-dir", "steer", [P1], seat="member")
tie("member_of", "ccg-analyst", "steer", [P1], seat="secretary")
tie("member_of", "ccg-ao", "contract", [P1, P3], seat="chair")
tie("member_of", "cc-ceo", "contract", [P1, P3], seat="member")
tie("member_of", "ccg-comm", "contract", [P1], seat="member")
tie("member_of", "ccg-comm-2", "contract", [P3], seat="member")

# p2 and p4: the multidisciplinary team
MDT = {P2: ["cc-matron", "cc-team-lead", "asc-sw", "asc-reab", "acute-ger", "gp-lead", "vcs-link", "improve-fac"],
       P4: ["cc-matron-2", "cc-team-lead", "asc-sw", "asc-reab", "acute-ger", "gp-lead", "vcs-link"]}
for phase, members in MDT.items():
    for rid in members:
        tie("member_of", rid, "mdt", [phase], seat="chair" if rid.startswith("cc-matron") else "member")

# p3: the top-down reversal
tie("member_of", "nhse-lead", "stp", [P3], seat="chair")
for rid in ["ccg-ao", "cc-ceo", "asc-dir-int", "acute-dir", "gp-lead"]:
    tie("member_of", rid, "stp", [P3], seat="member")
tie("member_of", "nhse-pm", "workstream", [P3], seat="chair")
for rid in ["ccg-comm-2", "cc-dir-int", "asc-hos"]:
    tie("member_of", rid, "workstream", [P3], seat="member")
tie("reports_to", "workstream", "stp", [P3])

# p4: the joint venture
tie("agreement", "carecom", "asc", [P4], label="Memorandum of understanding (2019)")
tie("member_of", "cc-ceo", "jv-board", [P4], seat="chair", represents=["carecom"])
tie("member_of", "cc-dir-2", "jv-board", [P4], seat="member", represents=["carecom"])
tie("member_of", "asc-dir", "jv-board", [P4], seat="member", represents=["asc", "vcs"])
tie("member_of", "gp-lead", "jv-board", [P4], seat="member", represents=["gps"])
tie("member_of", "acute-dir", "jv-board", [P4], seat="observer", represents=["acute"])
tie("member_of", "ccg-comm-2", "jv-board", [P4], seat="observer", represents=["ccg"])
tie("member_of", "cc-pm", "pmo", [P4], seat="chair")
for rid in ["asc-hos", "cc-team-lead", "asc-reab", "acute-fau-mgr"]:
    tie("member_of", rid, "pmo", [P4], seat="member")
tie("reports_to", "pmo", "jv-board", [P4])
tie("reports_to", "mdt", "pmo", [P4])

# line management and everyday work inside each organization (all phases unless a post is vacant)
LINE = [
    ("ccg-comm", "ccg-ao"), ("ccg-comm-2", "ccg-ao"), ("ccg-analyst", "ccg-ao"),
    ("cc-dir", "cc-ceo"), ("cc-dir-int", "cc-ceo"), ("cc-dir-2", "cc-ceo"), ("cc-data", "cc-ceo"),
    ("cc-team-lead", "cc-dir"), ("cc-team-lead", "cc-dir-int"), ("cc-team-lead", "cc-dir-2"),
    ("cc-pm", "cc-dir-2"), ("improve-fac", "cc-dir"), ("cc-matron", "cc-dir"), ("cc-matron-2", "cc-dir-2"),
    ("cc-nurse", "cc-team-lead"), ("cc-therapist", "cc-team-lead"),
    ("asc-hos", "asc-dir"), ("asc-hos", "asc-dir-int"), ("asc-perf", "asc-dir"), ("asc-perf", "asc-dir-int"),
    ("asc-team-lead", "asc-hos"), ("asc-reab", "asc-hos"), ("asc-sw", "asc-team-lead"),
    ("acute-ger", "acute-dir"), ("acute-discharge", "acute-dir"), ("acute-fau-mgr", "acute-dir"),
    ("nhse-pm", "nhse-lead"),
]
for source, target in LINE:
    tie("reports_to", source, target)
TEAMWORK = [
    ("cc-nurse", "cc-therapist"), ("cc-data", "cc-team-lead"), ("cc-nurse", "cc-data"),
    ("asc-sw", "asc-reab"), ("asc-team-lead", "asc-reab"), ("asc-perf", "asc-hos"), ("asc-sw", "asc-hos"),
    ("acute-ger", "acute-discharge"), ("gp-lead", "gp-practice"), ("ccg-analyst", "ccg-comm"),
    ("cc-team-lead", "cc-therapist"),
]
for a, b in TEAMWORK:
    tie("collaborates", a, b)

# who takes part in the learning actions
for src in ["ccg-analyst", "cc-data", "asc-perf"]:
    tie("participates_in", src, "la-risk", [P1])
for src in ["cc-matron", "cc-team-lead", "asc-sw", "gp-lead", "vcs-link", "cc-teams"]:
    tie("participates_in", src, "la-proto", [P2])
for src in ["acute-ger", "cc-matron", "asc-sw", "gp-lead"]:
    tie("participates_in", src, "la-cases", [P2])
for src in ["acute-ger", "cc-matron-2", "asc-sw", "gp-lead"]:
    tie("participates_in", src, "la-cases", [P4])
for src in ["cc-dir-int", "asc-hos"]:
    tie("participates_in", src, "la-targets", [P3])
for src in ["cc-teams", "asc-reablement", "acute-fau", "asc-reab", "cc-team-lead"]:
    tie("participates_in", src, "la-feedback", [P4])
for src in ["cc-dir-2", "asc-dir", "asc-hos", "cc-team-lead", "asc-reab"]:
    tie("participates_in", src, "la-reflect", [P4])

# the shared tools
tie("maintains", "ccg", "risk-register", [P1, P2, P3])
for site in ["cc-teams", "asc-teams", "gp-practices"]:
    tie("uses", site, "risk-register", [P1, P2, P3])
tie("maintains", "mdt", "care-plan", [P2, P4])
for site in ["cc-teams", "asc-teams", "asc-reablement", "acute-fau"]:
    tie("uses", site, "care-plan", [P2, P3, P4])

# ---- the document -----------------------------------------------------------------------------


def scores(drivers, diverse, silos, change, resources, autonomy, notes):
    values = {"multiple_external_drivers": drivers, "diverse_actors": diverse, "siloed_structures": silos,
              "emergent_change": change, "restricted_resources": resources, "restricted_autonomy": autonomy}
    return {factor: {"score": score, "note": notes[factor]} if factor in notes else {"score": score}
            for factor, score in values.items()}


doc = {
    "format": "orgweave",
    "version": 1,
    "meta": {
        "title": "Mid-County frailty partnership in four phases",
        "description": (
            "A community health provider and the county's adult social care services, with the "
            "commissioner, GPs, the acute hospital and the voluntary sector, improving care for frail "
            "elderly patients over seven years: formal commissioning (p1), devolved front-line work "
            "without steering (p2), a top-down reversal with turnover of key personnel (p3), and a joint "
            "venture with enabling formal steering (p4)."),
        "sources": [
            "Modelled on M. Harris and A. Sarwar, Organizational learning and project identity in a health "
            "and social care partnership, developmental paper (Public Management and Governance track): a "
            "seven-year longitudinal study of 'CareCom' and 'Mid-County Adult Social Care services' and "
            "their frailty project, in four phases, contrasting the coercive bureaucracy of phase 3 with "
            "the enabling bureaucracy of phase 4 (Adler and Borys 1996).",
            "Phase dates follow the paper where it gives them (early 2013 to mid-2014, mid-2014 to late "
            "2015, 2016/17, renewed collaboration from 2018 and a joint venture in 2019). Everything else "
            "— the other parties, committees, roles, sites, tools, learning actions, bureaucracy modes of "
            "phases 1 and 2 and all context scores — is illustrative, not data about the real partnership "
            "or any person.",
        ],
    },
    "nodes": nodes,
    "ties": ties,
    "context": {
        "system": scores(4, 3, 4, 4, 4, 3, {
            "multiple_external_drivers": "NHS England initiatives, commissioning cycles, policy shifts",
            "siloed_structures": "Health and social care with separate budgets, records and professions"}),
        "organizations": {
            "asc": {"restricted_resources": {"score": 5, "note": "Council budgets cut year on year"}},
        },
    },
    "governance": "participant_governed",
    "phases": [
        {"id": "p1", "label": "Formal commissioning", "start": "2013-01", "end": "2014-06",
         "bureaucracy_mode": "coercive",
         "note": "Attention on formal commissioning procedures and risk assessment. A steering group of the "
                 "two partners' senior executives and the commissioner; the acute trust and GPs are not at the "
                 "table. Learning is compartmentalised and limited to formalised knowledge. (The paper does "
                 "not name the bureaucracy mode of this phase; 'coercive' is our reading.)",
         "context": {"system": scores(4, 3, 5, 2, 3, 3, {
             "siloed_structures": "Each organization learns inside its own teams",
             "multiple_external_drivers": "NHS England's integrated pathways initiative, commissioning"})}},
        {"id": "p2", "label": "Devolved front-line work", "start": "2014-07", "end": "2015-12",
         "bureaucracy_mode": "mixed",
         "note": "Formal frameworks set aside; a weekly multidisciplinary team with an external improvement "
                 "facilitator experiments with patient-centred care. No steering, monitoring or evaluation "
                 "(the missing 'social infrastructure'), so local successes are not identified or spread; "
                 "medical status hierarchies constrain learning.",
         "context": {"system": scores(3, 3, 3, 3, 3, 2, {
             "restricted_autonomy": "Front-line staff and unit leaders free to experiment"})}},
        {"id": "p3", "label": "Top-down reversal", "start": "2016-01", "end": "2017-12",
         "bureaucracy_mode": "coercive",
         "note": "Shifting policy priorities and NHS England's centralised strategic transformation planning "
                 "halt experimentation. Key people leave (the director of operations, the matron lead, the "
                 "commissioning manager, the improvement facilitator), interims take over and the "
                 "multidisciplinary team stops meeting.",
         "context": {"system": scores(5, 3, 4, 5, 5, 5, {
             "multiple_external_drivers": "STP targets, NHS England control imperatives",
             "emergent_change": "Policy priorities shift and the commissioning regime is inconsistent",
             "restricted_resources": "Savings targets; no time for improvement work",
             "restricted_autonomy": "Decisions taken centrally; local leaders implement"})}},
        {"id": "p4", "label": "Joint venture", "start": "2018-01", "end": "2020-03",
         "bureaucracy_mode": "enabling",
         "note": "Renewed collaboration from 2018 and a joint venture under a memorandum of understanding in "
                 "2019: a board and a project management office with rigorous steering, monitoring and "
                 "evaluation, repeatable tasks and supervisory managers reconfiguring service interfaces; "
                 "senior and middle managers learn by reflection together.",
         "context": {"system": scores(4, 3, 2, 3, 4, 2, {
             "restricted_autonomy": "The partners claimed their own operating jurisdiction"})}},
    ],
    "views": [
        {"id": "v-p1", "title": "Phase 1: formal commissioning",
         "caption": "The steering group links three senior people; each organization learns inside itself.",
         "phase": "p1", "color_by": "organization", "highlighted": ["steer", "contract", "la-risk"]},
        {"id": "v-p2", "title": "Phase 2: front-line experiments without steering",
         "caption": "The multidisciplinary team crosses every boundary but reports to no one.",
         "phase": "p2", "color_by": "organization", "highlighted": ["mdt", "la-proto", "la-cases"]},
        {"id": "v-p3", "title": "Phase 3: the top-down reversal",
         "caption": "NHS England's programme board sets targets; interims replace the people who left.",
         "phase": "p3", "color_by": "organization",
         "highlighted": ["stp", "workstream", "cc-dir-int", "asc-dir-int", "la-targets"]},
        {"id": "v-p4", "title": "Phase 4: the joint venture",
         "caption": "Enabling formal steering: board, project management office and the team, with feedback "
                    "on the care plan and reflection among managers.",
         "phase": "p4", "color_by": "organization",
         "highlighted": ["jv-board", "pmo", "mdt", "la-feedback", "la-reflect"]},
    ],
    "layout": {"positions": positions, "pinned": []},
}

emit(doc)
