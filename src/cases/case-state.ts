import type { EntityManager } from "typeorm";
import { CasePhase } from "../domain/enums";
import { Case } from "../entities";
import { IllegalTransitionError, NotFoundError } from "../errors";

/** Phases in which a case is still worked on; from the others nothing but reading is possible. */
export const OPEN_PHASES: readonly CasePhase[] = [
  CasePhase.REGISTERED,
  CasePhase.DOSSIER_FORMING,
  CasePhase.ACTIVE_DIRECTION,
  CasePhase.PASSIVE_DIRECTION,
];

/**
 * Loads the case row FOR UPDATE inside the mutation's transaction, so two concurrent steps on one
 * case are serialised and each sees the other's result.
 */
export async function lockCase(em: EntityManager, caseId: string): Promise<Case> {
  const found = await em.getRepository(Case).findOne({ where: { id: caseId }, lock: { mode: "pessimistic_write" } });
  if (!found) throw new NotFoundError("Case", caseId);
  return found;
}

/**
 * Refuses a step unless the case is in one of `allowed`. `step` names the step in the error's reason
 * (e.g. "APPROVE_PLAN"), so clients get a stable `extensions.reason` like `APPROVE_PLAN_NOT_ALLOWED_IN_REJECTED`.
 */
export function assertPhase(found: Case, allowed: readonly CasePhase[], step: string): void {
  if (!allowed.includes(found.phase)) {
    throw new IllegalTransitionError(
      `${step}_NOT_ALLOWED_IN_${found.phase}`,
      `Cannot ${step.toLowerCase().replace(/_/g, " ")} a case in phase ${found.phase}; allowed in: ${allowed.join(", ")}.`,
    );
  }
}

/** Adds whole calendar months (the domain's "6 months"), in UTC. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
