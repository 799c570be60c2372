import { spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../src/db/embedded";
import { PROJECT_ROOT } from "../src/db/connect";
import { startFlags } from "./node-flags";

/**
 * `npm start` without its build step on the bench data directory as it is: the embedded PostgreSQL
 * starts on the existing data, migrations are checked, the schema is built, the server listens. Timed
 * from spawning the process to the first answer of a signed-in GraphQL query.
 */
export async function coldStartMs(benchDir: string, authorization: string): Promise<number> {
  const [pgPort, port] = [await freePort(), await freePort()];
  const started = Date.now();
  const child = spawn(process.execPath, [...startFlags(), join(PROJECT_ROOT, "dist", "src", "main.js")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", CASUSOVERLEG_DATA_DIR: benchDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port), DATABASE_URL: "" },
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  try {
    while (!exited && Date.now() - started < 60_000) {
      const answered = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ me { userId } }" }),
      })
        .then(async (res) => res.ok && Boolean(((await res.json()) as { data?: unknown }).data))
        .catch(() => false);
      if (answered) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(exited ? "npm start's server exited before it answered" : "npm start's server did not answer within 60 s");
  } finally {
    if (!exited) {
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await done;
    }
  }
}
