import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * helmet's headers on every answer, with a Content-Security-Policy that allows nothing: the API answers
 * JSON, which needs none. The two pages set their own, narrower than helmet's default (privacy/permissions-page.ts,
 * http/explorer.ts). Every answer is `Cache-Control: no-store`: GraphQL answers carry personal data, errors
 * included, and a shared cache must never keep one. The only exception is the explorer's content-addressed
 * static files, which hold no data and never change under their address (http/explorer-assets.ts).
 */
const headersOfHelmet = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
  strictTransportSecurity: false,
});

export function securityHeaders(): RequestHandler[] {
  return [
    headersOfHelmet,
    (_req, res, next) => {
      res.setHeader("cache-control", "no-store");
      next();
    },
  ];
}

/**
 * The same headers as name → value, for answers written without express (http/client-error.ts): the
 * HTTP parser's refusals go straight to the socket, and must look like every other answer.
 */
export function securityHeaderValues(): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  headersOfHelmet({} as IncomingMessage, collector as unknown as ServerResponse, () => undefined);
  return { ...headers, "cache-control": "no-store" };
}
