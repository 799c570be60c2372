import { ViewerRole } from "../../domain/enums";
import type { Viewer } from "../../identity/viewer";
import { allOf, anyOf, byRole, when, type RowLevelDoc } from "../matrix/claims";
import { Condition } from "../matrix/conditions";

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

/**
 * How many cases the rule above lets the viewer see, when it reduces to "your organisation takes part"
 * (no process director or triage member role): then it is the organisation's active participations,
 * one per case (participant_active_unique), counted from the index alone instead of evaluating the rule
 * for every case (`npm run bench -- --cases 200000`, S2, shows the difference). Null when the rule
 * needs the general count.
 * test/integration/row-level-visibility.test.ts holds it equal to counting with the rule.
 */
export function countVisibleCases(viewer: Viewer): SqlFilter | null {
  if (viewer.roles.has(ViewerRole.PROCESS_DIRECTOR) || viewer.roles.has(ViewerRole.TRIAGE_MEMBER)) return null;
  return { sql: `SELECT count(*)::int AS count FROM participant p WHERE p.organisation_id = $1 AND p.left_at IS NULL`, params: [viewer.organisationId] };
}

/** The rule above as the permission matrix states it; test/integration/permission-matrix.test.ts holds it to the SQL. */
export const CASE_VISIBILITY: RowLevelDoc = {
  name: "Cases",
  source: "src/permissions/row-level/case-visibility.ts",
  reason:
    "A partner sees the cases its organisation takes part in; the house's process director sees the cases of the house's tables; " +
    "a triage member sees new registrations at the tables their organisation sits at. Used by the case list and every single-case lookup.",
  matrix: {
    roles: byRole(
      {
        PROCESS_DIRECTOR: anyOf(when(Condition.TAKES_PART), when(Condition.HOUSE_OF_CASE)),
        TRIAGE_MEMBER: anyOf(when(Condition.TAKES_PART), allOf(when(Condition.AWAITS_TRIAGE), when(Condition.SITS_AT_TABLE))),
      },
      when(Condition.TAKES_PART),
    ),
  },
};
