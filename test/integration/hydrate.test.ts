import type { DataSource } from "typeorm";
import { hydrate } from "../../src/db/hydrate";
import { seedDemo } from "../../src/demo/seed";
import { createLoaders } from "../../src/loaders";
import { freshDatabase } from "../support/demo";

/**
 * The loaders read rows with plain SQL and the compiled hydrator (src/db/hydrate.ts) instead of
 * TypeORM's find. On the whole demo data set, every entity comes out exactly as TypeORM's find makes it:
 * same class, same properties, same values and types (dates, enums, enum arrays, JSON, nulls).
 */
describe("entities read with plain SQL equal TypeORM's own", () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await freshDatabase();
    await seedDemo(ds, () => undefined);
  });
  afterAll(() => ds.destroy());

  it("for every entity table of the demo data", async () => {
    const compared: string[] = [];
    for (const metadata of ds.entityMetadatas) {
      if (metadata.tableType !== "regular") continue;
      const primary = metadata.primaryColumns.map((column) => `"${column.databaseName}"`).join(", ");
      const ours = hydrate(ds, metadata.target, await ds.query(`SELECT * FROM "${metadata.tablePath}" ORDER BY ${primary}`));
      const theirs = await ds.getRepository(metadata.target).find({ order: Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, "ASC"])) });
      expect({ entity: metadata.name, rows: ours }).toEqual({ entity: metadata.name, rows: theirs });
      for (const [i, row] of ours.entries()) expect(Object.getPrototypeOf(row)).toBe(Object.getPrototypeOf(theirs[i]));
      if (theirs.length) compared.push(metadata.name);
    }
    // The demo data fills the tables that carry the types the fast path must get right.
    expect(compared).toEqual(expect.arrayContaining(["Case", "Participant", "Plan", "Goal", "Action", "InformationItem", "LegalBasis", "Subject", "Meeting"]));
  });

  it("loaders find by primary key and by column, ordered, and leave impossible ids unfound", async () => {
    const loaders = createLoaders(ds, null, new Date());
    const [someCase] = await ds.query(`SELECT c.id FROM "case" c JOIN participant p ON p.case_id = c.id GROUP BY c.id HAVING count(*) > 2 LIMIT 1`);
    const participants = await loaders.participantsByCase.load(someCase.id);
    const expected = await ds.getRepository("Participant").find({ where: { caseId: someCase.id }, order: { joinedAt: "ASC", id: "ASC" } });
    expect(participants).toEqual(expected);
    expect(participants.length).toBeGreaterThan(2);
    expect(await loaders.case.loadMany([someCase.id, "not-a-uuid", "00000000-0000-4000-8000-000000000000"])).toEqual([
      expect.objectContaining({ id: someCase.id }), null, null,
    ]);
    expect(await loaders.participantsByCase.load("not-a-uuid")).toEqual([]);
  });
});
