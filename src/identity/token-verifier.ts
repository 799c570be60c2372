import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import { hasUnsafeCharacters } from "../domain/plain-text";
import { UnauthenticatedError } from "../errors";
import type { TrustedIssuer } from "./trust-registry";

export interface VerifiedToken {
  issuer: string;
  subject: string;
  /** Organisation code, taken from the registry entry (a claim may only choose among the entry's organisations). */
  organisationCode: string;
  roles: string[];
  name: string | null;
  /** The person this user acts for, when the token says so (`act.sub`, RFC 8693). */
  onBehalfOf: string | null;
}

type KeySet = ReturnType<typeof createLocalJWKSet>;

function stringClaim(payload: JWTPayload, name: string): string | null {
  const value = payload[name];
  return typeof value === "string" && value.length > 0 ? value : null;
}

function rolesClaim(payload: JWTPayload): string[] {
  const value = payload.roles;
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === "string");
  return typeof value === "string" ? value.split(" ") : [];
}

/** The unverified header and payload: only used to pick the issuer's keys and to word refusals. */
function peek(token: string): { iss: string | null; alg: string | null } {
  try {
    const { iss } = decodeJwt(token);
    const { alg } = decodeProtectedHeader(token);
    return { iss: typeof iss === "string" ? iss : null, alg: typeof alg === "string" ? alg : null };
  } catch {
    throw new UnauthenticatedError("The bearer token is not a well-formed JWT (expected header.payload.signature in base64url).");
  }
}

/** How long and how many verified tokens are remembered (see TokenVerifier). */
export interface VerifiedTokenCacheOptions {
  /** At most this long after the check, and never past the token's `exp` (default 60 s). */
  ttlMs?: number;
  /** Entries kept; the oldest check goes first (default 5,000). */
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Remembered {
  token: VerifiedToken;
  until: number;
}

/**
 * Verifies bearer tokens against the trust registry with `jose`.
 *
 * A client sends the same token with every request until it expires, and checking its signature is the
 * costliest step of signing in. So a token that passed every check is remembered, by its exact text, until
 * the earlier of its `exp` and `ttlMs` after the check; a refused token is never remembered and is checked
 * in full every time. A remembered token therefore never outlives its expiry, and a key the registry
 * drops stops opening the API within `ttlMs`.
 */
export class TokenVerifier {
  private readonly keySets = new Map<string, KeySet>();
  private readonly byIssuer: Map<string, TrustedIssuer>;
  private readonly verified = new Map<string, Remembered>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(registry: TrustedIssuer[], cache: VerifiedTokenCacheOptions = {}) {
    this.byIssuer = new Map(registry.map((entry) => [entry.issuer, entry]));
    this.ttlMs = cache.ttlMs ?? 60_000;
    this.maxEntries = cache.maxEntries ?? 5_000;
    this.now = cache.now ?? Date.now;
  }

  async verify(token: string): Promise<VerifiedToken> {
    const now = this.now();
    const remembered = this.verified.get(token);
    if (remembered) {
      if (now < remembered.until) return remembered.token;
      this.verified.delete(token);
    }
    const { verified, exp } = await this.verifyFully(token);
    if (this.ttlMs > 0) {
      if (this.verified.size >= this.maxEntries) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { token: verified, until: Math.min(exp * 1000, now + this.ttlMs) });
    }
    return verified;
  }

  private keySet(entry: TrustedIssuer): KeySet {
    let keys = this.keySets.get(entry.issuer);
    if (!keys) {
      keys = entry.jwks ? createLocalJWKSet(entry.jwks) : (createRemoteJWKSet(new URL(entry.jwksUri!)) as KeySet);
      this.keySets.set(entry.issuer, keys);
    }
    return keys;
  }

  private async verifyFully(token: string): Promise<{ verified: VerifiedToken; exp: number }> {
    const unverified = peek(token);
    // The unverified `iss` only chooses which keys to verify with; everything below is checked.
    const entry = unverified.iss ? this.byIssuer.get(unverified.iss) : undefined;
    if (!entry) throw new UnauthenticatedError(`The token's issuer ${JSON.stringify(unverified.iss)} is not in the trust registry.`);
    // jose refuses these too; checking first keeps the message exact and never lets `none` near a key.
    if (!unverified.alg || !entry.algorithms.includes(unverified.alg)) {
      throw new UnauthenticatedError(
        `The token's signing algorithm ${JSON.stringify(unverified.alg)} is not allowed for issuer ${entry.issuer} (allowed: ${entry.algorithms.join(", ")}).`,
      );
    }
    const payload = await this.verifySignature(token, entry);
    const verified: VerifiedToken = {
      issuer: entry.issuer,
      subject: payload.sub!,
      organisationCode: this.organisationOf(payload, entry),
      roles: rolesClaim(payload),
      name: stringClaim(payload, "name"),
      onBehalfOf: typeof payload.act === "object" && payload.act ? (stringClaim(payload.act as JWTPayload, "sub") ?? null) : null,
    };
    assertPlainClaims(verified);
    // Remembered and shared by later requests with the same token: nobody may change it.
    return { verified: Object.freeze({ ...verified, roles: Object.freeze([...verified.roles]) as string[] }), exp: payload.exp! };
  }

  private async verifySignature(token: string, entry: TrustedIssuer): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.keySet(entry), {
        issuer: entry.issuer,
        audience: entry.audience,
        algorithms: entry.algorithms,
        requiredClaims: ["exp", "sub"],
      });
      return payload;
    } catch (error) {
      throw new UnauthenticatedError(describeJoseError(error, entry));
    }
  }

  private organisationOf(payload: JWTPayload, entry: TrustedIssuer): string {
    const claimed = stringClaim(payload, "org");
    const wildcard = entry.organisations.includes("*");
    if (claimed && (wildcard || entry.organisations.includes(claimed))) return claimed;
    if (claimed) throw new UnauthenticatedError(`Issuer ${entry.issuer} may not speak for organisation ${claimed}.`);
    if (entry.organisations.length === 1 && !wildcard) return entry.organisations[0];
    throw new UnauthenticatedError(`Issuer ${entry.issuer} speaks for several organisations; the token must name one in its 'org' claim.`);
  }
}

/** A refusal a client can act on, without echoing anything secret (keys, the token itself). */
function describeJoseError(error: unknown, entry: TrustedIssuer): string {
  if (error instanceof errors.JWTExpired) return "The token has expired; sign in again.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return `The token is not meant for this API: its audience (aud) must be ${JSON.stringify(entry.audience)}.`;
    if (error.claim === "nbf") return "The token is not valid yet (nbf lies in the future).";
    if (error.reason === "missing") return `The token lacks the required '${error.claim}' claim.`;
    return `The token's '${error.claim}' claim is not accepted (${error.reason}).`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `The token's signing algorithm is not allowed for issuer ${entry.issuer}.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return `The token's signature does not match any key of issuer ${entry.issuer}.`;
  if (error instanceof errors.JWKSNoMatchingKey) return `No key of issuer ${entry.issuer} matches the token's key id (kid).`;
  if (error instanceof errors.JWKSTimeout || (error instanceof errors.JOSEError && error.code === "ERR_JWKS_INVALID")) {
    return `The keys of issuer ${entry.issuer} could not be fetched; try again later.`;
  }
  if (error instanceof errors.JOSEError) return `The token was refused (${error.code}).`;
  return "The token could not be verified.";
}

/** Longest claim value accepted: identifiers and names, never documents. */
const MAX_CLAIM_LENGTH = 256;

/**
 * The claims that become the viewer, and with it every access-log line of the request, must be plain
 * text: a control character or a very long value in `sub` would otherwise travel into every line the
 * request writes. Refused as a bad token (401) rather than altered, so nobody is logged under a name
 * they were not given.
 */
function assertPlainClaims(verified: VerifiedToken): void {
  const claims: Array<[string, string | null | undefined]> = [
    ["sub", verified.subject], ["name", verified.name], ["act.sub", verified.onBehalfOf], ...verified.roles.map((role): [string, string] => ["roles", role]),
  ];
  for (const [claim, value] of claims) {
    if (typeof value === "string" && (value.length > MAX_CLAIM_LENGTH || hasUnsafeCharacters(value))) {
      throw new UnauthenticatedError(`The token's '${claim}' claim is not accepted (control characters, or longer than ${MAX_CLAIM_LENGTH} characters).`);
    }
  }
}
