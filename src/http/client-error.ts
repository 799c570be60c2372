import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors/codes";

/** Node's HTTP parser refuses these before express sees the request; the answer is still coded JSON. */
const PARSER_ANSWERS: Record<string, [number, string, ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", ErrorCode.MALFORMED_REQUEST, "The request headers are too large."],
  HPE_URI_TOO_LONG: [414, "URI Too Long", ErrorCode.MALFORMED_REQUEST, "The request address is too long."],
};
const DEFAULT_ANSWER: [number, string, ErrorCode, string] = [400, "Bad Request", ErrorCode.MALFORMED_REQUEST, "The request is not valid HTTP."];

/** A request the HTTP parser cannot read gets a coded JSON error and the connection is closed, as Node does by default. */
export function answerBrokenHttpAsJson(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const [status, reason, code, message] = PARSER_ANSWERS[error.code ?? ""] ?? DEFAULT_ANSWER;
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
