import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { hydrate } from "../db/hydrate";
import { preparedQuery } from "../db/prepared";

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
function selectWhereIn<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, property: keyof T & string, order: Order<T>, rowFilter?: RowFilter) {
  const { sql, uuidKeys } = writeSelect(ds.getMetadata(entity), property, order, rowFilter?.sql);
  return async (keys: readonly string[]): Promise<T[]> => {
    const wanted = uuidKeys ? validIds(keys) : [...keys];
    return wanted.length ? hydrate(ds, entity, await preparedQuery(ds, sql, [wanted, ...(rowFilter?.params ?? [])])) : [];
  };
}

/** A row-level rule (permissions/row-level) over the row aliased `t`, its parameters numbered from $2. */
export interface RowFilter {
  sql: string;
  params: unknown[];
}

function writeSelect(metadata: EntityMetadata, property: string, order: Record<string, string | undefined>, filter?: string): { sql: string; uuidKeys: boolean } {
  const column = (name: string) => {
    const found = metadata.findColumnWithPropertyName(name);
    if (!found) throw new Error(`${metadata.name} has no column ${name}.`);
    return found;
  };
  const key = column(property);
  const orderBy = Object.entries(order).map(([name, direction]) => `t."${column(name).databaseName}" ${direction}`);
  const sql = `SELECT t.* FROM "${metadata.tablePath}" t WHERE t."${key.databaseName}" = ANY($1::${key.type === "uuid" ? "uuid" : "text"}[])` +
    (filter ? ` AND ${filter}` : "") +
    (orderBy.length ? ` ORDER BY ${orderBy.join(", ")}` : "");
  return { sql, uuidKeys: key.type === "uuid" };
}

/** A value now, or a promise of it: what a resolver may return to graphql-js. */
export type Maybe<T> = T | Promise<T>;

/** Applies `fn` at once to a value that is already there, and after it arrives otherwise. */
export function thenMaybe<T, R>(value: Maybe<T>, fn: (value: T) => R): Maybe<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * A DataLoader that also answers synchronously for keys it has already loaded (`get`). Resolvers
 * return those values directly, so graphql-js completes the row without a promise per field; the page
 * queries load a page's relations ahead (resolvers/look-ahead.ts), which makes that the common case.
 * Batching, caching, `prime` and `clear` keep DataLoader's meaning.
 */
export class SyncLoader<K, V> extends DataLoader<K, V> {
  private readonly settled: Map<K, V>;
  /** Bumped by every clear: a batch that was in flight across one keeps its values out of `settled`. */
  private readonly epoch: { value: number };

  constructor(batch: DataLoader.BatchLoadFn<K, V>) {
    const settled = new Map<K, V>();
    const epoch = { value: 0 };
    super(async (keys) => {
      const started = epoch.value;
      const values = await batch(keys);
      if (epoch.value === started) {
        keys.forEach((key, i) => {
          if (!(values[i] instanceof Error)) settled.set(key, values[i] as V);
        });
      }
      return values;
    });
    this.settled = settled;
    this.epoch = epoch;
  }

  /** The value if loaded, else a promise of it. */
  get(key: K): Maybe<V> {
    return this.settled.has(key) ? this.settled.get(key)! : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.settled.has(key) && !(value instanceof Error) && !(value && typeof (value as PromiseLike<V>).then === "function")) {
      this.settled.set(key, value as V);
    }
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.epoch.value += 1;
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.epoch.value += 1;
    this.settled.clear();
    return super.clearAll();
  }
}

/** One row per key, by primary key `id`; missing rows (and rows the row filter hides) resolve to null. */
export function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>, rowFilter?: RowFilter): SyncLoader<string, T | null> {
  const select = selectWhereIn(ds, entity, "id", {}, rowFilter);
  return new SyncLoader(async (ids) => {
    const map = new Map((await select(ids)).map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** All rows whose `column` equals the key, in one query per batch. */
export function manyBy<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: keyof T & string, order: Order<T>, rowFilter?: RowFilter): SyncLoader<string, T[]> {
  const select = selectWhereIn(ds, entity, column, order, rowFilter);
  return new SyncLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await select(keys)) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}
