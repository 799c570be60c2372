import { Client } from "pg";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

describe("an operation that runs too long or answers too much is stopped, and nothing of it is served", () => {
  let api: TestApi;
  let small: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, limits: { executionTimeoutMs: 200 } });
    small = await createTestApi({ logErrors: false, limits: { maxResponseBytes: 1000 } });
    for (const target of [api, small]) for (let i = 0; i < 10; i += 1) await insertCase(target.ds, target.world, { participants: ["police"] });
  });
  afterAll(async () => {
    await api.close();
    await small.close();
  });

  it("answers TIMEOUT (503) without data when the database holds the operation past the deadline", async () => {
    // The table is locked for longer than the deadline: the page's first statement returns only after it.
    const locker = new Client({ connectionString: api.databaseUrl });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "case" IN ACCESS EXCLUSIVE MODE`);
    const answer = api.as(PERSONAS.police)(`{ cases(first: 10) { edges { node { id reference participants { organisation { name } } } } } }`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await locker.query("COMMIT");
    await locker.end();
    const res = await answer;
    expect(res.status).toBe(503);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([{ message: expect.stringContaining("200 ms"), extensions: { code: "TIMEOUT", limit: 200, requestId: expect.any(String) } }]);
  });

  it("the same query within the deadline answers normally", async () => {
    const res = await api.as(PERSONAS.police)(`{ cases(first: 10) { edges { node { id } } } }`);
    expect(res.status).toBe(200);
    expect(res.data.cases.edges).toHaveLength(10);
  });

  it("refuses to send an answer over the size limit: RESPONSE_TOO_LARGE, no part of the data", async () => {
    const res = await small.as(PERSONAS.police)(`{ cases(first: 10) { edges { node { id reference phase registeredAt } } } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions).toMatchObject({ code: "RESPONSE_TOO_LARGE", limit: 1000 });
    expect(res.errors?.[0].extensions?.size).toBeGreaterThan(1000);
    const fits = await small.as(PERSONAS.police)(`{ cases(first: 2) { edges { node { id } } } }`);
    expect(fits.status).toBe(200);
  });
});
