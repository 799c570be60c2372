/**
 * Which failures mean "the database cannot answer now" rather than "this request is wrong": they become
 * a coded 503 SERVICE_UNAVAILABLE with Retry-After (errors/format-error.ts), never an
 * INTERNAL_SERVER_ERROR, and they are what the connection gate (db/gate.ts) counts as an outage.
 */

/** Thrown by the connection gate without touching the network while the database is known to be down. */
export class DatabaseDownError extends Error {
  readonly code = "DATABASE_DOWN";
  constructor(readonly retryAfterSeconds: number) {
    super("The database is unavailable (waiting before the next connection attempt).");
  }
}

/** SQLSTATEs: shutdown/crash/starting up, connection exceptions, out of resources, and our own timeouts. */
const UNAVAILABLE_SQLSTATE = /^(57P0[1-3]|08...|53...|57014|55P03|25P03)$/;
const UNAVAILABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "DATABASE_DOWN"]);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed|Cannot use a pool after calling end/i;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 5; e = (e as { driverError?: unknown; cause?: unknown; originalError?: unknown }).driverError ?? (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError) {
    chain.push(e);
  }
  return chain;
}

/** True when the error (or what it wraps: TypeORM's driverError, a cause) says the database is unreachable or too slow. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    return typeof message === "string" && UNAVAILABLE_MESSAGE.test(message);
  });
}

/**
 * Connection-level failures, and a server that stopped answering at all (the client-side read timeout:
 * a paused server cannot even enforce its statement_timeout): these close the gate. A statement or lock
 * timeout on a live server does not; that request alone gets its 503.
 */
export function isConnectionFailure(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (/^(57P0[1-3]|08...)$/.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    return typeof message === "string" && /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout/i.test(message);
  });
}

/** Seconds a client should wait: the gate's own estimate when it refused, else one second. */
export function retryAfterOf(error: unknown): number {
  const down = causes(error).find((e): e is DatabaseDownError => e instanceof DatabaseDownError);
  return down ? down.retryAfterSeconds : 1;
}
