import { ViewerRole } from "../../domain/enums";
import { ForbiddenError, NotFoundError } from "../../errors";
import { defineRule } from "../define-rule";
import { allOf, anyOf, byRole, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import { visibleTargetCase } from "../visible/targets";
import { activeParticipation, directsCase, isHouseProcessDirector } from "./case-roles";

/**
 * Terugkoppeling on an action comes from the organisation that carries it out: a partner professional
 * (case director or chain partner role) of the executor organisation, while it still takes part in the
 * case. The case director and the house's process director may record feedback they received on the
 * executor's behalf (for example at the table). Everyone else is refused, including other partners of
 * the case: they have their own actions to report on.
 */
export const isExecutorOfAction = defineRule(
  "isExecutorOfAction",
  "A partner professional of the organisation that executes the action (uitvoerder), while it takes part in the case; or the case director or the house's process director.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if ((await isHouseProcessDirector(ctx, target)) || (await directsCase(ctx, target))) return true;
    const action = await ctx.loaders.action.load(args.input.actionId);
    if (!action) throw new NotFoundError("Action", args.input.actionId);
    const partnerRole = [ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER].some((r) => ctx.viewer.roles.has(r));
    const executes = action.executorId === ctx.viewer.organisationId && Boolean(await activeParticipation(ctx, target));
    return (partnerRole && executes) || new ForbiddenError("Only the executor of this action, the case director or the process director may report on it.");
  },
  {
    roles: byRole({
      PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE),
      CASE_DIRECTOR: anyOf(when(Condition.DIRECTS_CASE), allOf(when(Condition.EXECUTES_ACTION), when(Condition.TAKES_PART))),
      CHAIN_PARTNER: allOf(when(Condition.EXECUTES_ACTION), when(Condition.TAKES_PART)),
    }),
    target: "case",
  },
);
