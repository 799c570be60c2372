import { ActionKind, ActionStatus, CasePhase, EscalationLevel, GoalStatus, InformationCategory as C, LegalBasisType, ParticipantRole, SignalKind, Track } from "../domain/enums";
import { care, type CaseSpec } from "./spec";

const { REGISTRANT, CHAIN_PARTNER, CASE_DIRECTOR } = ParticipantRole;
const { OPEN, IN_PROGRESS, DONE, NOT_FEASIBLE } = ActionStatus;
const COVENANT = "Convenant Zorg- en Veiligheidshuis Rotterdam-Rijnmond 2024, art. 7 (Wet gegevensverwerking samenwerkingsverbanden)";

/** Top X Rotterdam: high-impact offenders with care needs. One case per stage of the directed part of the process. */
export const TOP_X_CASES: CaseSpec[] = [
  {
    reference: "ZVH-RR-{jaar}-0101", table: "topX", phase: CasePhase.ACTIVE_DIRECTION,
    subject: { fullName: "Kevin de Wit", dateOfBirth: "1997-03-14", municipality: "Rotterdam (Feijenoord)" },
    registeredBy: "politie-rotterdam", registered: 150, informed: true,
    tried: "Wijkagent voerde drie stopgesprekken; twee keer doorverwezen naar het wijkteam, zonder resultaat.",
    triaged: 143, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 128,
    participants: [
      { org: "politie-rotterdam", role: CASE_DIRECTOR, name: "Mark Visser (wijkagent Feijenoord)" },
      { org: "om-rotterdam", role: CHAIN_PARTNER, name: "mr. Esther Bos (officier van justitie Top X)", joined: 143 },
      { org: "gemeente-rotterdam-oov", role: CHAIN_PARTNER, name: "Tom Hendriks (adviseur OOV)", joined: 143 },
      { org: "reclassering-rotterdam", role: CHAIN_PARTNER, name: "Nadia Amrani (reclasseringswerker)", joined: 128 },
      { org: "ggz-rijnmond", role: CHAIN_PARTNER, name: "Fleur Jacobs (SPV, FACT-team Zuid)", joined: 128 },
      { org: "wijkteam-rotterdam-zuid", role: CHAIN_PARTNER, name: "Hanna de Vries (wijkteam Feijenoord)", joined: 128 },
    ],
    bases: [
      { type: LegalBasisType.COVENANT, categories: [C.HEALTH, C.ADDICTION, C.WORK_INCOME], document: COVENANT, recordedBy: "pd-anna-smit", from: 135,
        orgs: ["politie-rotterdam", "om-rotterdam", "gemeente-rotterdam-oov", "reclassering-rotterdam", "zvh-rotterdam-rijnmond"] },
      { type: LegalBasisType.CONSENT, categories: [C.INTELLECT], orgs: ["ggz-rijnmond", "wijkteam-rotterdam-zuid"], recordedBy: "pd-anna-smit", from: 100,
        document: care(C.INTELLECT, "Toestemmingsverklaring betrokkene: LVB-onderzoek alleen delen met de zorgpartners") },
    ],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 160, shared: 130,
        content: "Vijf aangiftes van straatroof en bedreiging in Feijenoord in twaalf maanden; laatste incident: bedreiging met een mes bij metrostation Maashaven." },
      { category: C.SAFETY, supplier: "om-rotterdam", fact: 120, shared: 118,
        content: "Zaak straatroof aangehouden; voorwaardelijk sepot met bijzondere voorwaarden (meldplicht, ambulante behandeling) is voorgesteld." },
      { category: C.SAFETY, supplier: "reclassering-rotterdam", fact: 110, shared: 109,
        content: "Reclasseringsadvies: toezicht met meldplicht en ambulante behandeling; recidiverisico hoog (RISc)." },
      { category: C.HEALTH, supplier: "ggz-rijnmond", fact: 125, shared: 125, basis: 0,
        content: "Bekend met psychotische klachten sinds 2021; behandeling in 2024 afgebroken. Sinds drie maanden weer in zorg bij het FACT-team." },
      { category: C.ADDICTION, supplier: "ggz-rijnmond", fact: 124, shared: 124, basis: 0,
        content: "Dagelijks cannabisgebruik, periodiek cocaïne; verwezen naar de verslavingszorg." },
      { category: C.WORK_INCOME, supplier: "wijkteam-rotterdam-zuid", fact: 122, shared: 121, basis: 0,
        content: "Problematische schulden (ca. € 14.000); beschermingsbewind aangevraagd; geen inkomen sinds ontslag." },
      { category: C.INTELLECT, supplier: "wijkteam-rotterdam-zuid", fact: 99, shared: 98, basis: 1,
        content: "Licht verstandelijke beperking vastgesteld bij onderzoek in 2019 (TIQ 69); schriftelijke afspraken worden niet begrepen." },
    ],
    plans: [
      {
        summary: care(C.HEALTH, "Eerste plan: zicht op woonsituatie en netwerk, aanmelding FACT-team."), proposedBy: "politie-rotterdam", proposed: 125, approved: 118,
        goals: [{ description: "Zicht op woonsituatie en netwerk", priority: true, status: GoalStatus.REACHED }],
        actions: [
          { description: "Gezamenlijk huisbezoek wijkagent en wijkteam", kind: ActionKind.SAFETY, executor: "politie-rotterdam", due: 110, status: DONE, goal: 0 },
          { description: care(C.HEALTH, "Aanmelding bij het FACT-team"), kind: ActionKind.CARE, executor: "ggz-rijnmond", due: 100, status: DONE, goal: 0,
            reports: [{ by: "ggz-rijnmond", at: 101, feedback: care(C.HEALTH, "Aangemeld en intake gehad; behandeling gestart."), statusAfter: DONE }] },
        ],
      },
      {
        summary: care(C.HEALTH, "Toestandsbeeld: straatroof en dreiging bij onbehandelde psychose, middelengebruik en schulden. Zorg en straf sluiten op elkaar aan."),
        proposedBy: "politie-rotterdam", proposed: 40, approved: 33,
        goals: [
          { description: care(C.HEALTH, "Betrokkene is in behandeling bij het FACT-team en komt afspraken na"), priority: true, status: GoalStatus.OPEN },
          { description: "Geen nieuwe geweldsincidenten in Feijenoord", priority: true, status: GoalStatus.OPEN },
          { description: care(C.WORK_INCOME, "Schulden gestabiliseerd onder bewind"), priority: false, status: GoalStatus.REACHED },
          { description: care(C.WORK_INCOME, "Dagbesteding of werktraject gevonden"), priority: false, status: GoalStatus.OPEN },
        ],
        actions: [
          { description: care(C.HEALTH, "Wekelijks huisbezoek en medicatiecontrole door het FACT-team"), kind: ActionKind.CARE, executor: "ggz-rijnmond", due: -30, status: IN_PROGRESS, goal: 0,
            reports: [{ by: "ggz-rijnmond", at: 20, feedback: care(C.HEALTH, "Drie van vier huisbezoeken doorgegaan; medicatie wordt ingenomen."), statusAfter: IN_PROGRESS }] },
          { description: "Gebiedsverbod metrostation Maashaven voorbereiden en handhaven", kind: ActionKind.SAFETY, executor: "gemeente-rotterdam-oov", due: 10, status: DONE, goal: 1,
            reports: [{ by: "gemeente-rotterdam-oov", at: 25, feedback: "Burgemeester legde een gebiedsverbod van drie maanden op.", statusAfter: DONE }] },
          { description: "Meldplicht en bijzondere voorwaarden bewaken", kind: ActionKind.SAFETY, executor: "reclassering-rotterdam", due: -60, status: IN_PROGRESS, goal: 1,
            reports: [{ by: "reclassering-rotterdam", at: 12, feedback: "Meldplicht twee keer gemist; besproken met betrokkene en OM.", statusAfter: IN_PROGRESS }] },
          { description: care(C.WORK_INCOME, "Beschermingsbewind en schuldhulp regelen"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: 20, status: DONE, goal: 2,
            reports: [{ by: "wijkteam-rotterdam-zuid", at: 22, feedback: care(C.WORK_INCOME, "Beschermingsbewind uitgesproken door de kantonrechter."), statusAfter: DONE }] },
          { description: care(C.ADDICTION, "Intake verslavingszorg"), kind: ActionKind.CARE, executor: "ggz-rijnmond", due: 5, status: NOT_FEASIBLE, goal: 0,
            reports: [{ by: "ggz-rijnmond", at: 6, feedback: care(C.ADDICTION, "Betrokkene kwam twee keer niet op de intake; wachtlijst van acht weken."), statusAfter: NOT_FEASIBLE }] },
          { description: care(C.WORK_INCOME, "Traject dagbesteding via werkcoach"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: -45, status: OPEN, goal: 3 },
        ],
      },
    ],
    signals: [
      { kind: SignalKind.SITUATION_CHANGED, raisedBy: "politie-rotterdam", raised: 60, level: EscalationLevel.CASE_DIRECTOR, resolved: 50,
        description: care(C.HEALTH, "Nieuwe aanhouding na ruzie in de buurtsuper; geen letsel. Besproken met het FACT-team.") },
      { kind: SignalKind.ACTION_NOT_FEASIBLE, raisedBy: "ggz-rijnmond", raised: 6, level: EscalationLevel.PROCESS_DIRECTOR, escalated: 4, action: 4,
        description: care(C.ADDICTION, "Intake verslavingszorg lukt niet binnen de termijn; wachtlijst. Verzoek aan de procesregisseur om op te schalen naar de manager verslavingszorg.") },
    ],
  },
  {
    reference: "ZVH-RR-{jaar}-0102", table: "topX", phase: CasePhase.PASSIVE_DIRECTION,
    subject: { fullName: "Mitchel Boekhout", dateOfBirth: "2001-08-02", municipality: "Rotterdam (Charlois)" },
    registeredBy: "om-rotterdam", registered: 420, informed: true,
    tried: "OM: twee taakstraffen en een leerstraf; geen verandering in gedrag.",
    triaged: 413, track: Track.TRACK_3_JOINT_APPROACH, trackDecided: 400, passiveSince: 40,
    participants: [
      { org: "om-rotterdam", role: REGISTRANT, name: "mr. Esther Bos (officier van justitie Top X)" },
      { org: "reclassering-rotterdam", role: CASE_DIRECTOR, name: "Jeroen Maas (reclasseringswerker)", joined: 400 },
      { org: "politie-rotterdam", role: CHAIN_PARTNER, name: "Mark Visser (wijkagent)", joined: 413 },
      { org: "ggz-rijnmond", role: CHAIN_PARTNER, name: "dr. Lotte Kramer (psychiater)", joined: 400 },
      { org: "wijkteam-rotterdam-zuid", role: CHAIN_PARTNER, name: "Hanna de Vries (wijkteam)", joined: 400, left: 60 },
    ],
    bases: [
      { type: LegalBasisType.COVENANT, categories: [C.HEALTH, C.ADDICTION], document: COVENANT, recordedBy: "pd-anna-smit", from: 395,
        orgs: ["politie-rotterdam", "om-rotterdam", "reclassering-rotterdam", "zvh-rotterdam-rijnmond"],
        revoked: { at: 90, by: "pd-anna-smit", reason: care(C.HEALTH, "Betrokkene maakte bezwaar; de FG oordeelde dat verdere verstrekking van gezondheidsgegevens niet meer nodig is nu de behandeling loopt.") } },
    ],
    information: [
      { category: C.SAFETY, supplier: "politie-rotterdam", fact: 430, shared: 405, content: "Drie straatroven in Charlois; sinds het plan geen nieuwe aanhoudingen." },
      { category: C.HEALTH, supplier: "ggz-rijnmond", fact: 372, shared: 370, basis: 0, content: "ADHD vastgesteld; medicatie gestart en goed ingesteld." },
      { category: C.ADDICTION, supplier: "ggz-rijnmond", fact: 201, shared: 200, basis: 0, content: "Alcoholgebruik in het weekend, sinds de behandeling sterk afgenomen." },
    ],
    plans: [{
      summary: care(C.HEALTH, "Toestandsbeeld: jonge veelpleger met onbehandelde ADHD; behandeling, werk en toezicht gaan samen op."), proposedBy: "reclassering-rotterdam", proposed: 390, approved: 380,
      goals: [
        { description: "Geen nieuwe strafbare feiten", priority: true, status: GoalStatus.REACHED },
        { description: care(C.HEALTH, "In behandeling bij de GGZ"), priority: true, status: GoalStatus.REACHED },
        { description: care(C.WORK_INCOME, "Werk of opleiding"), priority: false, status: GoalStatus.REACHED },
      ],
      actions: [
        { description: "Toezicht met meldplicht", kind: ActionKind.SAFETY, executor: "reclassering-rotterdam", due: 200, status: DONE, goal: 0,
          reports: [{ by: "reclassering-rotterdam", at: 190, feedback: "Toezicht zonder incidenten afgerond.", statusAfter: DONE }] },
        { description: care(C.HEALTH, "ADHD-behandeling"), kind: ActionKind.CARE, executor: "ggz-rijnmond", due: 250, status: DONE, goal: 1,
          reports: [{ by: "ggz-rijnmond", at: 240, feedback: care(C.HEALTH, "Behandeling loopt stabiel; overgedragen aan de huisarts."), statusAfter: DONE }] },
        { description: care(C.WORK_INCOME, "Leerwerktraject bij een installatiebedrijf"), kind: ActionKind.CARE, executor: "wijkteam-rotterdam-zuid", due: 120, status: DONE, goal: 2,
          reports: [{ by: "wijkteam-rotterdam-zuid", at: 70, feedback: care(C.WORK_INCOME, "Vast contract getekend."), statusAfter: DONE }] },
      ],
    }],
    signals: [{ kind: SignalKind.SITUATION_CHANGED, raisedBy: "politie-rotterdam", raised: 250, level: EscalationLevel.PROCESS_DIRECTOR, escalated: 248, resolved: 230,
      description: "Betrokkene verhuisd binnen Charlois; nieuwe wijkagent moet worden aangehaakt." }],
  },
];
