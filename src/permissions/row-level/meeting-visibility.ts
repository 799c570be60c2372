import { ViewerRole } from "../../domain/enums";
import type { Viewer } from "../../identity/viewer";
import type { SqlFilter } from "./case-visibility";
import { anyOf, byRole, when, type RowLevelDoc } from "../matrix/claims";
import { Condition } from "../matrix/conditions";

/**
 * Row-level rule for meetings (casusoverleggen), as SQL over the `meeting` row aliased `alias`, with
 * parameters numbered from `firstParam`. A viewer sees a meeting when their organisation sits at its
 * table, or when they are a process director of the house that runs the table. Seeing a meeting is not
 * seeing its cases: the agenda is filtered by the case rule (permissions/row-level/case-visibility.ts) on top.
 */
export function meetingVisibility(viewer: Viewer, alias: string, firstParam: number): SqlFilter {
  const org = `$${firstParam}`;
  const clauses = [`EXISTS (SELECT 1 FROM table_member m WHERE m.table_id = ${alias}.table_id AND m.organisation_id = ${org})`];
  if (viewer.roles.has(ViewerRole.PROCESS_DIRECTOR)) {
    clauses.push(`EXISTS (SELECT 1 FROM consultation_table t WHERE t.id = ${alias}.table_id AND t.house_id = ${org})`);
  }
  return { sql: `(${clauses.join(" OR ")})`, params: [viewer.organisationId] };
}

/** The rule above as the permission matrix states it; test/integration/permission-matrix.test.ts holds it to the SQL. */
export const MEETING_VISIBILITY: RowLevelDoc = {
  name: "Meetings",
  source: "src/permissions/row-level/meeting-visibility.ts",
  reason:
    "A meeting (casusoverleg) is seen by the organisations that sit at its table and by the process director of the house that runs it. " +
    "Seeing a meeting is not seeing its cases: its agenda lists only the cases the user may see.",
  matrix: {
    roles: byRole({ PROCESS_DIRECTOR: anyOf(when(Condition.SITS_AT_TABLE), when(Condition.HOUSE_OF_TABLE)) }, when(Condition.SITS_AT_TABLE)),
  },
};
