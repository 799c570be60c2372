import type { EntityManager } from "typeorm";
import { Case } from "../entities";

import { NotFoundError } from "../errors";

/**
 * Loads the case row FOR UPDATE inside the mutation's transaction, so two concurrent steps on one
 * case are serialised and each sees the other's result.
 */
export async function lockCase(em: EntityManager, caseId: string): Promise<Case> {
  const found = await em.getRepository(Case).findOne({ where: { id: caseId }, lock: { mode: "pessimistic_write" } });
  if (!found) throw new NotFoundError("Case", caseId);
  return found;
}

/** Adds whole calendar months (the domain's "6 months"), in UTC. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
