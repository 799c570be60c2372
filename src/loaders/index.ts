import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { loadCareGrants } from "../permissions/care/care-grants";
import { preparedQuery } from "../db/prepared";
import { caseVisibility } from "../permissions/row-level/case-visibility";
import type { InformationCategory } from "../domain/enums";
import {
  Action, ActionReport, AgendaItem, Attendance, Case, ConsultationTable, Goal, InformationItem, LegalBasis,
  Meeting, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, TableMember,
} from "../entities";
import type { Viewer } from "../identity/viewer";
import { byId, manyBy, validIds } from "./by-column";
import { meetingVisibleLoader } from "./meeting-visible";

/** Per-request DataLoaders: every relation a page of cases needs is one query per batch, never one per row. */
export function createLoaders(ds: DataSource, viewer: Viewer | null, now: Date) {
  return {
    case: byId(ds, Case),
    organisation: byId(ds, Organisation),
    table: byId(ds, ConsultationTable),
    subject: byId(ds, Subject),
    plan: byId(ds, Plan),
    goal: byId(ds, Goal),
    action: byId(ds, Action),
    signal: byId(ds, Signal),
    meeting: byId(ds, Meeting),
    agendaItem: byId(ds, AgendaItem),
    legalBasis: byId(ds, LegalBasis),
    participantsByCase: manyBy(ds, Participant, "caseId", { joinedAt: "ASC", id: "ASC" }),
    relatedPersonsByCase: manyBy(ds, RelatedPerson, "caseId", { fullName: "ASC" }),
    plansByCase: manyBy(ds, Plan, "caseId", { version: "ASC" }),
    goalsByPlan: manyBy(ds, Goal, "planId", { priority: "DESC", id: "ASC" }),
    actionsByPlan: manyBy(ds, Action, "planId", { dueDate: "ASC", id: "ASC" }),
    reportsByAction: manyBy(ds, ActionReport, "actionId", { reportedAt: "ASC" }),
    signalsByCase: manyBy(ds, Signal, "caseId", { raisedAt: "ASC" }),
    legalBasesByCase: manyBy(ds, LegalBasis, "caseId", { recordedAt: "ASC" }),
    agendaItemsByCase: manyBy(ds, AgendaItem, "caseId", { id: "ASC" }),
    agendaItemsByMeeting: manyBy(ds, AgendaItem, "meetingId", { id: "ASC" }),
    attendanceByMeeting: manyBy(ds, Attendance, "meetingId", { organisationId: "ASC" }),
    membersByTable: manyBy(ds, TableMember, "tableId", { organisationId: "ASC" }),
    informationByCase: manyBy(ds, InformationItem, "caseId", { factDate: "ASC", id: "ASC" }),
    /** Whether the viewer may see the case at all (row level); false for unknown ids too. */
    caseVisible: new DataLoader<string, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const filter = caseVisibility(viewer, "c", 2);
      const rows = await preparedQuery<{ id: string }>(
        ds,
        `SELECT c.id FROM "case" c WHERE c.id = ANY($1::uuid[]) AND ${filter.sql}`,
        [validIds(ids), ...filter.params],
      );
      const visible = new Set(rows.map((row) => row.id));
      return ids.map((id) => visible.has(id));
    }),
    /** Whether the viewer may see the meeting at all (row level). */
    meetingVisible: meetingVisibleLoader(ds, viewer),
    /** Categories a legal basis opens to the viewer's organisation, per case. */
    careGrants: new DataLoader<string, Map<InformationCategory, string>>(async (caseIds) => {
      if (!viewer) return caseIds.map(() => new Map());
      const grants = await loadCareGrants(ds, viewer.organisationId, caseIds, now);
      return caseIds.map((id) => grants.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
