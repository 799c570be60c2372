import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";
import { guardedTexts } from "./guarded";

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
  fields: { ...inheritAll("id", "kind", "case", "meeting"), ...guardedTexts("AgendaItem").fields },
  /** The minutes are the report shared with the partners of the case, guarded by their category. */
  needs: guardedTexts("AgendaItem").needs,
};

export const ATTENDANCE: TypeAccess = {
  type: "Attendance",
  rows: { through: "Meeting" },
  fields: inheritAll("present", "professionalName", "organisation"),
};
