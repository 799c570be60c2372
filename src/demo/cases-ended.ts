import { ActionKind, ActionStatus, CasePhase, GoalStatus, InformationCategory as C, LegalBasisType, ParticipantRole, RelationKind, Track } from "../domain/enums";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;
const { DONE } = ActionStatus;

/** Two Rotterdam cases whose joint approach has ended: closed on the three statements, and scaled down. */
export const ENDED_CASES: CaseSpec[] = [
  {
    reference: "ZVH-RR-{jaar}-0103", table: "topX", phase: CasePhase.CLOSED,
    subject: { fullName: "Youssef Bakker", dateOfBirth: "1994-11-20", municipality: "Schiedam" },
    registeredBy: "politie-rotterdam", registered: 700, informed: true,
    tried: "Politie: persoonsgerichte aanpak (PGA) door de wijkagent; twee keer aangehouden voor woninginbraak.",
    triaged: 693, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 680, passiveSince: 470, closed: 270,
    closure: { treatmentImpossible: false, note: care(C.WORK_INCOME, "Vast werk bij een bouwbedrijf, woont zelfstandig; het wijkteam houdt een vinger aan de pols.") },
    participants: [
      { org: "politie-rotterdam", role: REGISTRANT, name: "Mark Visser (wijkagent)" },
      { org: "reclassering-rotterdam", role: CASE_DIRECTOR, name: "Jeroen Maas (reclasseringswerker)", joined: 680 },
      { org: "wijkteam-rotterdam-zuid", role: CHAIN_PARTNER, name: "Hanna de Vries (wijkteam)", joined: 680 },
      { org: "ggz-rijnmond", role: CHAIN_PARTNER, name: "Fleur Jacobs (SPV)", joined: 680 },
    ],
    bases: [{
      type: LegalBasisType.CONSENT, categories: [C.WORK_INCOME, C.HEALTH], orgs: ["politie-rotterdam", "reclassering-rotterdam", "zvh-rotterdam-rijnmond"],
      document: "Toestemmingsverklaring betrokkene, getekend bij de intake; geldig tot de afsluiting", recordedBy: "pd-anna-smit", from: 670, until: 270,
    }],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 720, shared: 675, content: "Twaalf woninginbraken in Schiedam-Oost; onherroepelijk veroordeeld." },
      { category: C.WORK_INCOME, supplier: "wijkteam-rotterdam-zuid", fact: 500, shared: 498, basis: 0,
        content: "Bijstandsuitkering beëindigd: betaald werk via een leerwerktraject in de bouw." },
      { category: C.HEALTH, supplier: "ggz-rijnmond", fact: 600, shared: 598, basis: 0, content: "Slaapproblemen en somberheid; kortdurende behandeling afgerond." },
    ],
    plans: [{
      summary: care(C.WORK_INCOME, "Toestandsbeeld: inbraken om schulden af te lossen; werk en schuldhulp nemen de reden weg."), proposedBy: "reclassering-rotterdam", proposed: 670, approved: 660,
      goals: [
        { description: "Geen nieuwe inbraken", priority: true, status: GoalStatus.REACHED },
        { description: care(C.WORK_INCOME, "Betaald werk"), priority: true, status: GoalStatus.REACHED },
      ],
      actions: [
        { description: "Elektronische enkelband en toezicht", kind: ActionKind.SAFETY, executor: "reclassering-rotterdam", due: 500, status: DONE, goal: 0,
          reports: [{ by: "reclassering-rotterdam", at: 495, feedback: "Toezicht afgerond zonder overtredingen.", statusAfter: DONE }] },
        { description: care(C.WORK_INCOME, "Leerwerktraject en schuldhulp"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: 480, status: DONE, goal: 1,
          reports: [{ by: "wijkteam-rotterdam-zuid", at: 490, feedback: care(C.WORK_INCOME, "Traject afgerond; schuldregeling loopt."), statusAfter: DONE }] },
      ],
    }],
  },
  {
    reference: "ZVH-RR-{jaar}-0108", table: "mda", phase: CasePhase.SCALED_DOWN,
    subject: { fullName: "Jeroen Hoek", dateOfBirth: "1985-01-22", municipality: "Capelle aan den IJssel" },
    related: [["Mirjam Hoek-Verbeek (ex-partner)", RelationKind.PARTNER]],
    registeredBy: "politie-rotterdam", registered: 300, informed: true,
    tried: "Politie: stopgesprek en een tijdelijk huisverbod; Veilig Thuis bood hulp aan, die werd geweigerd.",
    triaged: 295, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 280, closed: 90,
    scaleDownReason: "De belaging is gestopt sinds het contactverbod en het toezicht; de begeleiding gaat lokaal verder bij het wijkteam.",
    participants: [
      { org: "politie-rotterdam", role: REGISTRANT, name: "Iris Dekker (zedenrechercheur)" },
      { org: "reclassering-rotterdam", role: CASE_DIRECTOR, name: "Nadia Amrani (reclasseringswerker)", joined: 280 },
      { org: "wijkteam-rotterdam-zuid", role: CHAIN_PARTNER, name: "Rik Bosman (wijkteam Capelle)", joined: 280 },
      { org: "veilig-thuis-rr", role: CHAIN_PARTNER, name: "Sanne Mulder (Veilig Thuis)", joined: 295 },
    ],
    bases: [{
      type: LegalBasisType.LEGAL_DUTY, categories: [C.ADDICTION], orgs: ["reclassering-rotterdam", "zvh-rotterdam-rijnmond"], recordedBy: "pd-anna-smit", from: 278,
      document: care(C.ADDICTION, "Wettelijke taak reclassering: toezicht op de bijzondere voorwaarden (art. 14c Sr), waaronder middelencontrole"),
    }],
    information: [
      { category: C.ADDICTION, supplier: "wijkteam-rotterdam-zuid", fact: 276, shared: 275, basis: 0, content: "Overmatig alcoholgebruik sinds de scheiding; sinds de training sterk verminderd." },
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 310, shared: 294, content: "Belaging van de ex-partner: berichten, posten bij haar woning; contactverbod opgelegd." },
      { category: C.SAFETY, supplier: "reclassering-rotterdam", fact: 120, shared: 118, content: "Toezicht verloopt volgens afspraak; geen overtredingen van het contactverbod." },
    ],
    plans: [{
      summary: care(C.HEALTH, "Toestandsbeeld: belaging na scheiding; contactverbod, toezicht en hulp bij agressieregulatie."), proposedBy: "reclassering-rotterdam", proposed: 275, approved: 270,
      goals: [
        { description: "Geen contact met de ex-partner", priority: true, status: GoalStatus.REACHED },
        { description: care(C.HEALTH, "Leert omgaan met boosheid na de scheiding"), priority: true, status: GoalStatus.REACHED },
      ],
      actions: [
        { description: "Toezicht op het contactverbod", kind: ActionKind.SAFETY, executor: "reclassering-rotterdam", due: 100, status: DONE, goal: 0 },
        { description: care(C.HEALTH, "Training agressieregulatie"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: 150, status: DONE, goal: 1,
          reports: [{ by: "wijkteam-rotterdam-zuid", at: 140, feedback: care(C.HEALTH, "Training met goed resultaat afgerond."), statusAfter: DONE }] },
      ],
    }],
  },
];
