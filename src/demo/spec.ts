import type {
  ActionKind, ActionStatus, AgendaItemKind, CasePhase, EscalationLevel, GoalStatus, InformationCategory, LegalBasisType,
  ParticipantRole, RelationKind, SignalKind, Track,
} from "../domain/enums";
import type { DemoOrg, DemoTableKey } from "./organisations";

/**
 * The demo data set as plain data. Moments are whole days before the seed ("days ago"; negative is in
 * the future), so the data set stays current: the active case is always a few months into its plan.
 */
export type DaysAgo = number;

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
  document: string;
  recordedBy: string;
  from: DaysAgo;
  until?: DaysAgo;
  revoked?: { at: DaysAgo; by: string; reason: string };
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
  feedback: string;
  statusAfter: ActionStatus;
}

export interface ActionSpec {
  description: string;
  kind: ActionKind;
  executor: DemoOrg;
  due: DaysAgo;
  status: ActionStatus;
  /** Index into the plan's goals. */
  goal?: number;
  reports?: ReportSpec[];
}

export interface PlanSpec {
  summary: string;
  proposedBy: DemoOrg;
  proposed: DaysAgo;
  /** Unset: the version is still a draft. The last approved version is APPROVED, earlier ones SUPERSEDED. */
  approved?: DaysAgo;
  goals: Array<{ description: string; priority: boolean; status: GoalStatus }>;
  actions: ActionSpec[];
}

export interface SignalSpec {
  kind: SignalKind;
  description: string;
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
  note: string;
}

export interface CaseSpec {
  reference: string;
  table: DemoTableKey;
  phase: CasePhase;
  subject: { fullName: string; dateOfBirth: string; municipality: string };
  related?: Array<[string, RelationKind]>;
  registeredBy: DemoOrg;
  registered: DaysAgo;
  tried: string;
  /** true, or the reason the subject was not informed. */
  informed: true | string;
  triaged?: DaysAgo;
  rejectionReason?: string;
  track?: Track;
  trackDecided?: DaysAgo;
  passiveSince?: DaysAgo;
  closed?: DaysAgo;
  closure?: ClosureSpec;
  scaleDownReason?: string;
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
  agenda: Array<{ case: string; kind: AgendaItemKind; minutes?: string }>;
  attendance: Array<{ org: DemoOrg; present: boolean; name?: string }>;
}
