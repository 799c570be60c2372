import type { EntityManager } from "typeorm";
import { PlanStatus } from "../domain/enums";
import { Action, Goal, Plan, type Case } from "../entities";
import { IllegalTransitionError, NotFoundError } from "../errors";
import { lockCase } from "./case-state";


export function plansOfCase(em: EntityManager, caseId: string): Promise<Plan[]> {
  return em.find(Plan, { where: { caseId }, order: { version: "ASC" } });
}

export function approvedPlanOf(plans: Plan[]): Plan | null {
  return plans.find((plan) => plan.status === PlanStatus.APPROVED) ?? null;
}

/**
 * Locks the case a plan belongs to, then reads the plan again: a concurrent step may have approved or
 * superseded it between the permission check and the lock.
 */
export async function lockCaseOfPlan(em: EntityManager, planId: string): Promise<{ found: Case; plan: Plan }> {
  const unlocked = await em.findOneBy(Plan, { id: planId });
  if (!unlocked) throw new NotFoundError("Plan", planId);
  const found = await lockCase(em, unlocked.caseId);
  return { found, plan: await em.findOneByOrFail(Plan, { id: planId }) };
}

export async function lockCaseOfGoal(em: EntityManager, goalId: string): Promise<{ found: Case; plan: Plan; goal: Goal }> {
  const unlocked = await em.findOneBy(Goal, { id: goalId });
  if (!unlocked) throw new NotFoundError("Goal", goalId);
  const { found, plan } = await lockCaseOfPlan(em, unlocked.planId);
  return { found, plan, goal: await em.findOneByOrFail(Goal, { id: goalId }) };
}

export async function lockCaseOfAction(em: EntityManager, actionId: string): Promise<{ found: Case; plan: Plan; action: Action }> {
  const unlocked = await em.findOneBy(Action, { id: actionId });
  if (!unlocked) throw new NotFoundError("Action", actionId);
  const { found, plan } = await lockCaseOfPlan(em, unlocked.planId);
  return { found, plan, action: await em.findOneByOrFail(Action, { id: actionId }) };
}

/** Goals and actions are only edited in a draft: an approved version is what the partners agreed to. */
export function assertDraft(plan: Plan): void {
  if (plan.status !== PlanStatus.DRAFT) {
    throw new IllegalTransitionError("PLAN_NOT_DRAFT", `Plan version ${plan.version} is ${plan.status}; only a draft can be changed or approved.`);
  }
}

/** Feedback and goal status are recorded against the version the partners currently work to. */
export function assertCurrentApproved(plan: Plan, what: "ACTION" | "GOAL"): void {
  if (plan.status !== PlanStatus.APPROVED) {
    throw new IllegalTransitionError(`${what}_NOT_IN_CURRENT_PLAN`, `This ${what.toLowerCase()} belongs to plan version ${plan.version} (${plan.status}), not to the current approved plan.`);
  }
}

