import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import { forgetCase } from "../loaders/forget";
import { inTransaction } from "./transaction";

/**
 * One step on one case: runs in one transaction, then makes the rest of the request (the fields of the
 * mutation's result) read the case as the step left it, not as the rules saw it before.
 */
export async function mutateCase<T>(ctx: Context, caseId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const result = await inTransaction(ctx, work);
  forgetCase(ctx.loaders, caseId);
  return result;
}
