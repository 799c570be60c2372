import { registerEnumType } from "type-graphql";

/** Ketenpartner-domein: decides the default for care data. */
export enum OrganisationDomain {
  SAFETY = "SAFETY",
  CARE = "CARE",
  COORDINATION = "COORDINATION",
}

export enum Country {
  NL = "NL",
  BE = "BE",
}

/** Soort overleg (tafel). */
export enum TableKind {
  TOP_X = "TOP_X",
  CASUS_OP_MAAT = "CASUS_OP_MAAT",
  MDA_PLUS_PLUS = "MDA_PLUS_PLUS",
  EXPERTTEAM_JEUGD = "EXPERTTEAM_JEUGD",
  VEILIG_VERDER = "VEILIG_VERDER",
  VERWARDE_PERSONEN = "VERWARDE_PERSONEN",
  PGA_VOETBAL = "PGA_VOETBAL",
  SAMEN_EXPERTENTAFEL = "SAMEN_EXPERTENTAFEL",
}

/** Fase van een casus. */
export enum CasePhase {
  REGISTERED = "REGISTERED",
  REJECTED = "REJECTED",
  DOSSIER_FORMING = "DOSSIER_FORMING",
  REFERRED = "REFERRED",
  ACTIVE_DIRECTION = "ACTIVE_DIRECTION",
  PASSIVE_DIRECTION = "PASSIVE_DIRECTION",
  CLOSED = "CLOSED",
  SCALED_DOWN = "SCALED_DOWN",
}

/** Spoor: uitkomst van de eerste bespreking. */
export enum Track {
  TRACK_1_ADVICE = "TRACK_1_ADVICE",
  TRACK_2_FOLLOW_UP_BY_PARTNER = "TRACK_2_FOLLOW_UP_BY_PARTNER",
  TRACK_3_JOINT_APPROACH = "TRACK_3_JOINT_APPROACH",
}

/** Rol van een deelnemer in één casus. */
export enum ParticipantRole {
  REGISTRANT = "REGISTRANT",
  CHAIN_PARTNER = "CHAIN_PARTNER",
  CASE_DIRECTOR = "CASE_DIRECTOR",
  AD_HOC_PARTNER = "AD_HOC_PARTNER",
}

/** Rol van een ingelogde gebruiker, uit de claims van de eigen identity provider. */
export enum ViewerRole {
  PROCESS_DIRECTOR = "PROCESS_DIRECTOR",
  CASE_DIRECTOR = "CASE_DIRECTOR",
  CHAIN_PARTNER = "CHAIN_PARTNER",
  TRIAGE_MEMBER = "TRIAGE_MEMBER",
  PRIVACY_OFFICER = "PRIVACY_OFFICER",
}

/** Categorie van gedeelde informatie. SAFETY is veiligheidsinformatie, de rest zorginformatie. */
export enum InformationCategory {
  SAFETY = "SAFETY",
  WORK_INCOME = "WORK_INCOME",
  EDUCATION = "EDUCATION",
  HEALTH = "HEALTH",
  INTELLECT = "INTELLECT",
  ADDICTION = "ADDICTION",
}

export const CARE_CATEGORIES: readonly InformationCategory[] = [
  InformationCategory.WORK_INCOME,
  InformationCategory.EDUCATION,
  InformationCategory.HEALTH,
  InformationCategory.INTELLECT,
  InformationCategory.ADDICTION,
];

/** Grondslag voor het delen van (zorg)informatie. */
export enum LegalBasisType {
  PROTOCOL_458TER = "PROTOCOL_458TER",
  CONSENT = "CONSENT",
  COVENANT = "COVENANT",
  LEGAL_DUTY = "LEGAL_DUTY",
  VITAL_INTEREST = "VITAL_INTEREST",
}

export enum PlanStatus {
  DRAFT = "DRAFT",
  APPROVED = "APPROVED",
  SUPERSEDED = "SUPERSEDED",
}

export enum GoalStatus {
  OPEN = "OPEN",
  REACHED = "REACHED",
  NOT_REACHED = "NOT_REACHED",
}

export enum ActionKind {
  CARE = "CARE",
  SAFETY = "SAFETY",
}

export enum ActionStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  NOT_FEASIBLE = "NOT_FEASIBLE",
  CANCELLED = "CANCELLED",
}

export enum SignalKind {
  ACTION_NOT_FEASIBLE = "ACTION_NOT_FEASIBLE",
  SITUATION_CHANGED = "SITUATION_CHANGED",
}

/** Opschalingsniveau van een signaal. */
export enum EscalationLevel {
  CASE_DIRECTOR = "CASE_DIRECTOR",
  PROCESS_DIRECTOR = "PROCESS_DIRECTOR",
  MANAGER = "MANAGER",
}

export enum SignalStatus {
  OPEN = "OPEN",
  RESOLVED = "RESOLVED",
}

export enum MeetingStatus {
  PLANNED = "PLANNED",
  HELD = "HELD",
}

export enum AgendaItemKind {
  NEW = "NEW",
  FOLLOW_UP = "FOLLOW_UP",
}

/** Uitkomst van de screening (triage) van een aanmelding. */
export enum TriageDecision {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
}

export enum RelationKind {
  PARENT = "PARENT",
  SIBLING = "SIBLING",
  PARTNER = "PARTNER",
  CHILD = "CHILD",
  GROUP_MEMBER = "GROUP_MEMBER",
  OTHER = "OTHER",
}

const described: Array<[object, string, string]> = [
  [OrganisationDomain, "OrganisationDomain", "Domein van een ketenpartner: veiligheid, zorg of coördinatie (ZVH / SAMEN)."],
  [Country, "Country", "Land van de ketenpartner (Nederland of België)."],
  [TableKind, "TableKind", "Soort overleg (tafel), zoals Top X, Casus op Maat of de SAMEN-expertentafel."],
  [CasePhase, "CasePhase", "Fase van een casus: aanmelding, screening, dossiervorming, actieve en passieve regie, afsluiting."],
  [Track, "Track", "Spoor na de eerste bespreking: 1 advies, 2 opvolging door een partner, 3 ketenaanpak."],
  [ParticipantRole, "ParticipantRole", "Rol van een deelnemer (deelnemende organisatie) in één casus."],
  [ViewerRole, "ViewerRole", "Rol van een gebruiker, ontleend aan de claims van de eigen identity provider."],
  [InformationCategory, "InformationCategory", "Categorie van infodeling: veiligheid, of zorg (werk/inkomen, scholing, gezondheid, intellect, verslaving)."],
  [LegalBasisType, "LegalBasisType", "Soort grondslag: protocol 458ter Sw, toestemming, convenant (WGS), wettelijke plicht, vitaal belang."],
  [PlanStatus, "PlanStatus", "Status van een versie van het plan van aanpak."],
  [GoalStatus, "GoalStatus", "Status van een doelstelling."],
  [ActionKind, "ActionKind", "Soort actie: zorg- of veiligheidsinterventie."],
  [ActionStatus, "ActionStatus", "Status van een actie (afspraak)."],
  [SignalKind, "SignalKind", "Soort signaal: actie niet uitvoerbaar, of situatie gewijzigd."],
  [EscalationLevel, "EscalationLevel", "Opschalingsniveau: casusregisseur, procesregisseur, management."],
  [SignalStatus, "SignalStatus", "Status van een signaal."],
  [MeetingStatus, "MeetingStatus", "Status van een casusoverleg (vergadering)."],
  [AgendaItemKind, "AgendaItemKind", "Soort agendapunt: nieuwe casus of vervolgbespreking."],
  [RelationKind, "RelationKind", "Relatie van een verwante persoon tot de betrokkene."],
  [TriageDecision, "TriageDecision", "Uitkomst van de screening (triage): aannemen voor dossiervorming, of afwijzen met reden."],
];
for (const [enumObj, name, description] of described) registerEnumType(enumObj, { name, description });
