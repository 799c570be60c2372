import type { ErrorRequestHandler, Request, Response } from "express";
import { ErrorCode } from "../errors/codes";
import { describeError } from "../logging/error-summary";
import { logger } from "../logging/logger";
import type { RecordEdgeRefusal } from "./edge-refusals";
import { requestIdOf } from "./request-id";

type EdgeAnswer = [status: number, code: ErrorCode, message: string];

/** body-parser's error types (its `type` field), each with the answer a client can act on. */
const BODY_ERRORS: Record<string, EdgeAnswer> = {
  "entity.parse.failed": [400, ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON."],
  "entity.verify.failed": [400, ErrorCode.MALFORMED_REQUEST, "The request body could not be read."],
  "request.aborted": [400, ErrorCode.MALFORMED_REQUEST, "The request body broke off before its end."],
  "request.size.invalid": [400, ErrorCode.MALFORMED_REQUEST, "The request body does not match its Content-Length."],
  "entity.too.large": [413, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than the server accepts."],
  "charset.unsupported": [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request body in UTF-8."],
  "encoding.unsupported": [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The Content-Encoding is not supported: send identity, gzip, deflate or br."],
};

const MEDIA_TYPES = ["application/json", "application/graphql-response+json"];

/**
 * Writes a GraphQL-over-HTTP error answer for a request that never reached GraphQL: one error with a
 * stable code and the request id, in the media type the client accepts, never cached.
 */
export function sendEdgeError(req: Request, res: Response, [status, code, message]: EdgeAnswer, headers: Record<string, string> = {}): void {
  const mediaType = req.accepts(MEDIA_TYPES) || MEDIA_TYPES[0];
  res.status(status).set({ ...headers, "content-type": `${mediaType}; charset=utf-8`, "cache-control": "no-store" });
  res.send(JSON.stringify({ errors: [{ message, extensions: { code, requestId: requestIdOf(res) } }] }));
}

function answerFor(error: unknown): EdgeAnswer | null {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (typeof type === "string" && BODY_ERRORS[type]) return BODY_ERRORS[type];
  if (typeof status === "number" && status >= 400 && status < 500) return [status, ErrorCode.MALFORMED_REQUEST, "The request could not be read."];
  return null;
}

/**
 * Last middleware: whatever an express layer throws (body-parser, a bug) becomes a coded JSON error.
 * Never the error's message or the body: a malformed body is whatever the client sent, care text included.
 */
export function edgeErrorHandler(refused: RecordEdgeRefusal = () => undefined): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const answer = answerFor(error);
    if (answer) {
      // Counted, and logged throttled (http/edge-refusals.ts): a flood of broken bodies is one line a second.
      refused("BAD_BODY", answer[0]);
      return sendEdgeError(req, res, answer);
    }
    logger.error({ event: "UNEXPECTED_ERROR", ...describeError(error) }, "unexpected error at the edge");
    sendEdgeError(req, res, [500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error."]);
  };
}
