import { and, rule } from "graphql-shield";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";

/** A rule or a combination (and/or/chain) of rules, as graphql-shield accepts them. */
export type ShieldRule = Parameters<typeof and>[0];

export type RuleResult = boolean | Error;
export type RuleFn = (parent: any, args: any, ctx: Context, info: GraphQLResolveInfo) => RuleResult | Promise<RuleResult>;

/** What the policy document says about a rule: its name and why it grants or denies. */
export interface RuleDoc {
  name: string;
  reason: string;
}

const docs = new WeakMap<object, RuleDoc>();

/**
 * Every rule is made here. `no_cache`: graphql-shield's `contextual` cache is keyed by rule name only,
 * so one list of cases would reuse the first case's decision for all; per-request memoisation happens
 * in the DataLoaders the rules call instead.
 */
export function defineRule(name: string, reason: string, fn: RuleFn): ShieldRule {
  const made = rule(name, { cache: "no_cache" })(fn as never);
  docs.set(made, { name, reason });
  return made;
}

export function ruleDoc(made: object): RuleDoc | undefined {
  return docs.get(made);
}
