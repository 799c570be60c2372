import { isObjectType, type GraphQLSchema } from "graphql";
import type { IMiddlewareTypeMap } from "graphql-middleware";
import { deny, shield } from "graphql-shield";
import { ForbiddenError } from "../errors";
import { policy as defaultPolicy, type PolicyTable } from "./policy";
import { inheritParent } from "./rules/basic";

/**
 * The library's defaults are unsafe (allow what the table does not name, mask our coded errors, answer
 * "Not Authorised!" without a code), so each is set: default deny for anything the table does not name,
 * our own coded errors pass through (NOT_FOUND from row-level checks), a coded FORBIDDEN for every other
 * denial, and debug off (debug rethrows around these options). test/unit/policy-coverage.test.ts holds
 * these values.
 */
export const shieldOptions = {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new ForbiddenError(),
  debug: false,
} satisfies Parameters<typeof shield>[1];

/** The policy as graphql-shield middleware. */
export function createShield(policy: PolicyTable = defaultPolicy) {
  return shield(policy, shieldOptions);
}

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Refuses to build a server whose policy could let a field through undecided: every field of the schema
 * must have an entry, and no root field may merely inherit (it has no parent whose decision it could
 * inherit). Together these make "inherit" safe to leave unwrapped: every inherit field sits below a root
 * field whose rule ran.
 */
export function assertPolicyCovers(schema: GraphQLSchema, policy: PolicyTable = defaultPolicy): void {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.keys(type.getFields())) {
      const rule = policy[type.name]?.[field];
      if (!rule) problems.push(`${type.name}.${field} has no policy entry`);
      else if (rule === inheritParent && ROOT_TYPES.has(type.name)) problems.push(`${type.name}.${field} is a root field and cannot inherit`);
    }
  }
  if (problems.length) throw new Error(`The policy does not cover the schema:\n  ${problems.join("\n  ")}`);
}

/**
 * graphql-shield's middleware for exactly the fields that need a decision. graphql-shield wraps every
 * field of the schema in an async rule check; for fields whose rule is `inherit` (allow: the parent
 * was decided) that check can only say yes, and it costs several promises per field of every row, which
 * halves throughput on lists. So the generated map keeps every field whose rule is not `inherit`
 * (root fields, care fields, anything denied by the fallback) and drops the rest, after
 * assertPolicyCovers proved that every field is named and no root field inherits.
 */
export function policyMiddleware(schema: GraphQLSchema, policy: PolicyTable = defaultPolicy): IMiddlewareTypeMap {
  assertPolicyCovers(schema, policy);
  const generated = createShield(policy).generate(schema) as IMiddlewareTypeMap;
  const kept: IMiddlewareTypeMap = {};
  for (const [type, fields] of Object.entries(generated)) {
    const decided = Object.entries(fields as Record<string, unknown>).filter(([field]) => policy[type]?.[field] !== inheritParent);
    if (decided.length) kept[type] = Object.fromEntries(decided) as IMiddlewareTypeMap[string];
  }
  return kept;
}
