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

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Keys fetched over plain http could be swapped on the way; only a local test issuer may do without TLS. */
function checkJwksUri(uri: string, where: string): void {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new Error(`${where}: jwksUri is not a URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new Error(`${where}: jwksUri must use https`);
  }
}

/** An inline key set must hold public asymmetric keys only: a shared secret or a private key has no place in the registry. */
function checkInlineKeys(jwks: JSONWebKeySet, where: string): void {
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error(`${where}: jwks must contain at least one key`);
  for (const key of jwks.keys) {
    if (key.kty === "oct") throw new Error(`${where}: jwks must not contain symmetric (oct) keys`);
    if ("d" in key) throw new Error(`${where}: jwks must contain public keys only, not private keys`);
  }
}

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
    if (entry.jwksUri) checkJwksUri(entry.jwksUri, where);
    if (entry.jwks) checkInlineKeys(entry.jwks, where);
    if (!entry.organisations?.length) throw new Error(`${where}: organisations must not be empty`);
    if (entry.organisations.includes("*") && !options.allowWildcard?.includes(entry.issuer)) {
      throw new Error(`${where}: '*' is only allowed for the local development issuer`);
    }
  }
  return entries;
}

/** Reads and validates the registry file; any problem names the file, so a bad deploy fails at start-up, not at sign-in. */
export function loadRegistry(path: string): TrustedIssuer[] {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as { issuers?: TrustedIssuer[] };
    if (!Array.isArray(parsed.issuers)) throw new Error(`expected { "issuers": [ … ] }`);
    return validateRegistry(parsed.issuers);
  } catch (error) {
    throw new Error(`Trust registry ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
