import { isObjectType, type GraphQLSchema } from "graphql";
import { and, deny, or, rule } from "graphql-shield";
import { ErrorCode } from "../../src/errors";
import { defineRule, ruleDoc, type ShieldRule } from "../../src/permissions/define-rule";
import { leafRules } from "../../src/permissions/describe-policy";
import { policy, type PolicyTable } from "../../src/permissions/policy";
import { shieldOptions } from "../../src/permissions/shield";
import { buildBareSchema, buildSchema } from "../../src/schema";
import { expectNone } from "../support/listing";

/** `Type.field` of every field of every object type (Query and Mutation included), introspection types left out. */
function schemaFields(schema: GraphQLSchema): Set<string> {
  const fields = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []));
  return new Set(fields);
}

function entriesOf(table: PolicyTable): Array<[string, ShieldRule]> {
  return Object.entries(table).flatMap(([type, fields]) =>
    Object.entries(fields).map(([field, rule]): [string, ShieldRule] => [`${type}.${field}`, rule]),
  );
}

/** Schema fields without a policy entry, and policy entries without a schema field. */
function coverage(inSchema: Set<string>, table: PolicyTable): { missing: string[]; stale: string[] } {
  const inPolicy = new Set(entriesOf(table).map(([name]) => name));
  return {
    missing: [...inSchema].filter((name) => !inPolicy.has(name)).sort(),
    stale: [...inPolicy].filter((name) => !inSchema.has(name)).sort(),
  };
}

const policyEntries = entriesOf(policy);

/** Entries with a rule whose decision graphql-shield would cache by rule name or by args. */
function sharedCaches(entries: Array<[string, ShieldRule]>): string[] {
  return entries.flatMap(([name, made]) =>
    leafRules(made)
      .map((leaf) => (leaf as { cache?: unknown }).cache)
      .filter((cache) => cache === "contextual" || cache === "strict")
      .map((cache) => `${name} (${String(cache)})`),
  );
}

describe("policy coverage (default deny, made mechanical)", () => {
  const { missing, stale } = coverage(schemaFields(buildBareSchema()), policy);

  it("names every field of every object type of the schema", () => {
    expectNone(missing, "These fields have no entry in src/permissions/policy.ts, so the shield denies them to everyone. Add a rule (or inherit) for each:");
  });

  it("names no type or field that the schema does not have", () => {
    expectNone(stale, "src/permissions/policy.ts names these, but the schema has no such type or field. Remove or rename them:");
  });

  it("would notice a missing and a stale entry (the check itself)", () => {
    const { Query: query, ...rest } = policy;
    const { me: _me, ...queryWithoutMe } = query;
    const table: PolicyTable = { ...rest, Query: { ...queryWithoutMe, ghost: query.me }, Ghost: { id: query.me } };
    expect(coverage(schemaFields(buildBareSchema()), table)).toEqual({ missing: ["Query.me"], stale: ["Ghost.id", "Query.ghost"] });
  });

  it("is accepted by graphql-shield on the real schema", () => {
    expect(() => buildSchema()).not.toThrow();
  });

  it("uses only rules made by defineRule, so every rule says why it grants or denies", () => {
    const undocumented = policyEntries.filter(([, rule]) => leafRules(rule).some((leaf) => !ruleDoc(leaf))).map(([name]) => name);
    expectNone(undocumented, "These policy entries use a rule not made with defineRule (src/permissions/define-rule.ts):");
  });

  it("caches no rule decision across fields (a 'contextual' or 'strict' cache would reuse one case's decision for another)", () => {
    expectNone(sharedCaches(policyEntries), "These policy entries use a rule with a shared cache; make it with defineRule (cache: no_cache):");
  });

  it("would notice a shared cache inside a combination (the check itself)", () => {
    const contextual = rule("byName", { cache: "contextual" })(() => true);
    const strict = rule("byArgs", { cache: "strict" })(() => true);
    const own = defineRule("own", "Decided per field.", () => true);
    expect(sharedCaches([["Query.a", and(own, or(contextual))], ["Query.b", strict], ["Query.c", own]])).toEqual([
      "Query.a (contextual)",
      "Query.b (strict)",
    ]);
  });
});

describe("shield options", () => {
  it("deny whatever the policy does not name", () => {
    expect(shieldOptions.fallbackRule).toBe(deny);
  });

  it("let our coded errors (NOT_FOUND from row level) through instead of masking them as a bare denial", () => {
    expect(shieldOptions.allowExternalErrors).toBe(true);
  });

  it("answer every other denial with a coded FORBIDDEN", () => {
    const error = shieldOptions.fallbackError();
    expect(error.extensions.code).toBe(ErrorCode.FORBIDDEN);
  });

  it("run without debug mode", () => {
    expect(shieldOptions.debug).toBe(false);
  });
});
