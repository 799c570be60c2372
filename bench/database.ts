import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../src/db/embedded";
import { SEED_VERSION, seed } from "./seed";

/** The database name `npm start` uses, so the cold start can run on the bench data directory as it is. */
const DATABASE_NAME = "casusoverleg";

export interface BenchDatabase {
  url: string;
  embedded: EmbeddedDatabase;
  /** The postmaster's pid, to add PostgreSQL's CPU time to each measurement. */
  postmasterPid: number;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

async function seededCases(client: Client): Promise<number | null> {
  const { rows } = await client.query(
    `SELECT cases FROM bench.seed WHERE version = $1 ORDER BY seeded_at DESC LIMIT 1`,
    [SEED_VERSION],
  ).catch(() => ({ rows: [] as Array<{ cases: number }> }));
  return rows[0]?.cases ?? null;
}

/** A fresh, empty database: dropping it is the one way past append-only tables (the audit log refuses TRUNCATE). */
async function recreate(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE_NAME}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function migrate(url: string): Promise<void> {
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  await ds.destroy();
}

/**
 * An embedded PostgreSQL in `<dir>/pg` on a free port, migrated with the project's migrations and
 * seeded with `cases` cases (kept across runs: a data set of the same size and seed version is reused).
 */
export async function openBenchDatabase(dir: string, cases: number, reseed: boolean, log: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = join(dir, "pg");
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  let url = await ensureDatabase(embedded.url, DATABASE_NAME);
  let client = new Client({ connectionString: url });
  await client.connect();
  const present = await seededCases(client);
  if (reseed || present !== cases) {
    log(`seeding ${cases} cases (found ${present ?? "none"})…`);
    const started = Date.now();
    await client.end();
    await recreate(embedded.url);
    url = await ensureDatabase(embedded.url, DATABASE_NAME);
    await migrate(url);
    client = new Client({ connectionString: url });
    await client.connect();
    await seed(client, cases, log);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    await migrate(url);
    log(`reusing the seeded data set of ${cases} cases`);
  }
  await emptyAccessLog(client);
  log("emptied the access log (every run starts from the same log size)");
  let stopped = false;
  const postmasterPid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    url,
    embedded,
    postmasterPid,
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.end();
      await embedded.stop();
    },
  };
}

/**
 * Every run starts from an empty access log. A full run writes many lines, and what a line
 * costs to index grows with the log, so without this a run would be slower than the one before it for
 * no change in the code. Only here, as the owner of a benchmark database, is the log emptied by turning
 * its append-only triggers off for one transaction.
 */
async function emptyAccessLog(client: Client): Promise<void> {
  await client.query(`BEGIN`);
  await client.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
  await client.query(`ALTER TABLE audit_anchor DISABLE TRIGGER USER`);
  await client.query(`TRUNCATE audit_log, audit_anchor`);
  await client.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  await client.query(`ALTER TABLE audit_anchor ENABLE TRIGGER USER`);
  await client.query(`COMMIT`);
  await client.query(`VACUUM ANALYZE`);
}

/** Removes what S6 (registerCase) added, so every server and persona reads the same data set. */
export async function removeRegisteredCases(db: BenchDatabase): Promise<void> {
  await db.query(`DELETE FROM "case" WHERE reference NOT LIKE 'B-%'`);
  await db.query(`DELETE FROM subject s WHERE NOT EXISTS (SELECT 1 FROM "case" c WHERE c.subject_id = s.id)`);
}
