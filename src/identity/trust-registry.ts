import { readFileSync } from "node:fs";
import type { JSONWebKeySet } from "jose";

/** One identity provider we trust, and the organisations it may speak for. */
export interface TrustedIssuer {
  /** Exact `iss` claim value. */
  issuer: string;
  /** Required `aud` claim value. */
  audience: string;
  /** Allowed JWS algorithms; `none` and HMAC are refused when the registry is loaded. */
  algorithms: string[];
  /** Where the issuer publishes its keys, or… */
  jwksUri?: string;
  /** …the keys themselves, inline. */
  jwks?: JSONWebKeySet;
  /** Organisation codes this issuer may sign in people for. `*` is only accepted for the local development issuer. */
  organisations: string[];
  description?: string;
}

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$/;

/** Checks a registry so that a typo cannot open the door: unknown algorithms, no keys, or an empty scope are refused. */
export function validateRegistry(entries: TrustedIssuer[], options: { allowWildcard?: string[] } = {}): TrustedIssuer[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `trust registry entry ${entry.issuer ?? "(no issuer)"}`;
    if (!entry.issuer || !entry.audience) throw new Error(`${where}: issuer and audience are required`);
    if (seen.has(entry.issuer)) throw new Error(`${where}: listed twice`);
    seen.add(entry.issuer);
    if (!entry.algorithms?.length || entry.algorithms.some((alg) => !ASYMMETRIC.test(alg))) {
      throw new Error(`${where}: algorithms must be asymmetric JWS algorithms (RS*, PS*, ES*, EdDSA)`);
    }
    if (!entry.jwksUri === !entry.jwks) throw new Error(`${where}: give exactly one of jwksUri or jwks`);
    if (!entry.organisations?.length) throw new Error(`${where}: organisations must not be empty`);
    if (entry.organisations.includes("*") && !options.allowWildcard?.includes(entry.issuer)) {
      throw new Error(`${where}: '*' is only allowed for the local development issuer`);
    }
  }
  return entries;
}

export function loadRegistry(path: string): TrustedIssuer[] {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { issuers: TrustedIssuer[] };
  return validateRegistry(parsed.issuers);
}
