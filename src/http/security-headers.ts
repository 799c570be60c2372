import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * helmet's headers on every answer, with a Content-Security-Policy that allows nothing: the API answers
 * JSON, which needs none. The two pages set their own, narrower than helmet's default (privacy/permissions-page.ts,
 * http/explorer.ts). Every answer defaults to `Cache-Control: no-store`: GraphQL answers carry personal data,
 * errors included, and a shared cache must never keep one; the pages override it.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
      strictTransportSecurity: false,
    }),
    (_req, res, next) => {
      res.setHeader("cache-control", "no-store");
      next();
    },
  ];
}
