import "reflect-metadata";
import { trustedIssuers } from "../src/config";
import { connectDatabase } from "../src/db/connect";
import { startServer } from "../src/server";
import { announceReady, failed, requireEnv } from "./child";

/**
 * The API as `npm start` runs it (compiled, NODE_ENV=production, DATABASE_URL, the dev issuer trusted),
 * on a free port. `--no-privacy` runs the bare schema without the policy: only for measuring what
 * the privacy layer costs; the server refuses it outside benchmark mode.
 */
async function main(): Promise<void> {
  requireEnv("DATABASE_URL");
  const privacy = !process.argv.includes("--no-privacy");
  const db = await connectDatabase();
  const server = await startServer({ ds: db.ds, registry: await trustedIssuers(), port: 0, privacy });
  announceReady(server.url, async () => {
    await server.stop();
    await db.close();
  });
}

main().catch(failed);
