import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/db/connect";

/**
 * The Node.js flags `npm start` runs the server with, read from package.json's start script so the bench
 * measures the server exactly as it is started. They go to every Node server of the bench (our API,
 * PostGraphile and the floor), so the comparison stays like for like.
 */
export function startFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js/.exec(scripts.start);
  if (!match) throw new Error(`package.json's start script does not run node … dist/src/main.js: ${scripts.start}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}
