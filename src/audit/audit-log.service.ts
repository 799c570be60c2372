import { auditVisibility } from "../permissions/row-level/audit-visibility";
import type { Context } from "../context";
import { hydrate } from "../db/hydrate";
import { AuditEntry } from "../entities";
import { BadInputError } from "../errors";
import { openPosition, sealPosition } from "./opaque";

export const MAX_AUDIT_PAGE_SIZE = 100;

/** Which lines of the log to list, every part optional and combined with AND; null counts as absent. */
export interface AuditLogQuery {
  readonly subjectId?: string | null;
  readonly userId?: string | null;
  readonly organisationId?: string | null;
  readonly caseId?: string | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

export interface AuditLogPage {
  edges: Array<{ cursor: string; node: AuditEntry }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Line ids only grow, so the id is the keyset cursor; sealed (opaque.ts) so it does not tell how many lines others wrote. */
export function encodeAuditCursor(id: string): string {
  return sealPosition(id);
}

/** A forged, tampered or foreign cursor is bad input, never a database error (it never reaches SQL). */
function decodeAuditCursor(cursor: string): string {
  const position = openPosition(cursor);
  if (position === null) throw new BadInputError("The cursor is not valid; use a cursor from pageInfo.endCursor.", { after: ["invalid cursor"] });
  return position;
}

/** The visible lines matching the filter, as SQL over `audit_log a` with its parameters. */
export function auditWhere(ctx: Context, filter: AuditLogQuery): { sql: string; params: unknown[] } {
  const visibility = auditVisibility(ctx.viewer, "a", 1);
  const params: unknown[] = [...visibility.params];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const where = [visibility.sql];
  if (filter.subjectId) where.push(`a.subject_id = ${param(filter.subjectId)}`);
  if (filter.caseId) where.push(`a.case_id = ${param(filter.caseId)}`);
  if (filter.userId) where.push(`a.user_id = ${param(filter.userId)}`);
  if (filter.organisationId) where.push(`a.organisation_id = ${param(filter.organisationId)}`);
  if (filter.from) where.push(`a.occurred_at >= ${param(filter.from)}`);
  if (filter.to) where.push(`a.occurred_at < ${param(filter.to)}`);
  return { sql: where.join(" AND "), params };
}

/** The privacy officer's view of the log: newest line first, keyset-paginated on the line id. */
export async function listAuditLog(ctx: Context, first: number, after: string | undefined, filter: AuditLogQuery = {}): Promise<AuditLogPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_AUDIT_PAGE_SIZE}.`, { first: [`must be between 1 and ${MAX_AUDIT_PAGE_SIZE}`] });
  }
  const { sql, params } = auditWhere(ctx, filter);
  const [{ count }] = await ctx.ds.query(`SELECT count(*)::int AS count FROM audit_log a WHERE ${sql}`, params);
  const pageParams = [...params];
  const page = [sql];
  if (after !== undefined) page.push(`a.id < $${pageParams.push(decodeAuditCursor(after))}`);
  const raw = await ctx.ds.query(
    `SELECT a.* FROM audit_log a WHERE ${page.join(" AND ")} ORDER BY a.id DESC LIMIT $${pageParams.push(first + 1)}`,
    pageParams,
  );
  const rows = hydrate(ctx.ds, AuditEntry, raw);
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeAuditCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeAuditCursor(nodes[nodes.length - 1].id) : null },
    totalCount: count,
  };
}
