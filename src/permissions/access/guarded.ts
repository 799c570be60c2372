import type { ShieldRule } from "../define-rule";
import { canReadText, textRuleNeeds } from "../care/can-read-text";
import { GUARDED_TEXTS, type GuardedType } from "../guarded-texts";
import type { RuleNeeds } from "./types";

/**
 * The guarded free texts of `type` and their category fields (permissions/guarded-texts.ts), all decided by
 * canReadText, with what that rule needs loaded: a denied viewer gets null and FORBIDDEN on both fields,
 * whether or not text exists. Spread into a type's access declaration.
 */
export function guardedTexts(type: GuardedType): { fields: Record<string, ShieldRule>; needs: Record<string, RuleNeeds> } {
  const fields = Object.entries(GUARDED_TEXTS[type]).flat();
  return {
    fields: Object.fromEntries(fields.map((field) => [field, canReadText])),
    needs: Object.fromEntries(fields.map((field) => [field, textRuleNeeds(field)])),
  };
}
