import { OrganisationDomain, ViewerRole, type InformationCategory } from "../../domain/enums";
import { Condition } from "./conditions";

/** One condition a rule checks about the user, their organisation or the target (conditions.ts says what each means). */
export interface When {
  when: Condition;
  /** Only for LEGAL_BASIS: the category the basis must cover. */
  category?: InformationCategory;
}

/**
 * What a rule claims for one column of the permission matrix: always (`yes`), never (`no`), whatever
 * this column is (`any`: the rule does not look at this dimension), or only under a condition.
 */
export type Claim = "yes" | "no" | "any" | When | { anyOf: Claim[] } | { allOf: Claim[] };

/** Where a rule first requires row-level visibility before it decides anything. */
export type RuleTarget = "none" | "parent" | "case" | "table";

/**
 * The machine-readable description of a rule for the permission matrix. A user is allowed when the claim
 * for their organisation's domain AND the claim for (one of) their roles hold. A dimension left out is
 * one the rule does not look at. test/integration/permission-matrix.test.ts checks these claims against
 * the rule itself for every persona, so the matrix cannot say what the code does not do.
 */
export interface RuleMatrix {
  domains?: Record<OrganisationDomain, Claim>;
  roles?: Record<ViewerRole, Claim>;
  /**
   * `case`: the targeted case must be visible to the user (row level), else NOT_FOUND. `table`: a meeting
   * named by meetingId must be visible. `parent`: decides on an object already reached. Default `none`.
   */
  target?: RuleTarget;
  /** The rule only passes on the parent's decision (inherit). */
  inherits?: true;
}

export const when = (condition: Condition, category?: InformationCategory): When => (category ? { when: condition, category } : { when: condition });

/** The claims per role: the roles named, and `otherwise` (default: no) for every other role. */
export function byRole(claims: Partial<Record<ViewerRole, Claim>>, otherwise: Claim = "no"): Record<ViewerRole, Claim> {
  return Object.fromEntries(Object.values(ViewerRole).map((role) => [role, claims[role] ?? otherwise])) as Record<ViewerRole, Claim>;
}

/** The claims per organisation domain: the domains named, and `otherwise` (default: no) for the others. */
export function byDomain(claims: Partial<Record<OrganisationDomain, Claim>>, otherwise: Claim = "no"): Record<OrganisationDomain, Claim> {
  return Object.fromEntries(Object.values(OrganisationDomain).map((d) => [d, claims[d] ?? otherwise])) as Record<OrganisationDomain, Claim>;
}

const isWhen = (claim: Claim): claim is When => typeof claim === "object" && "when" in claim;

/** Both claims must hold (graphql-shield `and` / `chain`), simplified: `no` wins, `yes`/`any` drop out. */
export function allOf(...claims: Claim[]): Claim {
  if (claims.includes("no")) return "no";
  const conditions = claims.flatMap((c) => (typeof c === "object" && "allOf" in c ? c.allOf : [c])).filter((c) => typeof c === "object");
  if (conditions.length === 0) return claims.every((c) => c === "any") ? "any" : "yes";
  return conditions.length === 1 ? conditions[0] : { allOf: conditions };
}

/** One of the claims must hold (graphql-shield `or` / `race`), simplified: `yes`/`any` win, `no` drops out. */
export function anyOf(...claims: Claim[]): Claim {
  if (claims.includes("any")) return "any";
  if (claims.includes("yes")) return "yes";
  const conditions = claims.flatMap((c) => (typeof c === "object" && "anyOf" in c ? c.anyOf : [c])).filter((c) => typeof c === "object");
  if (conditions.length === 0) return "no";
  return conditions.length === 1 ? conditions[0] : { anyOf: conditions };
}

/** Whether a claim holds, given which conditions hold (for tests, and for whoever wants to ask "may X?"). */
export function holds(claim: Claim, fact: (condition: When) => boolean): boolean {
  if (claim === "yes" || claim === "any") return true;
  if (claim === "no") return false;
  if (isWhen(claim)) return fact(claim);
  if ("anyOf" in claim) return claim.anyOf.some((c) => holds(c, fact));
  return claim.allOf.every((c) => holds(c, fact));
}

/** Every condition a claim names, once per condition and category. */
export function conditionsIn(claim: Claim): When[] {
  if (typeof claim !== "object") return [];
  if (isWhen(claim)) return [claim];
  return ("anyOf" in claim ? claim.anyOf : claim.allOf).flatMap(conditionsIn);
}

/** A row-level rule (src/access) as the matrix states it: which objects a user sees at all, per domain and role. */
export interface RowLevelDoc {
  name: string;
  source: string;
  reason: string;
  matrix: Pick<RuleMatrix, "domains" | "roles">;
}
