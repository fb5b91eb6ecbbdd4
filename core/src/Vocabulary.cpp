// The built-in vocabularies of DOMAIN.md §2 as static tables.
//
// Sections: helpers · kinds (§2.2) · types per node kind (§2.2, §2.4) · context (§2.1) ·
// architecture (§2.2) · leadership (§2.3) · collaborative learning (§2.4) ·
// relational coordination (§2.5) · time (§2.6) · Vocabulary members · accessors
//
// Every table is a namespace-scope constexpr array; every Vocabulary is a namespace-scope constexpr
// object whose span points at its table (no function-local statics). Ids are spelled exactly as in
// DOMAIN.md; order follows DOMAIN.md (thesis core first where it says so). The static_asserts below
// check at compile time that ids are unique and that labels and descriptions are filled in. Labels and
// descriptions are marked with N_ for scripts/update-po.sh; VocabularyEntry::describe() translates a
// description.

#include "orgweave/core/Vocabulary.hpp"

#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace orgweave::core {

namespace {

// ---------------------------------------------------------------------------------------------- helpers

template <std::size_t N>
constexpr bool wellFormed(const std::array<VocabularyEntry, N>& entries) {
    for (std::size_t i = 0; i < N; ++i) {
        const VocabularyEntry& entry = entries[i];
        if (entry.id.empty() || entry.label.empty() || entry.description.empty())
            return false;
        if (entry.description.back() != '.')
            return false;
        for (std::size_t j = i + 1; j < N; ++j) {
            if (entries[j].id == entry.id)
                return false;
        }
    }
    return true;
}

// ------------------------------------------------------------------------------------ kinds (§2.2)

constexpr std::array kNodeKindEntries = std::to_array<VocabularyEntry>({
    {"organization", N_("Organization"),
     N_("An independent organization taking part in the network, such as a hospital trust or a "
        "municipality.")},
    {"site", N_("Site"),
     N_("A unit inside an organization where care is given, such as a ward, a clinic or a home care "
        "service.")},
    {"committee", N_("Committee"),
     N_("A forum where people from several parties meet, such as a strategic committee or a working group.")},
    {"role", N_("Role"),
     N_("A position in the network rather than a named person, such as a clinic director or a practice "
        "consultant.")},
    {"shared_tool", N_("Shared tool"),
     N_("Something several parties use or develop together that links their work, such as a checklist or a "
        "care pathway.")},
    {"learning_action", N_("Learning action"),
     N_("A concrete activity where people from several sites learn together, such as a joint review of "
        "patient records.")},
});

constexpr std::array kTieKindEntries = std::to_array<VocabularyEntry>({
    {"member_of", N_("Member of"),
     N_("Has a seat in a committee, for example as chair, member or observer.")},
    {"reports_to", N_("Reports to"),
     N_("Answers to another role or committee, such as a sub-committee reporting to the professional "
        "committee.")},
    {"collaborates", N_("Collaborates with"),
     N_("Works together with the other on a regular basis, without one being above the other.")},
    {"participates_in", N_("Participates in"),
     N_("Takes part in a learning action or another shared activity.")},
    {"uses", N_("Uses"), N_("Uses a shared tool in daily work.")},
    {"maintains", N_("Maintains"),
     N_("Is responsible for keeping a shared tool up to date and improving it.")},
    {"agreement", N_("Agreement"),
     N_("A formal agreement between parties, such as a cooperation agreement between a municipality and the "
        "hospital trust.")},
});

// ------------------------------------------------------------------ types per node kind (§2.2, §2.4)

constexpr std::array kOrganizationTypeEntries = std::to_array<VocabularyEntry>({
    {"hospital_trust", N_("Hospital trust"),
     N_("A public hospital organization that provides specialized care for the region.")},
    {"municipality", N_("Municipality"),
     N_("A municipality responsible for primary care, such as home care, nursing homes and municipal acute "
        "beds.")},
    {"gp_collective", N_("GP collective"),
     N_("A group of general practitioners, or their joint body, that takes part on behalf of general "
        "practice.")},
    {"user_organization", N_("User organization"),
     N_("An organization that speaks for patients, users and their relatives.")},
    {"union", N_("Union"), N_("A trade union or professional association that speaks for employees.")},
    {"university", N_("University"),
     N_("A university or university college that contributes research, education or evaluation.")},
    {"secretariat", N_("Secretariat"),
     N_("A joint secretariat or unit set up by the parties to run the collaboration day to day.")},
    {"community_care_provider", N_("Community care provider"),
     N_("A provider of community health services, such as district nursing or intermediate care (UK).")},
    {"social_care_provider", N_("Social care provider"),
     N_("A provider or authority responsible for adult social care, such as a county's social services.")},
    {"nursing_facility", N_("Nursing facility"),
     N_("A nursing home or care home that is heard in the network.")},
    {"health_insurer", N_("Health insurer"),
     N_("A health insurer that buys care and, in some regions, governs the partnership with the providers.")},
    {"voluntary_organization", N_("Voluntary organization"),
     N_("A charity or voluntary body that supports patients, carers or communities.")},
    {"citizens_platform", N_("Citizens' platform"),
     N_("A platform or panel through which citizens take part in a regional partnership.")},
    {"consultancy", N_("Consultancy"), N_("An outside adviser or consultancy that supports the network.")},
});

constexpr std::array kSiteTypeEntries = std::to_array<VocabularyEntry>({
    {"ward", N_("Ward"), N_("A hospital ward where patients are admitted for treatment and care.")},
    {"clinic", N_("Clinic"),
     N_("A division of the hospital trust, led by a clinic director, that groups wards and outpatient "
        "services.")},
    {"home_care", N_("Home care"),
     N_("A municipal service that gives care and nursing to people in their own homes.")},
    {"nursing_home", N_("Nursing home"),
     N_("A municipal home for people who need care and nursing around the clock.")},
    {"municipal_acute_beds", N_("Municipal acute beds"),
     N_("A municipal unit with beds for emergency admission of patients who would otherwise be sent to "
        "hospital.")},
    {"out_of_hours_service", N_("Out-of-hours service"),
     N_("The emergency primary care service that patients contact when their GP is closed.")},
    {"virtual_ward", N_("Virtual ward"),
     N_("A service that follows patients in their own homes with digital monitoring, much as a ward would.")},
});

constexpr std::array kCommitteeTypeEntries = std::to_array<VocabularyEntry>({
    {"partnership_meeting", N_("Partnership meeting"),
     N_("The top-level meeting, usually once a year, where the top leaders of all parties set the "
        "direction.")},
    {"strategic_committee", N_("Strategic committee"),
     N_("The committee that steers the collaboration, with directors from the municipalities and the "
        "hospital trust.")},
    {"professional_committee", N_("Professional committee"),
     N_("The committee that leads the professional and day-to-day collaboration and follows up its "
        "sub-committees.")},
    {"standing_subcommittee", N_("Standing sub-committee"),
     N_("A permanent sub-committee for one area, such as acute care, municipal acute beds or GP "
        "cooperation.")},
    {"working_group", N_("Working group"),
     N_("A time-limited group set up to solve one task, such as developing a new routine.")},
    {"professional_network", N_("Professional network"),
     N_("A network where professionals from several organizations share experience within their field.")},
    {"secretariat", N_("Secretariat"),
     N_("A secretariat that prepares meetings, keeps the records and follows up decisions for the "
        "committees.")},
    {"reflection_circle", N_("Reflection circle"),
     N_("A small group that meets regularly to reflect together on experiences from practice.")},
    {"project_team", N_("Project team"),
     N_("A team that runs a defined project with its own goal, plan and end date.")},
});

constexpr std::array kRoleTypeEntries = std::to_array<VocabularyEntry>({
    {"head_of_interaction", N_("Head of interaction"),
     N_("A leader whose job is to develop and coordinate the collaboration between the hospital trust and "
        "the "
        "municipalities.")},
    {"clinic_director", N_("Clinic director"), N_("The director of a clinic in the hospital trust.")},
    {"municipal_director", N_("Municipal director"),
     N_("A top leader of a municipality's health and care services.")},
    {"municipal_chief_physician", N_("Municipal chief physician"),
     N_("The doctor who advises a municipality on medical matters and public health.")},
    {"gp", N_("GP"), N_("A general practitioner, the patient's regular doctor in primary care.")},
    {"practice_consultant", N_("Practice consultant"),
     N_("A general practitioner employed part-time by the hospital to improve cooperation with general "
        "practice; a typical boundary spanner.")},
    {"geriatrician", N_("Geriatrician"),
     N_("A specialist doctor in the care of older people, who often live with several illnesses and "
        "services at once.")},
    {"nurse_lead", N_("Nurse lead"),
     N_("A nurse who leads nursing practice or its development in a ward, a service or a municipality.")},
    {"user_representative", N_("User representative"),
     N_("A person who speaks for patients and their relatives in committees and projects.")},
    {"employee_representative", N_("Employee representative"),
     N_("A person, often from a union, who speaks for employees in committees and projects.")},
    {"project_leader", N_("Project leader"),
     N_("A person who leads a project or working group and keeps its work on track.")},
    {"data_analyst", N_("Data analyst"),
     N_("A person who gathers and analyses data so that the parties can see their results and learn from "
        "them.")},
    {"trusted_advisor", N_("Trusted advisor"),
     N_("An independent advisor whom the parties trust to support reflection and learning across the "
        "region.")},
    {"facilitator", N_("Facilitator"),
     N_("A person who guides a learning process by supporting progress, coordination and dialogue between "
        "the parties.")},
});

constexpr std::array kSharedToolTypeEntries = std::to_array<VocabularyEntry>({
    {"checklist", N_("Checklist"),
     N_("A shared list of steps or checks that several sites follow for the same task.")},
    {"care_pathway", N_("Care pathway"),
     N_("An agreed description of the patient's route through care across organizations and of who does "
        "what.")},
    {"discharge_template", N_("Discharge template"),
     N_("A shared form for the information that goes with a patient from hospital to municipal care.")},
    {"assessment_tool", N_("Assessment tool"),
     N_("A shared method or form for assessing patients, such as their risks or care needs, the same way "
        "everywhere.")},
    {"shared_dashboard", N_("Shared dashboard"),
     N_("A shared overview of key figures that all parties can see and discuss.")},
    {"incident_report_channel", N_("Incident-report channel"),
     N_("A shared way to report and follow up adverse events and deviations that involve several "
        "organizations.")},
});

constexpr std::array kLearningActionTypeEntries = std::to_array<VocabularyEntry>({
    {"cross_site_feedback_on_shared_tool", N_("Cross-site feedback on a shared tool"),
     N_("Staff at several sites use a shared tool and give feedback on it so that it can be improved "
        "together.")},
    {"joint_patient_record_review", N_("Joint patient record review"),
     N_("Professionals from several organizations review patient records together to see how the patient's "
        "pathway actually went.")},
    {"structured_session_conflicting_logics", N_("Structured session on conflicting logics"),
     N_("A guided group session where the parties bring out and discuss their conflicting priorities and "
        "ways of thinking.")},
    {"rapid_cocreation_prototyping", N_("Rapid co-creation and prototyping"),
     N_("The people involved quickly make and try out simple drafts of a solution together and improve them "
        "in short cycles.")},
    {"reflection_circle", N_("Reflection circle"),
     N_("A group that meets regularly to reflect on experiences from practice and what to learn from them.")},
    {"job_shadowing", N_("Job shadowing"),
     N_("Staff follow a colleague in another organization through the working day to understand their "
        "work.")},
    {"incident_review", N_("Incident review"),
     N_("The parties review an adverse event together to understand what happened and prevent it from "
        "happening again.")},
    {"learning_benchmarking", N_("Learning-oriented benchmarking"),
     N_("Organizations voluntarily compare their practice and results in order to learn from each other, not "
        "to rank each other.")},
    {"joint_training", N_("Joint training"),
     N_("Staff from several organizations are trained together in the same skills or routines.")},
    {"region_wide_reflection", N_("Region-wide reflection"),
     N_("All partners in the region reflect together on shared themes and on what the results mean for "
        "further change.")},
    {"rc_feedback", N_("Relational coordination feedback"),
     N_("The results of a relational coordination survey are discussed with the roles who answered it.")},
    {"relational_coaching", N_("Relational coaching"),
     N_("A coach helps roles who depend on each other build shared goals, shared knowledge and mutual "
        "respect.")},
    {"huddles", N_("Huddles"),
     N_("Short, frequent stand-up meetings where the roles around one work process coordinate the day.")},
});

// ---------------------------------------------------------------------------------- context (§2.1)

constexpr std::array kContextFactorEntries = std::to_array<VocabularyEntry>({
    {"multiple_external_drivers", N_("Multiple external drivers for change"),
     N_("Many outside forces push for change at once, such as reforms, national plans, funding schemes and "
        "audits.")},
    {"diverse_actors", N_("Diverse actors and perspectives"),
     N_("Many different organizations, professions and interests take part, each with its own perspective.")},
    {"siloed_structures", N_("Siloed structures"),
     N_("Organizations, sectors and professions work in separate units with their own budgets, systems and "
        "routines.")},
    {"emergent_change", N_("Emergent, unpredictable change"),
     N_("Change comes unplanned and unpredictably, so plans often have to be adjusted along the way.")},
    {"restricted_resources", N_("Restricted resources"),
     N_("Time, staff and money for improvement and learning are scarce.")},
    {"restricted_autonomy", N_("Restricted leadership autonomy"),
     N_("Individual leaders have limited freedom to decide, because their decisions are bound by other "
        "levels, rules or partners.")},
});

constexpr std::array kGovernanceFormEntries = std::to_array<VocabularyEntry>({
    {"participant_governed", N_("Participant-governed"),
     N_("The member organizations govern the network together as equals, without a separate lead.")},
    {"lead_organization", N_("Lead organization"),
     N_("One member organization, often the largest, leads and coordinates the network on behalf of all.")},
    {"network_administrative_organization", N_("Network administrative organization"),
     N_("A separate secretariat or joint unit set up for the purpose runs the network on behalf of the "
        "members.")},
    {"hybrid", N_("Hybrid"),
     N_("A mix of these forms, for example shared governance with a joint secretariat for the daily "
        "coordination.")},
});

// ----------------------------------------------------------------------------- architecture (§2.2)

constexpr std::array kCommitteeMandateEntries = std::to_array<VocabularyEntry>({
    {"decision_binding", N_("Decision-binding"),
     N_("The committee makes decisions that bind the parties it represents.")},
    {"advisory", N_("Advisory"),
     N_("The committee gives advice and recommendations, but the decisions are made elsewhere.")},
    {"preparatory", N_("Preparatory"),
     N_("The committee prepares cases and proposals for another committee that decides.")},
});

constexpr std::array kDecisionRuleEntries = std::to_array<VocabularyEntry>({
    {"consensus", N_("Consensus"), N_("Decisions are made only when all parties agree.")},
    {"majority", N_("Majority"), N_("Decisions are made by a vote in which the majority decides.")},
    {"none", N_("None"),
     N_("The committee makes no decisions, for instance because it only advises or prepares.")},
});

constexpr std::array kPermanenceEntries = std::to_array<VocabularyEntry>({
    {"standing", N_("Standing"), N_("A permanent committee that meets regularly without a planned end.")},
    {"time_limited", N_("Time-limited"),
     N_("A committee set up for one task with a planned end date, such as a working group.")},
});

constexpr std::array kArchitectureCharacteristicEntries = std::to_array<VocabularyEntry>({
    {"equality_of_parties", N_("Equality of parties"),
     N_("The parties meet as equal partners whatever their size, such as the municipalities and the hospital "
        "trust.")},
    {"shared_goals", N_("Shared goals"),
     N_("The parties have agreed on what they want to achieve together for the patients.")},
    {"recognition_of_expertise", N_("Recognition of expertise"),
     N_("The knowledge and professional expertise of each party are recognized and put to use.")},
    {"ability_to_coordinate", N_("Ability to coordinate"),
     N_("The structure makes it possible to coordinate work and decisions across organizations and levels.")},
    {"ability_to_design_learning_processes", N_("Ability to design learning processes"),
     N_("The structure can set up and run learning processes across sites, such as working groups and "
        "feedback rounds.")},
    {"joint_decision_making", N_("Joint decision-making"),
     N_("Decisions that affect several parties are made by those parties together.")},
});

constexpr std::array kSeatEntries = std::to_array<VocabularyEntry>({
    {"chair", N_("Chair"), N_("Leads the meetings of the committee.")},
    {"deputy", N_("Deputy chair"), N_("Stands in for the chair when needed.")},
    {"member", N_("Member"),
     N_("A full member who takes part in the discussions and decisions of the committee.")},
    {"secretary", N_("Secretary"),
     N_("Prepares the meetings, writes the minutes and follows up decisions, often from the secretariat.")},
    {"observer", N_("Observer"),
     N_("Attends and may speak but takes no part in decisions, as GPs, users or unions often do.")},
});

// ------------------------------------------------------------------------------- leadership (§2.3)

constexpr std::array kLeadershipBehaviorEntries = std::to_array<VocabularyEntry>({
    {"providing_support", N_("Providing support"),
     N_("Backs staff in their learning and improvement work with encouragement, advice and practical help.")},
    {"building_learning_climate", N_("Building a learning climate"),
     N_("Creates a climate where people feel safe to ask questions, report mistakes and try new ways of "
        "working.")},
    {"facilitating_knowledge_dissemination", N_("Facilitating knowledge dissemination"),
     N_("Makes sure that knowledge and experience from one unit or organization reach others who can use "
        "them.")},
    {"educating", N_("Educating"),
     N_("Teaches staff, or arranges training for them, so that they gain the knowledge improvement needs.")},
    {"making_demands", N_("Making demands"),
     N_("Sets clear expectations and follows up that agreed improvements are actually carried out.")},
    {"role_modelling", N_("Role modelling"),
     N_("Shows the wanted behaviour in practice, for example by sharing own mistakes and learning from "
        "them.")},
    {"influencing_work_organization", N_("Influencing work organization"),
     N_("Shapes routines, meetings and the division of tasks so that learning can happen in daily work.")},
    {"freeing_resources_for_learning", N_("Freeing resources for learning"),
     N_("Finds time, staff and money so that people can take part in learning activities.")},
});

constexpr std::array kLeadershipCapabilityEntries = std::to_array<VocabularyEntry>({
    {"cross_boundary_leadership", N_("Cross-boundary leadership"),
     N_("Leads across organizational, professional and sector boundaries, where one has no formal authority "
        "over the others.")},
    {"contradiction_management", N_("Contradiction management"),
     N_("Brings conflicting interests and logics between parties into the open and uses them to find better "
        "solutions.")},
    {"leading_under_resource_constraints", N_("Leading under resource constraints"),
     N_("Keeps learning and improvement going when time, staff and money are scarce.")},
});

constexpr std::array kLeadershipLevelEntries = std::to_array<VocabularyEntry>({
    {"top", N_("Top management"),
     N_("Top leaders, such as a municipal director or the executive management of the hospital trust.")},
    {"middle", N_("Middle management"),
     N_("Leaders between top and first line, such as a clinic director or the head of a municipal service.")},
    {"first_line", N_("First-line management"),
     N_("Leaders who run a ward, a home care unit or a nursing home day to day.")},
    {"clinical_informal", N_("Clinical, informal"),
     N_("Clinicians who lead through their professional standing without a management post, such as a "
        "practice consultant.")},
});

constexpr std::array kDecisionAuthorityEntries = std::to_array<VocabularyEntry>({
    {"full", N_("Full"),
     N_("The role can make decisions on behalf of its organization without asking anyone else.")},
    {"delegated", N_("Delegated"),
     N_("The role can decide within limits that its organization has delegated to it.")},
    {"none", N_("None"), N_("The role cannot decide and has to take matters back to its organization.")},
});

// -------------------------------------------------------------------- collaborative learning (§2.4)

constexpr std::array kLearningStrategyEntries = std::to_array<VocabularyEntry>({
    {"iterative_refinement", N_("Iterative refinement"),
     N_("Improving solutions step by step through repeated rounds of trying, getting feedback and "
        "adjusting.")},
    {"participatory_approach", N_("Participatory approach"),
     N_("Involving the people who do the work, across sites and professions, in shaping the solutions.")},
    {"purpose_built_architecture", N_("Purpose-built architecture"),
     N_("Using committees, roles and ties designed on purpose to carry learning across organizations.")},
    {"collaborative_leadership", N_("Collaborative leadership"),
     N_("Leadership shared across organizations and levels rather than held by one person.")},
});

constexpr std::array kLearningPracticeEntries = std::to_array<VocabularyEntry>({
    {"insight_into_complex_realities", N_("Insight into complex realities"),
     N_("Gaining insight into how the work really happens across the sites, with all its complexity.")},
    {"contradictions", N_("Working with contradictions"),
     N_("Bringing tensions and conflicting views between the parties into the open and working with them.")},
    {"iteration", N_("Iteration"),
     N_("Repeating cycles of testing and adjusting until the solution works in practice.")},
    {"motivation", N_("Motivation"),
     N_("Building and keeping up the participants' motivation to take part and to keep improving.")},
    {"prototypes", N_("Prototypes"),
     N_("Making early, simple versions of a solution, such as a draft template, that people can try and "
        "comment on.")},
});

constexpr std::array kLearningPhaseEntries = std::to_array<VocabularyEntry>({
    {"questioning", N_("Questioning"), N_("Questioning and criticizing the current way of working.")},
    {"analysis", N_("Analysis"),
     N_("Analysing the situation to find out why the problems exist and how they came about.")},
    {"modelling", N_("Modelling"),
     N_("Shaping a new solution, for example as a draft routine, tool or care pathway.")},
    {"testing", N_("Testing"),
     N_("Trying the new solution in practice to see how it works and where it falls short.")},
    {"implementing", N_("Implementing"), N_("Putting the new solution into use in daily work.")},
    {"reflecting", N_("Reflecting"),
     N_("Looking back together on the process and its results to learn from them.")},
    {"consolidating", N_("Consolidating"),
     N_("Making the new practice the normal way of working and spreading it further.")},
});

constexpr std::array kLearningStatusEntries = std::to_array<VocabularyEntry>({
    {"idea", N_("Idea"), N_("The action has been proposed but not yet tried.")},
    {"tested", N_("Tested"), N_("The action has been tried on a small scale.")},
    {"implemented", N_("Implemented"), N_("The action is in use at the sites involved.")},
    {"consolidated", N_("Consolidated"), N_("The action has become a lasting part of normal work.")},
    {"spread", N_("Spread"),
     N_("The action has been taken up by sites or organizations beyond the first ones.")},
});

constexpr std::array kContradictionLevelEntries = std::to_array<VocabularyEntry>({
    {"primary", N_("Primary"),
     N_("A tension within one part of the work itself, such as a patient being both someone to care for and "
        "a cost to control.")},
    {"secondary", N_("Secondary"),
     N_("A tension between parts of the same work, such as a new task that the old tools, rules or division "
        "of labour do not support.")},
    {"tertiary", N_("Tertiary"),
     N_("A tension between the established way of working and a new, improved way that is being "
        "introduced.")},
    {"quaternary", N_("Quaternary"),
     N_("A tension between this work and neighbouring work it depends on, such as hospital discharge and "
        "municipal home care.")},
});

// ------------------------------------------------------------------- relational coordination (§2.5)

// Same order as kRcDimensions (Model.hpp); checked below.
constexpr std::array kRcDimensionEntries = std::to_array<VocabularyEntry>({
    {"frequent", N_("Frequent communication"),
     N_("How often the other communicates with you about the work process you share.")},
    {"timely", N_("Timely communication"),
     N_("Whether the other passes on information in time for you to act on it.")},
    {"accurate", N_("Accurate communication"),
     N_("Whether the information you get from the other is correct and complete.")},
    {"problem_solving", N_("Problem-solving communication"),
     N_("Whether the other works with you to solve problems rather than looking for someone to blame.")},
    {"shared_goals", N_("Shared goals"), N_("How far the other shares your goals for the work process.")},
    {"shared_knowledge", N_("Shared knowledge"), N_("How much the other knows about the work you do.")},
    {"mutual_respect", N_("Mutual respect"), N_("How much the other respects the work you do.")},
});

// ------------------------------------------------------------------------------------- time (§2.6)

constexpr std::array kBureaucracyModeEntries = std::to_array<VocabularyEntry>({
    {"enabling", N_("Enabling"),
     N_("Formal rules, plans and steering help the people at the front line do and improve their work.")},
    {"coercive", N_("Coercive"),
     N_("Formal rules and steering are imposed from the top to control the work and enforce compliance.")},
    {"mixed", N_("Mixed"), N_("Formal steering is enabling in some respects and coercive in others.")},
});

// ---------------------------------------------------------------------- parties and settings (§2.7)

constexpr std::array kPartyEntries = std::to_array<VocabularyEntry>({
    {"partner", N_("Partner"),
     N_("A governing party of the network, such as a municipality or the hospital trust in a Norwegian "
        "region.")},
    {"voice", N_("Voice"),
     N_("A party that is heard but does not govern, such as users, a GP collective, unions or observers.")},
    {"external", N_("External"),
     N_("A party that supports the network but neither governs nor delivers care, such as a university.")},
});

constexpr std::array kSectorEntries = std::to_array<VocabularyEntry>({
    {"specialist_health", N_("Specialist health care"), N_("Hospitals and specialist health services.")},
    {"primary_health", N_("Primary health care"),
     N_("Primary and community health care, such as GPs, home nursing and municipal health services.")},
    {"social_care", N_("Social care"),
     N_("Social care for adults and children, such as care homes and home help.")},
    {"public_health", N_("Public health"), N_("Prevention and health promotion for the population.")},
    {"welfare", N_("Welfare"), N_("Social security, housing, work and income support.")},
    {"insurer", N_("Insurer"), N_("Health insurance that buys care on behalf of the insured.")},
    {"research", N_("Research and education"), N_("Universities, research institutes and colleges.")},
    {"civil_society", N_("Civil society"),
     N_("Patient and user organizations, unions, voluntary organizations and citizens.")},
});

constexpr std::array kSettingEntries = std::to_array<VocabularyEntry>({
    {"no", N_("Norway"),
     N_("A Norwegian region: the hospital trust and the municipalities are the two sides of parity.")},
    {"uk", N_("United Kingdom"),
     N_("A UK health and social care partnership: health care and social care are the two sides of parity.")},
    {"nl", N_("Netherlands"),
     N_("A Dutch regional partnership: care on one side, welfare and public health on the other.")},
    {"generic", N_("Generic"),
     N_("No national profile: every partner sector is a side and the document lists the voices it expects.")},
});

constexpr std::array kParticipationEntries = std::to_array<VocabularyEntry>({
    {"voluntary", N_("Voluntary"), N_("The organizations chose to take part.")},
    {"mandatory", N_("Mandatory"), N_("Taking part is required by an authority or a contract.")},
});

constexpr std::array kBenchmarkingPurposeEntries = std::to_array<VocabularyEntry>({
    {"learning", N_("Learning"), N_("The comparison is used to learn from each other and improve.")},
    {"ranking", N_("Ranking"), N_("The comparison is used to rank or judge the organizations.")},
    {"both", N_("Both"), N_("The comparison is used both to learn and to rank.")},
});

constexpr std::array kDialogueEntries = std::to_array<VocabularyEntry>({
    {"regular_meetings", N_("Regular meetings"),
     N_("The organizations meet regularly to discuss the results and what to learn from them.")},
    {"annual_report", N_("Annual report"), N_("The results are sent out in a yearly report.")},
    {"none", N_("None"), N_("The results are not discussed between the organizations.")},
});

constexpr std::array kRecordedElementEntries = std::to_array<VocabularyEntry>({
    {"context", N_("Context"), N_("Every context factor that applies has been scored.")},
    {"architecture", N_("Architecture"), N_("Every committee, seat and mandate has been mapped.")},
    {"leadership", N_("Leadership"), N_("Every role's leadership has been assessed.")},
    {"learning", N_("Collaborative learning"), N_("Every learning action has been mapped.")},
    {"rc", N_("Relational coordination"),
     N_("Every relational coordination score of the survey has been imported.")},
    {"dates", N_("Dates"), N_("Every learning action's dates have been recorded.")},
});

// ------------------------------------------------------------------------------- compile-time checks

static_assert(wellFormed(kPartyEntries));
static_assert(wellFormed(kSectorEntries));
static_assert(wellFormed(kSettingEntries));
static_assert(wellFormed(kParticipationEntries));
static_assert(wellFormed(kBenchmarkingPurposeEntries));
static_assert(wellFormed(kDialogueEntries));
static_assert(wellFormed(kRecordedElementEntries));

static_assert(wellFormed(kNodeKindEntries));
static_assert(wellFormed(kTieKindEntries));
static_assert(wellFormed(kOrganizationTypeEntries));
static_assert(wellFormed(kSiteTypeEntries));
static_assert(wellFormed(kCommitteeTypeEntries));
static_assert(wellFormed(kRoleTypeEntries));
static_assert(wellFormed(kSharedToolTypeEntries));
static_assert(wellFormed(kLearningActionTypeEntries));
static_assert(wellFormed(kContextFactorEntries));
static_assert(wellFormed(kGovernanceFormEntries));
static_assert(wellFormed(kCommitteeMandateEntries));
static_assert(wellFormed(kDecisionRuleEntries));
static_assert(wellFormed(kPermanenceEntries));
static_assert(wellFormed(kArchitectureCharacteristicEntries));
static_assert(wellFormed(kSeatEntries));
static_assert(wellFormed(kLeadershipBehaviorEntries));
static_assert(wellFormed(kLeadershipCapabilityEntries));
static_assert(wellFormed(kLeadershipLevelEntries));
static_assert(wellFormed(kDecisionAuthorityEntries));
static_assert(wellFormed(kLearningStrategyEntries));
static_assert(wellFormed(kLearningPracticeEntries));
static_assert(wellFormed(kLearningPhaseEntries));
static_assert(wellFormed(kLearningStatusEntries));
static_assert(wellFormed(kContradictionLevelEntries));
static_assert(wellFormed(kRcDimensionEntries));
static_assert(wellFormed(kBureaucracyModeEntries));

static_assert(kNodeKindEntries.size() == kAllNodeKinds.size());
static_assert(kTieKindEntries.size() == kAllTieKinds.size());
static_assert(std::equal(kRcDimensionEntries.begin(), kRcDimensionEntries.end(), kRcDimensions.begin(),
                         kRcDimensions.end(),
                         [](const VocabularyEntry& entry, std::string_view id) { return entry.id == id; }));

// -------------------------------------------------------------------------------------- vocabularies
// Names are the singular file spelling of the attribute the vocabulary fills.

constexpr Vocabulary kNodeKinds{"node_kind", false, kNodeKindEntries};
constexpr Vocabulary kTieKinds{"tie_kind", false, kTieKindEntries};
constexpr Vocabulary kOrganizationTypes{"organization_type", true, kOrganizationTypeEntries};
constexpr Vocabulary kSiteTypes{"site_type", true, kSiteTypeEntries};
constexpr Vocabulary kCommitteeTypes{"committee_type", true, kCommitteeTypeEntries};
constexpr Vocabulary kRoleTypes{"role_type", true, kRoleTypeEntries};
constexpr Vocabulary kSharedToolTypes{"shared_tool_type", true, kSharedToolTypeEntries};
constexpr Vocabulary kLearningActionTypes{"learning_action_type", true, kLearningActionTypeEntries};
constexpr Vocabulary kContextFactors{"context_factor", true, kContextFactorEntries};
constexpr Vocabulary kGovernanceForms{"governance", false, kGovernanceFormEntries};
constexpr Vocabulary kCommitteeMandates{"mandate", false, kCommitteeMandateEntries};
constexpr Vocabulary kDecisionRules{"decision_rule", false, kDecisionRuleEntries};
constexpr Vocabulary kPermanence{"permanence", false, kPermanenceEntries};
constexpr Vocabulary kArchitectureCharacteristics{"characteristic", true, kArchitectureCharacteristicEntries};
constexpr Vocabulary kSeats{"seat", false, kSeatEntries};
constexpr Vocabulary kLeadershipBehaviors{"leadership_behavior", true, kLeadershipBehaviorEntries};
constexpr Vocabulary kLeadershipCapabilities{"leadership_capability", true, kLeadershipCapabilityEntries};
constexpr Vocabulary kLeadershipLevels{"leadership_level", false, kLeadershipLevelEntries};
constexpr Vocabulary kDecisionAuthority{"decision_authority", false, kDecisionAuthorityEntries};
constexpr Vocabulary kLearningStrategies{"strategy", true, kLearningStrategyEntries};
constexpr Vocabulary kLearningPractices{"practice", true, kLearningPracticeEntries};
constexpr Vocabulary kLearningPhases{"learning_phase", false, kLearningPhaseEntries};
constexpr Vocabulary kLearningStatus{"status", false, kLearningStatusEntries};
constexpr Vocabulary kContradictionLevels{"contradiction_level", false, kContradictionLevelEntries};
constexpr Vocabulary kRcDimensionVocabulary{"rc_dimension", false, kRcDimensionEntries};
constexpr Vocabulary kBureaucracyModes{"bureaucracy_mode", false, kBureaucracyModeEntries};
constexpr Vocabulary kParties{"party", false, kPartyEntries};
constexpr Vocabulary kSectors{"sector", true, kSectorEntries};
constexpr Vocabulary kSettings{"setting", false, kSettingEntries};
constexpr Vocabulary kParticipation{"participation", false, kParticipationEntries};
constexpr Vocabulary kBenchmarkingPurposes{"purpose", false, kBenchmarkingPurposeEntries};
constexpr Vocabulary kDialogue{"dialogue", false, kDialogueEntries};
constexpr Vocabulary kRecordedElements{"recorded", false, kRecordedElementEntries};

}  // namespace

// -------------------------------------------------------------------------------- Vocabulary members

std::string_view VocabularyEntry::describe() const {
    return describe(ui());
}

std::string_view VocabularyEntry::describe(const Translator& texts) const {
    // Every description is a literal (N_), so data() is the whole, NUL-terminated message id.
    return texts.tr(description.data());
}

const VocabularyEntry* Vocabulary::find(std::string_view id) const {
    auto it = std::find_if(entries.begin(), entries.end(),
                           [id](const VocabularyEntry& entry) { return entry.id == id; });
    return it == entries.end() ? nullptr : &*it;
}

std::string_view Vocabulary::labelOf(std::string_view id) const {
    const VocabularyEntry* entry = find(id);
    return entry != nullptr ? entry->label : id;
}

// ----------------------------------------------------------------------------------------- accessors

namespace vocabulary {

const Vocabulary& nodeKinds() {
    return kNodeKinds;
}
const Vocabulary& tieKinds() {
    return kTieKinds;
}

const Vocabulary& typesOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return kOrganizationTypes;
        case NodeKind::Site:
            return kSiteTypes;
        case NodeKind::Committee:
            return kCommitteeTypes;
        case NodeKind::Role:
            return kRoleTypes;
        case NodeKind::SharedTool:
            return kSharedToolTypes;
        case NodeKind::LearningAction:
            return kLearningActionTypes;
    }
    throw std::invalid_argument("typesOf: unknown node kind " + std::to_string(static_cast<int>(kind)));
}

const Vocabulary& contextFactors() {
    return kContextFactors;
}
const Vocabulary& governanceForms() {
    return kGovernanceForms;
}
const Vocabulary& committeeMandates() {
    return kCommitteeMandates;
}
const Vocabulary& decisionRules() {
    return kDecisionRules;
}
const Vocabulary& permanence() {
    return kPermanence;
}
const Vocabulary& architectureCharacteristics() {
    return kArchitectureCharacteristics;
}
const Vocabulary& seats() {
    return kSeats;
}
const Vocabulary& leadershipBehaviors() {
    return kLeadershipBehaviors;
}
const Vocabulary& leadershipCapabilities() {
    return kLeadershipCapabilities;
}
const Vocabulary& leadershipLevels() {
    return kLeadershipLevels;
}
const Vocabulary& decisionAuthority() {
    return kDecisionAuthority;
}
const Vocabulary& learningStrategies() {
    return kLearningStrategies;
}
const Vocabulary& learningPractices() {
    return kLearningPractices;
}
const Vocabulary& learningPhases() {
    return kLearningPhases;
}
const Vocabulary& learningStatus() {
    return kLearningStatus;
}
const Vocabulary& contradictionLevels() {
    return kContradictionLevels;
}
const Vocabulary& rcDimensions() {
    return kRcDimensionVocabulary;
}
const Vocabulary& bureaucracyModes() {
    return kBureaucracyModes;
}
const Vocabulary& parties() {
    return kParties;
}
const Vocabulary& sectors() {
    return kSectors;
}
const Vocabulary& settings() {
    return kSettings;
}
const Vocabulary& participation() {
    return kParticipation;
}
const Vocabulary& benchmarkingPurposes() {
    return kBenchmarkingPurposes;
}
const Vocabulary& dialogue() {
    return kDialogue;
}
const Vocabulary& recordedElements() {
    return kRecordedElements;
}

}  // namespace vocabulary

}  // namespace orgweave::core
