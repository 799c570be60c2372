import cors from "cors";
import type { RequestHandler } from "express";
import { ErrorCode } from "../errors/codes";
import { sendEdgeError } from "./edge-errors";
import { unknownRoute } from "./routes";

/**
 * CORS for the partner frontends on the allow-list, and no one else. The headers are what a browser UI
 * sends: the bearer token, JSON, and its own request id, which it may read back. No
 * `Access-Control-Allow-Credentials`: the token travels in a header the page sets itself, never in a
 * cookie, so the browser need not attach (or expose answers to) ambient credentials.
 */
function partnerAnswer(): RequestHandler {
  return cors({
    origin: true,
    methods: ["GET", "POST"],
    allowedHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
    exposedHeaders: ["X-Request-Id"],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * An origin on the list gets the CORS headers (and its preflight a 204). Any other origin gets none, so its
 * browser withholds the answer; its preflight is a coded 403 rather than express's default 200 listing
 * methods. OPTIONS without an Origin is no preflight at all: a 405 (or 404) like any other method.
 */
export function partnerCors(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  const answer = partnerAnswer();
  return (req, res, next) => {
    res.vary("Origin");
    const origin = req.headers.origin;
    if (origin !== undefined && allowed.has(origin)) return answer(req, res, next);
    if (req.method !== "OPTIONS") return next();
    if (origin === undefined) return unknownRoute(req, res, next);
    sendEdgeError(req, res, [403, ErrorCode.CORS_ORIGIN_NOT_ALLOWED, "This origin may not call the API from a browser."]);
  };
}
