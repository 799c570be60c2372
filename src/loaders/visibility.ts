import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { preparedQuery } from "../db/prepared";
import type { Viewer } from "../identity/viewer";
import { ROW_LEVEL, type RowLevel, type VisibleType } from "../permissions/row-level/rows";
import { validIds } from "./by-column";

/**
 * Whether the viewer may see each object of `type` at all (its row filter, permissions/row-level/rows.ts);
 * false for unknown ids too, so the two cannot be told apart. One statement per batch.
 */
export function visibilityLoader(ds: DataSource, viewer: Viewer | null, type: VisibleType): DataLoader<string, boolean> {
  return rowLevelLoader(ds, viewer, ROW_LEVEL[type]);
}

/** The same for any row filter (tables, which are not case data: permissions/row-level/table-visibility.ts). */
export function rowLevelLoader(ds: DataSource, viewer: Viewer | null, { table, filter }: RowLevel): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    if (!viewer) return ids.map(() => false);
    const rule = filter(viewer, "x", 2);
    const rows = await preparedQuery<{ id: string }>(
      ds,
      `SELECT x.id FROM "${table}" x WHERE x.id = ANY($1::uuid[]) AND ${rule.sql}`,
      [validIds(ids), ...rule.params],
    );
    const visible = new Set(rows.map((row) => row.id));
    return ids.map((id) => visible.has(id));
  });
}
