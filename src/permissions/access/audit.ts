import { auditVisibility } from "../row-level/audit-visibility";
import { inheritAll, type TypeAccess } from "./types";

const LOG_QUERIES = { through: "Query.auditLog / Query.subjectAccessReport" };

/** Reached only through auditLog / subjectAccessReport (privacy officers): identifiers of who did what, never case content. */
export const AUDIT: TypeAccess[] = [
  { type: "AuditLogConnection", rows: LOG_QUERIES, fields: inheritAll("edges", "pageInfo", "totalCount") },
  { type: "AuditEntryEdge", rows: LOG_QUERIES, fields: inheritAll("cursor", "node") },
  {
    type: "AuditEntry",
    rows: { table: "audit_log", logFilter: auditVisibility },
    fields: inheritAll(
      "id", "occurredAt", "requestId", "userId", "issuer", "organisation", "onBehalfOf", "roles", "action", "operation", "outcome",
      "reason", "caseId", "subjectId", "category", "legalBasisId", "legalBasisType", "detail", "prevHash", "hash",
    ),
  },
  { type: "SubjectAccessReport", rows: LOG_QUERIES, fields: inheritAll("subjectId", "generatedAt", "totalCount", "organisations", "json", "csv") },
  { type: "SubjectAccessGroup", rows: LOG_QUERIES, fields: inheritAll("organisation", "entries") },
];
