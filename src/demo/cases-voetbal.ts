import { ActionKind, ActionStatus, CasePhase, GoalStatus, InformationCategory as C, ParticipantRole, RelationKind, Track } from "../domain/enums";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;
const { OPEN, IN_PROGRESS, DONE } = ActionStatus;

/** PGA Voetbal: safety partners and the club only. No legal basis, so no care data: the table works on safety information. */
export const VOETBAL_CASES: CaseSpec[] = [
  {
    reference: "ZVH-RR-{jaar}-0109", table: "pgaVoetbal", phase: CasePhase.ACTIVE_DIRECTION,
    subject: { fullName: "Dylan Kok", dateOfBirth: "2004-04-11", municipality: "Rotterdam (Hoogvliet)" },
    related: [["Ricardo V. (groepslid harde kern)", RelationKind.GROUP_MEMBER], ["Jordy S. (groepslid harde kern)", RelationKind.GROUP_MEMBER]],
    registeredBy: "politie-rotterdam", registered: 200, informed: true,
    tried: "Politie: twee voetbalstopgesprekken; de club sprak een clubstadionverbod uit.",
    triaged: 195, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 180,
    participants: [
      { org: "politie-rotterdam", role: CASE_DIRECTOR, name: "Sven de Boer (voetbalcoördinator politie)" },
      { org: "bvo-maasstad", role: CHAIN_PARTNER, name: "Erik Timmer (veiligheidscoördinator BVO)", joined: 195 },
      { org: "om-rotterdam", role: CHAIN_PARTNER, name: "mr. Jasper van Dijk (voetbalofficier)", joined: 195 },
      { org: "gemeente-rotterdam-oov", role: CHAIN_PARTNER, name: "Tom Hendriks (adviseur OOV)", joined: 180 },
    ],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 210, shared: 190, content: "Betrokken bij een vechtpartij na de derby; aangehouden voor openlijke geweldpleging." },
      { category: C.SAFETY, supplier: "bvo-maasstad", fact: 205, shared: 190, content: "Landelijk stadionverbod van 24 maanden (KNVB) en een clubstadionverbod." },
      { category: C.SAFETY, supplier: "gemeente-rotterdam-oov", fact: 175, shared: 175, content: "Gebiedsverbod rond het stadion op wedstrijddagen (art. 172a Gemeentewet)." },
    ],
    plans: [{
      summary: care(C.WORK_INCOME, "Toestandsbeeld: jonge supporter in de harde kern; verbod en meldplicht combineren met een traject naar werk, los van de groep."),
      proposedBy: "politie-rotterdam", proposed: 175, approved: 170,
      goals: [
        { description: "Geen geweld rond wedstrijden", priority: true, status: GoalStatus.OPEN },
        { description: "Losgemaakt uit de harde kern", priority: true, status: GoalStatus.OPEN },
        { description: care(C.WORK_INCOME, "Werk of opleiding"), priority: false, status: GoalStatus.OPEN },
      ],
      actions: [
        { description: "Meldplicht op wedstrijddagen bij het politiebureau", kind: ActionKind.SAFETY, executor: "politie-rotterdam", due: -100, status: IN_PROGRESS, goal: 0,
          reports: [{ by: "politie-rotterdam", at: 15, feedback: "Meldplicht tot nu toe steeds nagekomen.", statusAfter: IN_PROGRESS }] },
        { description: "Stadionverbod handhaven met camerabeelden bij de ingangen", kind: ActionKind.SAFETY, executor: "bvo-maasstad", due: -100, status: IN_PROGRESS, goal: 0 },
        { description: "Gesprek met ouders en een mentor (PGA-traject)", kind: ActionKind.SAFETY, executor: "gemeente-rotterdam-oov", due: 100, status: DONE, goal: 1,
          reports: [{ by: "gemeente-rotterdam-oov", at: 110, feedback: "Mentor gekoppeld; ouders betrokken.", statusAfter: DONE }] },
        { description: care(C.WORK_INCOME, "Aanmelding bij het werkgeversservicepunt"), kind: ActionKind.CARE, executor: "gemeente-rotterdam-oov", due: -30, status: OPEN, goal: 2 },
      ],
    }],
  },
  {
    reference: "ZVH-RR-{jaar}-0110", table: "pgaVoetbal", phase: CasePhase.REFERRED,
    subject: { fullName: "Bas Willems", dateOfBirth: "2007-06-25", municipality: "Barendrecht" },
    registeredBy: "bvo-maasstad", registered: 50, informed: true,
    tried: "Club: gesprek met betrokkene en ouders na het incident.",
    triaged: 45, track: Track.TRACK_2_FOLLOW_UP_BY_PARTNER, trackDecided: 30, closed: 30,
    participants: [
      { org: "bvo-maasstad", role: REGISTRANT, name: "Erik Timmer (veiligheidscoördinator BVO)" },
      { org: "politie-rotterdam", role: CHAIN_PARTNER, name: "Sven de Boer (voetbalcoördinator politie)", joined: 45 },
    ],
    information: [{ category: C.SAFETY, supplier: "bvo-maasstad", fact: 55, shared: 50, content: "Vuurwerk afgestoken in vak S tijdens een thuiswedstrijd; eerste incident." }],
  },
];
