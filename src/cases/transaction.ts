import type { EntityManager } from "typeorm";
import { appendAudit } from "../audit/writer";
import { preparedRunnerIn } from "../db/prepared";
import type { StagedAudit } from "../audit/trail";
import type { Context } from "../context";

/**
 * Every mutation runs in exactly one transaction: it fully happens or leaves nothing behind. Its access-log
 * lines (the mutation's own, and whatever the request had recorded so far) are written in the same
 * transaction, so a change and its log line commit together or not at all.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const staged: { audit: StagedAudit | null } = { audit: null };
  try {
    const result = await ctx.ds.transaction(async (em) => {
      const done = await work(em);
      staged.audit = ctx.audit.stage(done);
      await appendAudit(preparedRunnerIn(em), ctx.audit.actor, staged.audit.mutation ? [...staged.audit.events, staged.audit.mutation] : staged.audit.events);
      return done;
    });
    if (staged.audit) ctx.audit.committed(staged.audit);
    return result;
  } catch (error) {
    if (staged.audit) ctx.audit.rolledBack(staged.audit);
    throw error;
  }
}
