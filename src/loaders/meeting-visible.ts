import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { meetingVisibility } from "../permissions/row-level/meeting-visibility";
import type { Viewer } from "../identity/viewer";
import { validIds } from "./by-column";
import { preparedQuery } from "../db/prepared";

/** Whether the viewer may see the meeting at all (row level); false for unknown ids too. */
export function meetingVisibleLoader(ds: DataSource, viewer: Viewer | null): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    if (!viewer) return ids.map(() => false);
    const filter = meetingVisibility(viewer, "mt", 2);
    const rows = await preparedQuery<{ id: string }>(
      ds,
      `SELECT mt.id FROM meeting mt WHERE mt.id = ANY($1::uuid[]) AND ${filter.sql}`,
      [validIds(ids), ...filter.params],
    );
    const visible = new Set(rows.map((row) => row.id));
    return ids.map((id) => visible.has(id));
  });
}
