import { join } from "node:path";
import { z } from "zod";
import { databaseUrlProblem, flag, port, SQL_ROLE_NAME, unsetWhenEmpty, wholeNumber } from "./config-values";
import { PROJECT_ROOT } from "./paths";

/**
 * The sections of the one configuration schema (config.ts), one per concern. Each variable has its
 * default here; the limits' section lives with the limits (limits/config.ts). This file imports nothing
 * that reads the configuration, so any module may contribute a section without an import cycle.
 */
export const serverSection = {
  NODE_ENV: unsetWhenEmpty(z.enum(["development", "production", "test"], { error: "expected development, production or test" }).default("development")),
  PORT: unsetWhenEmpty(port(0).default(4000)),
  HOST: unsetWhenEmpty(z.string().default("127.0.0.1")),
  CASUSOVERLEG_BENCHMARK: unsetWhenEmpty(flag.optional()),
  /** Bearer token for GET /metrics; without it /metrics is off. */
  METRICS_TOKEN: unsetWhenEmpty(z.string().min(16, "expected at least 16 characters (it guards /metrics)").optional()),
  /** Key of the access log's cursors and entry ids (audit/opaque.ts); the same on every instance. */
  AUDIT_CURSOR_KEY: unsetWhenEmpty(z.string().min(32, "expected at least 32 characters (it keys the access log's cursors)").optional()),
};

/**
 * Outside Linux's ephemeral range (32768–60999): a port in that range can be taken by any outgoing
 * connection, including the API's own reconnect attempts, and then PostgreSQL cannot start on it.
 */
export const DEFAULT_EMBEDDED_PG_PORT = 15432;

export const databaseSection = {
  DATABASE_URL: unsetWhenEmpty(
    z.string().superRefine((value, ctx) => {
      const problem = databaseUrlProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }).optional(),
  ),
  DATABASE_API_ROLE: unsetWhenEmpty(
    z.string().regex(SQL_ROLE_NAME, "expected a PostgreSQL role name: lower-case letters, digits and _, starting with a letter or _, at most 63 characters").default("casusoverleg_api"),
  ),
  EMBEDDED_PG_PORT: unsetWhenEmpty(port(1).default(DEFAULT_EMBEDDED_PG_PORT)),
  /** As root: where the PostgreSQL programs (and if need be the data) go when the `postgres` user cannot reach the checkout. */
  EMBEDDED_PG_RUNTIME_DIR: unsetWhenEmpty(z.string().default("/var/lib/casusoverleg")),
  CASUSOVERLEG_DATA_DIR: unsetWhenEmpty(z.string().default(join(PROJECT_ROOT, ".data"))),
};

const ms = (fallback: number) => unsetWhenEmpty(wholeNumber(0, "milliseconds").default(fallback));

/** Database timeouts, reconnect backoff and the shutdown drain (ops/settings.ts reads them). Milliseconds throughout. */
export const operationsSection = {
  DB_STATEMENT_TIMEOUT_MS: ms(15_000),
  DB_LOCK_TIMEOUT_MS: ms(5_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: ms(30_000),
  DB_CONNECT_TIMEOUT_MS: ms(5_000),
  /** Default: the statement timeout + 2 s (ops/settings.ts), so unset here. */
  DB_QUERY_TIMEOUT_MS: unsetWhenEmpty(wholeNumber(0, "milliseconds").optional()),
  DB_RECONNECT_BASE_MS: ms(250),
  DB_RECONNECT_MAX_MS: ms(5_000),
  SHUTDOWN_DRAIN_MS: ms(20_000),
};

/** The HTTP connections themselves (http/connection-guard.ts): how many one client address may hold, how long a request may take to arrive. */
export const connectionSection = {
  HTTP_MAX_CONNECTIONS_PER_CLIENT: unsetWhenEmpty(wholeNumber(1, "connections").default(64)),
  HTTP_HEADERS_TIMEOUT_MS: ms(10_000),
  HTTP_REQUEST_TIMEOUT_MS: ms(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: ms(5_000),
};

export const identitySection = {
  TRUST_REGISTRY: unsetWhenEmpty(z.string().default(join(PROJECT_ROOT, "config", "trust-registry.json"))),
  CASUSOVERLEG_DEV_ISSUER: unsetWhenEmpty(flag.optional()),
};

export const auditSection = {
  AUDIT_RETENTION_YEARS: unsetWhenEmpty(
    z.string().regex(/^\d+(\.\d+)?$/, "expected a positive number of years").transform(Number).pipe(z.number().positive("expected a positive number of years")).default(5),
  ),
};

const SWITCH = z.enum(["1", "0", "true", "false", "on", "off", "yes", "no"], { error: "expected 1 or 0 (true or false)" });

/** The HTTP edge (http/edge-config.ts): partner origins, introspection and the explorer, and the server log's level. */
export const edgeSection = {
  CORS_ORIGINS: unsetWhenEmpty(z.string().optional()),
  GRAPHQL_INTROSPECTION: unsetWhenEmpty(SWITCH.optional()),
  GRAPHQL_EXPLORER: unsetWhenEmpty(SWITCH.optional()),
  /** Read by the logger itself (logging/logger.ts), which exists before the configuration is checked; checked here with the rest. */
  LOG_LEVEL: unsetWhenEmpty(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "expected fatal, error, warn, info, debug, trace or silent" }).default("info")),
};
