import { meetingVisibility } from "../row-level/meeting-visibility";
import type { Context } from "../../context";
import { hydrate } from "../../db/hydrate";
import { AgendaItem, Meeting } from "../../entities";
import { validIds } from "../../loaders/by-column";
import { visible } from "./reader";

/** One meeting, if the viewer may see it; otherwise NOT_FOUND, as for an id that does not exist. */
export function getMeeting(ctx: Context, id: string): Promise<Meeting> {
  return visible(ctx).one("Meeting", id);
}

/** The visible meetings of a table, latest first; empty for a table the viewer neither sits at nor runs. */
export async function listMeetings(ctx: Context, tableId: string): Promise<Meeting[]> {
  if (!validIds([tableId]).length) return [];
  const visibility = meetingVisibility(ctx.viewer, "mt", 2);
  const rows = await ctx.ds.query(
    `SELECT mt.* FROM meeting mt WHERE mt.table_id = $1 AND ${visibility.sql} ORDER BY mt.scheduled_at DESC, mt.id`,
    [tableId, ...visibility.params],
  );
  const meetings = hydrate(ctx.ds, Meeting, rows);
  for (const meeting of meetings) {
    ctx.loaders.meeting.prime(meeting.id, meeting);
    ctx.loaders.meetingVisible.prime(meeting.id, true);
  }
  return meetings;
}

/**
 * The agenda as this viewer may see it: only items of cases the viewer can see. A table member must not
 * learn from the agenda that the table discusses a person whose case its organisation takes no part in.
 */
export async function visibleAgenda(ctx: Context, meeting: Meeting): Promise<AgendaItem[]> {
  const items = await ctx.loaders.agendaItemsByMeeting.load(meeting.id);
  const shown = await visible(ctx).areVisible("Case", items.map((item) => item.caseId));
  return items.filter((_item, i) => shown[i]);
}
