import { opaqueEntryId } from "./opaque";
import { auditVisibility } from "../permissions/row-level/audit-visibility";
import { toCsv } from "./csv";
import type { Context } from "../context";
import { hydrate } from "../db/hydrate";
import { AuditEntry, type Organisation } from "../entities";
import { BadInputError } from "../errors";

/** The report as this service builds it; the GraphQL type of the same name has exactly these fields. */
export interface SubjectAccessReportResult {
  subjectId: string;
  generatedAt: Date;
  totalCount: number;
  organisations: Array<{ organisation: Organisation; entries: AuditEntry[] }>;
  json: string;
  csv: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CSV_HEADER = [
  "organisation_code", "organisation_name", "line", "occurred_at", "user_id", "issuer", "on_behalf_of", "roles",
  "action", "operation", "outcome", "reason", "case_id", "category", "legal_basis_id", "legal_basis_type",
];

/** One line of the report as exported: the log line, and the type of the basis while the basis still exists. */
function exported(entry: AuditEntry, basisType: string | null) {
  return {
    line: opaqueEntryId(entry.id), occurredAt: entry.occurredAt.toISOString(), userId: entry.userId, issuer: entry.issuer, onBehalfOf: entry.onBehalfOf,
    roles: entry.roles, action: entry.action, operation: entry.operation, outcome: entry.outcome, reason: entry.reason,
    caseId: entry.caseId, category: entry.category, legalBasisId: entry.legalBasisId, legalBasisType: basisType,
  };
}

async function basisTypes(ctx: Context, entries: AuditEntry[]): Promise<Map<string, string>> {
  const ids = [...new Set(entries.map((e) => e.legalBasisId).filter((id): id is string => Boolean(id)))];
  const bases = await ctx.loaders.legalBasis.loadMany(ids);
  return new Map(bases.flatMap((basis) => (basis && !(basis instanceof Error) ? [[basis.id, basis.type] as [string, string]] : [])));
}

/**
 * Inzageverzoek: every line the privacy officer may see about one subject, grouped by the organisation
 * the users acted for, with JSON and CSV exports of the same content. Identifiers only, like the log.
 */
export async function subjectAccessReport(ctx: Context, subjectId: string): Promise<SubjectAccessReportResult> {
  if (!UUID.test(subjectId)) throw new BadInputError("subjectId must be a subject's id.", { subjectId: ["not a valid id"] });
  const visibility = auditVisibility(ctx.viewer, "a", 2);
  const raw = await ctx.ds.query(`SELECT a.* FROM audit_log a WHERE a.subject_id = $1 AND ${visibility.sql} ORDER BY a.id`, [subjectId, ...visibility.params]);
  const entries = hydrate(ctx.ds, AuditEntry, raw);
  const organisationIds = [...new Set(entries.map((e) => e.organisationId))];
  const organisations = (await ctx.loaders.organisation.loadMany(organisationIds)) as Organisation[];
  const groups = organisations
    .map((organisation) => ({ organisation, entries: entries.filter((e) => e.organisationId === organisation.id) }))
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  const types = await basisTypes(ctx, entries);
  const typeOf = (entry: AuditEntry) => (entry.legalBasisId ? (types.get(entry.legalBasisId) ?? null) : null);
  const document = {
    subjectId, generatedAt: ctx.now.toISOString(), totalCount: entries.length,
    organisations: groups.map((g) => ({
      organisation: { id: g.organisation.id, code: g.organisation.code, name: g.organisation.name },
      entries: g.entries.map((e) => exported(e, typeOf(e))),
    })),
  };
  const csvRows = groups.flatMap((g) => g.entries.map((e) => {
    const line = exported(e, typeOf(e));
    return [g.organisation.code, g.organisation.name, line.line, line.occurredAt, line.userId, line.issuer, line.onBehalfOf, line.roles.join(" "),
      line.action, line.operation, line.outcome, line.reason, line.caseId, line.category, line.legalBasisId, line.legalBasisType];
  }));
  return {
    subjectId, generatedAt: ctx.now, totalCount: entries.length, organisations: groups,
    json: JSON.stringify(document, null, 2), csv: toCsv([CSV_HEADER, ...csvRows]),
  };
}
