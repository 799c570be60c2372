import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import { PlanStatus, type InformationCategory } from "../domain/enums";
import { Action, Goal, Plan } from "../entities";
import { BadInputError, IllegalTransitionError } from "../errors";
import type { AddActionCommand, AddGoalCommand, ProposePlanCommand, RevisePlanCommand } from "./commands";
import { approvedPlanOf, assertDraft, lockCaseOfPlan, plansOfCase } from "./plan-state";
import { assertTakePart } from "./participants";
import { inTransaction } from "./transaction";
import { caseStep } from "./case-step";
import { assertTransition } from "./transitions";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/** An executor (uitvoerder) must take part in the case, or the action would be invisible to them. */
const EXECUTORS_TAKE_PART = "Every executor must be an organisation taking part in the case.";

function newDraft(em: EntityManager, ctx: Context, caseId: string, version: number, summary: string, summaryCategory: InformationCategory | null): Promise<Plan> {
  return em.save(em.create(Plan, {
    caseId, version, summary, summaryCategory, status: PlanStatus.DRAFT, proposedById: ctx.viewer.organisationId, proposedAt: ctx.now, approvedAt: null,
  }));
}

/** Plan van aanpak, first version: goals and the actions that serve them, as a draft for the partners. */
export function proposePlan(ctx: Context, input: ProposePlanCommand): Promise<Plan> {
  return caseStep(ctx, input.caseId, "PROPOSE_PLAN", async (em, found) => {
    if ((await plansOfCase(em, found.id)).length) {
      throw new IllegalTransitionError("PLAN_ALREADY_EXISTS", "This case already has a plan of approach; revise it (revisePlan) instead of proposing a new one.");
    }
    const outOfRange = input.actions.filter((a) => a.goalIndex != null && a.goalIndex >= input.goals.length);
    if (outOfRange.length) throw new BadInputError("goalIndex must point into goals.", { "actions.goalIndex": [`must be below ${input.goals.length}`] });
    await assertTakePart(em, found.id, input.actions.map((a) => a.executorOrganisationId), "actions.executorOrganisationId", EXECUTORS_TAKE_PART);
    const categories = [input.summaryCategory, ...input.goals.map((g) => g.descriptionCategory), ...input.actions.map((a) => a.descriptionCategory)];
    await assertMayWriteCategories(ctx, found.id, categories);
    const plan = await newDraft(em, ctx, found.id, 1, input.summary, input.summaryCategory);
    const goals = await em.save(input.goals.map((g) => em.create(Goal, {
      planId: plan.id, caseId: found.id, description: g.description, descriptionCategory: g.descriptionCategory, priority: g.priority,
    })));
    await em.save(input.actions.map((a) => em.create(Action, {
      planId: plan.id, caseId: found.id, goalId: a.goalIndex != null ? goals[a.goalIndex].id : null, description: a.description,
      descriptionCategory: a.descriptionCategory, kind: a.kind,
      executorId: a.executorOrganisationId, dueDate: a.dueDate,
    })));
    return plan;
  });
}

/**
 * The plan is organic: a revision starts a new draft version from the approved one, carrying its goals
 * and actions with their status, so the partners adjust rather than start over. Feedback stays with
 * the version it was given on.
 */
export function revisePlan(ctx: Context, input: RevisePlanCommand): Promise<Plan> {
  return caseStep(ctx, input.caseId, "REVISE_PLAN", async (em, found) => {
    const plans = await plansOfCase(em, found.id);
    const approved = approvedPlanOf(plans);
    if (!approved) throw new IllegalTransitionError("NO_APPROVED_PLAN", "There is no approved plan to revise yet; approve the draft first.");
    if (plans.some((p) => p.status === PlanStatus.DRAFT)) {
      throw new IllegalTransitionError("DRAFT_PLAN_EXISTS", "A draft revision already exists; change or approve it first.");
    }
    // A new summary comes with its category (the input requires it); without one the approved plan's summary and category carry over.
    const summary = input.summary != null ? { text: input.summary, category: input.summaryCategory ?? null } : { text: approved.summary, category: approved.summaryCategory };
    if (input.summary != null) await assertMayWriteCategories(ctx, found.id, [summary.category]);
    const draft = await newDraft(em, ctx, found.id, plans[plans.length - 1].version + 1, summary.text, summary.category);
    await copyContent(em, approved.id, draft.id, found.id);
    return draft;
  });
}

/** Copies goals and actions with their text categories: a revision neither opens nor closes a text. */
async function copyContent(em: EntityManager, fromPlanId: string, toPlanId: string, caseId: string): Promise<void> {
  const goals = await em.find(Goal, { where: { planId: fromPlanId }, order: { id: "ASC" } });
  const copies = await em.save(goals.map(({ description, descriptionCategory, priority, status }) => em.create(Goal, { planId: toPlanId, caseId, description, descriptionCategory, priority, status })));
  const newGoalId = new Map(goals.map((goal, i) => [goal.id, copies[i].id]));
  const actions = await em.find(Action, { where: { planId: fromPlanId }, order: { id: "ASC" } });
  await em.save(actions.map(({ goalId, description, descriptionCategory, kind, executorId, dueDate, status }) => em.create(Action, {
    planId: toPlanId, caseId, descriptionCategory, goalId: goalId ? (newGoalId.get(goalId) ?? null) : null, description, kind, executorId, dueDate, status,
  })));
}

export function addGoal(ctx: Context, input: AddGoalCommand): Promise<Goal> {
  return inTransaction(ctx, async (em) => {
    const { found, plan } = await lockCaseOfPlan(em, input.planId);
    assertTransition(found, "ADD_GOAL");
    assertDraft(plan);
    await assertMayWriteCategories(ctx, found.id, [input.descriptionCategory]);
    return em.save(em.create(Goal, {
      planId: plan.id, caseId: found.id, description: input.description, descriptionCategory: input.descriptionCategory, priority: input.priority,
    }));
  });
}

export function addAction(ctx: Context, input: AddActionCommand): Promise<Action> {
  return inTransaction(ctx, async (em) => {
    const { found, plan } = await lockCaseOfPlan(em, input.planId);
    assertTransition(found, "ADD_ACTION");
    assertDraft(plan);
    if (input.goalId && !(await em.existsBy(Goal, { id: input.goalId, planId: plan.id }))) {
      throw new BadInputError("The goal does not belong to this plan.", { goalId: ["not a goal of this plan"] });
    }
    await assertTakePart(em, found.id, [input.executorOrganisationId], "executorOrganisationId", EXECUTORS_TAKE_PART);
    await assertMayWriteCategories(ctx, found.id, [input.descriptionCategory]);
    return em.save(em.create(Action, {
      planId: plan.id, caseId: found.id, goalId: input.goalId ?? null, description: input.description, descriptionCategory: input.descriptionCategory, kind: input.kind,
      executorId: input.executorOrganisationId, dueDate: input.dueDate,
    }));
  });
}
