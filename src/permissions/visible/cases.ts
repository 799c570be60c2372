import { caseVisibility, countVisibleCases } from "../row-level/case-visibility";
import type { Context } from "../../context";
import { BadInputError } from "../../errors";
import { hydrate } from "../../db/hydrate";
import { preparedQuery } from "../../db/prepared";
import { Case } from "../../entities";
import { decodeCursor, encodeCursor } from "../../db/cursor";
import type { CasePhase, Track } from "../../domain/enums";

/** What a list of cases may be narrowed to (the GraphQL CaseFilter maps onto it). */
export interface CaseListFilter {
  phases?: CasePhase[];
  tableId?: string;
  track?: Track;
}

export const MAX_PAGE_SIZE = 100;

export interface CasePage {
  edges: Array<{ cursor: string; node: Case }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Visible cases, newest registration first, keyset-paginated on (registered_at, id). */
export async function listCases(ctx: Context, first: number, after: string | undefined, filter: CaseListFilter = {}): Promise<CasePage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { first: [`must be between 1 and ${MAX_PAGE_SIZE}`] });
  }
  const visibility = caseVisibility(ctx.viewer, "c", 1);
  const params: unknown[] = [...visibility.params];
  const where = [visibility.sql];
  const param = (value: unknown): string => `$${params.push(value)}`;
  if (filter.phases?.length) where.push(`c.phase = ANY(${param(filter.phases)}::case_phase[])`);
  if (filter.tableId) where.push(`c.table_id = ${param(filter.tableId)}`);
  if (filter.track) where.push(`c.track = ${param(filter.track)}`);
  const filtered = where.join(" AND ");
  const pageWhere = [filtered];
  const countParams = [...params];
  if (after) {
    const [at, id] = decodeCursor(after);
    pageWhere.push(`(c.registered_at, c.id) < (${param(at)}, ${param(id)})`);
  }
  const pageSql = `SELECT c.* FROM "case" c WHERE ${pageWhere.join(" AND ")} ORDER BY c.registered_at DESC, c.id DESC LIMIT ${param(first + 1)}`;
  const unfiltered = !filter.phases?.length && !filter.tableId && !filter.track;
  const count = (unfiltered && countVisibleCases(ctx.viewer)) || { sql: `SELECT count(*)::int AS count FROM "case" c WHERE ${filtered}`, params: countParams };
  const [raw, [{ count: totalCount }]] = await Promise.all([
    preparedQuery(ctx.ds, pageSql, params),
    preparedQuery<{ count: number }>(ctx.ds, count.sql, count.params),
  ]);
  const rows = hydrate(ctx.ds, Case, raw);
  const page = rows.slice(0, first);
  for (const found of page) {
    ctx.loaders.case.prime(found.id, found);
    ctx.loaders.caseVisible.prime(found.id, true);
  }
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.registeredAt, node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].registeredAt, page[page.length - 1].id) : null },
    totalCount,
  };
}
