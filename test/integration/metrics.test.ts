import { createTestApi, PERSONAS, type TestApi } from "../support/api";

const TOKEN = "scrape-token-of-this-test";

/** The value of one series in a Prometheus text scrape (0 when absent). */
function value(scrape: string, series: string): number {
  const line = scrape.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("GET /metrics shows operators what the server does, to them only", () => {
  let api: TestApi;
  let closed: TestApi;
  const metricsUrl = (target: TestApi) => target.url.replace("/graphql", "/metrics");
  const scrape = async () => (await fetch(metricsUrl(api), { headers: { authorization: `Bearer ${TOKEN}` } })).text();

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, metricsToken: TOKEN, limits: { rateLimitPerUser: 2, rateLimitWindowSeconds: 600 } });
    closed = await createTestApi({ logErrors: false });
  });
  afterAll(async () => {
    await api.close();
    await closed.close();
  });

  it("refuses a scrape without the token, and does not exist where no token is configured", async () => {
    expect((await fetch(metricsUrl(api))).status).toBe(401);
    expect((await fetch(metricsUrl(api), { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await fetch(metricsUrl(closed), { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it("counts requests by operation and outcome, latency, the access log's group commit, rate-limit and sign-in refusals, and the pool", async () => {
    const before = await scrape();
    const police = api.as(PERSONAS.police);
    await police("query Kevin_de_Wit_19900101 { cases(first: 5) { totalCount } }");
    await police("query CasesPage { cases(first: 5) { totalCount } me { roles } }");
    const limited = await police("query CasesPage { cases(first: 5) { totalCount } }");
    expect(limited.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    await api.request("{ me { roles } }", undefined, "Bearer not-a-token");
    const after = await scrape();
    const moved = (series: string) => value(after, series) - value(before, series);
    // Labelled by the root fields the schema defines, never by the client's operation name.
    expect(moved('casusoverleg_graphql_requests_total{operation="cases",code="OK"}')).toBe(1);
    expect(moved('casusoverleg_graphql_requests_total{operation="cases+me",code="OK"}')).toBe(1);
    expect(moved('casusoverleg_graphql_requests_total{operation="unresolved",code="RATE_LIMITED"}')).toBe(1);
    expect(moved('casusoverleg_graphql_requests_total{operation="unresolved",code="UNAUTHENTICATED"}')).toBe(1);
    expect(moved('casusoverleg_graphql_request_duration_seconds_count{operation="cases"}')).toBe(1);
    expect(after).not.toMatch(/Kevin|CasesPage/);
    expect(moved('casusoverleg_rate_limit_refusals_total{scope="user"}')).toBe(1);
    expect(moved("casusoverleg_sign_in_refusals_total")).toBe(1);
    expect(moved("casusoverleg_audit_group_commit_duration_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(moved("casusoverleg_audit_group_commit_batch_lines_sum")).toBeGreaterThanOrEqual(2);
    expect(value(after, 'casusoverleg_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(after).not.toContain(PERSONAS.police.sub);
  });
});
