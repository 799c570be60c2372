import type { Viewer } from "../../identity/viewer";
import { caseVisibility, type SqlFilter } from "./case-visibility";
import { meetingVisibility } from "./meeting-visibility";
import { legalBasisVisibility } from "./legal-basis-visibility";

/** A row filter: SQL over one row of a table aliased `alias`, parameters numbered from `firstParam`. */
export type RowFilter = (viewer: Viewer, alias: string, firstParam: number) => SqlFilter;

/** Which rows of one table a viewer may see: the table and its filter. */
export interface RowLevel {
  table: string;
  filter: RowFilter;
}

/**
 * The filter of an object that belongs to one case: visible exactly when that case is visible. `caseIdOf`
 * is the SQL expression that finds the case from the row, so the case's rule (case-visibility.ts) is the
 * only rule; nothing of a case can be seen that the case itself could not.
 */
function throughCase(caseIdOf: (alias: string) => string): RowFilter {
  return (viewer, alias, firstParam) => {
    const rule = caseVisibility(viewer, "oc", firstParam);
    return { sql: `EXISTS (SELECT 1 FROM "case" oc WHERE oc.id = ${caseIdOf(alias)} AND ${rule.sql})`, params: rule.params };
  };
}

/** Both filters must hold; the second's parameters are numbered after the first's. */
function both(first: RowFilter, second: RowFilter): RowFilter {
  return (viewer, alias, firstParam) => {
    const a = first(viewer, alias, firstParam);
    const b = second(viewer, alias, firstParam + a.params.length);
    return { sql: `(${a.sql} AND ${b.sql})`, params: [...a.params, ...b.params] };
  };
}

/** Every object inside a case carries its case id (goals, actions and reports too, since the PlanItemsCaseId migration). */
const caseColumn = (alias: string) => `${alias}.case_id`;

/**
 * Row level per type: the one list the reader of visible objects (permissions/visible/reader.ts), the
 * per-request visibility loaders and the per-type access declarations (permissions/access/) take their
 * filters from. Cases and meetings have a rule of their own; everything inside a case is seen through it.
 */
export const ROW_LEVEL = {
  Case: { table: "case", filter: caseVisibility },
  Meeting: { table: "meeting", filter: meetingVisibility },
  AgendaItem: { table: "agenda_item", filter: throughCase(caseColumn) },
  Participant: { table: "participant", filter: throughCase(caseColumn) },
  /** Of a visible case, only the bases that name the viewer's organisation (all for the house's process director): legal-basis-visibility.ts. */
  LegalBasis: { table: "legal_basis", filter: both(throughCase(caseColumn), legalBasisVisibility) },
  InformationItem: { table: "information_item", filter: throughCase(caseColumn) },
  Signal: { table: "signal", filter: throughCase(caseColumn) },
  Plan: { table: "plan", filter: throughCase(caseColumn) },
  Goal: { table: "goal", filter: throughCase(caseColumn) },
  Action: { table: "action", filter: throughCase(caseColumn) },
  ActionReport: { table: "action_report", filter: throughCase(caseColumn) },
} satisfies Record<string, RowLevel>;

/** The types that hold case data and are only ever read through their row filter. */
export type VisibleType = keyof typeof ROW_LEVEL;

export const VISIBLE_TYPES = Object.keys(ROW_LEVEL) as VisibleType[];
