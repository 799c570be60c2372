import { join } from "node:path";
import { DATA_DIR, PROJECT_ROOT } from "./paths";
import { DevIssuer, loadRegistry, validateRegistry, type TrustedIssuer } from "./identity";

export const TRUST_REGISTRY_PATH = process.env.TRUST_REGISTRY ?? join(PROJECT_ROOT, "config", "trust-registry.json");
export const DEV_ISSUER_KEY_PATH = join(DATA_DIR, "dev-issuer", "key.json");

/**
 * The committed trust registry, plus the local development issuer when the embedded development
 * database is in use (or CASUSOVERLEG_DEV_ISSUER=1). In production (DATABASE_URL set) the dev issuer
 * is never trusted unless explicitly asked for.
 */
export async function trustedIssuers(): Promise<TrustedIssuer[]> {
  const registry = loadRegistry(TRUST_REGISTRY_PATH);
  if (!devIssuerEnabled()) return registry;
  const dev = (await DevIssuer.loadOrCreate(DEV_ISSUER_KEY_PATH)).registryEntry();
  return validateRegistry([...registry, dev], { allowWildcard: [dev.issuer] });
}

/** The dev issuer is on for the embedded database, off with DATABASE_URL; CASUSOVERLEG_DEV_ISSUER=1 or 0 overrides. */
export function devIssuerEnabled(): boolean {
  return process.env.CASUSOVERLEG_DEV_ISSUER ? process.env.CASUSOVERLEG_DEV_ISSUER === "1" : !process.env.DATABASE_URL;
}
