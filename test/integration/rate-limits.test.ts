import { createDataSource } from "../../src/db/data-source";
import { apiRoleName } from "../../src/db/roles";
import { startServer, type RunningServer } from "../../src/server";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import type { DataSource } from "typeorm";

const LIMITS = { rateLimitPerUser: 3, rateLimitPerOrganisation: 5, rateLimitWindowSeconds: 600 };

describe("rate limits per user and per organisation hold across API instances on one database", () => {
  let api: TestApi;
  let secondDs: DataSource;
  let second: RunningServer;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, limits: LIMITS });
    // A second instance: its own process state and pool, the same database and trust registry.
    secondDs = await createDataSource(api.databaseUrl, { role: apiRoleName() }).initialize();
    second = await startServer({ ds: secondDs, registry: Object.values(api.idps).map((idp) => idp.entry), port: 0, limits: LIMITS, logError: () => undefined });
  });
  afterAll(async () => {
    await second.stop();
    await secondDs.destroy();
    await api.close();
  });

  const post = async (url: string, persona: Persona) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await api.tokenFor(persona)}` },
      body: JSON.stringify({ query: "{ me { roles } }" }),
    });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), contentType: response.headers.get("content-type"), body: (await response.json()) as any };
  };

  it("counts a user's requests on both instances together and refuses the fourth with 429, Retry-After and a JSON body", async () => {
    const statuses = [(await post(api.url, PERSONAS.police)).status, (await post(second.url, PERSONAS.police)).status, (await post(api.url, PERSONAS.police)).status];
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await post(second.url, PERSONAS.police);
    expect(refused.status).toBe(429);
    expect(refused.contentType).toMatch(/json/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors[0].extensions).toEqual({ code: "RATE_LIMITED", scope: "user", limit: 3, retryAfter: Number(refused.retryAfter), requestId: expect.any(String) });
  });

  it("another user of another organisation is not affected", async () => {
    expect((await post(second.url, PERSONAS.ggz)).status).toBe(200);
  });

  it("the organisation's limit holds for its other users, across instances", async () => {
    // The police organisation has used 4 of its 5: one more of a colleague passes, then the organisation is full.
    expect((await post(api.url, PERSONAS.policeCaseDirector)).status).toBe(200);
    const refused = await post(second.url, PERSONAS.policeCaseDirector);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED", scope: "organisation", limit: 5 });
  });

  it("keeps no user id in the clear in the rate-limit table", async () => {
    const keys: Array<{ key: string }> = await api.ds.query(`SELECT key FROM rate_limit`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((row) => row.key.includes(PERSONAS.police.sub))).toBe(false);
  });
});
