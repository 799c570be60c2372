import type { RequestHandler } from "express";
import { ErrorCode } from "../errors/codes";
import { sendEdgeError } from "./edge-errors";

/** Every address the server answers and its methods (HEAD goes with GET; OPTIONS is CORS's preflight). */
export const ROUTES: Record<string, string[]> = {
  "/graphql": ["GET", "POST"],
  "/health": ["GET"],
  "/health/live": ["GET"],
  "/health/ready": ["GET"],
  "/metrics": ["GET"],
  "/privacy/permissions": ["GET"],
};

function allowed(path: string): string[] | undefined {
  return ROUTES[path.length > 1 ? path.replace(/\/+$/, "") : path];
}

/** In front of a route: any other method is a coded 405 naming the allowed ones. */
export function onlyMethods(methods: string[]): RequestHandler {
  const accepted = new Set([...methods, ...(methods.includes("GET") ? ["HEAD"] : [])]);
  return (req, res, next) => {
    if (accepted.has(req.method)) return next();
    sendEdgeError(req, res, [405, ErrorCode.METHOD_NOT_ALLOWED, `Use ${methods.join(" or ")} here.`], { allow: methods.join(", ") });
  };
}

/** After all routes: a known address with another method is a 405, anything else a 404; both coded JSON. */
export const unknownRoute: RequestHandler = (req, res) => {
  const methods = allowed(req.path);
  if (methods) return onlyMethods(methods)(req, res, () => undefined);
  sendEdgeError(req, res, [404, ErrorCode.ROUTE_NOT_FOUND, "There is nothing at this address: the API is POST /graphql."]);
};

/** Each `; name=value` parameter of a Content-Type, the value unquoted (RFC 9110 §5.6.6). */
const PARAMETER = /;\s*([^\s;=]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;

function charsetsOf(contentType: string): string[] {
  return [...contentType.matchAll(PARAMETER)]
    .filter(([, name]) => name.toLowerCase() === "charset")
    .map(([, , value]) => (value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, "$1") : value).trim().toLowerCase());
}

/**
 * GraphQL requests by POST carry JSON in UTF-8; any other body type or charset is refused before it is
 * read. body-parser itself would decode any `utf-*` (UTF-16 too), which RFC 8259 and the README do not allow.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== "POST") return next();
  if (!req.is("application/json")) {
    return sendEdgeError(req, res, [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request as Content-Type: application/json."]);
  }
  if (charsetsOf(req.headers["content-type"] ?? "").some((charset) => charset !== "utf-8")) {
    return sendEdgeError(req, res, [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request body in UTF-8."]);
  }
  next();
};
