import { createHash } from "node:crypto";
import type { Pool, PoolClient, QueryResultRow } from "pg";
import type { DataSource, EntityManager } from "typeorm";

const names = new Map<string, string>();

/** One name per statement text, so each pooled connection prepares a statement once. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `r_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A statement on the hot path (page, count, loaders, row-level checks, the access log's group commit) as
 * a named prepared statement on the DataSource's own pool (same connections, same role): PostgreSQL
 * parses and plans its fixed text once per connection instead of once per request (EXPLAIN ANALYZE's
 * "Planning Time" is what that saves each time). The statement still goes through the DataSource's
 * logger, so logging and the tests' statement hook see it. Inside a transaction use preparedRunnerIn,
 * which runs on the transaction's own connection.
 */
export async function preparedQuery<T extends QueryResultRow = Record<string, unknown>>(ds: DataSource, text: string, parameters: unknown[]): Promise<T[]> {
  ds.logger.logQuery(text, parameters);
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const result = await pool.query<T>({ name: nameOf(text), text, values: parameters });
  return result.rows;
}

/** What takes a DataSource-like `query(sql, parameters)` (the access log's writer, audit/writer.ts). */
export interface PreparedRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** preparedQuery as a runner on the DataSource's pool (the access log's group commit, server.ts). */
export function preparedRunner(ds: DataSource): PreparedRunner {
  return { query: (sql, parameters) => preparedQuery(ds, sql, parameters ?? []) };
}

/**
 * preparedQuery's runner for a transaction's EntityManager: the same named statement on the connection
 * the transaction holds (cases/transaction.ts writes a mutation's log lines with it).
 */
export function preparedRunnerIn(em: EntityManager): PreparedRunner {
  return {
    query: async (sql, parameters) => {
      const runner = em.queryRunner;
      if (!runner) throw new Error("preparedRunnerIn needs a transaction's EntityManager.");
      em.connection.logger.logQuery(sql, parameters, runner);
      const client = (await runner.connect()) as PoolClient;
      return (await client.query({ name: nameOf(sql), text: sql, values: parameters ?? [] })).rows;
    },
  };
}
