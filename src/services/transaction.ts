import type { EntityManager } from "typeorm";
import type { Context } from "../context";

/** Every mutation runs in exactly one transaction: it fully happens or leaves nothing behind. */
export function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return ctx.ds.transaction(work);
}
