import {
  ActionKind, ActionStatus, CasePhase, EscalationLevel, GoalStatus, InformationCategory as C, LegalBasisType, ParticipantRole, RelationKind, SignalKind, Track,
} from "../domain/enums";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;
const { OPEN, IN_PROGRESS, DONE, NOT_FEASIBLE } = ActionStatus;

const JANSEN_GOALS = [
  { description: "De overlast voor de buren stopt", priority: true, status: GoalStatus.OPEN },
  { description: care(C.HEALTH, "Diagnostiek van de geheugenproblemen is afgerond"), priority: true, status: GoalStatus.OPEN },
  { description: "De woning is schoon en veilig", priority: false, status: GoalStatus.OPEN },
];

/** Casus op Maat Rotterdam-Zuid and MDA++: the intake end of the process (registration, triage, dossier forming) and one running case. */
export const ZUID_CASES: CaseSpec[] = [
  {
    reference: "ZVH-RR-{jaar}-0104", table: "casusOpMaat", phase: CasePhase.ACTIVE_DIRECTION,
    subject: { fullName: "Henk Jansen", dateOfBirth: "1968-05-09", municipality: "Rotterdam (Hillesluis)" },
    registeredBy: "gemeente-rotterdam-oov", registered: 120, informed: true,
    tried: "Twee waarschuwingsbrieven over overlast; de woningcorporatie voerde een gesprek; het wijkteam kreeg geen toegang tot de woning.",
    triaged: 115, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 95,
    participants: [
      { org: "gemeente-rotterdam-oov", role: REGISTRANT, name: "Ayoub Karim (adviseur OOV)" },
      { org: "wijkteam-rotterdam-zuid", role: CASE_DIRECTOR, name: "Hanna de Vries (wijkteam Hillesluis)", joined: 115 },
      { org: "ggz-rijnmond", role: CHAIN_PARTNER, name: "Fleur Jacobs (SPV)", joined: 95 },
      { org: "politie-rotterdam", role: CHAIN_PARTNER, name: "Bram Koster (wijkagent Hillesluis)", joined: 115 },
    ],
    bases: [{
      type: LegalBasisType.CONSENT, categories: [C.HEALTH, C.INTELLECT], orgs: ["ggz-rijnmond", "wijkteam-rotterdam-zuid"], recordedBy: "pd-anna-smit", from: 90,
      document: "Toestemming betrokkene voor gegevensdeling tussen de zorgpartners (formulier wijkteam Zuid); politie en gemeente uitgezonderd",
    }],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 125, shared: 110, content: "Elf meldingen van geluidsoverlast en twee van bedreiging van buren dit jaar." },
      { category: C.SAFETY, supplier: "gemeente-rotterdam-oov", fact: 100, shared: 100, content: "De woningcorporatie kondigt een procedure tot ontbinding van de huurovereenkomst aan." },
      { category: C.HEALTH, supplier: "ggz-rijnmond", fact: 80, shared: 79, basis: 0, content: "Vermoedelijk beginnende dementie; de huisarts verwijst naar de geheugenpolikliniek." },
      { category: C.INTELLECT, supplier: "wijkteam-rotterdam-zuid", fact: 78, shared: 77, basis: 0,
        content: "Moeite met lezen en overzicht houden; ondersteuningsbehoefte vergelijkbaar met een licht verstandelijke beperking." },
    ],
    plans: [
      {
        summary: care(C.HEALTH, "Toestandsbeeld: overlast en vervuiling door vermoedelijk cognitieve achteruitgang; eerst zorg en diagnostiek, handhaving als stok achter de deur."),
        proposedBy: "wijkteam-rotterdam-zuid", proposed: 90, approved: 85, goals: JANSEN_GOALS,
        actions: [
          { description: "Gezamenlijk huisbezoek GGZ en wijkteam", kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: 60, status: DONE, goal: 0,
            reports: [{ by: "wijkteam-rotterdam-zuid", at: 62, feedback: "Binnen geweest; betrokkene staat open voor hulp bij het huishouden.", statusAfter: DONE }] },
          { description: care(C.HEALTH, "Afspraak geheugenpolikliniek"), kind: ActionKind.CARE, executor: "ggz-rijnmond", due: -14, status: IN_PROGRESS, goal: 1 },
          { description: "Bemiddeling met de buren via Buurtbemiddeling", kind: ActionKind.SAFETY, executor: "gemeente-rotterdam-oov", due: 30, status: NOT_FEASIBLE, goal: 0,
            reports: [{ by: "gemeente-rotterdam-oov", at: 29, feedback: "De buren weigeren bemiddeling.", statusAfter: NOT_FEASIBLE }] },
          { description: "Schoonmaak en ongediertebestrijding", kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: -20, status: OPEN, goal: 2 },
        ],
      },
      {
        summary: "Herziening na het signaal over de bemiddeling: een andere woonvorm onderzoeken.", proposedBy: "wijkteam-rotterdam-zuid", proposed: 3,
        goals: [...JANSEN_GOALS, { description: "Een passende woonvorm is onderzocht", priority: false, status: GoalStatus.OPEN }],
        actions: [{ description: care(C.HEALTH, "Onderzoek naar beschermd wonen of een Wlz-indicatie"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: -60, status: OPEN, goal: 3 }],
      },
    ],
    signals: [{ kind: SignalKind.ACTION_NOT_FEASIBLE, raisedBy: "gemeente-rotterdam-oov", raised: 28, level: EscalationLevel.CASE_DIRECTOR, action: 2,
      description: "Buurtbemiddeling is niet mogelijk: de buren weigeren. Verhuizing lijkt de enige duurzame oplossing." }],
  },
  {
    reference: "ZVH-RR-{jaar}-0105", table: "casusOpMaat", phase: CasePhase.REGISTERED,
    subject: { fullName: "Ilse Vermeulen", dateOfBirth: "1982-02-17", municipality: "Rotterdam (Carnisse)" },
    registeredBy: "veilig-thuis-rr", registered: 4,
    informed: "Niet geïnformeerd: betrokkene dreigde eerder met geweld tegen hulpverleners; eerst veiligheidsafspraken maken met de politie.",
    tried: "Veilig Thuis legde twee huisbezoeken af; betrokkene weigert hulp. De kinderen wonen tijdelijk bij hun vader.",
    participants: [{ org: "veilig-thuis-rr", role: REGISTRANT, name: "Sanne Mulder (Veilig Thuis)" }],
    information: [{ category: C.SAFETY, supplier: "veilig-thuis-rr", fact: 6, shared: 4, content: "Dreigende uitlatingen richting buren en hulpverleners." }],
  },
  {
    reference: "ZVH-RR-{jaar}-0106", table: "casusOpMaat", phase: CasePhase.REJECTED,
    subject: { fullName: "Peter Smits", dateOfBirth: "1959-07-30", municipality: "Rotterdam (Tarwewijk)" },
    registeredBy: "wijkteam-rotterdam-zuid", registered: 60, informed: true, triaged: 55,
    tried: "Wijkteam: vier huisbezoeken, hulp bij de administratie aangeboden.",
    rejectionReason: care(C.HEALTH, "Geen meervoudige problematiek op het snijvlak van zorg en veiligheid: eenzaamheid en vervuiling zonder veiligheidsrisico. Advies: regulier wijkteamtraject met bemoeizorg van de GGD."),
    participants: [{ org: "wijkteam-rotterdam-zuid", role: REGISTRANT, name: "Hanna de Vries (wijkteam)" }],
  },
  {
    reference: "ZVH-RR-{jaar}-0107", table: "mda", phase: CasePhase.DOSSIER_FORMING,
    subject: { fullName: "Marco de Groot", dateOfBirth: "1990-10-03", municipality: "Rotterdam (IJsselmonde)" },
    related: [["Linda de Groot-Peters", RelationKind.PARTNER], ["Noah de Groot (7)", RelationKind.CHILD], ["Evi de Groot (4)", RelationKind.CHILD]],
    registeredBy: "veilig-thuis-rr", registered: 21, informed: true, triaged: 17,
    tried: "Veilig Thuis: twee tijdelijke huisverboden; een vrijwillig hulpverleningstraject werd afgebroken.",
    participants: [
      { org: "veilig-thuis-rr", role: REGISTRANT, name: "Sanne Mulder (Veilig Thuis)" },
      { org: "politie-rotterdam", role: CHAIN_PARTNER, name: "Iris Dekker (taakaccent huiselijk geweld)", joined: 17 },
      { org: "om-rotterdam", role: CHAIN_PARTNER, name: "mr. Ruben Smit (officier huiselijk geweld)", joined: 17 },
      { org: "jeugdzorg-rijnmond", role: CHAIN_PARTNER, name: "Karin Bakker (jeugdbeschermer)", joined: 17 },
      { org: "reclassering-rotterdam", role: CHAIN_PARTNER, name: "Nadia Amrani (reclasseringswerker)", joined: 17 },
    ],
    bases: [{
      type: LegalBasisType.VITAL_INTEREST, categories: [C.EDUCATION, C.HEALTH], orgs: ["politie-rotterdam", "om-rotterdam", "reclassering-rotterdam", "zvh-rotterdam-rijnmond"],
      document: "Besluit procesregisseur: vitaal belang van de kinderen (acuut onveilige thuissituatie), geldig drie maanden", recordedBy: "pd-anna-smit", from: 16, until: -74,
    }],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 30, shared: 16, content: "Drie meldingen van huiselijk geweld dit jaar; bij de laatste liep de partner letsel op." },
      { category: C.SAFETY, supplier: "om-rotterdam", fact: 14, shared: 14, content: "Verdachte in een zaak van mishandeling van de partner; zitting gepland." },
      { category: C.EDUCATION, supplier: "jeugdzorg-rijnmond", fact: 12, shared: 11, basis: 0, content: "Noah verzuimt structureel op maandag; school ziet signalen van angst." },
      { category: C.HEALTH, supplier: "veilig-thuis-rr", fact: 31, shared: 15, basis: 0, content: "De partner is op de spoedeisende hulp behandeld voor letsel aan de arm." },
    ],
  },
];
