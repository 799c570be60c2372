import type { Context } from "../context";
import { PlanStatus } from "../domain/enums";
import { Action, Case, Goal, Plan } from "../entities";
import { IllegalTransitionError } from "../errors";
import type { ApprovePlanCommand } from "./commands";
import { addMonths } from "./case-state";
import { assertDraft, lockCaseOfPlan } from "./plan-state";
import { inTransaction } from "./transaction";
import { assertTransition } from "./transitions";

/** The case returns to the table at the latest this many months after the plan. */
export const REVIEW_INTERVAL_MONTHS = 6;

/**
 * The partners approve a draft (the process director records it). It becomes the plan the partners work
 * to, the version before it is superseded, and the case is due back at the table within six months.
 */
export function approvePlan(ctx: Context, input: ApprovePlanCommand): Promise<Plan> {
  return inTransaction(ctx, async (em) => {
    const { found, plan } = await lockCaseOfPlan(em, input.planId);
    assertTransition(found, "APPROVE_PLAN");
    assertDraft(plan);
    if (!(await em.existsBy(Goal, { planId: plan.id }))) {
      throw new IllegalTransitionError("PLAN_HAS_NO_GOALS", "A plan needs at least one goal before it can be approved.");
    }
    if (!(await em.existsBy(Action, { planId: plan.id }))) {
      throw new IllegalTransitionError("PLAN_HAS_NO_ACTIONS", "A plan needs at least one action before it can be approved.");
    }
    await em.update(Plan, { caseId: found.id, status: PlanStatus.APPROVED }, { status: PlanStatus.SUPERSEDED });
    plan.status = PlanStatus.APPROVED;
    plan.approvedAt = ctx.now;
    await em.save(plan);
    await em.update(Case, { id: found.id }, { nextReviewDue: addMonths(ctx.now, REVIEW_INTERVAL_MONTHS) });
    return plan;
  });
}
