import { ViewerRole } from "../../domain/enums";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { targetTable } from "../visible/targets";
import { anyOf, byRole, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";

/** Process director of the house that runs the table (or the meeting's table). */
export const isProcessDirectorOfTable = defineRule(
  "isProcessDirectorOfTable",
  "The process director of the house that runs this table: schedules meetings, keeps attendance, shares the report.",
  async (_p, args, ctx) => {
    const table = await targetTable(ctx, args.input);
    const ok = ctx.viewer.roles.has(ViewerRole.PROCESS_DIRECTOR) && table.houseId === ctx.viewer.organisationId;
    return ok || new ForbiddenError("Only the process director of this house may do this.");
  },
  { roles: byRole({ PROCESS_DIRECTOR: when(Condition.HOUSE_OF_TABLE) }), target: "table" },
);

/** A partner may register a case at a table its organisation sits at (or at its own house's table). */
export const canRegisterAtTable = defineRule(
  "canRegisterAtTable",
  "A partner professional whose organisation sits at the table, or the house itself, may register a case there.",
  async (_p, args, ctx) => {
    const table = await targetTable(ctx, args.input);
    if (table.houseId === ctx.viewer.organisationId) return true;
    const members = await ctx.loaders.membersByTable.load(table.id);
    return members.some((m) => m.organisationId === ctx.viewer.organisationId) || new ForbiddenError("Your organisation does not sit at this table.");
  },
  { roles: byRole({}, anyOf(when(Condition.HOUSE_OF_TABLE), when(Condition.SITS_AT_TABLE))), target: "table" },
);
