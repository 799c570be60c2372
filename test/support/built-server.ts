import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";

/** Compiles the server as `npm start` does (tsc -b, incremental: quick when nothing changed). */
export function buildServer(): void {
  const result = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "tsconfig.build.json"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`build failed: ${result.stdout}${result.stderr}`);
}

/**
 * The built server as production installs it: dist/, config/, package.json and the lockfile in a folder of
 * its own, then `npm ci --omit=dev` (dependencies only, from the local npm cache where it can).
 */
export function productionInstall(): string {
  const dir = mkdtempSync(join(tmpdir(), "casusoverleg-production-"));
  for (const entry of ["dist", "config", "package.json", "package-lock.json"]) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  const result = spawnSync("npm", ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error(`npm ci --omit=dev failed: ${result.stdout}${result.stderr}`);
  return dir;
}

export interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  url: string;
  output(): string;
  stop(): Promise<Exited>;
}

/** Only what is given: the server must not depend on the test runner's own environment. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
}

/** Runs `node <script>` in the install until it exits (a start-up that must fail, or a one-shot script). */
export function runToExit(dir: string, script: string, args: string[], env: Record<string, string>): Promise<Exited> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: dir, env: environment(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `node dist/src/main.js` and resolves with its URL once it says it is ready; rejects if it exits first. */
export function startBuiltServer(dir: string, env: Record<string, string>, args: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, ["dist/src/main.js", ...args], { cwd: dir, env: environment(env) });
  let output = "";
  const exited = new Promise<Exited>((resolve) => child.on("exit", (code) => resolve({ code, stdout: output, stderr: "" })));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready) resolve({ url: ready[1], output: () => output, stop: () => (child.kill("SIGTERM"), exited) });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((result) => reject(new Error(`server exited with ${result.code} before it was ready:\n${output}`)));
  });
}
