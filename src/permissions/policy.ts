import { and } from "graphql-shield";
import { InformationCategory } from "../domain/enums";
import type { ShieldRule } from "./define-rule";
import { actsForPartner, inheritParent as inherit, isSignedIn } from "./rules/basic";
import { canReadCare } from "./care/care";
import { canRegisterAtTable, isProcessDirectorOfTable } from "./rules/table-roles";
import { canTriageCase, isCaseDirectorOfCase, isParticipantOfCase, isProcessDirectorOfCase } from "./rules/case-roles";
import { isSelfOrProcessDirector } from "./rules/self-or-process-director";
import { isExecutorOfAction } from "./rules/action-roles";
import { canEscalateSignal } from "./rules/signal-roles";
import { isPrivacyOfficer } from "./rules/privacy-officer";

export type PolicyTable = Record<string, Record<string, ShieldRule>>;

/** Every field of `type` inherits the parent's decision. Only for types with no care data of their own. */
function inheritAll(...fields: string[]): Record<string, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, inherit]));
}

/**
 * THE policy: the only place access is decided. Every field of the schema has an entry (a test
 * enforces it; anything missing is denied by the shield's fallback), and a snapshot test shows every
 * change of who-sees-what in review. Row level (which cases) is in permissions/row-level/case-visibility.ts and is
 * applied by every query that returns cases; the rules here decide per field and per mutation.
 */
export const policy: PolicyTable = {
  Query: {
    /** Anyone signed in may ask who they are. */
    me: isSignedIn,
    /** The partner directory and tables are not personal data; partners need them to register and invite. */
    organisations: actsForPartner,
    tables: actsForPartner,
    /** Row level applies inside: only visible cases, others are NOT_FOUND. */
    case: actsForPartner,
    cases: actsForPartner,
    /** Row level applies inside (permissions/row-level/meeting-visibility.ts): the house's process director and the table's members. */
    meeting: actsForPartner,
    meetings: actsForPartner,
    /** The access log and subject access reports: privacy officers only; which lines, see permissions/row-level/audit-visibility.ts. */
    auditLog: isPrivacyOfficer,
    subjectAccessReport: isPrivacyOfficer,
    /** The permission matrix describes rules, not people: anyone signed in may read what the server allows whom (also GET /privacy/permissions). */
    permissionMatrix: isSignedIn,
  },
  Mutation: {
    /** Registering is case work: a partner role, at a table the organisation sits at. */
    registerCase: and(actsForPartner, canRegisterAtTable),
    /** Screening is done by the triage members at the table (or the process director). */
    triageCase: canTriageCase,
    /** The process director chairs the table: plans meetings, keeps attendance, shares the report. */
    scheduleMeeting: isProcessDirectorOfTable,
    recordAttendance: isProcessDirectorOfTable,
    holdMeeting: isProcessDirectorOfTable,
    /** Putting a case on the agenda and minuting its discussion concern one case: its house's process director. */
    putOnAgenda: isProcessDirectorOfCase,
    recordMinutes: isProcessDirectorOfCase,
    /** The track is the table's joint decision, recorded by its chair. */
    decideTrack: isProcessDirectorOfCase,
    /** Who takes part in a case, and who directs it, is arranged by the process director. */
    addParticipant: isProcessDirectorOfCase,
    assignCaseDirector: isProcessDirectorOfCase,
    /** A partner may leave by itself; the process director may take a partner off the case. */
    leaveCase: isSelfOrProcessDirector,
    /** The case director hands the role over (or the process director does, e.g. when the director is gone). */
    handOverCaseDirector: isCaseDirectorOfCase,
    /** Legal bases open care data: recorded and revoked only by the independent process director. */
    recordLegalBasis: isProcessDirectorOfCase,
    revokeLegalBasis: isProcessDirectorOfCase,
    /** Infodeling: every partner of the case brings in what it knows (care data only under a basis, checked by the service). */
    shareInformation: isParticipantOfCase,
    /** The case director drafts the plan of approach (PvA) and keeps it moving; the process director may stand in. */
    proposePlan: isCaseDirectorOfCase,
    revisePlan: isCaseDirectorOfCase,
    addGoal: isCaseDirectorOfCase,
    addAction: isCaseDirectorOfCase,
    /** The partners approve together at the table; the process director, who chairs it, records the approval. */
    approvePlan: isProcessDirectorOfCase,
    /** Terugkoppeling comes from the executor of the action (or is recorded by the case or process director). */
    reportOnAction: isExecutorOfAction,
    /** Whether a goal is reached is the case director's judgement; it gates passive direction. */
    setGoalStatus: isCaseDirectorOfCase,
    /** Any partner of the case may raise a signal: it is how a partner says an action cannot be done. */
    raiseSignal: isParticipantOfCase,
    /** Escalation follows the chain: case director → process director → manager (the last step: process director only). */
    escalateSignal: canEscalateSignal,
    resolveSignal: isCaseDirectorOfCase,
    /** Passive direction, closing and scaling down are decisions of the table, recorded by its chair. */
    moveToPassiveDirection: isProcessDirectorOfCase,
    closeCase: isProcessDirectorOfCase,
    recordTreatmentImpossible: isProcessDirectorOfCase,
    scaleDownCase: isProcessDirectorOfCase,
  },
  Me: inheritAll("userId", "issuer", "name", "onBehalfOf", "organisation", "roles"),
  Organisation: inheritAll("id", "code", "name", "domain", "country"),
  Table: inheritAll("id", "name", "kind", "hasCriminalLawComponent", "house", "members"),
  CaseConnection: inheritAll("edges", "pageInfo", "totalCount"),
  CaseEdge: inheritAll("cursor", "node"),
  PageInfo: inheritAll("hasNextPage", "endCursor"),
  Case: {
    ...inheritAll(
      "id", "reference", "phase", "track", "registeredAt", "triedWithinOwnOrganisation", "subjectInformed",
      "subjectNotInformedReason", "triagedAt", "rejectionReason", "trackDecidedAt", "nextReviewDue", "passiveSince",
      "closedAt", "scaleDownReason", "table", "subject", "relatedPersons", "registeredBy", "participants",
      "caseDirector", "currentPlan", "draftPlan", "plans", "signals", "legalBases", "agendaItems", "closure",
    ),
    /** Safety information is shared with every partner of the case. */
    safety: inherit,
    /** Care data: care partners, or others under a legal basis for this case, category and organisation. */
    workIncome: canReadCare(InformationCategory.WORK_INCOME),
    education: canReadCare(InformationCategory.EDUCATION),
    health: canReadCare(InformationCategory.HEALTH),
    intellect: canReadCare(InformationCategory.INTELLECT),
    addiction: canReadCare(InformationCategory.ADDICTION),
  },
  CaseClosure: inheritAll("qualityOfLifeImproved", "safetyInPlace", "regularCareCanCarryOn", "treatmentImpossible", "note"),
  Subject: inheritAll("id", "fullName", "dateOfBirth", "municipality"),
  RelatedPerson: inheritAll("id", "fullName", "relation"),
  /** Reached only through a care field that canReadCare allowed, or through the safety field. */
  InformationItem: inheritAll("id", "category", "content", "factDate", "sharedAt", "supplier", "legalBasis"),
  /** Partners of a case may see on which bases data is shared in it (transparency, not content). */
  LegalBasis: inheritAll(
    "id", "type", "categories", "organisations", "validFrom", "validUntil", "documentReference", "recordedBy",
    "recordedByUser", "recordedAt", "revokedAt", "revocationReason", "isValid",
  ),
  Participant: inheritAll("id", "role", "professionalName", "joinedAt", "leftAt", "organisation"),
  /**
   * Reached through the meeting queries (row level on meetings) or a visible case's agendaItems. The agenda
   * lists only items of cases the viewer can see, so a meeting reveals no other cases; minutes are the
   * report shared with the partners of that case.
   */
  Meeting: inheritAll("id", "scheduledAt", "status", "reportSharedAt", "table", "agenda", "attendance"),
  AgendaItem: inheritAll("id", "kind", "minutes", "case", "meeting"),
  Attendance: inheritAll("present", "professionalName", "organisation"),
  /** The plan and everything in it reach a client only through a visible case or a permitted mutation's result. */
  Plan: inheritAll("id", "version", "status", "summary", "proposedAt", "approvedAt", "goals", "actions", "proposedBy"),
  Goal: inheritAll("id", "description", "priority", "status", "actions"),
  /**
   * The plan is agreed by all partners at the table, so every partner of the case reads its goals,
   * actions and feedback, care interventions included: partners cannot approve or carry out a plan they
   * cannot read. Care facts themselves belong in information items, where canReadCare guards them;
   * plan texts name the intervention, not the diagnosis (house rule for case directors).
   */
  Action: inheritAll("id", "description", "kind", "dueDate", "status", "executor", "goal", "reports"),
  ActionReport: inheritAll("id", "reportedAt", "feedback", "statusAfter", "reportedBy"),
  Signal: inheritAll("id", "kind", "description", "level", "status", "raisedAt", "escalatedAt", "resolvedAt", "raisedBy", "action"),
  /** Reached only through auditLog / subjectAccessReport (privacy officers): identifiers of who did what, never case content. */
  AuditLogConnection: inheritAll("edges", "pageInfo", "totalCount"),
  AuditEntryEdge: inheritAll("cursor", "node"),
  AuditEntry: inheritAll(
    "id", "occurredAt", "requestId", "userId", "issuer", "organisation", "onBehalfOf", "roles", "action", "operation", "outcome",
    "reason", "caseId", "subjectId", "category", "legalBasisId", "legalBasisType", "detail", "prevHash", "hash",
  ),
  SubjectAccessReport: inheritAll("subjectId", "generatedAt", "totalCount", "organisations", "json", "csv"),
  SubjectAccessGroup: inheritAll("organisation", "entries"),
  /** Reached only through Query.permissionMatrix: a description of the rules, derived from the code; no personal data. */
  PermissionMatrix: inheritAll("notes", "columns", "rows", "inherited", "rowLevel", "conditions", "rules"),
  MatrixColumn: inheritAll("key", "dimension", "label", "description"),
  MatrixRow: inheritAll("type", "field", "rule", "target", "cells", "reasons"),
  MatrixCell: inheritAll("column", "access", "text"),
  InheritedFields: inheritAll("type", "fields", "allFields", "reachedThrough"),
  RowLevelRule: inheritAll("name", "source", "reason", "cells"),
  MatrixCondition: inheritAll("key", "label", "description"),
  MatrixRule: inheritAll("name", "reason"),
};
