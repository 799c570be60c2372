import { GraphQLError } from "graphql";
import { AuditAction, AuditOutcome } from "../domain/audit-enums";
import { InformationCategory } from "../domain/enums";
import { Case, LegalBasis } from "../entities";
import { ErrorCode } from "../errors";
import type { AuditEvent, SeenTarget } from "./trail";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;
const DENIALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND, ErrorCode.UNAUTHENTICATED]);

/**
 * Arguments as the log may keep them: ids, enum values, numbers, booleans and dates. Any other text is
 * replaced, so a future free-text filter (a name) can never put content into the log.
 */
export function identifiersOnly(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return UUID.test(value) || ENUM_VALUE.test(value) ? value : "[text]";
  if (Array.isArray(value)) return value.map(identifiersOnly);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, identifiersOnly(v)]));
  }
  return "[value]";
}

/** DENIED when the policy refused (FORBIDDEN, NOT_FOUND); FAILED when an allowed step was refused or broke. */
export function outcomeOf(error: unknown): Pick<AuditEvent, "outcome" | "reason"> {
  const extensions = error instanceof GraphQLError ? error.extensions : {};
  const code = typeof extensions.code === "string" ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const reason = typeof extensions.reason === "string" ? `${code}/${extensions.reason}` : code;
  return { outcome: DENIALS.has(code) ? AuditOutcome.DENIED : AuditOutcome.FAILED, reason };
}

type Args = Record<string, any>;
type Describe = (args: Args, result: any) => AuditEvent;

/** The root queries that are logged whatever their outcome; any other query is logged only when refused. */
export const LOGGED_QUERIES: Record<string, Describe> = {
  /** A refused read keeps the id as sent and nothing the server knows about it (log parity). */
  case: (args, result) => ({ action: AuditAction.READ_CASE, outcome: AuditOutcome.ALLOWED, operation: "case", caseId: result?.id ?? args.id, caseVisible: Boolean(result) }),
  cases: (args, result) => ({
    action: AuditAction.LIST_CASES, outcome: AuditOutcome.ALLOWED, operation: "cases",
    detail: { filter: identifiersOnly(args.filter ?? {}), first: args.first, after: Boolean(args.after), ...(result ? { returned: result.edges.length, totalCount: result.totalCount } : {}) },
  }),
  auditLog: (args, result) => ({
    action: AuditAction.READ_AUDIT_LOG, outcome: AuditOutcome.ALLOWED, operation: "auditLog", caseId: args.filter?.caseId, subjectId: args.filter?.subjectId,
    // The log's own filter holds only identifiers (ids, a user id, dates), kept as given: who looked for whom.
    detail: { filter: JSON.parse(JSON.stringify(args.filter ?? {})), first: args.first, after: Boolean(args.after), ...(result ? { returned: result.edges.length } : {}) },
  }),
  subjectAccessReport: (args, result) => ({
    action: AuditAction.EXPORT_SUBJECT_ACCESS_REPORT, outcome: AuditOutcome.ALLOWED, operation: "subjectAccessReport", subjectId: args.subjectId,
    ...(result ? { detail: { entries: result.totalCount } } : {}),
  }),
};

export function refusedQuery(operation: string): AuditEvent {
  return { action: AuditAction.QUERY, outcome: AuditOutcome.ALLOWED, operation };
}

/**
 * A mutation's line as the requester sent it (log parity): the case only if they sent its id, every other
 * id (a legal basis included) in `detail.input`, the category if they sent one. Nothing resolved: what the
 * server knows about these ids is added only once the actor was seen to reach the case (attributed below).
 */
export function mutationLine(operation: string, input: Args | undefined): AuditEvent {
  const ids = Object.entries(input ?? {}).filter(([key, value]) =>
    /Ids?$/.test(key) && key !== "caseId" && (typeof value === "string" || Array.isArray(value)));
  const category = Object.values(InformationCategory).find((c) => c === input?.category) ?? null;
  return {
    action: AuditAction.MUTATION, outcome: AuditOutcome.ALLOWED, operation, category,
    caseId: typeof input?.caseId === "string" ? input.caseId : null,
    ...(ids.length ? { detail: { input: identifiersOnly(Object.fromEntries(ids)) as Record<string, unknown> } } : {}),
  };
}

/** The sent line plus what the reader of visible objects confirmed the actor could reach (nothing if it found nothing). */
function attributed(line: AuditEvent, seen: SeenTarget | null): AuditEvent {
  return seen ? { ...line, caseId: seen.caseId, legalBasisId: seen.legalBasisId, caseVisible: true } : line;
}

/** The line of a refused or failed attempt: as sent, plus only what the actor was seen to reach before it stopped. */
export function refusedMutation(line: AuditEvent, seen: SeenTarget | null, error: unknown): AuditEvent {
  return { ...attributed(line, seen), ...outcomeOf(error) };
}

/** The line of a mutation that succeeded: its case and basis, also those it created or that the service accepted. */
export function completedMutation(line: AuditEvent, result: unknown, seen: SeenTarget | null): AuditEvent {
  const made = (result ?? {}) as { caseId?: unknown; legalBasisId?: unknown };
  const caseId = seen?.caseId ?? (result instanceof Case ? result.id : typeof made.caseId === "string" ? made.caseId : null);
  const legalBasisId = seen?.legalBasisId
    // A basis id the client merely sent stays in detail.input: named as the line's basis (whose type the log
    // shows) only when the reader confirmed it, the mutation made it, or its result was shared under it.
    ?? (result instanceof LegalBasis ? result.id : typeof made.legalBasisId === "string" ? made.legalBasisId : null);
  return { ...line, caseId, legalBasisId, caseVisible: caseId !== null };
}
