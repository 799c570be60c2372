import { parseArgs } from "node:util";
import { devIssuerKeyPath } from "../src/config";
import { ViewerRole } from "../src/domain/enums";
import { DevIssuer } from "../src/identity/dev-issuer";

const USAGE = `Usage: npm run -s token -- --org <organisation code> --role <ROLE> [--role <ROLE> …] [--sub <user>] [--name <name>] [--ttl <seconds>]
Roles (repeat --role or separate with commas): ${Object.values(ViewerRole).join(", ")}
Example: curl -H "authorization: Bearer $(npm run -s token -- --org politie-rotterdam --role CHAIN_PARTNER)" …
Demo personas: docs/demo-data.md`;

/** Exits with the message and the usage on stderr, so `$(npm run -s token …)` never captures an error as a token. */
function refuse(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        org: { type: "string" },
        role: { type: "string", multiple: true, default: [] },
        sub: { type: "string" },
        name: { type: "string" },
        ttl: { type: "string", default: String(8 * 3600) },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Signs a token with the local development issuer (key in <data dir>/dev-issuer/key.json, created on
 * first use). The server trusts this issuer only on the embedded development database.
 */
async function main(): Promise<void> {
  const args = parse();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!args.org) refuse("Missing --org: the code of the organisation to sign in for (for example politie-rotterdam).");
  const known = new Set<string>(Object.values(ViewerRole));
  const roles = args.role.flatMap((r) => r.split(",")).map((r) => r.trim()).filter(Boolean);
  if (roles.length === 0) refuse("Missing --role: give at least one role.");
  const unknown = roles.filter((r) => !known.has(r));
  if (unknown.length) refuse(`Unknown role${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`);
  const ttl = Number(args.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) refuse(`--ttl must be a positive number of seconds, not ${JSON.stringify(args.ttl)}.`);
  const issuer = await DevIssuer.loadOrCreate(devIssuerKeyPath());
  const token = await issuer.sign({ sub: args.sub ?? `dev-${args.org}`, org: args.org, roles, name: args.name }, ttl);
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
