import type { Server } from "node:http";
import type { Socket } from "node:net";
import { config, type Config } from "../config";
import type { RecordEdgeRefusal } from "./edge-refusals";

export interface ConnectionLimits {
  /** Open connections one client address may hold; more are closed at once. */
  maxPerClient: number;
  /** Time for a request's headers to arrive (Node's headersTimeout). */
  headersMs: number;
  /** Time for a whole request, body included, to arrive (Node's requestTimeout). */
  requestMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveMs: number;
}

export function connectionLimits(settings: Config = config()): ConnectionLimits {
  return {
    maxPerClient: settings.HTTP_MAX_CONNECTIONS_PER_CLIENT,
    headersMs: settings.HTTP_HEADERS_TIMEOUT_MS,
    requestMs: settings.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveMs: settings.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  };
}

/** Node checks request deadlines only this often (its default, 30 s, would let a 10 s deadline run 40 s). */
export function deadlineCheckInterval(limits: ConnectionLimits): number {
  const shortest = Math.min(...[limits.headersMs, limits.requestMs].filter((ms) => ms > 0), 4_000);
  return Math.max(50, Math.floor(shortest / 4));
}

/**
 * Slow clients cannot hold the server: a request must arrive within its deadlines (the answer is a coded
 * 408, http/client-error.ts), and one address holds at most `maxPerClient` connections. Before, ~20,000
 * connections that each sent headers and half a body exhausted the file limit for everyone and were held
 * for five minutes (Node's default request deadline).
 */
export function guardConnections(server: Server, limits: ConnectionLimits, refused: RecordEdgeRefusal): void {
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  server.keepAliveTimeout = limits.keepAliveMs;
  // A keep-alive connection with no request for this long is not a slow request but an idle one.
  server.timeout = 0;
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxPerClient) {
      refused("CONNECTION_LIMIT", 0);
      return void socket.destroy();
    }
    open.set(address, count);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
