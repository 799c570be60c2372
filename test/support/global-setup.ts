import "./quiet-log";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { grantApiPrivileges } from "../../src/db/api-role";
import { createDataSource } from "../../src/db/data-source";
import { apiRoleName } from "../../src/db/roles";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../../src/db/embedded";

export const TEMPLATE_DB = "casusoverleg_test_template";

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL (a server URL) if given, else a fresh
 * embedded server in a temporary folder on a free port, so parallel runs never collide. The schema is
 * migrated once into a template database; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), "casusoverleg-test-pg-"));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.end();
  const ds = createDataSource(await ensureDatabase(serverUrl, TEMPLATE_DB));
  await ds.initialize();
  await ds.runMigrations();
  // As the server does after migrating (db/connect.ts), so the tests' API role has exactly its privileges.
  await grantApiPrivileges(ds, apiRoleName());
  await ds.destroy();
}
