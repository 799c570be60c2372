import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import { CasePhase, EscalationLevel, SignalStatus } from "../domain/enums";
import { Action, Signal, type Case } from "../entities";
import { BadInputError, ConflictError, IllegalTransitionError, NotFoundError } from "../errors";
import type { EscalateSignalCommand, RaiseSignalCommand, ResolveSignalCommand } from "./commands";
import { lockCase } from "./case-state";
import { approvedPlanOf, plansOfCase } from "./plan-state";
import { inTransaction } from "./transaction";
import { visible } from "../permissions/visible/reader";
import { caseStep } from "./case-step";
import { assertTransition } from "./transitions";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

const NEXT_LEVEL: Partial<Record<EscalationLevel, EscalationLevel>> = {
  [EscalationLevel.CASE_DIRECTOR]: EscalationLevel.PROCESS_DIRECTOR,
  [EscalationLevel.PROCESS_DIRECTOR]: EscalationLevel.MANAGER,
};

/** Signaal: any partner of the case reports a problem; it lands on the case director's desk first. */
export function raiseSignal(ctx: Context, input: RaiseSignalCommand): Promise<Signal> {
  return caseStep(ctx, input.caseId, "RAISE_SIGNAL", async (em, found) => {
    if (input.actionId) await assertActionOfCurrentPlan(em, found, input.actionId);
    await assertMayWriteCategories(ctx, found.id, [input.descriptionCategory]);
    return em.save(em.create(Signal, {
      caseId: found.id, actionId: input.actionId ?? null, raisedById: ctx.viewer.organisationId, kind: input.kind,
      description: input.description, descriptionCategory: input.descriptionCategory, level: EscalationLevel.CASE_DIRECTOR, status: SignalStatus.OPEN, raisedAt: ctx.now,
    }));
  });
}

async function assertActionOfCurrentPlan(em: EntityManager, found: Case, actionId: string): Promise<void> {
  const current = approvedPlanOf(await plansOfCase(em, found.id));
  if (!current || !(await em.existsBy(Action, { id: actionId, planId: current.id }))) {
    throw new BadInputError("The action is not an action of the case's current plan.", { actionId: ["not an action of the current plan"] });
  }
}

/**
 * Opschaling, one level at a time (who may lift which level is in the policy). Once the process director
 * holds it, the case is due back at the table now, and leaves passive direction if it was there.
 */
export function escalateSignal(ctx: Context, input: EscalateSignalCommand): Promise<Signal> {
  return inTransaction(ctx, async (em) => {
    const { found, signal } = await lockCaseOfSignal(em, input.signalId);
    assertTransition(found, "ESCALATE_SIGNAL");
    assertOpen(signal);
    const checked = await visible(ctx).find("Signal", signal.id);
    // The policy allowed the step for the level it saw; if another step moved the signal since, that permission no longer fits.
    if (checked?.level !== signal.level) throw new ConflictError("SIGNAL_CHANGED", "The signal was escalated by someone else meanwhile; reload it and try again.");
    const next = NEXT_LEVEL[signal.level];
    if (!next) throw new IllegalTransitionError("ALREADY_AT_HIGHEST_LEVEL", "The signal is already with the manager; it cannot be escalated further.");
    signal.level = next;
    signal.escalatedAt = ctx.now;
    if (next === EscalationLevel.PROCESS_DIRECTOR) {
      found.nextReviewDue = ctx.now;
      if (found.phase === CasePhase.PASSIVE_DIRECTION) Object.assign(found, { phase: CasePhase.ACTIVE_DIRECTION, passiveSince: null });
      await em.save(found);
    }
    return em.save(signal);
  });
}

export function resolveSignal(ctx: Context, input: ResolveSignalCommand): Promise<Signal> {
  return inTransaction(ctx, async (em) => {
    const { found, signal } = await lockCaseOfSignal(em, input.signalId);
    assertTransition(found, "RESOLVE_SIGNAL");
    assertOpen(signal);
    signal.status = SignalStatus.RESOLVED;
    signal.resolvedAt = ctx.now;
    return em.save(signal);
  });
}

async function lockCaseOfSignal(em: EntityManager, signalId: string): Promise<{ found: Case; signal: Signal }> {
  const unlocked = await em.findOneBy(Signal, { id: signalId });
  if (!unlocked) throw new NotFoundError("Signal", signalId);
  const found = await lockCase(em, unlocked.caseId);
  return { found, signal: await em.findOneByOrFail(Signal, { id: signalId }) };
}

function assertOpen(signal: Signal): void {
  if (signal.status === SignalStatus.RESOLVED) throw new IllegalTransitionError("SIGNAL_RESOLVED", "The signal is already resolved.");
}
