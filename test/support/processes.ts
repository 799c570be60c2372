import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** The parent pid in /proc/<pid>/stat, read after the last ")" since the command name may hold spaces or parentheses. */
function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

/** The direct children of `pid`: from /proc where there is one (a slim container may lack pgrep), else from pgrep. */
export function childPids(pid: number): number[] {
  if (existsSync("/proc/self/stat")) {
    return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && parentOf(entry) === pid).map(Number);
  }
  const out = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).trim();
  return out ? out.split("\n").map(Number) : [];
}

/**
 * Pauses or resumes a PostgreSQL server as a frozen machine would: the postmaster and every process it
 * forked. Signalling its process group is not enough: each PostgreSQL child calls setsid() and leads a
 * group of its own, so the backends behind pooled connections would go on answering. The postmaster is
 * paused first (it forks nothing more) and resumed last.
 */
export function signalServer(postmasterPid: number, signal: "SIGSTOP" | "SIGCONT"): void {
  if (signal === "SIGSTOP") process.kill(postmasterPid, signal);
  for (const child of childPids(postmasterPid)) process.kill(child, signal);
  if (signal === "SIGCONT") process.kill(postmasterPid, signal);
}
