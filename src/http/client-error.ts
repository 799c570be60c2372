import { randomUUID } from "node:crypto";
import type { Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors/codes";
import type { EdgeRefusalReason, RecordEdgeRefusal } from "./edge-refusals";
import { securityHeaderValues } from "./security-headers";

type ParserAnswer = [status: number, reason: string, code: ErrorCode, message: string, refusal: EdgeRefusalReason];

const HEADERS_TOO_LARGE: ParserAnswer = [431, "Request Header Fields Too Large", ErrorCode.MALFORMED_REQUEST, "The request headers are too large.", "HEADERS_TOO_LARGE"];
const URI_TOO_LONG: ParserAnswer = [414, "URI Too Long", ErrorCode.MALFORMED_REQUEST, "The request address is too long.", "URI_TOO_LONG"];
// headersTimeout or requestTimeout (http/connection-guard.ts): the client sent too slowly.
const TOO_SLOW: ParserAnswer = [408, "Request Timeout", ErrorCode.TIMEOUT, "The request did not arrive in time.", "REQUEST_TIMEOUT"];
const NOT_HTTP: ParserAnswer = [400, "Bad Request", ErrorCode.MALFORMED_REQUEST, "The request is not valid HTTP.", "MALFORMED_HTTP"];

/** Longest request line taken for "headers too large" rather than "address too long"; Node counts both against one limit. */
const LONGEST_REQUEST_LINE = 8 * 1024;
const REQUEST_LINE_START = /^[A-Z]+ /;

/**
 * Node's parser reports an address over its header limit as HPE_HEADER_OVERFLOW, like a large header: the
 * bytes it choked on tell them apart. A packet that starts a request line and has no line end within the
 * first 8 KiB is an oversized address (414), anything else oversized headers (431).
 */
function answerFor(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): ParserAnswer {
  if (error.code === "HPE_URI_TOO_LONG") return URI_TOO_LONG;
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return TOO_SLOW;
  if (error.code !== "HPE_HEADER_OVERFLOW") return NOT_HTTP;
  const packet = error.rawPacket?.subarray(0, LONGEST_REQUEST_LINE + 2).toString("latin1") ?? "";
  const lineEnd = packet.indexOf("\r\n");
  const longLine = REQUEST_LINE_START.test(packet) && (lineEnd === -1 || lineEnd > LONGEST_REQUEST_LINE);
  return longLine ? URI_TOO_LONG : HEADERS_TOO_LARGE;
}

/**
 * A request the HTTP parser cannot read, or that did not arrive in time, never reaches express, yet gets
 * what every answer gets: a coded JSON error with a request id (header and body), the security
 * headers and `no-store`; then the connection is closed, as Node does by default. The client's bytes are
 * never echoed. Only when nothing of a response is on the wire yet (as Node's own handler checks): a
 * half-sent answer cannot be followed by another.
 */
export function answerBrokenHttpAsJson(server: Server, refused: RecordEdgeRefusal = () => undefined): void {
  const headers = Object.entries(securityHeaderValues()).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (!socket.writable || error.code === "ECONNRESET" || inFlight?.headersSent) return void socket.destroy();
    const [status, reason, code, message, refusal] = answerFor(error);
    refused(refusal, status);
    // A request express already holds (a stalled body) keeps the id its log lines carry.
    const requestId = (inFlight as (ServerResponse & { locals?: { requestId?: string } }) | null | undefined)?.locals?.requestId ?? randomUUID();
    const body = JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n${headers}x-request-id: ${requestId}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    // Closed once the answer is out, so a request express still holds (a stalled body) ends there too.
    socket.once("finish", () => socket.destroy());
  });
}
