import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { insertCase } from "../support/fixture";

/** The killers: each is refused before it runs, with a code naming what and how much, and logged. */
describe("a signed-in partner cannot take the server down with one query", () => {
  let api: TestApi;
  const METRICS = "metrics-secret-for-this-test";

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, metricsToken: METRICS });
    for (let i = 0; i < 3; i += 1) await insertCase(api.ds, api.world, { participants: ["police"] });
  });
  afterAll(() => api.close());

  const police = () => api.as(PERSONAS.police);
  const expectRefused = (res: Awaited<ReturnType<TestApi["request"]>>, measure: string) => {
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", measure });
    expect(res.errors![0].message).toContain(`limit of ${res.errors![0].extensions!.limit}`);
  };

  it("refuses ~1 KB of nesting cases → agendaItems → meeting → agenda → case …", async () => {
    let selection = "id";
    for (let i = 0; i < 20; i += 1) selection = `agendaItems { meeting { agenda { case { ${selection} } } } }`;
    const query = `{ cases(first: 100) { edges { node { ${selection} } } } }`;
    expect(query.length).toBeGreaterThan(900);
    expectRefused(await police()(query), "depth");
  });

  it("refuses the loop Action.goal.actions", async () => {
    let selection = "id";
    for (let i = 0; i < 8; i += 1) selection = `goal { actions { ${selection} } }`;
    expectRefused(await police()(`{ cases(first: 100) { edges { node { plans { goals { actions { ${selection} } } } } } } }`), "depth");
  });

  it("refuses a shallow query whose lists multiply past the cost limit, naming the cost and the limit", async () => {
    const res = await police()(`query Wide($n: Int!) { cases(first: $n) { edges { node { agendaItems { meeting { agenda { case { agendaItems { meeting { agenda { id } } } } } } } } } } }`, { n: 100 });
    expectRefused(res, "cost");
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(res.errors![0].extensions!.limit);
    expect(res.errors![0].message).toContain(String(res.errors![0].extensions!.cost));
  });

  it("refuses 1,000 aliases of cases(first: 100) while parsing (tokens), 40 by their number, and 200 of permissionMatrix", async () => {
    const cases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: cases(first: 100) { totalCount }`).join(" ");
    expectRefused(await police()(`{ ${cases(1000)} }`), "tokens");
    expectRefused(await police()(`{ ${cases(40)} }`), "aliases");
    const matrix = Array.from({ length: 200 }, (_, i) => `m${i}: permissionMatrix { notes }`).join(" ");
    expectRefused(await police()(`{ ${matrix} }`), "aliases");
  });

  it("refuses fragments that multiply by their cost", async () => {
    const fragments = `{ cases(first: 100) { edges { node { ...A } } } }
      fragment A on Case { agendaItems { meeting { agenda { case { ...B } } } } }
      fragment B on Case { agendaItems { meeting { agenda { case { id } } } } }`;
    expectRefused(await police()(fragments), "cost");
  });

  it("bounds introspection: deep nesting is refused by graphql-js's own rule, width by the alias limit", async () => {
    const deep = await police()(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].extensions?.code).toBe("INVALID_QUERY");
    const wide = Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { fields { type { name } } } }`).join(" ");
    expectRefused(await police()(`{ ${wide} }`), "aliases");
  });

  it("refuses a document with more tokens than allowed while parsing it", async () => {
    expectRefused(await police()(`{ ${"__typename ".repeat(6000)} }`), "tokens");
  });

  it("still answers what a page of cases asks for", async () => {
    const res = await police()(`{ cases(first: 100) { edges { node { id plans { goals { actions { goal { id } } } } } } } }`);
    expect(res.status).toBe(200);
    expect(res.data.cases.edges).toHaveLength(3);
  });

  it("logs each refusal in the access log as a refused query, identifiers only, and counts it in the metrics", async () => {
    const refused = (await auditLines(api.ds)).filter((line) => line.reason?.startsWith("QUERY_TOO_COMPLEX"));
    expect(refused.map((line) => line.reason).sort()).toEqual(
      ["aliases", "aliases", "aliases", "cost", "cost", "depth", "depth", "tokens", "tokens"].map((m) => `QUERY_TOO_COMPLEX/${m}`),
    );
    expect(refused.every((line) => line.action === "QUERY" && line.outcome === "FAILED" && line.userId === PERSONAS.police.sub)).toBe(true);
    const scrape = await (await fetch(api.url.replace("/graphql", "/metrics"), { headers: { authorization: `Bearer ${METRICS}` } })).text();
    expect(scrape).toMatch(/casusoverleg_query_limit_refusals_total\{measure="cost"\} 2/);
    expect(scrape).toMatch(/casusoverleg_graphql_requests_total\{operation="cases",code="QUERY_TOO_COMPLEX"\} 2/);
  });
});
