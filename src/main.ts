import "reflect-metadata";
import { parseArgs } from "node:util";
import { trustedIssuers } from "./config";
import { connectDatabase } from "./db/connect";
import { seedDemo } from "./demo/seed";
import { startServer } from "./server";

/** npm start: database (embedded or DATABASE_URL) → migrations → (demo data) → schema → server. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: "boolean", default: false },
      "no-serve": { type: "boolean", default: false },
      port: { type: "string", default: process.env.PORT ?? "4000" },
    },
  });
  const started = Date.now();
  const db = await connectDatabase();
  if (values.demo) await seedDemo(db.ds);
  if (values["no-serve"]) return db.close();
  const server = await startServer({ ds: db.ds, registry: await trustedIssuers(), port: Number(values.port), host: process.env.HOST });
  console.log(`Casusoverleg GraphQL API ready at ${server.url} in ${Date.now() - started} ms (${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  const shutdown = async (): Promise<void> => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
