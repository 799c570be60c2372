import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DataSource } from "typeorm";
import { createDataSource } from "./data-source";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

/** The folder with package.json, whether running from src (ts-node) or dist (compiled). */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
export const DATA_DIR = process.env.CASUSOVERLEG_DATA_DIR ?? join(PROJECT_ROOT, ".data");
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
