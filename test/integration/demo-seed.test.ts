import type { DataSource } from "typeorm";
import { seedDemo } from "../../src/demo/seed";
import { CasePhase, InformationCategory, LegalBasisType } from "../../src/domain/enums";
import { createDemoApi, freshDatabase, type DemoApi } from "../support/demo";

const TABLES = ["organisation", "consultation_table", "table_member", "subject", "related_person", "case", "participant", "legal_basis",
  "information_item", "plan", "goal", "action", "action_report", "signal", "meeting", "agenda_item", "attendance"];
const HEALTH = `query ($id: ID!) { case(id: $id) { reference health { content supplier { code } } } }`;

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) result[table] = Number((await ds.query(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  return result;
}

const distinct = async (ds: DataSource, column: string, table: string): Promise<string[]> =>
  (await ds.query(`SELECT DISTINCT ${column} AS v FROM ${table} ORDER BY 1`)).map((r: { v: string }) => r.v);

describe("demo data set (docs/demo-data.md): seeding", () => {
  let demo: DemoApi;
  const quiet = () => undefined;

  beforeAll(async () => {
    demo = await createDemoApi();
  });
  afterAll(() => demo.close());

  it("loads 15 cases in every phase, information of every category and every kind of legal basis", async () => {
    expect(Number((await demo.ds.query(`SELECT count(*) AS n FROM "case"`))[0].n)).toBe(15);
    expect(await distinct(demo.ds, "phase::text", `"case"`)).toEqual(Object.values(CasePhase).sort());
    expect(await distinct(demo.ds, "category::text", "information_item")).toEqual(Object.values(InformationCategory).sort());
    expect(await distinct(demo.ds, "type::text", "legal_basis")).toEqual(Object.values(LegalBasisType).sort());
    const [{ revoked, none }] = await demo.ds.query(`SELECT
      (SELECT count(*) FROM legal_basis WHERE revoked_at IS NOT NULL)::int AS revoked,
      (SELECT count(*) FROM "case" c WHERE NOT EXISTS (SELECT 1 FROM legal_basis b WHERE b.case_id = c.id))::int AS none`);
    expect(revoked).toBeGreaterThan(0);
    expect(none).toBeGreaterThan(0);
  });

  it("is consistent with the process: directed cases have a case director and an approved plan; care data always names a covering basis", async () => {
    const [row] = await demo.ds.query(`SELECT
      (SELECT count(*) FROM "case" c WHERE c.phase IN ('ACTIVE_DIRECTION','PASSIVE_DIRECTION') AND (
         NOT EXISTS (SELECT 1 FROM participant p WHERE p.case_id = c.id AND p.role = 'CASE_DIRECTOR' AND p.left_at IS NULL)
         OR NOT EXISTS (SELECT 1 FROM plan WHERE plan.case_id = c.id AND plan.status = 'APPROVED')
         OR c.next_review_due IS NULL))::int AS undirected,
      (SELECT count(*) FROM information_item i LEFT JOIN legal_basis b ON b.id = i.legal_basis_id
        WHERE i.category <> 'SAFETY' AND (b.id IS NULL OR NOT i.category = ANY(b.categories)))::int AS uncovered,
      (SELECT count(*) FROM "case" c WHERE c.phase = 'PASSIVE_DIRECTION' AND c.passive_since <
         (SELECT min(approved_at) FROM plan WHERE plan.case_id = c.id) + interval '6 months')::int AS early_passive`);
    expect(row).toEqual({ undirected: 0, uncovered: 0, early_passive: 0 });
  });

  it("seeding twice is a no-op", async () => {
    const before = await counts(demo.ds);
    expect(await seedDemo(demo.ds, quiet)).toEqual({ seeded: false, cases: 0 });
    expect(await counts(demo.ds)).toEqual(before);
  });

  it("two seeds started at once load the data set once", async () => {
    const other = await freshDatabase();
    try {
      const results = await Promise.all([seedDemo(other, quiet), seedDemo(other, quiet)]);
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      expect(await counts(other)).toEqual(await counts(demo.ds));
    } finally {
      await other.destroy();
    }
  });

  it("politie-rotterdam (safety partner) reads health on 0101 under the ZVH covenant", async () => {
    const res = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(HEALTH, { id: await demo.caseId("0101") });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.health).toEqual([expect.objectContaining({ supplier: { code: "ggz-rijnmond" } })]);
  });

  it.each([
    ["0109", "no legal basis at all"],
    ["0104", "a consent that names only the care partners"],
    ["0102", "a covenant basis that was revoked"],
    ["0103", "a consent that expired when the case closed"],
  ])("politie-rotterdam is denied health on %s (%s)", async (number) => {
    const res = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(HEALTH, { id: await demo.caseId(number) });
    expect(res.data.case.health).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});
