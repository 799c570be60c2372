import { ActionKind, ActionStatus, CasePhase, EscalationLevel, GoalStatus, InformationCategory as C, LegalBasisType, ParticipantRole, SignalKind, Track } from "../domain/enums";
import { PROTOCOL_458TER } from "./cases-samen";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;

/** SAMEN Antwerpen: a registration awaiting triage, an advice (track 1), and a case closed because treatment proved impossible. */
export const SAMEN_OTHER_CASES: CaseSpec[] = [
  {
    reference: "SAMEN-ANT-{jaar}-0203", table: "samenZorg", phase: CasePhase.REGISTERED,
    subject: { fullName: "Lotte Wouters", dateOfBirth: "1980-03-08", municipality: "Antwerpen (Kiel)" },
    registeredBy: "caw-antwerpen", registered: 3, informed: true,
    tried: "CAW: outreachend werk met drie huisbezoeken; buurtbemiddeling zonder resultaat.",
    participants: [{ org: "caw-antwerpen", role: REGISTRANT, name: "Hilde Vermeiren (CAW)" }],
    information: [{ category: C.SAFETY, supplier: "caw-antwerpen", fact: 5, shared: 3, content: "Aanhoudend conflict met de buren; de politie kwam vier keer ter plaatse." }],
  },
  {
    reference: "SAMEN-ANT-{jaar}-0204", table: "samenStraf", phase: CasePhase.REFERRED,
    subject: { fullName: "Dries Maes", dateOfBirth: "1974-06-19", municipality: "Mortsel" },
    registeredBy: "politie-antwerpen", registered: 80, informed: true, triaged: 75,
    track: Track.TRACK_1_ADVICE, trackDecided: 62, closed: 62,
    tried: "Politie: twee verwittigingen voor vandalisme.",
    participants: [{ org: "politie-antwerpen", role: REGISTRANT, name: "Bart Jacobs (wijkinspecteur)" }],
    information: [{ category: C.SAFETY, supplier: "politie-antwerpen", fact: 85, shared: 80, content: "Twee meldingen van vandalisme aan geparkeerde auto's." }],
  },
  {
    reference: "SAMEN-ANT-{jaar}-0205", table: "samenZorg", phase: CasePhase.CLOSED,
    subject: { fullName: "Wim Goossens", dateOfBirth: "1965-01-27", municipality: "Antwerpen (Linkeroever)" },
    registeredBy: "stad-antwerpen-veiligheid", registered: 330, informed: true,
    tried: "Stad: huisbezoek door de wijkregisseur; brandweer stelde een brandgevaarlijke situatie vast.",
    triaged: 322, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 300, closed: 45,
    closure: { treatmentImpossible: true, note: "Betrokkene weigert elke vorm van hulp en is sinds het verlaten van de woning onvindbaar. Bij nieuwe signalen meldt de politie aan SAMEN." },
    participants: [
      { org: "stad-antwerpen-veiligheid", role: REGISTRANT, name: "Koen Peeters (wijkregisseur)" },
      { org: "cgg-antwerpen", role: CASE_DIRECTOR, name: "Eva Willems (CGG, mobiel team)", joined: 300 },
      { org: "ocmw-antwerpen", role: CHAIN_PARTNER, name: "Maarten Dewulf (maatschappelijk werker)", joined: 300 },
      { org: "politie-antwerpen", role: CHAIN_PARTNER, name: "Bart Jacobs (wijkinspecteur)", joined: 300 },
    ],
    bases: [{
      type: LegalBasisType.PROTOCOL_458TER, categories: [C.HEALTH, C.WORK_INCOME], document: PROTOCOL_458TER, recordedBy: "samen-regisseur-els", from: 295,
      orgs: ["stad-antwerpen-veiligheid", "cgg-antwerpen", "ocmw-antwerpen", "politie-antwerpen", "samen-antwerpen"],
    }],
    information: [
      { category: C.SAFETY, supplier: "stad-antwerpen-veiligheid", fact: 335, shared: 298, content: "Brandgevaarlijke situatie in het appartement vastgesteld door de brandweer." },
      { category: C.HEALTH, supplier: "cgg-antwerpen", fact: 290, shared: 289, basis: 0, content: "Zorgmijdend; vermoeden van een psychotische stoornis zonder ziekte-inzicht." },
      { category: C.WORK_INCOME, supplier: "ocmw-antwerpen", fact: 288, shared: 287, basis: 0, content: "Huurachterstand van zes maanden; uithuiszetting aangekondigd." },
    ],
    plans: [{
      summary: "Afstemmingsplan: contact herstellen via het mobiele team; huisvesting veiligstellen.", proposedBy: "cgg-antwerpen", proposed: 295, approved: 290,
      goals: [
        { description: "Betrokkene aanvaardt begeleiding", priority: true, status: GoalStatus.NOT_REACHED },
        { description: "De woonsituatie is veilig", priority: true, status: GoalStatus.NOT_REACHED },
      ],
      actions: [
        { description: "Outreachend contact door het mobiele team", kind: ActionKind.CARE, executor: "cgg-antwerpen", due: 200, status: ActionStatus.NOT_FEASIBLE, goal: 0,
          reports: [{ by: "cgg-antwerpen", at: 152, feedback: "Zes pogingen; betrokkene doet niet open en weigert elk contact.", statusAfter: ActionStatus.NOT_FEASIBLE }] },
        { description: care(C.WORK_INCOME, "Regeling van de huurachterstand"), kind: ActionKind.CARE, executor: "ocmw-antwerpen", due: 180, status: ActionStatus.CANCELLED, goal: 1 },
      ],
    }],
    signals: [{ kind: SignalKind.ACTION_NOT_FEASIBLE, raisedBy: "cgg-antwerpen", raised: 150, level: EscalationLevel.MANAGER, escalated: 140, resolved: 45, action: 0,
      description: care(C.HEALTH, "Outreachend contact lukt niet; opgeschaald naar het management van CGG en stad voor een besluit over gedwongen zorg.") }],
  },
];
