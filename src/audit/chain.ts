import { createHash } from "node:crypto";

/** The hash before the first line of a log that was never purged. */
export const GENESIS_HASH = "0".repeat(64);

/** The advisory lock every append to the chain takes (migrations/…-AuditLog.ts uses the same number). */
export const AUDIT_CHAIN_LOCK = 7513;

/**
 * The text form of each field a line's hash covers, in order, as SQL over `audit_log a`. The database
 * trigger hashes the same fields; verification rebuilds the text here so that it trusts no database
 * function, only PostgreSQL's own casts.
 */
export const CANONICAL_FIELDS = [
  "a.id::text",
  `to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  "a.request_id::text",
  "a.user_id",
  "a.issuer",
  "a.organisation_id::text",
  "a.on_behalf_of",
  "array_to_string(a.roles, ',')",
  "a.action::text",
  "a.operation",
  "a.outcome::text",
  "a.reason",
  "a.house_id::text",
  "a.case_id::text",
  "a.subject_id::text",
  "a.category::text",
  "a.legal_basis_id::text",
  "a.detail::text",
] as const;

/** Length-prefixed fields (UTF-8 bytes), `~` for null: no two different lines share a text. */
export function canonicalText(fields: ReadonlyArray<string | null>): string {
  return fields.map((field) => (field === null ? "~" : `${Buffer.byteLength(field, "utf8")}:${field}`)).join("|");
}

/** SHA-256 over the previous line's hash and this line's canonical text, as the trigger computes it. */
export function chainHash(prevHash: string, fields: ReadonlyArray<string | null>): string {
  return createHash("sha256").update(`${prevHash}\n${canonicalText(fields)}`, "utf8").digest("hex");
}
