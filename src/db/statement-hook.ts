import type { Logger as TypeOrmLogger } from "typeorm";
import { describeError } from "../logging/error-summary";
import { logger as serverLog, type Logger } from "../logging/logger";

/** Called with every SQL statement the DataSource sends, before it is sent. */
export type StatementHook = (sql: string) => void;

/**
 * TypeORM's logger, writing to the server log: statements as text only, never their parameters, which
 * carry names and care content. TypeORM reports each statement (queries, transaction control, connection
 * set-up) here whether or not logging is on, so this is also the one place that sees them all: tests count
 * statements per request with the hook. Statements are logged only at `debug` (`logging: true` or LOG_LEVEL).
 */
export class SqlLogger implements TypeOrmLogger {
  private readonly out: Logger;

  constructor(
    logging: boolean,
    private readonly onStatement: StatementHook = () => undefined,
    log: Logger = serverLog,
  ) {
    this.out = log.child({ component: "sql" }, logging ? { level: "debug" } : {});
  }

  logQuery(query: string): void {
    this.onStatement(query);
    this.out.debug({ statement: query }, "sql");
  }

  /** Failures the code expects (a unique key → CONFLICT) are answered elsewhere; unexpected ones are logged by formatError. */
  logQueryError(error: string | Error, query: string): void {
    this.out.debug({ event: "SQL_FAILED", statement: query, ...(error instanceof Error ? describeError(error) : {}) }, "sql failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ event: "SQL_SLOW", statement: query, ms: time }, "slow sql");
  }

  logSchemaBuild(message: string): void {
    this.out.info({ event: "SCHEMA" }, message);
  }

  logMigration(message: string): void {
    this.out.info({ event: "MIGRATION" }, message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    this.out[level === "warn" ? "warn" : "info"](typeof message === "string" ? message : "typeorm");
  }
}
