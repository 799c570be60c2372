import type { ShieldRule } from "../define-rule";
import type { InformationCategory } from "../../domain/enums";
import type { Case } from "../../entities";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { anyOf, byDomain, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import type { RuleNeeds } from "../access/types";
import { careRight, opens } from "./care-right";


/**
 * What the care rule will look at, loaded for a page of cases at once (resolvers/look-ahead.ts runs it for
 * the care fields a page selects) by running the care decision itself for each case: the same loads the
 * rule then finds cached, no copy of the decision here.
 */
export function careRuleNeeds(category: InformationCategory): RuleNeeds {
  return async (ahead, cases) => {
    const ids = [...new Set(cases.map((row) => row.id).filter((id): id is string => typeof id === "string"))];
    await Promise.all(ids.map((id) => careRight(ahead, id, category)));
  };
}

/**
 * Care data of one category on one case (careRight: care partners taking part in the case; anyone else only
 * while a valid, unrevoked legal basis of this case names their organisation and this category). Decided per
 * case, so a list mixes allowed and denied cases correctly.
 * The denial is the same whether or not the case holds data of the category. Every decision is logged
 * (one line per case and category per request) with the basis that opened it, or why it was refused.
 */
export function canReadCare(category: InformationCategory): ShieldRule {
  return defineRule(
    `canReadCare(${category})`,
    `Care data (${category}): care partners of the case; others only under a valid, unrevoked legal basis of the case that covers ${category} and their organisation.`,
    async (parent: Case, _args, ctx, info) => {
      const right = await careRight(ctx, parent.id, category);
      if (right === "SAFETY_DATA") return true;
      ctx.audit.careDecision(parent.id, category, info.fieldName, right);
      return opens(right) || new ForbiddenError(`No legal basis opens ${category} data of this case to your organisation.`);
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
