import {
  ActionKind, ActionStatus, CARE_CATEGORIES, CasePhase, EscalationLevel, GoalStatus, InformationCategory as C, LegalBasisType, ParticipantRole,
  RelationKind, SignalKind, Track,
} from "../domain/enums";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;
const { IN_PROGRESS, DONE } = ActionStatus;
export const PROTOCOL_458TER = "Protocolakkoord casusoverleg art. 458ter Sw – SAMEN Antwerpen, ondertekend door alle deelnemers aan deze casus";

/**
 * SAMEN Antwerpen, expertentafel with criminal-law component. Under the 458ter protocol every named
 * partner may share and read, so the parket and the police read care data here.
 */
export const SAMEN_CASES: CaseSpec[] = [
  {
    reference: "SAMEN-ANT-{jaar}-0201", table: "samenStraf", phase: CasePhase.ACTIVE_DIRECTION,
    subject: { fullName: "Jonas Peeters", dateOfBirth: "1998-12-01", municipality: "Antwerpen (Borgerhout)" },
    related: [["Sofie Claes", RelationKind.PARTNER]],
    registeredBy: "parket-antwerpen", registered: 170, informed: true,
    tried: "Parket: twee processen-verbaal voor intrafamiliaal geweld; slachtofferonthaal ingeschakeld; vrijwillige begeleiding bij het CAW afgehaakt.",
    triaged: 160, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 150,
    participants: [
      { org: "parket-antwerpen", role: REGISTRANT, name: "Lies Van den Broeck (criminoloog parket)" },
      { org: "justitiehuis-antwerpen", role: CASE_DIRECTOR, name: "Pieter Wouters (justitieassistent)", joined: 150 },
      { org: "politie-antwerpen", role: CHAIN_PARTNER, name: "Bart Jacobs (wijkinspecteur)", joined: 160 },
      { org: "caw-antwerpen", role: CHAIN_PARTNER, name: "Hilde Vermeiren (CAW, slachtofferhulp)", joined: 150 },
      { org: "cgg-antwerpen", role: CHAIN_PARTNER, name: "dr. An Segers (psychiater CGG)", joined: 150 },
      { org: "ocmw-antwerpen", role: CHAIN_PARTNER, name: "Maarten Dewulf (maatschappelijk werker)", joined: 150 },
    ],
    bases: [{
      type: LegalBasisType.PROTOCOL_458TER, categories: [...CARE_CATEGORIES], document: PROTOCOL_458TER, recordedBy: "samen-regisseur-els", from: 155,
      orgs: ["parket-antwerpen", "justitiehuis-antwerpen", "politie-antwerpen", "caw-antwerpen", "cgg-antwerpen", "ocmw-antwerpen", "samen-antwerpen"],
    }],
    information: [
      { category: C.SAFETY, supplier: "politie-antwerpen", fact: 180, shared: 152, content: "Vier politie-interventies voor intrafamiliaal geweld in anderhalf jaar." },
      { category: C.SAFETY, supplier: "parket-antwerpen", fact: 140, shared: 140, content: "Vervolging lopende; vrijheid onder voorwaarden met contactverbod en begeleiding." },
      { category: C.HEALTH, supplier: "cgg-antwerpen", fact: 145, shared: 144, basis: 0, content: "Depressieve stoornis; behandeling bij het CGG gestart." },
      { category: C.ADDICTION, supplier: "caw-antwerpen", fact: 146, shared: 145, basis: 0, content: "Cocaïnegebruik in het weekend, door betrokkene erkend." },
      { category: C.WORK_INCOME, supplier: "ocmw-antwerpen", fact: 148, shared: 147, basis: 0, content: "Leefloon; schuldbemiddeling via het OCMW opgestart." },
    ],
    plans: [{
      summary: care(C.HEALTH, "Afstemmingsplan: veiligheid van de partner eerst; behandeling van depressie en middelengebruik; financiële rust."),
      proposedBy: "justitiehuis-antwerpen", proposed: 145, approved: 140,
      goals: [
        { description: "Geen nieuw intrafamiliaal geweld", priority: true, status: GoalStatus.OPEN },
        { description: care(C.HEALTH, "Behandeling van depressie en middelengebruik loopt"), priority: true, status: GoalStatus.OPEN },
        { description: care(C.WORK_INCOME, "Financiële stabiliteit"), priority: false, status: GoalStatus.OPEN },
      ],
      actions: [
        { description: "Opvolging van de voorwaarden (vrijheid onder voorwaarden)", kind: ActionKind.SAFETY, executor: "justitiehuis-antwerpen", due: -30, status: IN_PROGRESS, goal: 0,
          reports: [{ by: "justitiehuis-antwerpen", at: 35, feedback: "Voorwaarden nageleefd; contactverbod gerespecteerd.", statusAfter: IN_PROGRESS }] },
        { description: care(C.HEALTH, "Dubbeldiagnosetraject bij het CGG"), kind: ActionKind.CARE, executor: "cgg-antwerpen", due: -60, status: IN_PROGRESS, goal: 1 },
        { description: "Begeleiding van de partner door het CAW", kind: ActionKind.CARE, executor: "caw-antwerpen", due: 20, status: DONE, goal: 0,
          reports: [{ by: "caw-antwerpen", at: 21, feedback: "Veiligheidsplan met de partner opgesteld.", statusAfter: DONE }] },
        { description: care(C.WORK_INCOME, "Budgetbeheer door het OCMW"), kind: ActionKind.CARE, executor: "ocmw-antwerpen", due: -10, status: IN_PROGRESS, goal: 2 },
        { description: "Maandelijks huisbezoek door de wijkinspecteur", kind: ActionKind.SAFETY, executor: "politie-antwerpen", due: -90, status: IN_PROGRESS, goal: 0 },
      ],
    }],
    signals: [{ kind: SignalKind.SITUATION_CHANGED, raisedBy: "politie-antwerpen", raised: 9, level: EscalationLevel.CASE_DIRECTOR,
      description: "Nieuwe interventie na een ruzie; geen letsel. De partner verblijft tijdelijk bij familie." }],
  },
  {
    reference: "SAMEN-ANT-{jaar}-0202", table: "samenStraf", phase: CasePhase.DOSSIER_FORMING,
    subject: { fullName: "Kevin Janssens", dateOfBirth: "1992-09-14", municipality: "Antwerpen (Deurne)" },
    registeredBy: "politie-antwerpen", registered: 25, informed: true, triaged: 20,
    tried: "Politie: verwittiging en een proces-verbaal voor belaging; slachtoffer doorverwezen naar het CAW.",
    participants: [
      { org: "politie-antwerpen", role: REGISTRANT, name: "Bart Jacobs (wijkinspecteur)" },
      { org: "parket-antwerpen", role: CHAIN_PARTNER, name: "Lies Van den Broeck (criminoloog parket)", joined: 20 },
      { org: "cgg-antwerpen", role: CHAIN_PARTNER, name: "dr. An Segers (psychiater CGG)", joined: 20 },
      { org: "caw-antwerpen", role: CHAIN_PARTNER, name: "Hilde Vermeiren (CAW)", joined: 20 },
    ],
    bases: [{
      type: LegalBasisType.PROTOCOL_458TER, categories: [C.HEALTH, C.ADDICTION], document: PROTOCOL_458TER, recordedBy: "samen-regisseur-els", from: 18,
      orgs: ["politie-antwerpen", "parket-antwerpen", "cgg-antwerpen", "caw-antwerpen", "samen-antwerpen"],
    }],
    information: [
      { category: C.SAFETY, supplier: "politie-antwerpen", fact: 27, shared: 18, content: "Belaging van de ex-partner: tientallen berichten per dag, twee keer aan haar woning." },
      { category: C.HEALTH, supplier: "cgg-antwerpen", fact: 16, shared: 15, basis: 0, content: "In 2023 opgenomen na een psychotische decompensatie; sindsdien geen behandeling." },
    ],
  },
];
