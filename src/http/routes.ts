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

/** GraphQL requests by POST carry JSON; any other body type is refused before it is read. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== "POST" || req.is("application/json")) return next();
  sendEdgeError(req, res, [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request as Content-Type: application/json."]);
};
