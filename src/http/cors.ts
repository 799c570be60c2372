import cors from "cors";
import type { RequestHandler } from "express";

/**
 * CORS for the partner frontends on the allow-list, and no one else: a browser page from any other origin
 * gets no CORS headers, so its browser withholds the answer (and a preflight for it fails). The headers
 * are what a browser UI sends: the bearer token, JSON, and its own request id, which it may read back.
 */
export function partnerCors(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (requestOrigin, callback) => callback(null, requestOrigin !== undefined && allowed.has(requestOrigin)),
    methods: ["GET", "POST"],
    allowedHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
    exposedHeaders: ["X-Request-Id"],
    credentials: true,
    maxAge: 600,
  });
}
