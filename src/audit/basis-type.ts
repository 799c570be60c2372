import type { Context } from "../context";
import type { LegalBasisType } from "../domain/enums";

/**
 * The type of the legal basis a log line names. A line is shown only to privacy officers who may read it
 * (permissions/row-level/audit-visibility.ts); the basis type is part of the line, not case content, so it
 * is read by the log's own row filter rather than the case's.
 */
export async function legalBasisTypeOf(ctx: Context, legalBasisId: string | null): Promise<LegalBasisType | null> {
  return legalBasisId ? ((await ctx.loaders.legalBasis.load(legalBasisId))?.type ?? null) : null;
}
