import type { AuditActor, AuditEvent } from "./trail";

/** A DataSource or a transaction's EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that a client typed (a probed case id) are kept only when they can be ids at all. */
function idOrNull(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

/**
 * One statement for all lines of a batch. The house and the subject come from the case in the same
 * statement, so a line names them even when the viewer could not see the case. The trigger numbers and
 * chains the lines in this order (migrations/…-AuditLog.ts).
 */
const INSERT = `
  INSERT INTO audit_log (occurred_at, request_id, user_id, issuer, organisation_id, on_behalf_of, roles,
    action, operation, outcome, reason, house_id, case_id, subject_id, category, legal_basis_id, detail)
  SELECT $1, $2, $3, $4, $5, $6, $7::varchar[],
    (x.e->>'action')::audit_action, x.e->>'operation', (x.e->>'outcome')::audit_outcome, x.e->>'reason',
    t.house_id, (x.e->>'caseId')::uuid, coalesce(c.subject_id, (x.e->>'subjectId')::uuid),
    (x.e->>'category')::information_category, (x.e->>'legalBasisId')::uuid, x.e->'detail'
  FROM jsonb_array_elements($8::jsonb) WITH ORDINALITY AS x(e, n)
  LEFT JOIN "case" c ON c.id = (x.e->>'caseId')::uuid
  LEFT JOIN consultation_table t ON t.id = c.table_id
  ORDER BY x.n`;

/** Appends the lines (nothing if there are none). Inside a transaction they commit or roll back with it. */
export async function appendAudit(runner: SqlRunner, actor: AuditActor, events: readonly AuditEvent[]): Promise<void> {
  if (!events.length) return;
  const lines = events.map((event) => ({
    ...event,
    caseId: idOrNull(event.caseId),
    subjectId: idOrNull(event.subjectId),
    legalBasisId: idOrNull(event.legalBasisId),
  }));
  await runner.query(INSERT, [
    actor.occurredAt, actor.requestId, actor.userId, actor.issuer, actor.organisationId, actor.onBehalfOf, actor.roles, JSON.stringify(lines),
  ]);
}
