import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";

/** The plan and everything in it reach a client only through a visible case or a permitted mutation's result. */
export const PLAN: TypeAccess = {
  type: "Plan",
  rows: ROW_LEVEL.Plan,
  fields: inheritAll("id", "version", "status", "summary", "proposedAt", "approvedAt", "goals", "actions", "proposedBy"),
};

export const GOAL: TypeAccess = {
  type: "Goal",
  rows: ROW_LEVEL.Goal,
  fields: inheritAll("id", "description", "priority", "status", "actions"),
};

/**
 * The plan is agreed by all partners at the table, so every partner of the case reads its goals,
 * actions and feedback, care interventions included: partners cannot approve or carry out a plan they
 * cannot read. Care facts themselves belong in information items, where canReadCare guards them;
 * plan texts name the intervention, not the diagnosis (house rule for case directors).
 */
export const ACTION: TypeAccess = {
  type: "Action",
  rows: ROW_LEVEL.Action,
  fields: inheritAll("id", "description", "kind", "dueDate", "status", "executor", "goal", "reports"),
};

export const ACTION_REPORT: TypeAccess = {
  type: "ActionReport",
  rows: ROW_LEVEL.ActionReport,
  fields: inheritAll("id", "reportedAt", "feedback", "statusAfter", "reportedBy"),
};
