import type { RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { buildBareSchema } from "../schema";
import { permissionMatrixOf } from "../permissions/matrix/build";
import { renderPermissionsHtml } from "../permissions/matrix/render-html";

/** Only the inline stylesheet: the page loads nothing from anywhere, runs no script and cannot be framed. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let page: string | undefined;
let schema: GraphQLSchema | undefined;

/**
 * GET /privacy/permissions: the permission matrix for privacy officers, server-rendered from the code.
 *
 * It needs no token, deliberately. It describes rules, not people: it holds no personal data and no case
 * data, and the same text is committed as docs/permissions.md. Every API call needs a bearer token from
 * the partner's own identity provider, which a browser opening a link cannot send (this API has no login
 * flow), so requiring one would lock out exactly the privacy officer the page is for. Serve the API on the
 * internal network only, as for every other endpoint. What is sensitive, the access log itself, stays
 * behind a token and the privacy-officer rule (Query.auditLog).
 */
export const permissionsPage: RequestHandler = (_req, res) => {
  schema ??= buildBareSchema();
  page ??= renderPermissionsHtml(permissionMatrixOf(schema));
  res.set({
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  });
  res.send(page);
};
