import { decodeJwt } from "jose";
import { logger } from "../logging/logger";
import { moreLikeIt, throttle } from "../ops/log-throttle";

/**
 * A refused sign-in (HTTP 401), as the server's security log records it: failed sign-ins belong in the
 * event log that security monitoring reads (BIO 12.4.1), not in the access log, whose lines name a
 * verified professional and the case data they reached. Never the token itself: a refused token may be
 * valid elsewhere, or tomorrow.
 */
export interface RefusedSignIn {
  event: "SIGN_IN_REFUSED";
  at: string;
  /** The reason the client was given (UNAUTHENTICATED's message). */
  reason: string;
  /** What the token says about itself, unverified (it was refused), to tell a misconfigured partner from a probe. */
  claimed: { issuer: string | null; subject: string | null; organisation: string | null } | null;
  remoteAddress: string | null;
}

const CLAIM_LENGTH = 200;

function claim(payload: Record<string, unknown>, name: string): string | null {
  const value = payload[name];
  return typeof value === "string" ? value.slice(0, CLAIM_LENGTH) : null;
}

function claimsOf(token: string | null): RefusedSignIn["claimed"] {
  if (!token) return null;
  try {
    const payload = decodeJwt(token);
    return { issuer: claim(payload, "iss"), subject: claim(payload, "sub"), organisation: claim(payload, "org") };
  } catch {
    return null;
  }
}

/** The refusal of a request that sent this bearer token (null: none, or not a bearer header). */
export function refusedSignIn(token: string | null, reason: string, remoteAddress: string | undefined, at: Date): RefusedSignIn {
  return { event: "SIGN_IN_REFUSED", at: at.toISOString(), reason, claimed: claimsOf(token), remoteAddress: remoteAddress ?? null };
}

/**
 * At most one line per second per remote address: a client sending bad tokens in a loop (200 in 0.6 s)
 * would otherwise write one line each. The line that is written counts the ones left out (`more`).
 */
const perAddress = throttle(1_000, () => Date.now());

/** The default sink: a line of the server log (with the request id) for the log shipper, throttled. */
export function logRefusedSignIn(refusal: RefusedSignIn): void {
  perAddress(refusal.remoteAddress ?? "", (more) => logger.warn({ ...refusal, more }, `sign-in refused${moreLikeIt(more)}`));
}
