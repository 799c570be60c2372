import type { ShieldRule } from "../define-rule";
import { InformationCategory, OrganisationDomain } from "../../domain/enums";
import type { Case, Participant } from "../../entities";
import type { Viewer } from "../../identity/viewer";
import { ForbiddenError } from "../../errors";
import type { Context } from "../../context";
import { defineRule } from "../define-rule";
import { CareGround } from "../../domain/audit-enums";
import { anyOf, byDomain, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import type { Ahead } from "../access/types";

/** Only a care organisation can take part as a care partner: for anyone else the participants need not be loaded. */
export function isCareOrganisation(viewer: Viewer): boolean {
  return viewer.domain === OrganisationDomain.CARE;
}

/** Whether the viewer is a care organisation among the case's active participants. */
export function isActiveCarePartner(viewer: Viewer, participants: readonly Participant[] | Error): boolean {
  if (!isCareOrganisation(viewer) || participants instanceof Error) return false;
  return participants.some((p) => p.organisationId === viewer.organisationId && !p.leftAt);
}

/** A care organisation that actively takes part in the case reads its care data without a further basis. */
export async function takesPartAsCarePartner(ctx: Context, caseId: string): Promise<boolean> {
  if (!isCareOrganisation(ctx.viewer)) return false;
  return isActiveCarePartner(ctx.viewer, await ctx.loaders.participantsByCase.load(caseId));
}

/**
 * What the care rule will look at, loaded for a page of cases at once (resolvers/look-ahead.ts runs it for
 * the care fields a page selects): for a care organisation first whether it takes part in each case, then,
 * for the cases it does not, the grants of legal bases; for anyone else the grants.
 */
export async function careRuleNeeds({ loaders, viewer }: Ahead, cases: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  let needGrants = [...new Set(cases.map((row) => row.id).filter((id): id is string => typeof id === "string"))];
  if (isCareOrganisation(viewer)) {
    const participants = await loaders.participantsByCase.loadMany(needGrants);
    needGrants = needGrants.filter((_, i) => !isActiveCarePartner(viewer, participants[i]));
  }
  if (needGrants.length) await loaders.careGrants.loadMany(needGrants);
}

/**
 * Care data of one category on one case. Care partners taking part in the case read it; anyone else (safety and
 * coordination partners) only while a valid, unrevoked legal basis of this case names their
 * organisation and this category. Decided per case, so a list mixes allowed and denied cases correctly.
 * The denial is the same whether or not the case holds data of the category. Every decision is logged
 * (one line per case and category per request) with the basis that opened it, or why it was refused.
 */
export function canReadCare(category: InformationCategory): ShieldRule {
  return defineRule(
    `canReadCare(${category})`,
    `Care data (${category}): care partners of the case; others only under a valid, unrevoked legal basis of the case that covers ${category} and their organisation.`,
    async (parent: Case, _args, ctx, info) => {
      if (await takesPartAsCarePartner(ctx, parent.id)) {
        ctx.audit.careDecision(parent.id, category, info.fieldName, CareGround.CARE_PARTNER);
        return true;
      }
      const legalBasisId = (await ctx.loaders.careGrants.load(parent.id)).get(category);
      ctx.audit.careDecision(parent.id, category, info.fieldName, legalBasisId ? { legalBasisId } : CareGround.NO_LEGAL_BASIS);
      return Boolean(legalBasisId) || new ForbiddenError(`No legal basis opens ${category} data of this case to your organisation.`);
    },
    {
      domains: byDomain(
        { CARE: anyOf(when(Condition.TAKES_PART), when(Condition.LEGAL_BASIS, category)) },
        when(Condition.LEGAL_BASIS, category),
      ),
      target: "parent",
    },
  );
}
