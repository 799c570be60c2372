import type { Context } from "../context";
import { ActionStatus } from "../domain/enums";
import { ActionReport, type Goal } from "../entities";
import { IllegalTransitionError } from "../errors";
import type { ReportOnActionCommand, SetGoalStatusCommand } from "./commands";
import { assertCurrentApproved, lockCaseOfAction, lockCaseOfGoal } from "./plan-state";
import { inTransaction } from "./transaction";
import { assertTransition } from "./transitions";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/** A finished action stays finished: further news about it is a signal, or an action in a revision. */
const FINAL_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.DONE, ActionStatus.CANCELLED];

/** Terugkoppeling: the executor reports on an action of the current plan; the action takes the reported status. */
export function reportOnAction(ctx: Context, input: ReportOnActionCommand): Promise<ActionReport> {
  return inTransaction(ctx, async (em) => {
    const { found, plan, action } = await lockCaseOfAction(em, input.actionId);
    assertTransition(found, "REPORT_ON_ACTION");
    assertCurrentApproved(plan, "ACTION");
    if (FINAL_ACTION_STATUSES.includes(action.status)) {
      throw new IllegalTransitionError("ACTION_ALREADY_FINISHED", `The action is ${action.status}; it cannot be reported on again.`);
    }
    await assertMayWriteCategories(ctx, found.id, [input.feedbackCategory]);
    action.status = input.status;
    await em.save(action);
    return em.save(em.create(ActionReport, {
      actionId: action.id, caseId: action.caseId, reportedById: ctx.viewer.organisationId, reportedAt: ctx.now, feedback: input.feedback, feedbackCategory: input.feedbackCategory, statusAfter: input.status,
    }));
  });
}

/** The case director records whether a goal of the current plan is reached; priority goals gate passive direction. */
export function setGoalStatus(ctx: Context, input: SetGoalStatusCommand): Promise<Goal> {
  return inTransaction(ctx, async (em) => {
    const { found, plan, goal } = await lockCaseOfGoal(em, input.goalId);
    assertTransition(found, "SET_GOAL_STATUS");
    assertCurrentApproved(plan, "GOAL");
    goal.status = input.status;
    return em.save(goal);
  });
}
