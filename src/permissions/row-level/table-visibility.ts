import type { RowLevel } from "./rows";

/**
 * Which tables a viewer may name (a `tableId` in registerCase, scheduleMeeting …) and list (Query.tables):
 * those their organisation sits at or runs as a house. Any other table id is NOT_FOUND, exactly like one
 * that does not exist, so a partner cannot tell another house's table from a made-up id. A table reached
 * through a case the viewer sees (Case.table) is part of that case and is read with it.
 */
export const TABLE_ROWS: RowLevel = {
  table: "consultation_table",
  filter: (viewer, alias, firstParam) => ({
    sql: `(${alias}.house_id = $${firstParam} OR EXISTS (SELECT 1 FROM table_member tm WHERE tm.table_id = ${alias}.id AND tm.organisation_id = $${firstParam}))`,
    params: [viewer.organisationId],
  }),
};
