import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from "typeorm";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that cannot exist (not a UUID) are simply not found, instead of a database type error. */
export function validIds(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

/** One row per key, by primary key `id`; missing rows resolve to null. */
export function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In(validIds(ids)) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** All rows whose `column` equals the key, in one query per batch. */
export function manyBy<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await ds.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}
