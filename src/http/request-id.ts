import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";

/**
 * A caller's X-Request-Id is kept only when it is a UUID: it is echoed in a header, written into every
 * log line and into the access log (whose request_id column is a uuid, inside the hash chain), so
 * anything else (control characters, a name, a kilobyte of text) is replaced by a fresh id rather than
 * carried along. Kept in lower case, the form PostgreSQL gives back, so the id reads the same everywhere.
 */
const SAFE_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const requestIds = new AsyncLocalStorage<string>();

export function acceptedRequestId(header: unknown): string {
  const candidate = typeof header === "string" ? header.toLowerCase() : "";
  return SAFE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

/** The id of the request being served, for log lines and errors; undefined outside a request (start-up, batches). */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

/** First middleware: picks the id, echoes it, and makes it the request's for everything that follows. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const requestId = acceptedRequestId(req.headers["x-request-id"]);
  res.locals.requestId = requestId;
  res.setHeader("x-request-id", requestId);
  requestIds.run(requestId, next);
};

/**
 * Re-enters the request's id after the body is read: the body stream's callbacks run in the socket's
 * async context, not the request's, so without this the GraphQL layer would not see the id.
 */
export const resumeRequestId: RequestHandler = (_req, res, next) => {
  requestIds.run(requestIdOf(res), next);
};
