import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../src/context";
import { OrganisationDomain, ViewerRole } from "../../src/domain/enums";
import type { ShieldRule } from "../../src/permissions/define-rule";
import { ruleExpression } from "../../src/permissions/describe-policy";
import { holds, type Claim, type RuleMatrix, type When } from "../../src/permissions/matrix/claims";
import { policy } from "../../src/permissions/policy";
import { shieldOptions } from "../../src/permissions/shield";
import { PERSONAS, type Persona } from "./api";
import { ORGS, type OrgKey } from "./fixture";

/** One organisation per domain, all sitting at (or running) the Rijnmond table. */
const ORG_OF_DOMAIN: Record<OrganisationDomain, OrgKey> = { SAFETY: "police", CARE: "ggz", COORDINATION: "house" };

/** Every domain × every single role, and multi-role users (the matrix claims they get the union of their roles). */
export const MATRIX_PERSONAS: Array<[string, Persona]> = [
  ...Object.values(OrganisationDomain).flatMap((domain) =>
    Object.values(ViewerRole).map((role): [string, Persona] => [`${domain} ${role}`, { org: ORG_OF_DOMAIN[domain], roles: [role], sub: `${domain}-${role}`.toLowerCase() }]),
  ),
  ["policeCaseDirector (CASE_DIRECTOR + CHAIN_PARTNER)", PERSONAS.policeCaseDirector],
  ["ggzCaseDirector (CASE_DIRECTOR + CHAIN_PARTNER)", PERSONAS.ggzCaseDirector],
  // PRIVACY_OFFICER never comes with another role (a token combining them is refused at sign-in).
  ["house PROCESS_DIRECTOR + TRIAGE_MEMBER", { org: "house", roles: [ViewerRole.PROCESS_DIRECTOR, ViewerRole.TRIAGE_MEMBER], sub: "pd-triage" }],
];

/** What the matrix says for this persona: its domain's cell AND one of its roles' cells. */
export function matrixSays(claims: Pick<RuleMatrix, "domains" | "roles">, persona: Persona, fact: (c: When) => boolean): boolean {
  const domain = ORGS[persona.org].domain;
  const cell = (claim: Claim | undefined) => holds(claim ?? "any", fact);
  return cell(claims.domains?.[domain]) && persona.roles.some((role) => cell(claims.roles?.[role]));
}

export interface DistinctRule {
  name: string;
  rule: ShieldRule;
  fields: string[];
}

/** The distinct rules of the policy (by expression), with the fields that use each. */
export function distinctRules(): DistinctRule[] {
  const byName = new Map<string, DistinctRule>();
  for (const [type, fields] of Object.entries(policy)) {
    for (const [field, rule] of Object.entries(fields)) {
      const name = ruleExpression(rule);
      const entry = byName.get(name) ?? { name, rule, fields: [] };
      entry.fields.push(`${type}.${field}`);
      byName.set(name, entry);
    }
  }
  return [...byName.values()];
}

/** Unexpected exceptions must fail the test, not pass as a denial: debug makes graphql-shield rethrow them. */
const RULE_OPTIONS = { ...shieldOptions, debug: true } as never;

/** Runs the real rule (or combination) exactly as the shield does, for a field named `fieldName`. */
export async function ruleAllows(rule: ShieldRule, parent: unknown, args: unknown, ctx: Context, fieldName: string): Promise<boolean> {
  const resolvable = rule as unknown as { resolve(...a: unknown[]): Promise<unknown> };
  return (await resolvable.resolve(parent, args, ctx, { fieldName } as GraphQLResolveInfo, RULE_OPTIONS)) === true;
}

export const conditionName = (c: When) => (c.category ? `${c.when}(${c.category})` : c.when);

/** Adds `value` to the set under `key`. */
export function note<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  map.set(key, (map.get(key) ?? new Set()).add(value));
}
