import "reflect-metadata";
import { DataSource } from "typeorm";
import { entities } from "../entities";
import { SnakeNamingStrategy } from "../entities/naming";
import { migrations } from "../../migrations";
import { StatementHookLogger, type StatementHook } from "./statement-hook";

export interface DataSourceOptions {
  poolSize?: number;
  logging?: boolean;
  /** Told every SQL statement sent (tests and the bench count statements per request). */
  onStatement?: StatementHook;
  /**
   * Run every pooled connection as this role (a startup parameter, so no connection is ever used before
   * the switch, and RESET ROLE returns to it). The API uses API_ROLE; migrations and maintenance run
   * as the connecting owner and leave it out.
   */
  role?: string;
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
    logger: options.onStatement ? new StatementHookLogger(logging, options.onStatement) : undefined,
    uuidExtension: "pgcrypto",
    extra: { max: options.poolSize ?? 10, ...(options.role ? { options: `-c role=${options.role}` } : {}) },
  });
}
