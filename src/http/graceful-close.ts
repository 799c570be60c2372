import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

interface Connection {
  inFlight: Set<ServerResponse>;
  /** socket.bytesRead when its last answer was done: more since then is a request arriving. */
  readWhenIdle: number;
  served: number;
}

/** A connection opened just before the stop may still be sending its first request: it gets this long. */
const FIRST_REQUEST_GRACE_MS = 1_000;
const POLL_MS = 25;

/**
 * Stops an HTTP server without dropping an answer. The listening socket closes at once; every request
 * already on a connection, or arriving on one, is answered with `Connection: close`; a connection with
 * nothing in flight is closed only when nothing of a new request has come in on it. The promise settles
 * when every connection is closed (its answers handed to the kernel), or at the deadline, when what is
 * left is destroyed. Apollo's drain closed connections that had a request arriving on them, and Node's
 * own close() destroys a fresh connection whose request has not come in yet.
 */
export class GracefulClose {
  private readonly connections = new Map<Socket, Connection>();
  private draining = false;

  constructor(private readonly server: Server) {
    server.on("connection", (socket: Socket) => {
      this.connections.set(socket, { inFlight: new Set(), readWhenIdle: 0, served: 0 });
      socket.once("close", () => this.connections.delete(socket));
    });
    server.on("request", (req: IncomingMessage, res: ServerResponse) => this.track(req.socket as Socket, res));
  }

  private track(socket: Socket, res: ServerResponse): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    connection.inFlight.add(res);
    if (this.draining) res.setHeader("connection", "close");
    res.once("close", () => {
      connection.inFlight.delete(res);
      connection.served += 1;
      connection.readWhenIdle = socket.bytesRead;
    });
  }

  private idle(socket: Socket, connection: Connection, sinceDrain: number): boolean {
    if (connection.inFlight.size || socket.bytesRead > connection.readWhenIdle) return false;
    return connection.served > 0 || sinceDrain >= FIRST_REQUEST_GRACE_MS;
  }

  /** Ends an idle connection; closed once our end is sent, as the client owes nothing more on it. */
  private hangUp(socket: Socket): void {
    if (socket.writableEnded) return;
    socket.once("finish", () => socket.destroy());
    socket.end();
  }

  /** Resolves true when every connection closed in time, false when some had to be destroyed at the deadline. */
  async close(deadlineMs: number): Promise<boolean> {
    // Connections the kernel has accepted but Node not yet: let them in, they are requests already sent.
    await new Promise((resolve) => setImmediate(resolve));
    this.draining = true;
    // net's close, not http's: that one destroys connections whose first request is still arriving.
    NetServer.prototype.close.call(this.server);
    for (const { inFlight } of this.connections.values()) for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
    const started = Date.now();
    while (this.connections.size && Date.now() - started < deadlineMs) {
      for (const [socket, connection] of this.connections) if (this.idle(socket, connection, Date.now() - started)) this.hangUp(socket);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const inTime = this.connections.size === 0;
    for (const socket of this.connections.keys()) socket.destroy();
    return inTime;
  }
}
