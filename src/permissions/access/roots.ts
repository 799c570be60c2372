import { chain } from "graphql-shield";
import type { ShieldRule } from "../define-rule";
import { actsForPartner, isSignedIn } from "../rules/basic";
import { canRegisterAtTable, isProcessDirectorOfTable } from "../rules/table-roles";
import { canTriageCase, isCaseDirectorOfCase, isParticipantOfCase, isProcessDirectorOfCase } from "../rules/case-roles";
import { isSelfOrProcessDirector } from "../rules/self-or-process-director";
import { isExecutorOfAction } from "../rules/action-roles";
import { canEscalateSignal } from "../rules/signal-roles";
import { isPrivacyOfficer } from "../rules/privacy-officer";
import type { TypeAccess } from "./types";

/** The root fields: who may ask (row level then applies inside, through the reader of visible objects). */
export const QUERY: TypeAccess = {
  type: "Query",
  rows: "root",
  fields: {
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
};

/**
 * Every mutation is case work: a partner role first, in sequence (`chain`), so a privacy officer is refused
 * before any target is looked up — the same answer for a case that exists and one that does not, and no
 * look-up whose trace could reach the log. Then the rule that decides it; the target is found through the
 * reader of visible objects (NOT_FOUND when invisible).
 */
const CASE_WORK: Record<string, ShieldRule> = {
  /** Registering is case work: a partner role, at a table the organisation sits at. */
  registerCase: canRegisterAtTable,
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
  /** Four eyes: a process director of the house confirms a basis that opens care data to the house; the service refuses the recorder. */
  confirmLegalBasis: isProcessDirectorOfCase,
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
};

export const MUTATION: TypeAccess = {
  type: "Mutation",
  rows: "root",
  fields: Object.fromEntries(Object.entries(CASE_WORK).map(([field, rule]) => [field, chain(actsForPartner, rule)])),
};

