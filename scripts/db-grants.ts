import { parseArgs } from "node:util";
import { Client } from "pg";
import { config, ConfigError } from "../src/config";
import { databaseUrlProblem } from "../src/config-values";
import { apiRolePrivileges, apiRoleSetup, quoteIdent } from "../src/db/roles";

const USAGE = `Usage: npm run db:grants [-- --owner <name>] [-- --apply <superuser URL>]
Prints the SQL a DBA runs so that the server can start against an external PostgreSQL whose owner has
no CREATEROLE: the API role (DATABASE_API_ROLE), the owner's membership of it, and the API role's
privileges. The database and owner come from DATABASE_URL (or --owner).
--apply <url>: runs the statements in one transaction, connected as a superuser to the same database.
See docs/operations-postgres.md.`;

function target(ownerOption: string | undefined): { database: string; owner: string; role: string } {
  const settings = config();
  if (!settings.DATABASE_URL) throw new Error(`Set DATABASE_URL to the owner's connection URL (the one the server uses).\n\n${USAGE}`);
  const url = new URL(settings.DATABASE_URL);
  const owner = ownerOption ?? decodeURIComponent(url.username);
  if (!owner) throw new Error(`DATABASE_URL names no user: pass the owner with --owner.\n\n${USAGE}`);
  return { database: decodeURIComponent(url.pathname.slice(1)) || owner, owner, role: settings.DATABASE_API_ROLE };
}

/** The whole script, in the order a DBA runs it. */
export function grantsScript(database: string, owner: string, role: string): string[] {
  return [
    `-- Casusoverleg: database ${database}, owner ${owner}, API role ${role}.`,
    `-- 1. Once per cluster, as a superuser: the API role and the owner's right to switch to it.`,
    ...apiRoleSetup(role, owner).map((sql) => `${sql};`),
    `-- 2. The owner creates the schema: it owns the database (CREATE DATABASE ... OWNER), or at least:`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(owner)};`,
    `GRANT USAGE, CREATE ON SCHEMA public TO ${quoteIdent(owner)};`,
    `-- 3. The API role's privileges (the server grants these itself as the owner on every start).`,
    ...apiRolePrivileges(role, owner).map((sql) => `${sql};`),
  ];
}

async function apply(superuserUrl: string, statements: string[]): Promise<void> {
  const problem = databaseUrlProblem(superuserUrl);
  if (problem) throw new Error(`--apply: the URL ${problem}`);
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const sql of statements.filter((line) => !line.startsWith("--"))) await client.query(sql);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { apply: { type: "string" }, owner: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { database, owner, role } = target(values.owner);
  const script = grantsScript(database, owner, role);
  if (values.apply === undefined) {
    console.log(script.join("\n"));
    return 0;
  }
  await apply(values.apply, script);
  console.log(`Applied: API role ${role} exists, ${owner} may switch to it, privileges granted on ${database}.`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof ConfigError ? ConfigError.EXIT_CODE : 2);
    },
  );
}
