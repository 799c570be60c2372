import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { readQuery } from "../../src/db/prepared";
import { cloneTemplate } from "../support/api";

describe("hot-path reads run as prepared statements (db/prepared.ts)", () => {
  let ds: DataSource;
  const seen: string[] = [];

  beforeAll(async () => {
    ds = await createDataSource(await cloneTemplate(), { poolSize: 1, onStatement: (sql) => seen.push(sql) }).initialize();
  });
  afterAll(() => ds.destroy());

  it("are prepared once per connection and reused, with their parameters bound each time", async () => {
    const text = `SELECT $1::int + 1 AS next`;
    expect(await readQuery(ds, text, [1])).toEqual([{ next: 2 }]);
    expect(await readQuery(ds, text, [41])).toEqual([{ next: 42 }]);
    const prepared = await readQuery<{ statement: string }>(ds, `SELECT statement FROM pg_prepared_statements WHERE statement = $1`, [text]);
    expect(prepared).toEqual([{ statement: text }]);
  });

  it("still pass through the DataSource's logger, so statement counts and logging see them", async () => {
    seen.length = 0;
    await readQuery(ds, `SELECT 1 AS one`, []);
    expect(seen).toEqual([`SELECT 1 AS one`]);
  });

  it("report a database error to the caller", async () => {
    await expect(readQuery(ds, `SELECT 1 / $1::int AS broken`, [0])).rejects.toThrow("division by zero");
  });
});
