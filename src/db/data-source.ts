import "reflect-metadata";
import { DataSource } from "typeorm";
import { entities } from "../entities";
import { SnakeNamingStrategy } from "../entities/naming";
import { migrations } from "../../migrations";
import { SqlLogger, type StatementHook } from "./statement-hook";
import { databaseTimeouts, type DatabaseTimeouts } from "../ops/settings";

export interface DataSourceOptions {
  poolSize?: number;
  logging?: boolean;
  /** Told every SQL statement sent (tests and the bench count statements per request). */
  onStatement?: StatementHook;
  /**
   * Run every pooled connection as this role (a startup parameter, so no connection is ever used before
   * the switch, and RESET ROLE returns to it). The API uses the API role (db/roles.ts); migrations and maintenance run
   * as the connecting owner and leave it out.
   */
  role?: string;
  /** Statement, lock, idle-in-transaction, connect and read timeouts; default: the settings for the API's pool (with `role`), none for migrations. */
  timeouts?: DatabaseTimeouts;
}

/** pg's names for the timeouts: the first three are sent to PostgreSQL at connect, the last two act in the client. */
function timeoutOptions(timeouts: DatabaseTimeouts | undefined): Record<string, number> {
  if (!timeouts) return {};
  return {
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
  };
}

/** The one way to build a DataSource: migrations, never synchronize. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const logging = options.logging ?? false;
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging,
    logger: new SqlLogger(logging, options.onStatement),
    uuidExtension: "pgcrypto",
    extra: {
      max: options.poolSize ?? 10,
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
      ...timeoutOptions(options.timeouts ?? (options.role ? databaseTimeouts() : undefined)),
    },
  });
}
