import { createHash } from "node:crypto";
import { Router, type Request } from "express";
import { ruruHTML } from "ruru/server";
import { bundleVersion, explorerAssets } from "./explorer-assets";

function inlineScriptHashes(html: string): string[] {
  const scripts = html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g);
  return [...scripts].filter(([, body]) => body.trim()).map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
}

/**
 * Only this origin: scripts are the bundle's and the page's own inline ones (by hash), the editor's
 * workers come from the bundle, queries go to this API. `unsafe-inline` styles because the editor sets
 * element styles; it cannot be framed.
 */
function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${inlineScriptHashes(html).join(" ")}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A browser opening /graphql asks for HTML first; GraphQL clients ask for JSON. */
function wantsPage(req: Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html" && req.query.query === undefined;
}

/**
 * GET /graphql in a browser: the explorer page (`no-store`, like every dynamic answer); Ruru's bundle
 * (GraphiQL) under /graphql/explorer/<version>/, served by this server itself: no CDN, nothing loaded
 * from anywhere else. Everything else passes on.
 */
export function explorerRoutes(): Router {
  const staticPath = `/graphql/explorer/${bundleVersion()}/`;
  const html = ruruHTML({ endpoint: "/graphql", staticPath });
  const csp = contentSecurityPolicy(html);
  const router = Router();
  router.get("/graphql", (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.set({ "content-type": "text/html; charset=utf-8", "content-security-policy": csp, "cache-control": "no-store", vary: "Accept" });
    res.send(html);
  });
  router.get(`${staticPath}:file`, explorerAssets());
  return router;
}
