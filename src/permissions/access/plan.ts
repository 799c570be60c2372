import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";
import { guardedTexts } from "./guarded";

/**
 * The plan and everything in it reach a client only through a visible case or a permitted mutation's result.
 * Every partner of the case sees that each goal, action and report exists, with its executor, dates, kind and
 * status: partners cannot approve or carry out a plan they cannot see. Their texts are guarded by their
 * category: a care intervention's text reaches only who may read that category.
 */
export const PLAN: TypeAccess = {
  type: "Plan",
  rows: ROW_LEVEL.Plan,
  fields: { ...inheritAll("id", "version", "status", "proposedAt", "approvedAt", "goals", "actions", "proposedBy"), ...guardedTexts("Plan").fields },
  needs: guardedTexts("Plan").needs,
};

export const GOAL: TypeAccess = {
  type: "Goal",
  rows: ROW_LEVEL.Goal,
  fields: { ...inheritAll("id", "priority", "status", "actions"), ...guardedTexts("Goal").fields },
  needs: guardedTexts("Goal").needs,
};

export const ACTION: TypeAccess = {
  type: "Action",
  rows: ROW_LEVEL.Action,
  fields: { ...inheritAll("id", "kind", "dueDate", "status", "executor", "goal", "reports"), ...guardedTexts("Action").fields },
  needs: guardedTexts("Action").needs,
};

export const ACTION_REPORT: TypeAccess = {
  type: "ActionReport",
  rows: ROW_LEVEL.ActionReport,
  fields: { ...inheritAll("id", "reportedAt", "statusAfter", "reportedBy"), ...guardedTexts("ActionReport").fields },
  needs: guardedTexts("ActionReport").needs,
};
