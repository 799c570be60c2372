import { AdvancedConsoleLogger, type LoggerOptions, type QueryRunner } from "typeorm";

/** Called with every SQL statement the DataSource sends, before it is sent. */
export type StatementHook = (sql: string) => void;

/**
 * TypeORM's own console logger that also reports every statement to a hook. TypeORM logs each statement
 * (queries, transaction control, connection set-up) through its logger whether or not logging is on,
 * so this is the one place that sees them all: tests count statements per request with it.
 */
export class StatementHookLogger extends AdvancedConsoleLogger {
  constructor(
    options: LoggerOptions,
    private readonly onStatement: StatementHook,
  ) {
    super(options);
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.onStatement(query);
    super.logQuery(query, parameters, queryRunner);
  }
}
