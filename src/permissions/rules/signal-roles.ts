import { EscalationLevel } from "../../domain/enums";
import { ForbiddenError, NotFoundError } from "../../errors";
import { defineRule } from "../define-rule";
import { allOf, byRole, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import { visibleTargetCase } from "../visible/targets";
import { directsCase, isHouseProcessDirector } from "./case-roles";

/**
 * Opschaling follows the chain of responsibility: the case director lifts a signal from their own
 * desk to the process director; only the process director lifts it further, to the manager. So the
 * case director may escalate a signal only while it sits at the case-director level.
 */
export const canEscalateSignal = defineRule(
  "canEscalateSignal",
  "Escalation from case director to process director: the case director or the house's process director; from process director to manager: the house's process director only.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if (await isHouseProcessDirector(ctx, target)) return true;
    const signal = await ctx.loaders.signal.load(args.input.signalId);
    if (!signal) throw new NotFoundError("Signal", args.input.signalId);
    if (signal.level !== EscalationLevel.CASE_DIRECTOR) {
      return new ForbiddenError("Only the process director may escalate a signal beyond the process director.");
    }
    return (await directsCase(ctx, target)) || new ForbiddenError("Only the case director of this case or the process director may escalate this signal.");
  },
  {
    roles: byRole({
      PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE),
      CASE_DIRECTOR: allOf(when(Condition.SIGNAL_AT_CASE_DIRECTOR), when(Condition.DIRECTS_CASE)),
    }),
    target: "case",
  },
);
