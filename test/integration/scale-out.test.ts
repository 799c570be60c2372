import { Client } from "pg";
import { connectDatabase } from "../../src/db/connect";
import { createDataSource } from "../../src/db/data-source";
import { apiRoleName } from "../../src/db/roles";
import { startServer, type RunningServer } from "../../src/server";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { verify } from "../support/audit";
import { MUTATIONS } from "../support/steps";

/**
 * Scale-out on one PostgreSQL: two API instances, each with its own pool and its own group-commit writer
 * (everything a process keeps in memory), under concurrent reads and mutations on both. The chain and
 * the counters live in the database, so the log must stay one verifiable chain with every line.
 */
const WORKERS_PER_INSTANCE = 6;
const ROUNDS = 12;
const LIST = `{ cases(first: 5) { edges { node { id reference } } } }`;

describe("two API instances on one database", () => {
  let api: TestApi;
  let second: RunningServer;
  let secondDs: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    secondDs = createDataSource((api.ds.options as { url: string }).url, { role: apiRoleName() });
    await secondDs.initialize();
    second = await startServer({ ds: secondDs, registry: Object.values(api.idps).map((idp) => idp.entry), port: 0, logError: () => undefined });
  });
  afterAll(async () => {
    await second.stop();
    await secondDs.destroy();
    await api.close();
  });

  async function send(url: string, persona: Persona, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await api.tokenFor(persona)}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  }

  const registration = () => ({
    tableId: api.world.table.id,
    subject: { fullName: "Jan Jansen", dateOfBirth: "1988-04-12", municipality: "Rotterdam" },
    relatedPersons: [],
    triedWithinOwnOrganisation: "Gesprekken gevoerd.",
    triedWithinOwnOrganisationCategory: "SAFETY",
    subjectInformed: true,
  });

  /** One worker: reads a page of cases each round and registers a case every third round; each instance has its own users. */
  async function worker(instance: "a" | "b", url: string, index: number): Promise<Array<{ status: number; body: any }>> {
    const persona: Persona = { ...PERSONAS.police, sub: `${instance}-agent-${index}` };
    const answers = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      answers.push(await send(url, persona, LIST));
      if (round % 3 === 0) answers.push(await send(url, persona, MUTATIONS.registerCase, { input: registration() }));
    }
    return answers;
  }

  it("under concurrent reads and mutations on both, every request is answered, logged once, and the chain verifies", async () => {
    const runs = ["a", "b"].flatMap((instance) =>
      Array.from({ length: WORKERS_PER_INSTANCE }, (_, index) => worker(instance as "a" | "b", instance === "a" ? api.url : second.url, index)),
    );
    const answers = (await Promise.all(runs)).flat();
    const perInstance = (WORKERS_PER_INSTANCE * (ROUNDS + Math.ceil(ROUNDS / 3)));
    expect(answers.filter((answer) => answer.status !== 200 || answer.body.errors)).toEqual([]);
    expect(answers).toHaveLength(2 * perInstance);

    const counts: Array<{ instance: string; action: string; lines: number; requests: number }> = await api.ds.query(
      `SELECT left(user_id, 1) AS instance, action::text, count(*)::int AS lines, count(DISTINCT request_id)::int AS requests
         FROM audit_log WHERE action IN ('LIST_CASES', 'MUTATION') GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const mutations = WORKERS_PER_INSTANCE * Math.ceil(ROUNDS / 3);
    const reads = WORKERS_PER_INSTANCE * ROUNDS;
    expect(counts).toEqual([
      { instance: "a", action: "LIST_CASES", lines: reads, requests: reads },
      { instance: "a", action: "MUTATION", lines: mutations, requests: mutations },
      { instance: "b", action: "LIST_CASES", lines: reads, requests: reads },
      { instance: "b", action: "MUTATION", lines: mutations, requests: mutations },
    ]);
    const [{ cases }] = await api.ds.query(`SELECT count(*)::int AS cases FROM "case"`);
    expect(cases).toBe(2 * mutations);
    const report = await verify(api.ds);
    expect(report.ok).toBe(true);
  });

});

describe("a per-user rate limit across two instances under load", () => {
  const LIMIT = 20;
  const PER_INSTANCE = 30;
  const limits = { rateLimitPerUser: LIMIT, rateLimitPerOrganisation: 0, rateLimitWindowSeconds: 600 };
  let api: TestApi;
  let second: RunningServer;
  let secondDs: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, limits });
    secondDs = await createDataSource(api.databaseUrl, { role: apiRoleName() }).initialize();
    second = await startServer({ ds: secondDs, registry: Object.values(api.idps).map((idp) => idp.entry), port: 0, limits, logError: () => undefined });
  });
  afterAll(async () => {
    await second.stop();
    await secondDs.destroy();
    await api.close();
  });

  async function status(url: string, persona: Persona): Promise<number> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await api.tokenFor(persona)}` },
      body: JSON.stringify({ query: "{ me { roles } }" }),
    });
    await response.body?.cancel();
    return response.status;
  }

  /** `count` requests of `persona` sent at once to each instance; the statuses per instance. */
  async function burst(persona: Persona, count: number): Promise<{ a: number[]; b: number[] }> {
    const on = (url: string) => Promise.all(Array.from({ length: count }, () => status(url, persona)));
    const [a, b] = await Promise.all([on(api.url), on(second.url)]);
    return { a, b };
  }

  it("lets exactly the limit through, counted on both together, and each instance refuses the rest with 429", async () => {
    const busy: Persona = { ...PERSONAS.police, sub: "busy-agent" };
    const calm: Persona = { ...PERSONAS.police, sub: "calm-agent" };
    // The calm colleague's requests run during the burst, on both instances, and stay within its own limit.
    const [{ a, b }, calmAnswers] = await Promise.all([burst(busy, PER_INSTANCE), burst(calm, LIMIT / 2)]);
    const passed = [...a, ...b].filter((code) => code === 200).length;
    expect([...a, ...b].filter((code) => code !== 200 && code !== 429)).toEqual([]);
    expect(passed).toBe(LIMIT);
    // Each instance got more than the whole limit, so each must have refused some, whatever the split.
    expect(a.filter((code) => code === 429).length).toBeGreaterThanOrEqual(PER_INSTANCE - LIMIT);
    expect(b.filter((code) => code === 429).length).toBeGreaterThanOrEqual(PER_INSTANCE - LIMIT);
    expect([...calmAnswers.a, ...calmAnswers.b]).toEqual(Array(LIMIT).fill(200));
    // The next request of the busy user is refused by either instance.
    expect([await status(api.url, busy), await status(second.url, busy)]).toEqual([429, 429]);
  });

});

describe("two instances starting together on a fresh database", () => {
  it("migrate one after the other (an advisory lock), and both come up", async () => {
    const server = new URL(process.env.TEST_PG_SERVER_URL!);
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    const name = `fresh_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server.toString());
    url.pathname = `/${name}`;
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url.toString();
    try {
      const databases = await Promise.all([connectDatabase(), connectDatabase()]);
      const rows = await Promise.all(databases.map((db) => db.ds.query(`SELECT current_user AS role, (SELECT count(*)::int FROM migrations) AS migrations`)));
      expect(rows[0]).toEqual(rows[1]);
      expect(rows[0][0].role).toBe(apiRoleName());
      await Promise.all(databases.map((db) => db.close()));
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
