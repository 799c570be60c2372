import type { ShieldRule } from "../define-rule";
import { InformationCategory, OrganisationDomain } from "../../domain/enums";
import type { Case } from "../../entities";
import { ForbiddenError } from "../../errors";
import type { Context } from "../../context";
import { defineRule } from "../define-rule";

/** A care organisation that actively takes part in the case reads its care data without a further basis. */
export async function takesPartAsCarePartner(ctx: Context, caseId: string): Promise<boolean> {
  if (ctx.viewer.domain !== OrganisationDomain.CARE) return false;
  const participants = await ctx.loaders.participantsByCase.load(caseId);
  return participants.some((p) => p.organisationId === ctx.viewer.organisationId && !p.leftAt);
}

/**
 * Care data of one category on one case. Care partners taking part in the case read it; anyone else (safety and
 * coordination partners) only while a valid, unrevoked legal basis of this case names their
 * organisation and this category. Decided per case, so a list mixes allowed and denied cases correctly.
 * The denial is the same whether or not the case holds data of the category.
 */
export function canReadCare(category: InformationCategory): ShieldRule {
  return defineRule(
    `canReadCare(${category})`,
    `Care data (${category}): care partners of the case; others only under a valid, unrevoked legal basis of the case that covers ${category} and their organisation.`,
    async (parent: Case, _args, ctx) => {
      if (await takesPartAsCarePartner(ctx, parent.id)) return true;
      const grants = await ctx.loaders.careGrants.load(parent.id);
      return grants.has(category) || new ForbiddenError(`No legal basis opens ${category} data of this case to your organisation.`);
    },
  );
}
