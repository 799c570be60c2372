/**
 * The operational settings of this room (database timeouts, reconnect backoff, embedded PostgreSQL,
 * shutdown), read from the environment in one place with their defaults. Milliseconds throughout.
 */
function milliseconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, got '${raw}'.`);
  return value;
}

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

export function databaseTimeouts(): DatabaseTimeouts {
  const statementMs = milliseconds("DB_STATEMENT_TIMEOUT_MS", 15_000);
  return {
    statementMs,
    lockMs: milliseconds("DB_LOCK_TIMEOUT_MS", 5_000),
    idleInTransactionMs: milliseconds("DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", 30_000),
    connectMs: milliseconds("DB_CONNECT_TIMEOUT_MS", 5_000),
    queryMs: milliseconds("DB_QUERY_TIMEOUT_MS", statementMs + 2_000),
  };
}

/** Waits between reconnection attempts while the database is down: from `baseMs`, doubling, at most `maxMs`. */
export function reconnectBackoff(): { baseMs: number; maxMs: number } {
  return { baseMs: milliseconds("DB_RECONNECT_BASE_MS", 250), maxMs: milliseconds("DB_RECONNECT_MAX_MS", 5_000) };
}

/**
 * Outside Linux's ephemeral range (32768–60999): a port in that range can be taken by any outgoing
 * connection, including the API's own reconnect attempts, and then PostgreSQL cannot start on it.
 */
export const DEFAULT_EMBEDDED_PG_PORT = 15432;

export function embeddedPostgresPort(): number {
  return Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT);
}

/** How long SIGTERM waits for in-flight requests before closing what is left. */
export function shutdownDrainMs(): number {
  return milliseconds("SHUTDOWN_DRAIN_MS", 20_000);
}

/** Where, as root, the PostgreSQL programs (and if need be the data) go when the `postgres` user cannot reach the checkout. */
export function embeddedRuntimeDir(): string {
  return process.env.EMBEDDED_PG_RUNTIME_DIR ?? "/var/lib/casusoverleg";
}
