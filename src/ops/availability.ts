import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import type { DatabaseGate } from "../db/gate";
import { isDatabaseUnavailable } from "../db/unavailable";
import { ErrorCode } from "../errors";
import { requestIdOf } from "../http/request-id";
import { moreLikeIt, throttle } from "./log-throttle";
import { logger } from "../logging/logger";
import { describeError } from "../logging/error-summary";

/** The body of a 503 sent before GraphQL runs (same shape and code as the one formatError gives). */
export function unavailableBody(retryAfter: number, requestId?: string): { errors: Array<{ message: string; extensions: Record<string, unknown> }> } {
  return { errors: [{ message: "The database is unavailable; try again shortly.", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter, requestId } }] };
}

/**
 * While the database is known to be down and no probe is due, GraphQL requests are answered 503 at the
 * door, before token verification or any pool work: fast, and no request adds a connection attempt.
 */
export function refuseWhileDown(gate: DatabaseGate): RequestHandler {
  return (_req, res, next) => {
    if (!gate.refusesNow()) return next();
    gate.countRefusal();
    const retryAfter = gate.retryAfterSeconds();
    res.status(503).set("retry-after", String(retryAfter)).set("cache-control", "no-store").json(unavailableBody(retryAfter, requestIdOf(res)));
  };
}

/** A response with a SERVICE_UNAVAILABLE error is an HTTP 503 with Retry-After, so clients and balancers back off. */
export function availabilityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const retryAfters = (response.body.singleResult.errors ?? [])
            .filter((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)
            .map((e) => Number(e.extensions?.retryAfter) || 1);
          if (!retryAfters.length) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(Math.max(...retryAfters)));
        },
      };
    },
  };
}

/**
 * The server's error log, rate-limited: a database that cannot answer is one short line (no statement,
 * no parameters) per second with a count, other faults at most one a second per kind.
 */
export function throttledErrorLog(log: (error: unknown) => void, write: (line: string) => void = (line) => logger.error({ event: "ERRORS_THROTTLED" }, line)): (error: unknown) => void {
  const limit = throttle();
  return (error) => {
    if (isDatabaseUnavailable(error)) {
      const { code, message } = error as { code?: string; message?: string };
      limit("database-unavailable", (n) => write(`database unavailable: ${code ?? String(message).split("\n")[0].slice(0, 120)}${moreLikeIt(n)}`));
      return;
    }
    // Keyed by kind, never by message: messages carry values, and a flood of different ones would each pass.
    const { errorClass, code } = describeError(error);
    const kind = `${String(errorClass)}:${String(code ?? "")}`;
    limit(kind, (n) => {
      log(error);
      if (n) write(`(${n} more errors like the one above since its last report)`);
    });
  };
}
