import type { DataSource } from "typeorm";
import { verifyAuditChain, type ChainReport } from "../../src/audit/verify";

/** One access-log line as the tests compare it. */
export interface Line {
  id: string;
  requestId: string;
  occurredAt: Date;
  userId: string;
  organisationId: string;
  action: string;
  operation: string | null;
  outcome: string;
  reason: string | null;
  houseId: string | null;
  caseId: string | null;
  subjectId: string | null;
  category: string | null;
  legalBasisId: string | null;
  detail: Record<string, unknown> | null;
}

/** Every line of the log, in chain order, read as the owner. */
export async function auditLines(ds: DataSource): Promise<Line[]> {
  return ds.query(`SELECT id::text AS id, request_id AS "requestId", occurred_at AS "occurredAt", user_id AS "userId",
    organisation_id AS "organisationId", action, operation, outcome, reason, house_id AS "houseId", case_id AS "caseId",
    subject_id AS "subjectId", category, legal_basis_id AS "legalBasisId", detail FROM audit_log a ORDER BY a.id`);
}

/** Every line of the log as text, to prove no content reached it. */
export async function auditText(ds: DataSource): Promise<string> {
  const rows: Array<{ line: string }> = await ds.query(`SELECT row_to_json(a)::text AS line FROM audit_log a ORDER BY a.id`);
  return rows.map((row) => row.line).join("\n");
}

/** `npm run audit:verify`'s check, through any DataSource. */
export function verify(ds: DataSource): Promise<ChainReport> {
  return verifyAuditChain((sql, parameters) => ds.query(sql, parameters));
}
