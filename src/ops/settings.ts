import { config, type Config } from "../config";

/**
 * The operational settings of this room (database timeouts, reconnect backoff, embedded PostgreSQL,
 * shutdown), out of the one configuration schema (config-sections.ts has the variables and defaults).
 * Each reads the configuration when called, so a test that sets a variable before creating the API sees it.
 */
export interface DatabaseTimeouts {
  /** PostgreSQL cancels a statement that runs longer (statement_timeout). */
  statementMs: number;
  /** PostgreSQL gives up waiting for a row or table lock (lock_timeout). */
  lockMs: number;
  /** PostgreSQL ends a session left idle inside a transaction (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
  /** The client gives up opening a connection (a paused or unreachable server). */
  connectMs: number;
  /** The client gives up waiting for any answer: a paused server cannot enforce statement_timeout. */
  queryMs: number;
}

export function databaseTimeouts(settings: Config = config()): DatabaseTimeouts {
  const statementMs = settings.DB_STATEMENT_TIMEOUT_MS;
  return {
    statementMs,
    lockMs: settings.DB_LOCK_TIMEOUT_MS,
    idleInTransactionMs: settings.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectMs: settings.DB_CONNECT_TIMEOUT_MS,
    queryMs: settings.DB_QUERY_TIMEOUT_MS ?? statementMs + 2_000,
  };
}

/** Waits between reconnection attempts while the database is down: from `baseMs`, doubling, at most `maxMs`. */
export function reconnectBackoff(settings: Config = config()): { baseMs: number; maxMs: number } {
  return { baseMs: settings.DB_RECONNECT_BASE_MS, maxMs: settings.DB_RECONNECT_MAX_MS };
}

/** How long SIGTERM waits for in-flight requests before closing what is left. */
export function shutdownDrainMs(settings: Config = config()): number {
  return settings.SHUTDOWN_DRAIN_MS;
}

/** Where, as root, the PostgreSQL programs (and if need be the data) go when the `postgres` user cannot reach the checkout. */
export function embeddedRuntimeDir(settings: Config = config()): string {
  return settings.EMBEDDED_PG_RUNTIME_DIR;
}
