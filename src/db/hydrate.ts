import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

/**
 * Column types whose value node-postgres already hands over exactly as TypeORM would hydrate it
 * (strings, booleans, numbers, Dates, parsed JSON, single enum values). Every other column (`date`,
 * `bigint`, `char`, enum arrays, transformers) goes through TypeORM's own conversion.
 */
const AS_IS = new Set(["uuid", "varchar", "character varying", "text", "boolean", "timestamptz", "timestamp with time zone", "integer", "int", "jsonb", "enum"]);

type Hydrator = (row: Record<string, unknown>) => ObjectLiteral;

const compiled = new WeakMap<EntityMetadata, Hydrator>();

function asIs(column: ColumnMetadata): boolean {
  const type = typeof column.type === "string" ? column.type : "";
  return AS_IS.has(type) && !column.transformer && !column.embeddedMetadata && !(column.isArray && type === "enum");
}

/**
 * One function per entity, built once from TypeORM's column metadata: a loader's rows become entities
 * without TypeORM's generic result transformer (which dominated the CPU profile of a page of cases).
 */
function compile(ds: DataSource, metadata: EntityMetadata): Hydrator {
  const driver = ds.driver;
  const plain = metadata.columns.filter(asIs).map((column) => [column.databaseName, column.propertyName] as const);
  const converted = metadata.columns.filter((column) => !asIs(column));
  const Target = metadata.target as new () => ObjectLiteral;
  const construct = typeof Target === "function" && !metadata.lazyRelations.length ? () => new Target() : () => metadata.create() as ObjectLiteral;
  return (row) => {
    const made = construct();
    for (const [name, property] of plain) {
      if (name in row) made[property] = row[name];
    }
    for (const column of converted) {
      if (column.databaseName in row) column.setEntityValue(made, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return made;
  };
}

/** Turns raw `SELECT alias.*` rows into entities, as TypeORM's own find would (test/integration/hydrate.test.ts). */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, rows: Array<Record<string, unknown>>): T[] {
  const metadata = ds.getMetadata(entity);
  let hydrator = compiled.get(metadata);
  if (!hydrator) {
    hydrator = compile(ds, metadata);
    compiled.set(metadata, hydrator);
  }
  return rows.map(hydrator) as T[];
}
