import type { Viewer } from "../../identity/viewer";
import type { SqlFilter } from "./case-visibility";

/**
 * Row-level rule for the access log, as SQL over the `audit_log` row aliased `alias`, with parameters
 * numbered from `firstParam`. A privacy officer reads:
 * - the lines about cases at the tables their organisation runs as a house (ZVH / SAMEN office) that the
 *   actor could see (a refused attempt names no house: log parity, audit/writer.ts): the
 *   house answers for the case conference as a whole, whoever read;
 * - the lines written by users of their own organisation: every partner answers for its own staff.
 * The house is stored on each line when it is written, so this still holds after the case is deleted.
 * The policy decides who is a privacy officer (permissions/rules/privacy-officer.ts); this decides which lines.
 */
export function auditVisibility(viewer: Viewer, alias: string, firstParam: number): SqlFilter {
  const org = `$${firstParam}`;
  return { sql: `(${alias}.house_id = ${org} OR ${alias}.organisation_id = ${org})`, params: [viewer.organisationId] };
}
