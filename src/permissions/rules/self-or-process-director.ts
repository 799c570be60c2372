import { ViewerRole } from "../../domain/enums";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { byRole, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import { visibleTargetCase } from "../visible/targets";
import { isHouseProcessDirector } from "./case-roles";

/**
 * Leaving a case: a partner organisation decides for itself whether it stays (acting with a partner
 * role, for the organisation the input names), and the house's process director may take a partner off
 * the case. Nobody else may remove another organisation.
 */
export const isSelfOrProcessDirector = defineRule(
  "isSelfOrProcessDirector",
  "The organisation named in the input itself (a case director or chain partner of it), or the house's process director.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if (await isHouseProcessDirector(ctx, target)) return true;
    const partnerRole = [ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER].some((r) => ctx.viewer.roles.has(r));
    const self = args.input?.organisationId === ctx.viewer.organisationId;
    return (partnerRole && self) || new ForbiddenError("Only the organisation itself or the process director may do this.");
  },
  {
    roles: byRole({
      PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE),
      CASE_DIRECTOR: when(Condition.NAMES_OWN_ORGANISATION),
      CHAIN_PARTNER: when(Condition.NAMES_OWN_ORGANISATION),
    }),
    target: "case",
  },
);
