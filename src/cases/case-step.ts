import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import type { Case } from "../entities";
import { forgetCase } from "../loaders/forget";
import { lockCase } from "./case-state";
import { inTransaction } from "./transaction";
import { assertTransition, type CaseStep } from "./transitions";

/**
 * One step on one case, the same for every mutation: in one transaction it locks the case (concurrent
 * steps on it wait), checks the transition table, runs the write, and writes the access-log lines
 * (inTransaction); afterwards the request's cached reads of the case are dropped, so the mutation's result
 * shows the state the step left.
 */
export async function caseStep<T>(
  ctx: Context, caseId: string, step: CaseStep, work: (em: EntityManager, found: Case) => Promise<T>,
): Promise<T> {
  const result = await inTransaction(ctx, async (em) => {
    const found = await lockCase(em, caseId);
    assertTransition(found, step);
    return work(em, found);
  });
  forgetCase(ctx.loaders, caseId);
  return result;
}
