import { and, rule } from "graphql-shield";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";
import { CodedError } from "../errors";
import type { RuleMatrix } from "./matrix/claims";

/** A rule or a combination (and/or/chain) of rules, as graphql-shield accepts them. */
export type ShieldRule = Parameters<typeof and>[0];

export type RuleResult = boolean | Error;
export type RuleFn = (parent: any, args: any, ctx: Context, info: GraphQLResolveInfo) => RuleResult | Promise<RuleResult>;

/** What the policy document says about a rule: its name, why it grants or denies, and its matrix claims. */
export interface RuleDoc {
  name: string;
  reason: string;
  /** Who the rule lets through, per domain and role, for the permission matrix (docs/permissions.md). */
  matrix?: RuleMatrix;
}

const docs = new WeakMap<object, RuleDoc>();

/**
 * Every rule is made here. `no_cache`: graphql-shield's `contextual` cache is keyed by rule name only,
 * so one list of cases would reuse the first case's decision for all; per-request memoisation happens
 * in the DataLoaders the rules call instead.
 */
export function defineRule(name: string, reason: string, fn: RuleFn, matrix?: RuleMatrix): ShieldRule {
  const made = rule(name, { cache: "no_cache" })(returningCodedErrors(fn) as never);
  docs.set(made, { name, reason, ...(matrix ? { matrix } : {}) });
  return made;
}

/**
 * graphql-shield turns an exception thrown inside a rule into a bare `false`, i.e. FORBIDDEN; that would
 * tell a viewer that a case they may not see exists. Our coded errors (NOT_FOUND from the target lookup)
 * are returned instead, which the shield passes on to the client unchanged.
 */
function returningCodedErrors(fn: RuleFn): RuleFn {
  return async (parent, args, ctx, info) => {
    try {
      return await fn(parent, args, ctx, info);
    } catch (error) {
      if (error instanceof CodedError) return error;
      throw error;
    }
  };
}

export function ruleDoc(made: object): RuleDoc | undefined {
  return docs.get(made);
}
