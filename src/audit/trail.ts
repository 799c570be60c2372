import { AuditAction, AuditOutcome, CareGround } from "../domain/audit-enums";
import type { InformationCategory } from "../domain/enums";
import type { Viewer } from "../identity/viewer";

/** Who acted, in which request, at which moment: the same on every line a request writes. */
export interface AuditActor {
  requestId: string;
  occurredAt: Date;
  userId: string;
  issuer: string;
  organisationId: string;
  onBehalfOf: string | null;
  roles: string[];
}

/** One line to be written. Identifiers only: never a value of a case field. */
export interface AuditEvent {
  action: AuditAction;
  outcome: AuditOutcome;
  operation?: string;
  reason?: string;
  caseId?: string | null;
  subjectId?: string | null;
  category?: InformationCategory | null;
  legalBasisId?: string | null;
  detail?: Record<string, unknown>;
  /**
   * The acting user could see this line's case (it reached them, or the reader of visible objects found it
   * for their mutation): only then does the writer add what the server knows about it (subject, house).
   * Without it the line keeps exactly the ids the requester sent (log parity: README, access log).
   */
  caseVisible?: boolean;
}

/** What the reader of visible objects confirmed to the running mutation: its case, and the basis it was reached through. */
export interface SeenTarget {
  caseId: string;
  legalBasisId: string | null;
}

/** Lines taken out for a mutation's transaction: given back if it rolls back. */
export interface StagedAudit {
  events: AuditEvent[];
  mutation: AuditEvent | null;
}

interface RunningMutation {
  complete: (result: unknown, seen: SeenTarget | null) => AuditEvent;
  seen: SeenTarget | null;
  written: boolean;
}

/**
 * The request's access-log collector (ctx.audit). Rules and the audit middleware record what happens; the
 * lines are written in one INSERT: inside a mutation's own transaction (cases/transaction.ts), and for
 * what is left at the end of the request (audit/plugin.ts, in an INSERT shared with the requests finishing
 * at the same moment: audit/group-commit.ts), which fails the response if it cannot write.
 */
export class AuditTrail {
  private pending: AuditEvent[] = [];
  private readonly logged = new Set<string>();
  private readonly seen = new WeakSet<object>();
  private mutation: RunningMutation | null = null;

  constructor(readonly actor: AuditActor) {}

  static forViewer(viewer: Viewer, requestId: string, now: Date): AuditTrail {
    return new AuditTrail({
      requestId,
      occurredAt: now,
      userId: viewer.userId,
      issuer: viewer.issuer,
      organisationId: viewer.organisationId,
      onBehalfOf: viewer.onBehalfOf,
      roles: [...viewer.roles].sort(),
    });
  }

  /** Records a line; with a key, only the first line with that key in this request. */
  record(event: AuditEvent, key?: string): void {
    if (key !== undefined) {
      if (this.logged.has(key)) return;
      this.logged.add(key);
    }
    this.pending.push(event);
  }

  /** True the first time this request asks about this object (a row reaching the viewer), false after. */
  firstSight(row: unknown): boolean {
    if (typeof row !== "object" || row === null) return true;
    if (this.seen.has(row)) return false;
    this.seen.add(row);
    return true;
  }

  /** Whether a line with this key was recorded in this request. */
  logs(key: string): boolean {
    return this.logged.has(key);
  }

  /** Data of this case reached the viewer: one line per case per request (a mutation's line covers its case). */
  caseRead(caseId: string, operation: string): void {
    this.record({ action: AuditAction.READ_CASE, outcome: AuditOutcome.ALLOWED, operation, caseId, caseVisible: true }, `case:${caseId}`);
  }

  /**
   * The decision on one care category of one case (null: unclassified text): the basis that opened it, or
   * why not. One line per case and category per request.
   */
  careDecision(caseId: string, category: InformationCategory | null, operation: string, ground: { legalBasisId: string } | keyof typeof CareGround): void {
    const opened = typeof ground === "object" || ground === CareGround.CARE_PARTNER;
    this.record({
      action: AuditAction.READ_CARE_DATA,
      outcome: opened ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
      operation,
      caseId,
      category,
      legalBasisId: typeof ground === "object" ? ground.legalBasisId : null,
      reason: typeof ground === "object" ? CareGround.LEGAL_BASIS : ground,
      caseVisible: true,
    }, `care:${caseId}:${category ?? "UNCLASSIFIED"}`);
  }

  /**
   * A guarded text of this case was refused. The line names no category and no ground: the answer the
   * viewer got (one FORBIDDEN for every category, unclassified included) told them neither, and no reader
   * of the log may learn more than the acting user did. One line per case per request.
   */
  textDenied(caseId: string, operation: string): void {
    this.record({
      action: AuditAction.READ_CARE_DATA, outcome: AuditOutcome.DENIED, operation, caseId, category: null,
      legalBasisId: null, reason: CareGround.TEXT_DENIED, caseVisible: true,
    }, `text-denied:${caseId}`);
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  take(): AuditEvent[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** A mutation is about to run; `complete` makes its line from its result and what it was seen to target. */
  beginMutation(complete: (result: unknown, seen: SeenTarget | null) => AuditEvent): void {
    this.mutation = { complete, seen: null, written: false };
  }

  /** The reader of visible objects found the running mutation's target visible to the actor (permissions/visible/targets.ts). */
  targetSeen(seen: SeenTarget): void {
    if (this.mutation) this.mutation.seen = seen;
  }

  /** What the running mutation was seen to target so far (null: nothing the actor could see). */
  seenTarget(): SeenTarget | null {
    return this.mutation?.seen ?? null;
  }

  /** The lines a transaction writes: everything pending, and the running mutation's own line (once). */
  stage(result: unknown): StagedAudit {
    const running = this.mutation && !this.mutation.written ? this.mutation : null;
    return { events: this.take(), mutation: running ? running.complete(result, running.seen) : null };
  }

  committed(staged: StagedAudit): void {
    if (!staged.mutation || !this.mutation) return;
    this.mutation.written = true;
    if (staged.mutation.caseId) this.logged.add(`case:${staged.mutation.caseId}`);
  }

  rolledBack(staged: StagedAudit): void {
    this.pending = [...staged.events, ...this.pending];
  }

  /** The mutation has finished: whether its line was already written within its transaction. */
  endMutation(): boolean {
    const written = this.mutation?.written ?? false;
    this.mutation = null;
    return written;
  }
}
