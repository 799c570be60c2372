import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { auditRetentionYears, purgeAuditLog } from "../../src/audit/purge";
import { verifyAuditChain } from "../../src/audit/verify";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { auditLines, verify } from "../support/audit";
import { insertCase } from "../support/fixture";

const run = promisify(execFile);

describe("access log retention: purged only through the anchored purge, and the rest still verifies", () => {
  let api: TestApi;
  let caseId: string;

  /** One read by the police (two lines: the case and its health field) at a given moment. */
  async function readAt(date: string): Promise<void> {
    api.setNow(new Date(date));
    await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { health { content } } }`, { id: caseId });
  }

  beforeAll(async () => {
    api = await createTestApi();
    caseId = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    for (const date of ["2019-01-10", "2019-06-01", "2020-06-01", "2026-01-05", "2018-12-01", "2026-02-01"]) await readAt(date);
  });
  afterAll(() => api.close());

  it("the retention is AUDIT_RETENTION_YEARS, five years unless set, and nonsense is refused", () => {
    expect(auditRetentionYears({})).toBe(5);
    expect(auditRetentionYears({ AUDIT_RETENTION_YEARS: "7" })).toBe(7);
    expect(() => auditRetentionYears({ AUDIT_RETENTION_YEARS: "0" })).toThrow(/positive number/);
    expect(() => auditRetentionYears({ AUDIT_RETENTION_YEARS: "vijf" })).toThrow(/positive number/);
  });

  it("the API's role cannot purge: the database refuses its DELETE", async () => {
    await expect(purgeAuditLog(api.appDs, { now: new Date("2026-03-01"), years: 5, purgedBy: "api" })).rejects.toThrow(/permission denied/);
    expect(await auditLines(api.ds)).toHaveLength(12);
  });

  it("a purge removes the lines before the first line still within retention and anchors the chain there", async () => {
    const before = await auditLines(api.ds);
    const result = await purgeAuditLog(api.ds, { now: new Date("2026-03-01"), years: 5, purgedBy: "fg-ingrid" });
    expect(result).toEqual({ cutoff: new Date("2021-03-01"), purgedRows: 6, throughId: before[5].id });
    const after = await auditLines(api.ds);
    // The 2018 read came after 2026 lines (a wrong clock): it stays, since only a prefix of the chain can go.
    expect(after.map((line) => line.occurredAt.toISOString().slice(0, 10))).toEqual(
      ["2026-01-05", "2026-01-05", "2018-12-01", "2018-12-01", "2026-02-01", "2026-02-01"],
    );
    const [anchor] = await api.ds.query(`SELECT through_id::text AS through_id, through_hash, purged_rows, purged_by FROM audit_anchor`);
    const [last] = await api.ds.query(`SELECT prev_hash FROM audit_log WHERE id = $1`, [after[0].id]);
    expect(anchor).toEqual({ through_id: before[5].id, through_hash: last.prev_hash, purged_rows: 6, purged_by: "fg-ingrid" });
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 6, anchor: { throughId: before[5].id } });
  });

  it("after a purge, new lines chain on, and deleting the first remaining line is still detected", async () => {
    await readAt("2026-03-02");
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 8 });
    const first = (await auditLines(api.ds))[0].id;
    const qr = api.ds.createQueryRunner();
    await qr.startTransaction();
    try {
      await qr.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      await qr.query(`DELETE FROM audit_log WHERE id = $1`, [first]);
      const report = await verifyAuditChain((sql, parameters) => qr.query(sql, parameters));
      expect(report.broken).toMatchObject({ id: String(Number(first) + 1), problem: "LINK_BROKEN" });
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });

  it("when every line is due, the log starts again from the anchor", async () => {
    const result = await purgeAuditLog(api.ds, { now: new Date("2040-01-01"), years: 5, purgedBy: "fg-ingrid" });
    expect(result.purgedRows).toBe(8);
    expect(await auditLines(api.ds)).toEqual([]);
    await readAt("2040-01-02");
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 2, anchor: { throughId: result.throughId } });
  });

  it("npm run audit:purge purges as the owner and checks the remaining chain", async () => {
    const env = { ...process.env, DATABASE_URL: (api.ds.options as { url: string }).url, AUDIT_RETENTION_YEARS: "5" };
    const { stdout } = await run("npm", ["run", "-s", "audit:purge"], { env });
    expect(stdout).toMatch(/Retention 5 years: 0 lines before .* purged\./);
    expect(stdout).toContain("Remaining chain intact: 2 lines.");
  }, 60_000);
});
