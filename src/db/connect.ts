import { join } from "node:path";
import type { DataSource } from "typeorm";
import { DATA_DIR } from "../paths";
import { createDataSource } from "./data-source";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

export { DATA_DIR, PROJECT_ROOT } from "../paths";
const DATABASE_NAME = "casusoverleg";

export interface Database {
  ds: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** DATABASE_URL if set, else the embedded PostgreSQL in .data/pg (started, reused across restarts). Migrations run here. */
export async function connectDatabase(log: (line: string) => void = () => undefined): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "pg"), port, log });
    url = await ensureDatabase(embedded.url, DATABASE_NAME);
  }
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  return {
    ds,
    embedded,
    async close() {
      await ds.destroy();
      await embedded?.stop();
    },
  };
}
