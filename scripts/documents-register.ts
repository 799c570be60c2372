import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { connectDatabase } from "../src/db/connect";
import { registerDocuments } from "../src/limits/register-documents";
import { buildBareSchema } from "../src/schema";

const USAGE = `Usage: npm run documents:register -- --org <organisation code> --app <app name> <file.graphql> …
Registers each file's exact text as a trusted document of the organisation's app (DATABASE_URL, or the
embedded development database) and prints its SHA-256, which the app sends as documentId or
extensions.persistedQuery.sha256Hash. With TRUSTED_DOCUMENTS_ONLY=1 only registered documents run.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { org: { type: "string" }, app: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  if (values.help || !values.org || !values.app || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const documents = positionals.map((file) => ({ name: file, text: readFileSync(file, "utf8") }));
  const db = await connectDatabase(undefined, { asOwner: true });
  try {
    for (const { name, hash } of await registerDocuments(db.ds, buildBareSchema(), values.org, values.app, documents)) console.log(`${hash}  ${name}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
