import type { DataSource } from "typeorm";

export type Row = Record<string, unknown>;

/** The columns of every table of the public schema, read once per database. */
export async function readColumns(ds: DataSource): Promise<Map<string, Set<string>>> {
  const rows: Array<{ table_name: string; column_name: string }> = await ds.query(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const columns = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!columns.has(row.table_name)) columns.set(row.table_name, new Set());
    columns.get(row.table_name)!.add(row.column_name);
  }
  return columns;
}

/**
 * Inserts rows with one statement. Keys the table does not have are dropped, so the generator can always
 * offer the text categories and case ids of newer schemas and still seed an older one.
 */
export async function insertRows(ds: DataSource, columns: Map<string, Set<string>>, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const known = columns.get(table);
  if (!known) throw new Error(`no table ${table}`);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) => known.has(key));
  const params: unknown[] = [];
  const values = rows.map((row) => `(${keys.map((key) => `$${params.push(row[key] ?? null)}`).join(", ")})`);
  await ds.query(`INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(", ")}) VALUES ${values.join(", ")}`, params);
}
