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

  // HOOK (f-limits): once rate limits are kept in PostgreSQL, send one user's requests alternately to both
  // instances past the per-user limit and expect 429 RATE_LIMITED from whichever instance is asked next.
  it.todo("a user's rate limit holds across both instances (needs the PostgreSQL-backed limiter)");
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
