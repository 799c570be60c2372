import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { loadCareGrants } from "../permissions/care/care-grants";
import type { InformationCategory } from "../domain/enums";
import {
  Action, ActionReport, AgendaItem, Attendance, Case, ConsultationTable, Goal, InformationItem, LegalBasis,
  Meeting, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, TableMember,
} from "../entities";
import type { Viewer } from "../identity/viewer";
import { byId, manyBy } from "./by-column";
import { TABLE_ROWS } from "../permissions/row-level/table-visibility";
import { rowLevelLoader, visibilityLoader } from "./visibility";
import { ROW_LEVEL } from "../permissions/row-level/rows";

/**
 * Per-request DataLoaders: every relation a page of cases needs is one query per batch, never one per row.
 * The by-id loaders of case data (case, plan, goal, …) do not check row level: outside src/permissions only
 * the reader of visible objects (permissions/visible/reader.ts) may call them, and a unit test
 * (test/unit/visible-reader-only.test.ts) holds every other file to that.
 */
export function createLoaders(ds: DataSource, viewer: Viewer | null, now: Date) {
  const basesOfViewer = viewer ? ROW_LEVEL.LegalBasis.filter(viewer, "t", 2) : { sql: "false", params: [] };
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
    participant: byId(ds, Participant),
    informationItem: byId(ds, InformationItem),
    actionReport: byId(ds, ActionReport),
    participantsByCase: manyBy(ds, Participant, "caseId", { joinedAt: "ASC", id: "ASC" }),
    relatedPersonsByCase: manyBy(ds, RelatedPerson, "caseId", { fullName: "ASC" }),
    plansByCase: manyBy(ds, Plan, "caseId", { version: "ASC" }),
    goalsByPlan: manyBy(ds, Goal, "planId", { priority: "DESC", id: "ASC" }),
    actionsByPlan: manyBy(ds, Action, "planId", { dueDate: "ASC", id: "ASC" }),
    reportsByAction: manyBy(ds, ActionReport, "actionId", { reportedAt: "ASC" }),
    signalsByCase: manyBy(ds, Signal, "caseId", { raisedAt: "ASC" }),
    /** The bases of a case the viewer may see: the LegalBasis row filter (permissions/row-level/rows.ts). */
    legalBasesByCase: manyBy(ds, LegalBasis, "caseId", { recordedAt: "ASC" }, basesOfViewer),
    agendaItemsByCase: manyBy(ds, AgendaItem, "caseId", { id: "ASC" }),
    agendaItemsByMeeting: manyBy(ds, AgendaItem, "meetingId", { id: "ASC" }),
    attendanceByMeeting: manyBy(ds, Attendance, "meetingId", { organisationId: "ASC" }),
    membersByTable: manyBy(ds, TableMember, "tableId", { organisationId: "ASC" }),
    informationByCase: manyBy(ds, InformationItem, "caseId", { factDate: "ASC", id: "ASC" }),
    /** Whether the viewer may see the object at all (row level, permissions/row-level/rows.ts); false for unknown ids too. */
    caseVisible: visibilityLoader(ds, viewer, "Case"),
    /** Whether the viewer may list and name the table (sits at it or runs it); false for unknown ids too. */
    tableVisible: rowLevelLoader(ds, viewer, TABLE_ROWS),
    meetingVisible: visibilityLoader(ds, viewer, "Meeting"),
    agendaItemVisible: visibilityLoader(ds, viewer, "AgendaItem"),
    participantVisible: visibilityLoader(ds, viewer, "Participant"),
    legalBasisVisible: visibilityLoader(ds, viewer, "LegalBasis"),
    informationItemVisible: visibilityLoader(ds, viewer, "InformationItem"),
    signalVisible: visibilityLoader(ds, viewer, "Signal"),
    planVisible: visibilityLoader(ds, viewer, "Plan"),
    goalVisible: visibilityLoader(ds, viewer, "Goal"),
    actionVisible: visibilityLoader(ds, viewer, "Action"),
    actionReportVisible: visibilityLoader(ds, viewer, "ActionReport"),
    /** Categories a legal basis opens to the viewer's organisation, per case. */
    careGrants: new DataLoader<string, Map<InformationCategory, string>>(async (caseIds) => {
      if (!viewer) return caseIds.map(() => new Map());
      const grants = await loadCareGrants(ds, viewer.organisationId, caseIds, now);
      return caseIds.map((id) => grants.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
