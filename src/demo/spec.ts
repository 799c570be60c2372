import { InformationCategory } from "../domain/enums";
import type {
  ActionKind, ActionStatus, AgendaItemKind, CasePhase, EscalationLevel, GoalStatus, LegalBasisType,
  ParticipantRole, RelationKind, SignalKind, Track,
} from "../domain/enums";
import type { DemoOrg, DemoTableKey } from "./organisations";

/**
 * The demo data set as plain data. Moments are whole days before the seed ("days ago"; negative is in
 * the future), so the data set stays current: the active case is always a few months into its plan.
 */
export type DaysAgo = number;

/**
 * A free text of the demo: a plain string is neutral (SAFETY, for every partner of the case); a text that
 * names a care fact carries its care category, `care(HEALTH, "…")`, and is guarded like care data.
 */
export type Text = string | { category: InformationCategory; text: string };

/** A demo text that holds a care fact of `category`. */
export const care = (category: InformationCategory, text: string): Text => ({ category, text });

export interface ParticipantSpec {
  org: DemoOrg;
  role: ParticipantRole;
  name: string;
  joined?: DaysAgo;
  left?: DaysAgo;
}

export interface BasisSpec {
  type: LegalBasisType;
  categories: InformationCategory[];
  orgs: DemoOrg[];
  document: Text;
  recordedBy: string;
  from: DaysAgo;
  until?: DaysAgo;
  revoked?: { at: DaysAgo; by: string; reason: Text };
}

export interface InformationSpec {
  category: InformationCategory;
  content: string;
  supplier: DemoOrg;
  fact: DaysAgo;
  shared: DaysAgo;
  /** Index into the case's `bases`; care information always names one. */
  basis?: number;
}

export interface ReportSpec {
  by: DemoOrg;
  at: DaysAgo;
  feedback: Text;
  statusAfter: ActionStatus;
}

export interface ActionSpec {
  description: Text;
  kind: ActionKind;
  executor: DemoOrg;
  due: DaysAgo;
  status: ActionStatus;
  /** Index into the plan's goals. */
  goal?: number;
  reports?: ReportSpec[];
}

export interface PlanSpec {
  summary: Text;
  proposedBy: DemoOrg;
  proposed: DaysAgo;
  /** Unset: the version is still a draft. The last approved version is APPROVED, earlier ones SUPERSEDED. */
  approved?: DaysAgo;
  goals: Array<{ description: Text; priority: boolean; status: GoalStatus }>;
  actions: ActionSpec[];
}

export interface SignalSpec {
  kind: SignalKind;
  description: Text;
  raisedBy: DemoOrg;
  raised: DaysAgo;
  level: EscalationLevel;
  escalated?: DaysAgo;
  resolved?: DaysAgo;
  /** Index into the actions of the case's last approved plan. */
  action?: number;
}

export interface ClosureSpec {
  treatmentImpossible: boolean;
  note: Text;
}

export interface CaseSpec {
  reference: string;
  table: DemoTableKey;
  phase: CasePhase;
  subject: { fullName: string; dateOfBirth: string; municipality: string };
  related?: Array<[string, RelationKind]>;
  registeredBy: DemoOrg;
  registered: DaysAgo;
  tried: Text;
  /** true, or the reason the subject was not informed. */
  informed: true | Text;
  triaged?: DaysAgo;
  rejectionReason?: Text;
  track?: Track;
  trackDecided?: DaysAgo;
  passiveSince?: DaysAgo;
  closed?: DaysAgo;
  closure?: ClosureSpec;
  scaleDownReason?: Text;
  participants: ParticipantSpec[];
  bases?: BasisSpec[];
  information?: InformationSpec[];
  plans?: PlanSpec[];
  signals?: SignalSpec[];
}

export interface MeetingSpec {
  table: DemoTableKey;
  at: DaysAgo;
  held: boolean;
  agenda: Array<{ case: string; kind: AgendaItemKind; minutes?: Text }>;
  attendance: Array<{ org: DemoOrg; present: boolean; name?: string }>;
}

/** A demo text as stored: its text and its category (plain strings are SAFETY). */
export function textOf(value: Text): { text: string; category: InformationCategory } {
  return typeof value === "string" ? { text: value, category: InformationCategory.SAFETY } : value;
}

/** An optional demo text as its two columns. */
export function maybeText(value: Text | undefined): { text: string | null; category: InformationCategory | null } {
  return value === undefined ? { text: null, category: null } : textOf(value);
}
