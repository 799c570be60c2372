import "reflect-metadata";
import { getIntrospectionQuery, Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { scenarios } from "../../bench/scenarios";
import { DEFAULT_LIMITS } from "../../src/limits/config";
import { limitsFromEnv } from "../../src/limits";
import { operationCost } from "../../src/limits/cost";
import { limitRules } from "../../src/limits/rules";
import { OperationLabels, rootFieldsLabel } from "../../src/metrics/operation-labels";
import { buildBareSchema } from "../../src/schema";

const schema = buildBareSchema();

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return operationCost(schema, operation, fragments, variables, DEFAULT_LIMITS);
}

const refusals = (query: string) => validate(schema, parse(query), limitRules(DEFAULT_LIMITS)).map((e) => e.extensions.measure);

describe("the default query limits let every legitimate query through", () => {
  const data = { caseId: "00000000-0000-4000-8000-000000000000", s4After: [null, "a", "b", "c", "d"], tableId: "t" };
  it.each(scenarios(100).map((s) => [s.id, s] as const))("benchmark scenario %s passes depth, aliases, directives and cost", (_id, scenario) => {
    const body = JSON.parse(scenario.body("api", data)!);
    expect(refusals(body.query)).toEqual([]);
    expect(cost(body.query, body.variables)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it("the explorer's introspection query passes", () => {
    expect(refusals(getIntrospectionQuery())).toEqual([]);
    expect(cost(getIntrospectionQuery())).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});

describe("the cost weighs lists by their size", () => {
  const page = (first: string) => `query ($n: Int!) { cases(first: ${first}) { edges { node { id reference } } } }`;

  it("cases(first: 100) costs about 100 times cases(first: 1), also when first is a variable", () => {
    expect(cost(page("100"), { n: 1 })).toBeGreaterThan(90 * cost(page("1"), { n: 1 }) / 2);
    expect(cost(page("$n"), { n: 100 })).toBe(cost(page("100"), { n: 1 }));
  });

  it("fragments count wherever they are spread, so fragments that multiply cost what they ask for", () => {
    const nested = `{ cases(first: 100) { edges { node { ...A } } } }
      fragment A on Case { agendaItems { meeting { agenda { case { ...B } } } } }
      fragment B on Case { agendaItems { meeting { agenda { case { id } } } } }`;
    expect(refusals(nested)).toEqual([]);
    expect(cost(nested)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(" ")} }`;

  it("the permission matrix and introspection weigh their real sizes, so thirty aliases of either are over the limit", () => {
    const matrix = "permissionMatrix { rows { cells { text access column } reasons field rule target type } rowLevel { cells { text } name reason source } inherited { fields reachedThrough } }";
    const types = "__schema { types { name fields { name args { name type { name } } type { name fields { name } } } } }";
    expect(cost(aliases(1, matrix))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(aliases(30, matrix))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(aliases(30, types))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(aliases(2, matrix))).toBeGreaterThan(1.9 * cost(aliases(1, matrix)));
  });

  it("recursive introspection is as costly as its lists", () => {
    // Each `type { fields }` multiplies by the schema's average fields per type, so one more level passes the limit.
    const deep = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } }`;
    expect(cost(deep)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe("limits come from the environment, and a malformed value stops the server", () => {
  it("reads numbers and switches, and names the variable of a bad value", () => {
    expect(limitsFromEnv({ QUERY_MAX_COST: "5000", TRUSTED_DOCUMENTS_ONLY: "1", RATE_LIMIT_PER_USER: "0" })).toMatchObject({ maxCost: 5000, trustedDocumentsOnly: true, rateLimitPerUser: 0 });
    expect(() => limitsFromEnv({ QUERY_MAX_DEPTH: "ten" })).toThrow(/QUERY_MAX_DEPTH/);
    expect(() => limitsFromEnv({ QUERY_MAX_COST: "0" })).toThrow(/QUERY_MAX_COST/);
    expect(() => limitsFromEnv({ TRUSTED_DOCUMENTS_ONLY: "yes" })).toThrow(/TRUSTED_DOCUMENTS_ONLY/);
  });
});

describe("metric labels hold the schema's root field names, bounded in number", () => {
  const label = (query: string) => {
    const document = parse(query);
    return rootFieldsLabel(schema, document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode, document);
  };

  it("labels by the sorted root fields, never the operation's name, and leaves out what the schema does not have", () => {
    expect(label("query Kevin_de_Wit_19900101 { me { userId } cases(first: 1) { totalCount } }")).toBe("cases+me");
    expect(label("query { ...F ... on Query { me { userId } } } fragment F on Query { permissionMatrix { notes } }")).toBe("me+permissionMatrix");
    expect(label("{ Jan_Jansen: me { userId } }")).toBe("me");
    expect(label("mutation Jan { nosuchfield_Jan }")).toBe("mutation:none");
  });

  it("folds labels past the maximum into 'other'", () => {
    const labels = new OperationLabels(2);
    expect(labels.label("cases")).toBe("cases");
    expect(labels.label(null)).toBe("unresolved");
    expect(labels.label("me")).toBe("me");
    expect(labels.label("permissionMatrix")).toBe("other");
    expect(labels.label("cases")).toBe("cases");
  });
});
