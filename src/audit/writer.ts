import type { AuditActor, AuditEvent } from "./trail";

/** A DataSource or a transaction's EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One request's lines: who acted (the same on each of its lines) and what happened, in order. */
export interface AuditEntry {
  actor: AuditActor;
  events: readonly AuditEvent[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that a client typed (a probed case id) are kept only when they can be ids at all. */
function idOrNull(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

/**
 * One statement for all lines of one or more requests (audit/group-commit.ts batches requests). The
 * house and the subject come from the case in the same statement, so a line names them even when the
 * viewer could not see the case. The trigger numbers and chains the lines in this order, request by
 * request and within a request line by line (migrations/…-AuditLog.ts).
 */
const INSERT = `
  INSERT INTO audit_log (occurred_at, request_id, user_id, issuer, organisation_id, on_behalf_of, roles,
    action, operation, outcome, reason, house_id, case_id, subject_id, category, legal_basis_id, detail)
  SELECT (r.q->>'occurredAt')::timestamptz, (r.q->>'requestId')::uuid, r.q->>'userId', r.q->>'issuer',
    (r.q->>'organisationId')::uuid, r.q->>'onBehalfOf', ARRAY(SELECT jsonb_array_elements_text(r.q->'roles'))::varchar[],
    (x.e->>'action')::audit_action, x.e->>'operation', (x.e->>'outcome')::audit_outcome, x.e->>'reason',
    t.house_id, (x.e->>'caseId')::uuid, coalesce(c.subject_id, (x.e->>'subjectId')::uuid),
    (x.e->>'category')::information_category, (x.e->>'legalBasisId')::uuid, x.e->'detail'
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(q, m)
  CROSS JOIN LATERAL jsonb_array_elements(r.q->'events') WITH ORDINALITY AS x(e, n)
  LEFT JOIN "case" c ON c.id = (x.e->>'caseId')::uuid
  LEFT JOIN consultation_table t ON t.id = c.table_id
  ORDER BY r.m, x.n`;

function requestJson({ actor, events }: AuditEntry): Record<string, unknown> {
  return {
    ...actor,
    occurredAt: actor.occurredAt.toISOString(),
    events: events.map((event) => ({
      ...event,
      caseId: idOrNull(event.caseId),
      subjectId: idOrNull(event.subjectId),
      legalBasisId: idOrNull(event.legalBasisId),
    })),
  };
}

/** Appends the lines of several requests in one INSERT, in the order given (nothing if there are none). */
export async function appendAuditEntries(runner: SqlRunner, entries: readonly AuditEntry[]): Promise<void> {
  const filled = entries.filter((entry) => entry.events.length > 0);
  if (!filled.length) return;
  await runner.query(INSERT, [JSON.stringify(filled.map(requestJson))]);
}

/** Appends one request's lines. Inside a transaction they commit or roll back with it. */
export function appendAudit(runner: SqlRunner, actor: AuditActor, events: readonly AuditEvent[]): Promise<void> {
  return appendAuditEntries(runner, [{ actor, events }]);
}
