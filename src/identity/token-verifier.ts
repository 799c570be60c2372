import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from "jose";
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

/** Verifies bearer tokens against the trust registry with `jose`. */
export class TokenVerifier {
  private readonly keySets = new Map<string, KeySet>();
  private readonly byIssuer: Map<string, TrustedIssuer>;

  constructor(registry: TrustedIssuer[]) {
    this.byIssuer = new Map(registry.map((entry) => [entry.issuer, entry]));
  }

  private keySet(entry: TrustedIssuer): KeySet {
    let keys = this.keySets.get(entry.issuer);
    if (!keys) {
      keys = entry.jwks ? createLocalJWKSet(entry.jwks) : (createRemoteJWKSet(new URL(entry.jwksUri!)) as KeySet);
      this.keySets.set(entry.issuer, keys);
    }
    return keys;
  }

  async verify(token: string): Promise<VerifiedToken> {
    let unverifiedIssuer: string | undefined;
    try {
      unverifiedIssuer = decodeJwt(token).iss;
    } catch {
      throw new UnauthenticatedError("The bearer token is not a well-formed JWT.");
    }
    // The unverified `iss` only chooses which keys to verify with; everything below is checked.
    const entry = unverifiedIssuer ? this.byIssuer.get(unverifiedIssuer) : undefined;
    if (!entry) throw new UnauthenticatedError(`The token's issuer ${JSON.stringify(unverifiedIssuer ?? null)} is not in the trust registry.`);
    const payload = await this.verifySignature(token, entry);
    if (!payload.sub) throw new UnauthenticatedError("The token has no subject (sub).");
    return {
      issuer: entry.issuer,
      subject: payload.sub,
      organisationCode: this.organisationOf(payload, entry),
      roles: rolesClaim(payload),
      name: stringClaim(payload, "name"),
      onBehalfOf: typeof payload.act === "object" && payload.act ? (stringClaim(payload.act as JWTPayload, "sub") ?? null) : null,
    };
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
      throw new UnauthenticatedError(describeJoseError(error));
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

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The token has expired.";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted (${error.reason}).`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token's signing algorithm is not allowed for its issuer.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is not valid.";
  if (error instanceof errors.JWKSNoMatchingKey) return "No key of the issuer matches the token.";
  if (error instanceof errors.JOSEError) return `The token was refused (${error.code}).`;
  return "The token could not be verified.";
}
