import type { ActionKind, ActionStatus, GoalStatus, InformationCategory } from "../../domain/enums";

export interface GoalData {
  readonly description: string;
  readonly descriptionCategory: InformationCategory;
  readonly priority: boolean;
}

export interface ActionData {
  readonly description: string;
  readonly descriptionCategory: InformationCategory;
  readonly kind: ActionKind;
  readonly executorOrganisationId: string;
  readonly dueDate: string;
}

/** An action of a proposal names its goal by position, since the goals have no ids yet. */
export interface ProposedActionData extends ActionData {
  readonly goalIndex?: number | null;
}

export interface ProposePlanCommand {
  readonly caseId: string;
  readonly summary: string;
  readonly summaryCategory: InformationCategory;
  readonly goals: readonly GoalData[];
  readonly actions: readonly ProposedActionData[];
}

/** Without a summary the approved plan's summary and its category carry over. */
export interface RevisePlanCommand {
  readonly caseId: string;
  readonly summary?: string | null;
  readonly summaryCategory?: InformationCategory | null;
}

export interface AddGoalCommand extends GoalData {
  readonly planId: string;
}

export interface AddActionCommand extends ActionData {
  readonly planId: string;
  readonly goalId?: string | null;
}

export interface ApprovePlanCommand {
  readonly planId: string;
}

export interface ReportOnActionCommand {
  readonly actionId: string;
  readonly feedback: string;
  readonly feedbackCategory: InformationCategory;
  readonly status: ActionStatus;
}

export interface SetGoalStatusCommand {
  readonly goalId: string;
  readonly status: GoalStatus;
}
