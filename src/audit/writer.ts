import { escapeUnsafeCharacters, escapeUnsafeDeep } from "../domain/plain-text";
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
 * One statement for all lines of one or more requests (audit/group-commit.ts batches requests), with the
 * values as parallel arrays (one per column; the requests' actors once per request): unnest is cheaper
 * per line than expanding a JSON document. The house and the subject come from the case in the same
 * statement, but only for a line whose case the actor could see (AuditEvent.caseVisible): a refused or
 * not-found attempt keeps exactly what was sent, so no reader of the log (nor the chain hash every reader
 * sees, which covers the house) can tell a real case from a made-up id (log parity). The trigger numbers and
 * chains the lines in this order, request by request and within a request line by line
 * (migrations/…-AuditLog.ts).
 */
const INSERT = `
  INSERT INTO audit_log (occurred_at, request_id, user_id, issuer, organisation_id, on_behalf_of, roles,
    action, operation, outcome, reason, house_id, case_id, subject_id, category, legal_basis_id, detail)
  SELECT r.occurred_at, r.request_id, r.user_id, r.issuer, r.organisation_id, r.on_behalf_of, r.roles,
    e.action::audit_action, e.operation, e.outcome::audit_outcome, e.reason,
    t.house_id, e.case_id, coalesce(c.subject_id, e.subject_id), e.category::information_category, e.legal_basis_id, e.detail
  FROM unnest($8::bigint[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::uuid[], $15::text[], $16::uuid[], $17::jsonb[], $18::boolean[])
    WITH ORDINALITY AS e(m, action, operation, outcome, reason, case_id, subject_id, category, legal_basis_id, detail, case_visible, n)
  JOIN (
    SELECT q.m, q.occurred_at, q.request_id, q.user_id, q.issuer, q.organisation_id, q.on_behalf_of,
      ARRAY(SELECT jsonb_array_elements_text(q.roles))::varchar[] AS roles
    FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[]) WITH ORDINALITY
      AS q(occurred_at, request_id, user_id, issuer, organisation_id, on_behalf_of, roles, m)
  ) r ON r.m = e.m
  LEFT JOIN "case" c ON e.case_visible AND c.id = e.case_id
  LEFT JOIN consultation_table t ON t.id = c.table_id
  ORDER BY e.n`;

/**
 * Text as the log keeps it: whatever a client sent (a token's claims, a filter, an operation name), with the
 * characters PostgreSQL or a reader's terminal cannot take written out (domain/plain-text.ts), so no input
 * can make the shared INSERT fail.
 */
const text = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : escapeUnsafeCharacters(value));

/** The statement's parameters: seven arrays with one value per request, eleven with one value per line. */
function parameters(entries: readonly AuditEntry[]): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 18 }, () => []);
  entries.forEach(({ actor, events }, i) => {
    const request = [
      actor.occurredAt, actor.requestId, text(actor.userId), text(actor.issuer), actor.organisationId, text(actor.onBehalfOf),
      JSON.stringify(escapeUnsafeDeep(actor.roles)),
    ];
    request.forEach((value, column) => columns[column].push(value));
    for (const event of events) {
      const line = [
        i + 1, event.action, text(event.operation), event.outcome, text(event.reason), idOrNull(event.caseId), idOrNull(event.subjectId),
        event.category ?? null, idOrNull(event.legalBasisId), event.detail === undefined ? null : JSON.stringify(escapeUnsafeDeep(event.detail)),
        event.caseVisible === true,
      ];
      line.forEach((value, column) => columns[7 + column].push(value));
    }
  });
  return columns;
}

/** Appends the lines of several requests in one INSERT, in the order given (nothing if there are none). */
export async function appendAuditEntries(runner: SqlRunner, entries: readonly AuditEntry[]): Promise<void> {
  const filled = entries.filter((entry) => entry.events.length > 0);
  if (!filled.length) return;
  await runner.query(INSERT, parameters(filled));
}

/** Appends one request's lines. Inside a transaction they commit or roll back with it. */
export function appendAudit(runner: SqlRunner, actor: AuditActor, events: readonly AuditEvent[]): Promise<void> {
  return appendAuditEntries(runner, [{ actor, events }]);
}
