import "reflect-metadata";
import { DataSource } from "typeorm";
import { entities } from "../entities";
import { SnakeNamingStrategy } from "../entities/naming";
import { migrations } from "../../migrations";

/** The one way to build a DataSource: migrations, never synchronize. */
export function createDataSource(url: string, options: { poolSize?: number; logging?: boolean } = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    uuidExtension: "pgcrypto",
    extra: { max: options.poolSize ?? 10 },
  });
}
