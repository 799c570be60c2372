import type { Context } from "../../context";
import type { Case, ConsultationTable } from "../../entities";
import { NotFoundError } from "../../errors";

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

/** The case an input points at, through whichever id it names; null if none (also for unknown ids). Never throws. */
export async function caseIdOf(ctx: Context, input: CaseScopedInput): Promise<string | null> {
  const { loaders } = ctx;
  if (input.caseId) return input.caseId;
  if (input.planId) return (await loaders.plan.load(input.planId))?.caseId ?? null;
  if (input.goalId) {
    const goal = await loaders.goal.load(input.goalId);
    return goal ? ((await loaders.plan.load(goal.planId))?.caseId ?? null) : null;
  }
  if (input.actionId) {
    const action = await loaders.action.load(input.actionId);
    return action ? ((await loaders.plan.load(action.planId))?.caseId ?? null) : null;
  }
  if (input.signalId) return (await loaders.signal.load(input.signalId))?.caseId ?? null;
  if (input.legalBasisId) return (await loaders.legalBasis.load(input.legalBasisId))?.caseId ?? null;
  if (input.agendaItemId) return (await loaders.agendaItem.load(input.agendaItemId))?.caseId ?? null;
  return null;
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
  const caseId = await caseIdOf(ctx, scoped);
  const found = caseId && (await ctx.loaders.caseVisible.load(caseId)) ? await ctx.loaders.case.load(caseId) : null;
  if (!found) throw new NotFoundError(...describe(scoped));
  return found;
}

export async function tableOfCase(ctx: Context, found: Case): Promise<ConsultationTable> {
  return (await ctx.loaders.table.load(found.tableId))!;
}

/**
 * The table a table-level mutation names directly (tableId) or through a meeting (meetingId). A meeting
 * the viewer may not see (permissions/row-level/meeting-visibility.ts) is NOT_FOUND, exactly like one that does not exist.
 */
export async function targetTable(ctx: Context, input: { tableId?: string; meetingId?: string } | undefined): Promise<ConsultationTable> {
  if (!input?.tableId && input?.meetingId && !(await ctx.loaders.meetingVisible.load(input.meetingId))) {
    throw new NotFoundError("Meeting", input.meetingId);
  }
  const tableId = input?.tableId ?? (input?.meetingId ? (await ctx.loaders.meeting.load(input.meetingId))?.tableId : undefined);
  const table = tableId ? await ctx.loaders.table.load(tableId) : null;
  if (!table) throw new NotFoundError(input?.meetingId ? "Meeting" : "Table", input?.meetingId ?? input?.tableId ?? "(none)");
  return table;
}
