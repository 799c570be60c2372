import type { Context } from "../../context";
import type { Case, ConsultationTable } from "../../entities";
import { NotFoundError } from "../../errors";
import { visible } from "./reader";

/** The ids a mutation input may name to point at something inside a case. */
export interface CaseScopedInput {
  caseId?: string;
  planId?: string;
  goalId?: string;
  actionId?: string;
  signalId?: string;
  legalBasisId?: string;
  agendaItemId?: string;
}

/**
 * The case an input points at: its caseId as sent, or the case of the visible object it names; null if
 * none, and also when the object it names is invisible or unknown (the same answer). Never throws.
 */
async function visibleCaseIdOf(ctx: Context, input: CaseScopedInput): Promise<string | null> {
  const reader = visible(ctx);
  const planCase = async (planId: string | undefined) => (planId ? ((await reader.find("Plan", planId))?.caseId ?? null) : null);
  if (input.caseId) return input.caseId;
  if (input.planId) return planCase(input.planId);
  if (input.goalId) return planCase((await reader.find("Goal", input.goalId))?.planId);
  if (input.actionId) return planCase((await reader.find("Action", input.actionId))?.planId);
  if (input.signalId) return (await reader.find("Signal", input.signalId))?.caseId ?? null;
  if (input.legalBasisId) return (await reader.find("LegalBasis", input.legalBasisId))?.caseId ?? null;
  if (input.agendaItemId) return (await reader.find("AgendaItem", input.agendaItemId))?.caseId ?? null;
  return null;
}

/** Whether visibleCaseIdOf found the case through the legal basis the input names (no id before it in its order). */
function reachedThroughBasis(input: CaseScopedInput): boolean {
  return Boolean(input.legalBasisId && !input.caseId && !input.planId && !input.goalId && !input.actionId && !input.signalId);
}

function describe(input: CaseScopedInput): [string, string] {
  const entries = Object.entries(input).filter(([key, value]) => key.endsWith("Id") && typeof value === "string");
  const [key, value] = entries[0] ?? ["caseId", "(none)"];
  return [key.replace(/Id$/, "").replace(/^./, (c) => c.toUpperCase()), value as string];
}

/**
 * The case a mutation targets, if the viewer may see it. A case the viewer may not see is NOT_FOUND,
 * exactly like one that does not exist, so ids cannot be probed.
 */
export async function visibleTargetCase(ctx: Context, input: CaseScopedInput | undefined): Promise<Case> {
  const scoped = input ?? {};
  const caseId = await visibleCaseIdOf(ctx, scoped);
  const found = caseId ? await visible(ctx).find("Case", caseId) : null;
  if (!found) throw new NotFoundError(...describe(scoped));
  // Only now may the access log name the case (and a basis the case was reached through): log parity.
  ctx.audit.targetSeen({ caseId: found.id, legalBasisId: reachedThroughBasis(scoped) ? scoped.legalBasisId! : null });
  return found;
}

/** Tables are not case data (a directory every partner reads): read without a row filter. */
export async function tableOfCase(ctx: Context, found: Case): Promise<ConsultationTable> {
  return (await ctx.loaders.table.load(found.tableId))!;
}

/**
 * The table a table-level mutation names directly (tableId) or through a meeting (meetingId). A meeting
 * the viewer may not see (permissions/row-level/meeting-visibility.ts) or a table they may not name
 * (permissions/row-level/table-visibility.ts, as Query.tables lists) is NOT_FOUND, exactly like one that
 * does not exist.
 */
export async function targetTable(ctx: Context, input: { tableId?: string; meetingId?: string } | undefined): Promise<ConsultationTable> {
  const tableId = input?.tableId ?? (input?.meetingId ? (await visible(ctx).one("Meeting", input.meetingId)).tableId : undefined);
  const table = tableId ? await ctx.loaders.table.load(tableId) : null;
  if (!table || !(await ctx.loaders.tableVisible.load(table.id))) {
    throw new NotFoundError(input?.meetingId ? "Meeting" : "Table", input?.meetingId ?? input?.tableId ?? "(none)");
  }
  return table;
}
