import type { IncomingMessage, ServerResponse } from "node:http";
import express, { type RequestHandler } from "express";
import { ErrorCode } from "../errors/codes";
import { sendEdgeError } from "./edge-errors";

/** body-parser hands over the raw bytes before parsing: their count tells an empty body from `{}` (no body at all: never called). */
function countBytes(_req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  (res as unknown as { locals: Record<string, unknown> }).locals.bodyBytes = body.length;
}

/**
 * A GraphQL request is a JSON object (an array is a batch, which GraphQL refuses itself). Any JSON is
 * parsed (not only objects and arrays), so that `null`, `"text"` or `12` are told what is wrong with
 * them instead of being called invalid JSON, and an empty body is told it is empty. A GET carries its
 * request in the address and passes on.
 */
const requireJsonObject: RequestHandler = (req, res, next) => {
  if (req.method !== "POST") return next();
  if (!res.locals.bodyBytes) return sendEdgeError(req, res, [400, ErrorCode.MALFORMED_REQUEST, "The request body is empty: send a JSON object with a query."]);
  if (typeof req.body !== "object" || req.body === null) {
    return sendEdgeError(req, res, [400, ErrorCode.MALFORMED_REQUEST, "The request body must be a JSON object."]);
  }
  next();
};

/** Reads a JSON body of at most `limit` and refuses any that is no JSON object or array. */
export function jsonObjectBody(limit: string): RequestHandler[] {
  return [express.json({ limit, strict: false, verify: countBytes }), requireJsonObject];
}
