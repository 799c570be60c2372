import "reflect-metadata";
import { parseArgs } from "node:util";
import { config, ConfigError, devIssuerEnabled, devIssuerKeyPath, trustedIssuers, type Config } from "./config";
import { connectDatabase, type Database } from "./db/connect";
import { seedDemo } from "./demo/seed";
import { Organisation } from "./entities";
import { drainAndStop } from "./ops/shutdown";
import { describeError } from "./logging/error-summary";
import { logger } from "./logging/logger";
import { startServer, type RunningServer } from "./server";

let db: Database | null = null;
let server: RunningServer | null = null;
let stopping = false;

/**
 * Ctrl-C / SIGTERM: stop taking requests and let those in flight finish (SHUTDOWN_DRAIN_MS at most), close
 * the pool, then stop the embedded PostgreSQL so it shuts down cleanly (ops/shutdown.ts). A signal that
 * arrives during start-up is honoured as soon as the database is up.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (!db) {
    logger.info({ signal }, "stopping as soon as the database has started");
    return;
  }
  logger.info({ signal }, "stopping the server and the database");
  try {
    await drainAndStop({ server, database: db });
  } catch (error) {
    logger.error({ event: "STOP_FAILED", ...describeError(error) }, "while stopping");
  }
  process.exit(0);
}

async function startupHints(url: string, started: number, settings: Config): Promise<void> {
  const where = db!.embedded ? `embedded PostgreSQL, data in ${settings.CASUSOVERLEG_DATA_DIR}` : "PostgreSQL at DATABASE_URL";
  logger.info({ event: "READY", url, ms: Date.now() - started }, `Casusoverleg GraphQL API ready at ${url} (${where})`);
  if (db!.embedded) logger.info(`Database (psql, migration:generate): ${(db!.ds.options as { url?: string }).url}`);
  if (!(await db!.ds.getRepository(Organisation).exists())) {
    logger.warn("The database has no partner organisations yet, so no one can sign in: load the demo data with npm start -- --demo.");
  }
  if (devIssuerEnabled(settings)) {
    logger.info(`Development sign-in (key ${devIssuerKeyPath(settings)}): TOKEN=$(npm run -s token -- --org politie-rotterdam --role CHAIN_PARTNER)`);
    logger.info(`Then: curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ me { organisation { name } roles } }"}'`);
    logger.info("Demo personas: docs/demo-data.md (load the demo data with npm start -- --demo). Stop with Ctrl-C.");
  }
}

/** npm start: database (embedded or DATABASE_URL) → migrations → (demo data) → schema → server. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: "boolean", default: false },
      "no-serve": { type: "boolean", default: false },
      port: { type: "string" },
    },
  });
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  const started = Date.now();
  // Checked before anything starts; --port is checked as PORT is.
  const settings = config(values.port === undefined ? {} : { PORT: values.port });
  // The registry first: a broken registry file should fail before a database is started.
  const registry = await trustedIssuers(settings);
  db = await connectDatabase();
  if (stopping) return db.close();
  if (values.demo) await seedDemo(db.ds, (line) => logger.info(line));
  if (values["no-serve"]) return db.close();
  server = await startServer({ ds: db.ds, registry, port: settings.PORT, host: settings.HOST });
  await startupHints(server.url, started, settings);
}

main().catch(async (error: unknown) => {
  // A start-up message names a port, a path, a role or a setting, never personal data: plain lines on stderr
  // for the operator at the console (a bad configuration: one line per variable); the server log notes the event.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  logger.fatal({ event: "START_FAILED", errorClass: error instanceof Error ? error.constructor.name : typeof error }, "start-up failed; the reason is on stderr");
  await db?.close().catch(() => undefined);
  process.exit(error instanceof ConfigError ? ConfigError.EXIT_CODE : 1);
});
