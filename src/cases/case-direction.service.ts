import type { Context } from "../context";
import { CasePhase, GoalStatus } from "../domain/enums";
import { Goal, type Case, type Plan } from "../entities";
import { IllegalTransitionError } from "../errors";
import type {
  CloseCaseCommand, MoveToPassiveDirectionCommand, RecordTreatmentImpossibleCommand, ScaleDownCaseCommand,
} from "./commands";
import { addMonths } from "./case-state";
import { approvedPlanOf, plansOfCase } from "./plan-state";
import { caseStep } from "./case-step";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/** Passive direction at the earliest this long after the first plan; closing at the earliest this long after that. */
export const PASSIVE_AFTER_MONTHS = 6;
export const CLOSE_AFTER_PASSIVE_MONTHS = 6;

/** First approval of any version: "six months after the plan" counts from when the case first had one. */
function firstApproval(plans: Plan[]): Date | null {
  const approvals = plans.map((p) => p.approvedAt).filter((at): at is Date => at !== null);
  return approvals.length ? new Date(Math.min(...approvals.map((at) => at.getTime()))) : null;
}

/** Passieve casusregie: at the earliest six months after the plan, and only once its priority goals are reached. */
export function moveToPassiveDirection(ctx: Context, input: MoveToPassiveDirectionCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "MOVE_TO_PASSIVE_DIRECTION", async (em, found) => {
    const plans = await plansOfCase(em, found.id);
    const first = firstApproval(plans);
    if (!first) throw new IllegalTransitionError("NO_APPROVED_PLAN", "Passive direction needs an approved plan of approach.");
    const earliest = addMonths(first, PASSIVE_AFTER_MONTHS);
    if (ctx.now < earliest) {
      throw new IllegalTransitionError("TOO_EARLY_FOR_PASSIVE_DIRECTION", `Passive direction is possible from ${earliest.toISOString()}, six months after the plan.`);
    }
    const current = approvedPlanOf(plans)!;
    const goals = await em.findBy(Goal, { planId: current.id, priority: true });
    if (goals.some((goal) => goal.status !== GoalStatus.REACHED)) {
      throw new IllegalTransitionError("PRIORITY_GOALS_NOT_REACHED", "Every priority goal of the current plan must be reached before passive direction.");
    }
    return em.save(Object.assign(found, { phase: CasePhase.PASSIVE_DIRECTION, passiveSince: ctx.now }));
  });
}

/** Afsluiten on the three statements of the table, after six months of passive direction. */
export function closeCase(ctx: Context, input: CloseCaseCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "CLOSE_CASE", async (em, found) => {
    const earliest = addMonths(found.passiveSince!, CLOSE_AFTER_PASSIVE_MONTHS);
    if (ctx.now < earliest) {
      throw new IllegalTransitionError("TOO_EARLY_TO_CLOSE", `Closing is possible from ${earliest.toISOString()}, after six months of passive direction.`);
    }
    if (!(input.qualityOfLifeImproved && input.safetyInPlace && input.regularCareCanCarryOn)) {
      throw new IllegalTransitionError("CLOSING_STATEMENTS_NOT_MET", "A case closes only when quality of life improved, safety is in place and regular care can carry on.");
    }
    const note = input.note ?? null;
    await assertMayWriteCategories(ctx, found.id, [note === null ? null : input.noteCategory]);
    return em.save(Object.assign(found, closed(ctx), {
      closureQualityOfLifeImproved: true, closureSafetyInPlace: true, closureRegularCareCanCarryOn: true,
      closureTreatmentImpossible: false, closureNote: note, closureNoteCategory: note === null ? null : (input.noteCategory ?? null),
    }));
  });
}

/** Closing because further treatment proved impossible: only for a case that got as far as an agreed plan. */
export function recordTreatmentImpossible(ctx: Context, input: RecordTreatmentImpossibleCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "RECORD_TREATMENT_IMPOSSIBLE", async (em, found) => {
    if (!firstApproval(await plansOfCase(em, found.id))) {
      throw new IllegalTransitionError("CASE_NEVER_HAD_A_PLAN", "A case that never had an approved plan cannot be closed; scale it down instead.");
    }
    await assertMayWriteCategories(ctx, found.id, [input.noteCategory]);
    return em.save(Object.assign(found, closed(ctx), {
      closureQualityOfLifeImproved: null, closureSafetyInPlace: null, closureRegularCareCanCarryOn: null,
      closureTreatmentImpossible: true, closureNote: input.note, closureNoteCategory: input.noteCategory,
    }));
  });
}

/** Afschalen: back to local work, at any follow-up before the case is closed. */
export function scaleDownCase(ctx: Context, input: ScaleDownCaseCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "SCALE_DOWN_CASE", async (em, found) => {
    await assertMayWriteCategories(ctx, found.id, [input.reasonCategory]);
    return em.save(Object.assign(found, {
      phase: CasePhase.SCALED_DOWN, scaleDownReason: input.reason, scaleDownReasonCategory: input.reasonCategory, closedAt: ctx.now, nextReviewDue: null,
    }));
  });
}

/** A closed case is no longer due at the table. */
function closed(ctx: Context): Partial<Case> {
  return { phase: CasePhase.CLOSED, closedAt: ctx.now, nextReviewDue: null };
}
