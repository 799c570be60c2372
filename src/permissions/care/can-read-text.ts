import type { InformationCategory } from "../../domain/enums";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { categoryFieldOf, caseIdOf, textFieldOf } from "../guarded-texts";
import { anyOf, byDomain, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import type { RuleNeeds } from "../access/types";
import { careRight, opens } from "./care-right";

/**
 * The one answer a denied viewer gets for any guarded text and its category field: it names neither the
 * category nor whether text exists, so it is byte-identical for an empty text, an unclassified text and
 * a text of any care category.
 */
export const TEXT_DENIED = "This text is care data of this case that your organisation may not read.";

/** The category that decides a guarded field of `parent`: null is unclassified. */
export function categoryOf(parent: Record<string, unknown>, field: string): InformationCategory | null {
  return (parent[categoryFieldOf(field)] as InformationCategory | null | undefined) ?? null;
}

/**
 * Whether there is nothing to decide: no text and no category. Every text written through the API carries a
 * category, so this is an optional text never written (no rejection reason, no minutes yet): it answers null
 * to everyone. Text written with a care category answers a denied viewer FORBIDDEN whether the text is there
 * or not; only an unclassified text from before categories existed shows that it exists (never what it says).
 */
export function isUnwrittenText(parent: Record<string, unknown>, field: string): boolean {
  return categoryOf(parent, field) === null && parent[textFieldOf(field)] == null;
}

/**
 * A free text that may carry facts about the person, and its category field (permissions/guarded-texts.ts).
 * SAFETY text: every viewer who reached the object. A care category: as care data of that category
 * (careRight: care partners, or a legal basis naming the organisation and category). Unclassified: care
 * partners only, since nobody has said what it holds. Decided on the category alone, never on the text (isUnwrittenText aside).
 * Every opened care or unclassified text is logged like a care read (one line per case and category); a refusal is
 * one line per case without a category (AuditTrail.textDenied), since the viewer's answer named none.
 */
export const canReadText = defineRule(
  "canReadText",
  "Free text by its category: SAFETY text for everyone who reached the object; care-category text for care partners of the case, " +
    "or others under a valid, unrevoked legal basis of the case that covers that category and their organisation; unclassified text for care partners only.",
  async (parent: Record<string, unknown>, _args, ctx, info) => {
    if (isUnwrittenText(parent, info.fieldName)) return true;
    const category = categoryOf(parent, info.fieldName);
    const caseId = caseIdOf(parent);
    const right = await careRight(ctx, caseId, category);
    if (right === "SAFETY_DATA") return true;
    if (!opens(right)) {
      ctx.audit.textDenied(caseId, info.fieldName);
      return new ForbiddenError(TEXT_DENIED);
    }
    ctx.audit.careDecision(caseId, category, info.fieldName, right);
    return true;
  },
  {
    domains: byDomain(
      { CARE: anyOf(when(Condition.TEXT_IS_SAFETY), when(Condition.TAKES_PART), when(Condition.LEGAL_BASIS)) },
      anyOf(when(Condition.TEXT_IS_SAFETY), when(Condition.LEGAL_BASIS)),
    ),
    target: "parent",
  },
);

/**
 * What canReadText will look at for `field` on many rows at once (the look-ahead runs it for the guarded
 * fields a page selects): the care decision itself for each row's case and category, so the loads are the
 * rule's own. Rows with nothing to decide (SAFETY, unwritten text) load nothing.
 */
export function textRuleNeeds(field: string): RuleNeeds {
  return async (ahead, rows) => {
    const decided = rows.filter((row) => !isUnwrittenText(row, field));
    const pairs = new Map(decided.map((row) => [`${caseIdOf(row)}:${categoryOf(row, field)}`, [caseIdOf(row), categoryOf(row, field)] as const]));
    await Promise.all([...pairs.values()].map(([caseId, category]) => careRight(ahead, caseId, category)));
  };
}
