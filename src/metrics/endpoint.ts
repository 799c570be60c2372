import { timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import { bearerToken } from "../context";
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
    if (!token) {
      res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    if (!sameSecret(bearerToken(req.headers.authorization), token)) {
      res.status(401).setHeader("www-authenticate", 'Bearer realm="metrics"');
      res.json({ errors: [{ message: "Send 'Authorization: Bearer <METRICS_TOKEN>'.", extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    res.setHeader("content-type", metrics.registry.contentType);
    res.setHeader("cache-control", "no-store");
    res.send(await metrics.registry.metrics());
  };
}
