import { fork, type ChildProcess } from "node:child_process";
import { startFlags } from "./node-flags";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ServerKind } from "./args";

/** One measured server: a child process of its own, so its CPU time and peak RSS are its own. */
export interface MeasuredServer {
  kind: ServerKind;
  url: string;
  pid: number;
  /** Statements sent to PostgreSQL since the server started (sql-counter.ts). */
  statements(): Promise<number>;
  /** The text (first 160 characters) of the last `count` statements. */
  lastStatements(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

const ENTRIES: Record<ServerKind, { file: string; args: string[] }> = {
  api: { file: "api-server.js", args: [] },
  "api-no-privacy": { file: "api-server.js", args: ["--no-privacy"] },
  postgraphile: { file: "postgraphile-server.js", args: [] },
  floor: { file: "raw-floor.js", args: [] },
};

export interface StartOptions {
  databaseUrl: string;
  benchDir: string;
  profile: boolean;
}

function ask(child: ChildProcess, texts = 0): Promise<{ statements: number; texts: string[] }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not answer the stats request")), 5000);
    const onMessage = (message: { type?: string; statements?: number; texts?: string[] }) => {
      if (message?.type !== "stats") return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve({ statements: message.statements ?? 0, texts: message.texts ?? [] });
    };
    child.on("message", onMessage);
    child.send({ type: "stats", texts });
  });
}

/** Starts a server in production mode with the statement counter preloaded, and waits until it listens. */
export async function startMeasuredServer(kind: ServerKind, options: StartOptions): Promise<MeasuredServer> {
  const entry = ENTRIES[kind];
  const execArgv = [...startFlags(), "-r", join(__dirname, "sql-counter.js")];
  if (options.profile && kind.startsWith("api")) {
    const dir = join(options.benchDir, "profiles");
    mkdirSync(dir, { recursive: true });
    execArgv.push("--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${kind}-${Date.now()}.cpuprofile`);
  }
  const child = fork(join(__dirname, entry.file), entry.args, {
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      CASUSOVERLEG_BENCHMARK: "1",
      // The load comes from a handful of personas at full speed; the rate limits would measure themselves.
      // The query limits stay at their defaults: test/unit/query-limits.test.ts holds every scenario within them.
      RATE_LIMIT_PER_USER: "0",
      RATE_LIMIT_PER_ORGANISATION: "0",
      CASUSOVERLEG_DEV_ISSUER: "1",
      CASUSOVERLEG_DATA_DIR: options.benchDir,
      DATABASE_URL: options.databaseUrl,
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start within 60 s`)), 60_000);
    child.once("exit", (code) => reject(new Error(`${kind} exited with code ${code} before it was ready`)));
    child.on("message", (message: { type?: string; url?: string }) => {
      if (message?.type !== "ready") return;
      clearTimeout(timer);
      resolve(message.url!);
    });
  });
  child.removeAllListeners("exit");
  return {
    kind,
    url,
    pid: child.pid!,
    statements: async () => (await ask(child)).statements,
    lastStatements: async (count) => (count > 0 ? (await ask(child, count)).texts : []),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
