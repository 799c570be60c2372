import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { QueryRunner } from "typeorm";
import { verifyAuditChain, type ChainReport } from "../../src/audit/verify";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { verify } from "../support/audit";
import { insertCase } from "../support/fixture";

const run = promisify(execFile);

describe("access log: tampering is detected by audit:verify", () => {
  let api: TestApi;

  /** Tampers as the owner with the log's triggers off, checks the chain, and rolls everything back. */
  async function tampered(tamper: (qr: QueryRunner) => Promise<unknown>, witness?: { id: string; hash: string }): Promise<ChainReport> {
    const qr = api.ds.createQueryRunner();
    await qr.startTransaction();
    try {
      await qr.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      await tamper(qr);
      return await verifyAuditChain((sql, parameters) => qr.query(sql, parameters), { witness });
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  }

  /** `npm run audit:verify` against this test's database; resolves with its exit code and output. */
  async function cli(...args: string[]): Promise<{ code: number; output: string }> {
    const env = { ...process.env, DATABASE_URL: (api.ds.options as { url: string }).url };
    try {
      const { stdout, stderr } = await run("npm", ["run", "-s", "audit:verify", "--", ...args], { env, cwd: process.cwd() });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  }

  beforeAll(async () => {
    api = await createTestApi();
    const found = await insertCase(api.ds, api.world, { participants: ["police", "ggz"] });
    const read = `query ($id: ID!) { case(id: $id) { id health { content } } }`;
    for (const persona of [PERSONAS.police, PERSONAS.ggz, PERSONAS.processDirector, PERSONAS.outsiderPolice]) {
      await api.as(persona)(read, { id: found.id });
    }
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(7);
  });
  afterAll(() => api.close());

  it("an untouched log verifies, and its head can be kept as a witness", async () => {
    const report = await verify(api.ds);
    expect(report).toMatchObject({ ok: true, lines: 7, head: { id: "7" }, broken: null });
    expect((await verifyAuditChain((sql, p) => api.ds.query(sql, p), { witness: report.head! })).ok).toBe(true);
  });

  it("a changed line is named", async () => {
    const report = await tampered((qr) => qr.query(`UPDATE audit_log SET reason = 'CARE_PARTNER' WHERE id = 3`));
    expect(report.broken).toMatchObject({ id: "3", problem: "CHANGED" });
  });

  it("a changed line whose own hash was recomputed breaks the link to the next line", async () => {
    const report = await tampered(async (qr) => {
      await qr.query(`UPDATE audit_log SET user_id = 'someone-else' WHERE id = 3`);
      await qr.query(`UPDATE audit_log a SET hash = encode(sha256(convert_to(a.prev_hash || E'\\n' || audit_canonical(a), 'UTF8')), 'hex') WHERE id = 3`);
    });
    expect(report.broken).toMatchObject({ id: "4", problem: "LINK_BROKEN" });
  });

  it("a deleted line breaks the link of the line after it", async () => {
    expect((await tampered((qr) => qr.query(`DELETE FROM audit_log WHERE id = 4`))).broken).toMatchObject({ id: "5", problem: "LINK_BROKEN" });
    expect((await tampered((qr) => qr.query(`DELETE FROM audit_log WHERE id = 1`))).broken).toMatchObject({ id: "2", problem: "LINK_BROKEN" });
  });

  it("reordered lines are detected", async () => {
    const report = await tampered(async (qr) => {
      await qr.query(`UPDATE audit_log SET id = -5 WHERE id = 5`);
      await qr.query(`UPDATE audit_log SET id = 5 WHERE id = 6`);
      await qr.query(`UPDATE audit_log SET id = 6 WHERE id = -5`);
    });
    expect(report.broken).toMatchObject({ id: "5" });
  });

  it("a line slipped in between, past the chain trigger, is detected", async () => {
    const report = await tampered(async (qr) => {
      await qr.query(`UPDATE audit_log SET id = id + 100 WHERE id >= 4`);
      await qr.query(`UPDATE audit_log SET id = id - 99 WHERE id >= 104`);
      await qr.query(`INSERT INTO audit_log SELECT 4 AS id, occurred_at, request_id, user_id, issuer, organisation_id, on_behalf_of, roles, action,
        operation, outcome, 'FORBIDDEN', house_id, case_id, subject_id, category, legal_basis_id, detail, hash AS prev_hash, hash FROM audit_log WHERE id = 3`);
    });
    expect(report.broken).toMatchObject({ id: "4", problem: "CHANGED" });
  });

  it("cutting off the newest lines is caught by a witness kept from before", async () => {
    const witness = (await verify(api.ds)).head!;
    const cut = await tampered((qr) => qr.query(`DELETE FROM audit_log WHERE id >= 6`));
    expect(cut.ok).toBe(true);
    const witnessed = await tampered((qr) => qr.query(`DELETE FROM audit_log WHERE id >= 6`), witness);
    expect(witnessed.broken).toMatchObject({ id: witness.id, problem: "WITNESS_MISMATCH" });
  });

  it("npm run audit:verify exits 0 on the intact log and 1 naming the first broken line once a line is changed", async () => {
    const intact = await cli();
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.output).toContain("Access log intact: 7 lines");
    await api.ds.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await api.ds.query(`UPDATE audit_log SET outcome = 'ALLOWED', reason = NULL WHERE id = 7`);
    await api.ds.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    const broken = await cli();
    expect(broken.code).toBe(1);
    expect(broken.output).toContain("Access log BROKEN at line 7 (CHANGED)");
  }, 120_000);
});
