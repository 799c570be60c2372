import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

/** Turns raw `SELECT alias.*` rows into entities, using TypeORM's own column metadata and type conversion. */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, rows: Array<Record<string, unknown>>): T[] {
  const metadata = ds.getMetadata(entity);
  const driver = ds.driver;
  return rows.map((row) => {
    const made = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in row) column.setEntityValue(made, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return made;
  });
}
