import { ViewerRole } from "../domain/enums";
import type { Viewer } from "../identity/viewer";

export interface SqlFilter {
  sql: string;
  params: unknown[];
}

/**
 * Row-level rule for cases, as SQL over the `"case"` row aliased `alias`, with parameters numbered from
 * `firstParam`. A viewer sees a case when:
 * - their organisation is an active participant of it; or
 * - they are a process director of the house (ZVH / SAMEN office) that runs the case's table; or
 * - they are a triage member of an organisation that sits at the table, and the case awaits triage.
 * Privacy officers see no cases through this rule: their work is the access log, not case content.
 * The list query and every single-case lookup use this one rule.
 */
export function caseVisibility(viewer: Viewer, alias: string, firstParam: number): SqlFilter {
  const org = `$${firstParam}`;
  const clauses = [
    `EXISTS (SELECT 1 FROM participant p WHERE p.case_id = ${alias}.id AND p.organisation_id = ${org} AND p.left_at IS NULL)`,
  ];
  if (viewer.roles.has(ViewerRole.PROCESS_DIRECTOR)) {
    clauses.push(`EXISTS (SELECT 1 FROM consultation_table t WHERE t.id = ${alias}.table_id AND t.house_id = ${org})`);
  }
  if (viewer.roles.has(ViewerRole.TRIAGE_MEMBER)) {
    clauses.push(
      `(${alias}.phase = 'REGISTERED' AND EXISTS (SELECT 1 FROM table_member m WHERE m.table_id = ${alias}.table_id AND m.organisation_id = ${org}))`,
    );
  }
  return { sql: `(${clauses.join(" OR ")})`, params: [viewer.organisationId] };
}
