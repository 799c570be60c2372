import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "./paths";
import { DevIssuer, loadRegistry, validateRegistry, type TrustedIssuer } from "./identity";
import { databaseUrlProblem, SQL_ROLE_NAME } from "./config-values";

/**
 * Every environment variable the server reads, in one schema, checked before anything starts: a bad value
 * stops start-up with one line per problem naming the variable and what it expects (main.ts), instead of
 * failing later somewhere deep (`DATABASE_URL=notaurl` used to end in `getaddrinfo ENOTFOUND base`).
 * An empty value counts as unset, as most process managers write an unset variable that way.
 *
 * Adding a variable: put it in the section it belongs to (or a new section spread into `configSchema`),
 * with a default, and read it through `config()` — never from process.env directly.
 */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);

/** Digits only: Number() would read " " as 0 and "0x50" as 80. */
const port = (from: number) => {
  const expected = `expected a port number ${from}–65535`;
  return z.string().regex(/^\d{1,5}$/, expected).transform(Number).pipe(z.number().min(from, expected).max(65535, expected));
};

const flag = z.enum(["0", "1"], { error: "expected 1 (on) or 0 (off)" });

const serverSection = {
  NODE_ENV: unsetWhenEmpty(z.enum(["development", "production", "test"], { error: "expected development, production or test" }).default("development")),
  PORT: unsetWhenEmpty(port(0).default(4000)),
  HOST: unsetWhenEmpty(z.string().default("127.0.0.1")),
  CASUSOVERLEG_BENCHMARK: unsetWhenEmpty(flag.optional()),
};

const databaseSection = {
  DATABASE_URL: unsetWhenEmpty(
    z.string().superRefine((value, ctx) => {
      const problem = databaseUrlProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }).optional(),
  ),
  DATABASE_API_ROLE: unsetWhenEmpty(
    z.string().regex(SQL_ROLE_NAME, "expected a PostgreSQL role name: lower-case letters, digits and _, starting with a letter or _, at most 63 characters").default("casusoverleg_api"),
  ),
  EMBEDDED_PG_PORT: unsetWhenEmpty(port(1).default(15432)),
  CASUSOVERLEG_DATA_DIR: unsetWhenEmpty(z.string().default(join(PROJECT_ROOT, ".data"))),
};

const identitySection = {
  TRUST_REGISTRY: unsetWhenEmpty(z.string().default(join(PROJECT_ROOT, "config", "trust-registry.json"))),
  CASUSOVERLEG_DEV_ISSUER: unsetWhenEmpty(flag.optional()),
};

const auditSection = {
  AUDIT_RETENTION_YEARS: unsetWhenEmpty(
    z.string().regex(/^\d+(\.\d+)?$/, "expected a positive number of years").transform(Number).pipe(z.number().positive("expected a positive number of years")).default(5),
  ),
};

export const configSchema = z.object({ ...serverSection, ...databaseSection, ...identitySection, ...auditSection });
export type Config = z.infer<typeof configSchema>;

/** Values that must never be echoed in a message (a URL may hold a password). */
const SECRET = new Set(["DATABASE_URL"]);

/** Thrown by loadConfig: `problems` has one line per bad variable; main.ts prints them and exits with EX_CONFIG. */
export class ConfigError extends Error {
  /** sysexits.h EX_CONFIG: lets a supervisor tell "fix the configuration" from a crash (systemd RestartPreventExitStatus). */
  static readonly EXIT_CODE = 78;
  constructor(readonly problems: string[]) {
    super(`The configuration is invalid; fix these environment variables and start again:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function describe(name: string, env: NodeJS.ProcessEnv): string {
  const raw = env[name];
  if (raw === undefined || SECRET.has(name)) return "";
  return ` (got ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)})`;
}

/** Parses and checks the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}: ${issue.message}${describe(name, env)}`;
  });
  throw new ConfigError(problems);
}

/** The current configuration (process.env, parsed on each call: cheap, and tests may change the environment). */
export function config(): Config {
  return loadConfig(process.env);
}

export function devIssuerKeyPath(settings: Config = config()): string {
  return join(settings.CASUSOVERLEG_DATA_DIR, "dev-issuer", "key.json");
}

/**
 * The committed trust registry, plus the local development issuer when the embedded development
 * database is in use (or CASUSOVERLEG_DEV_ISSUER=1). In production (DATABASE_URL set) the dev issuer
 * is never trusted unless explicitly asked for.
 */
export async function trustedIssuers(settings: Config = config()): Promise<TrustedIssuer[]> {
  const registry = loadRegistry(settings.TRUST_REGISTRY);
  if (!devIssuerEnabled(settings)) return registry;
  const dev = (await DevIssuer.loadOrCreate(devIssuerKeyPath(settings))).registryEntry();
  return validateRegistry([...registry, dev], { allowWildcard: [dev.issuer] });
}

/** The dev issuer is on for the embedded database, off with DATABASE_URL; CASUSOVERLEG_DEV_ISSUER=1 or 0 overrides. */
export function devIssuerEnabled(settings: Config = config()): boolean {
  return settings.CASUSOVERLEG_DEV_ISSUER ? settings.CASUSOVERLEG_DEV_ISSUER === "1" : !settings.DATABASE_URL;
}
