import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";

/**
 * Reached through the meeting queries (row level on meetings) or a visible case's agendaItems. The agenda
 * lists only items of cases the viewer can see, so a meeting reveals no other cases; minutes are the
 * report shared with the partners of that case.
 */
export const MEETING: TypeAccess = {
  type: "Meeting",
  rows: ROW_LEVEL.Meeting,
  fields: inheritAll("id", "scheduledAt", "status", "reportSharedAt", "table", "agenda", "attendance"),
};

export const AGENDA_ITEM: TypeAccess = {
  type: "AgendaItem",
  rows: ROW_LEVEL.AgendaItem,
  fields: inheritAll("id", "kind", "minutes", "case", "meeting"),
};

export const ATTENDANCE: TypeAccess = {
  type: "Attendance",
  rows: { through: "Meeting" },
  fields: inheritAll("present", "professionalName", "organisation"),
};
