import { allow } from "graphql-shield";
import { buildBareSchema } from "../../src/schema";
import { policy } from "../../src/permissions/policy";
import { assertPolicyCovers, policyMiddleware } from "../../src/permissions/shield";
import { inheritParent } from "../../src/permissions/rules/basic";
import { GUARDED_TEXTS } from "../../src/permissions/guarded-texts";

describe("the policy middleware wraps exactly the fields that need a decision", () => {
  const schema = buildBareSchema();
  const wrapped = policyMiddleware(schema);

  it("wraps every root field, every care field and every non-inherit field", () => {
    for (const [type, fields] of Object.entries(policy)) {
      for (const [field, rule] of Object.entries(fields)) {
        const isWrapped = Boolean((wrapped[type] as Record<string, unknown> | undefined)?.[field]);
        expect({ field: `${type}.${field}`, isWrapped }).toEqual({ field: `${type}.${field}`, isWrapped: rule !== inheritParent });
      }
    }
    const guardedTexts = Object.entries(GUARDED_TEXTS.Case).flat();
    expect(Object.keys(wrapped.Case as object).sort()).toEqual(["addiction", "education", "health", "intellect", "workIncome", ...guardedTexts].sort());
  });

  it("refuses to start when a schema field has no policy entry", () => {
    const { health: _dropped, ...caseWithoutHealth } = policy.Case;
    expect(() => assertPolicyCovers(schema, { ...policy, Case: caseWithoutHealth })).toThrow("Case.health has no policy entry");
  });

  it("refuses to start when a root field only inherits", () => {
    expect(() => assertPolicyCovers(schema, { ...policy, Query: { ...policy.Query, cases: inheritParent } })).toThrow(
      "Query.cases is a root field and cannot inherit",
    );
  });

  it("accepts the real policy", () => {
    expect(() => assertPolicyCovers(schema)).not.toThrow();
    expect(policy.Query.me).not.toBe(allow);
  });
});
