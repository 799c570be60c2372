import type { Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors/codes";
import type { EdgeRefusalReason, RecordEdgeRefusal } from "./edge-refusals";

type ParserAnswer = [status: number, reason: string, code: ErrorCode, message: string, refusal: EdgeRefusalReason];

/** Node's HTTP parser and deadlines refuse these before express sees the request; the answer is still coded JSON. */
const PARSER_ANSWERS: Record<string, ParserAnswer> = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", ErrorCode.MALFORMED_REQUEST, "The request headers are too large.", "HEADERS_TOO_LARGE"],
  HPE_URI_TOO_LONG: [414, "URI Too Long", ErrorCode.MALFORMED_REQUEST, "The request address is too long.", "URI_TOO_LONG"],
  // headersTimeout or requestTimeout (http/connection-guard.ts): the client sent too slowly.
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", ErrorCode.TIMEOUT, "The request did not arrive in time.", "REQUEST_TIMEOUT"],
};
const DEFAULT_ANSWER: ParserAnswer = [400, "Bad Request", ErrorCode.MALFORMED_REQUEST, "The request is not valid HTTP.", "MALFORMED_HTTP"];

/**
 * A request the HTTP parser cannot read, or that did not arrive in time, gets a coded JSON error and the
 * connection is closed, as Node does by default. Only when nothing of a response is on the wire yet (as
 * Node's own handler checks): a half-sent answer cannot be followed by another.
 */
export function answerBrokenHttpAsJson(server: Server, refused: RecordEdgeRefusal = () => undefined): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (!socket.writable || error.code === "ECONNRESET" || inFlight?.headersSent) return void socket.destroy();
    const [status, reason, code, message, refusal] = PARSER_ANSWERS[error.code ?? ""] ?? DEFAULT_ANSWER;
    refused(refusal, status);
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    // Closed once the answer is out, so a request express still holds (a stalled body) ends there too.
    socket.once("finish", () => socket.destroy());
  });
}
