import { timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import { bearerToken } from "../context";
import { ErrorCode } from "../errors/codes";
import { sendEdgeError } from "../http/edge-errors";
import type { Metrics } from "./metrics";

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`: the figures hold no
 * personal data, but they show who is busy when (operation names, refusals), which is for operators.
 * Without a configured token the endpoint does not exist (404), so nothing is open by default.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!token) return sendEdgeError(req, res, [404, ErrorCode.ROUTE_NOT_FOUND, "There is nothing at this address: the API is POST /graphql."]);
    if (!sameSecret(bearerToken(req.headers.authorization), token)) {
      const challenge = { "www-authenticate": 'Bearer realm="metrics"' };
      return sendEdgeError(req, res, [401, ErrorCode.UNAUTHENTICATED, "Send 'Authorization: Bearer <METRICS_TOKEN>'."], challenge);
    }
    res.setHeader("content-type", metrics.registry.contentType);
    res.setHeader("cache-control", "no-store");
    res.send(await metrics.registry.metrics());
  };
}
