import { join } from "node:path";
import { z } from "zod";
import { DevIssuer, loadRegistry, validateRegistry, type TrustedIssuer } from "./identity";
import { auditSection, connectionSection, databaseSection, edgeSection, identitySection, operationsSection, serverSection } from "./config-sections";
import { limitsSection } from "./limits/config";

/**
 * Every environment variable the server reads, in one schema, checked before anything starts: a bad value
 * stops start-up with one line per problem naming the variable and what it expects (main.ts), instead of
 * failing later somewhere deep (`DATABASE_URL=notaurl` used to end in `getaddrinfo ENOTFOUND base`).
 * An empty value counts as unset, as most process managers write an unset variable that way.
 *
 * Adding a variable: put it in the section it belongs to (config-sections.ts, or a new section spread into
 * `configSchema`), with a default, and read it through `config()` — never from process.env directly.
 */
export const configSchema = z.object({ ...serverSection, ...databaseSection, ...operationsSection, ...connectionSection, ...identitySection, ...auditSection, ...limitsSection, ...edgeSection });
export type Config = z.infer<typeof configSchema>;

/** Values that must never be echoed in a message (a URL may hold a password). */
const SECRET = new Set(["DATABASE_URL", "METRICS_TOKEN", "AUDIT_CURSOR_KEY"]);

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

/** The current configuration (process.env, parsed on each call: cheap, and tests may change the environment), with `overrides` (a command-line option) checked as the variable would be. */
export function config(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ ...process.env, ...overrides });
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
