import type { NextFunction, Request, Response } from "express";
import { ResponseTooLargeError } from "./errors";
import { requestIdOf } from "../http/request-id";

/** Told of each answer refused for its size (metrics' outcome code). */
export type OnTooLarge = (res: Response) => void;

/**
 * Refuses to send an answer larger than `maxBytes`: the client gets RESPONSE_TOO_LARGE (HTTP 400) and no
 * part of the data. The cost limit keeps most such answers from being built at all; this is the backstop
 * for what the cost can only estimate (long texts, lists longer than assumed). The access-log lines of
 * the request are written before the answer leaves (audit/plugin.ts), so logging never depends on it.
 */
export function responseSizeGuard(maxBytes: number, onTooLarge: OnTooLarge = () => undefined) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== "string" && !Buffer.isBuffer(body)) return send(body);
      // A string is never more bytes than 3 × its UTF-16 length: most answers skip the exact count.
      const bytes = typeof body === "string" ? (body.length * 3 <= maxBytes ? 0 : Buffer.byteLength(body)) : body.length;
      if (bytes <= maxBytes) return send(body);
      onTooLarge(res);
      const error = new ResponseTooLargeError(bytes, maxBytes);
      const { http: _http, ...extensions } = error.extensions;
      res.status(400).type("application/json");
      return send(JSON.stringify({ errors: [{ message: error.message, extensions: { ...extensions, requestId: requestIdOf(res) } }] }));
    };
    next();
  };
}
