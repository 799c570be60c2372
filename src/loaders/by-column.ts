import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { hydrate } from "../db/hydrate";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that cannot exist (not a UUID) are simply not found, instead of a database type error. */
export function validIds(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

type Order<T> = Partial<Record<keyof T & string, "ASC" | "DESC">>;

/**
 * `SELECT t.* FROM table t WHERE t.column = ANY($1) ORDER BY …`, written once per entity from TypeORM's
 * metadata. Plain SQL instead of the repository's find: the query builder and its result transformer
 * cost more CPU than the rows themselves on a page of cases.
 */
function selectWhereIn<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, property: keyof T & string, order: Order<T>) {
  const metadata = ds.getMetadata(entity);
  const cacheKey = `${property} ${JSON.stringify(order)}`;
  let statements = written.get(metadata);
  if (!statements) written.set(metadata, (statements = new Map()));
  let statement = statements.get(cacheKey);
  if (!statement) statements.set(cacheKey, (statement = writeSelect(metadata, property, order)));
  const { sql, uuidKeys } = statement;
  return async (keys: readonly string[]): Promise<T[]> => {
    const wanted = uuidKeys ? validIds(keys) : [...keys];
    return wanted.length ? hydrate(ds, entity, await ds.query(sql, [wanted])) : [];
  };
}

const written = new WeakMap<EntityMetadata, Map<string, { sql: string; uuidKeys: boolean }>>();

function writeSelect(metadata: EntityMetadata, property: string, order: Record<string, string | undefined>): { sql: string; uuidKeys: boolean } {
  const column = (name: string) => {
    const found = metadata.findColumnWithPropertyName(name);
    if (!found) throw new Error(`${metadata.name} has no column ${name}.`);
    return found;
  };
  const key = column(property);
  const orderBy = Object.entries(order).map(([name, direction]) => `t."${column(name).databaseName}" ${direction}`);
  const sql = `SELECT t.* FROM "${metadata.tablePath}" t WHERE t."${key.databaseName}" = ANY($1::${key.type === "uuid" ? "uuid" : "text"}[])` +
    (orderBy.length ? ` ORDER BY ${orderBy.join(", ")}` : "");
  return { sql, uuidKeys: key.type === "uuid" };
}

/** One row per key, by primary key `id`; missing rows resolve to null. */
export function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  const select = selectWhereIn(ds, entity, "id", {});
  return new DataLoader(async (ids) => {
    const map = new Map((await select(ids)).map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** All rows whose `column` equals the key, in one query per batch. */
export function manyBy<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: keyof T & string, order: Order<T>): DataLoader<string, T[]> {
  const select = selectWhereIn(ds, entity, column, order);
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await select(keys)) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}
