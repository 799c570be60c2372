import { join } from "node:path";
import type { DataSource } from "typeorm";
import { DATA_DIR } from "../paths";
import { createDataSource } from "./data-source";
import { API_ROLE } from "./roles";
import { embeddedPostgresPort } from "../ops/settings";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

export { DATA_DIR, PROJECT_ROOT } from "../paths";
const DATABASE_NAME = "casusoverleg";

export interface Database {
  ds: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Migrations run as the connecting owner, in a pool of their own that is closed before the API's opens. */
async function migrate(url: string): Promise<void> {
  const owner = createDataSource(url, { poolSize: 1 });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: "each" });
  } finally {
    await owner.destroy();
  }
}

/**
 * DATABASE_URL if set, else the embedded PostgreSQL in .data/pg (started, reused across restarts). Migrations
 * run here. The DataSource returned runs as the restricted API_ROLE, unless `asOwner` (maintenance such as
 * the access log's retention purge).
 */
export async function connectDatabase(log: (line: string) => void = () => undefined, options: { asOwner?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const port = embeddedPostgresPort();
    embedded = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "pg"), port, log });
    url = await ensureDatabase(embedded.url, DATABASE_NAME);
  }
  await migrate(url);
  const ds = createDataSource(url, { role: options.asOwner ? undefined : API_ROLE });
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
