import { appendAudit } from "../../src/audit/writer";
import type { AuditActor } from "../../src/audit/trail";
import { AuditAction, AuditOutcome } from "../../src/domain/audit-enums";
import { createTestApi, type TestApi } from "../support/api";
import { auditLines, verify } from "../support/audit";

const actor = (requestId: string): AuditActor => ({
  requestId,
  occurredAt: new Date("2026-11-28T12:00:00Z"),
  userId: "chain-test",
  issuer: "https://idp.test",
  organisationId: "00000000-0000-4000-8000-000000000001",
  onBehalfOf: null,
  roles: ["PARTNER"],
});
const REQUEST = ["00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b", "00000000-0000-4000-8000-00000000000c"];
const lines = (operation: string, n: number) =>
  Array.from({ length: n }, () => ({ action: AuditAction.QUERY, outcome: AuditOutcome.DENIED, operation }));

/**
 * The chain trigger looks the newest hash up once per transaction and carries it to the next line in a
 * transaction-local setting (migrations/…-AuditChainHead.ts). These hold that carrying it is exact: across
 * statements of one transaction, across a rolled-back savepoint, and from one transaction to the next.
 */
describe("access log: the chain head carried within a transaction", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it("stays one unbroken chain over several statements, a rolled-back savepoint and a second transaction", async () => {
    const qr = api.ds.createQueryRunner();
    await qr.startTransaction();
    await appendAudit(qr, actor(REQUEST[0]), lines("first", 3));
    await qr.query(`SAVEPOINT undone`);
    await appendAudit(qr, actor(REQUEST[1]), lines("undone", 2));
    await qr.query(`ROLLBACK TO SAVEPOINT undone`);
    await appendAudit(qr, actor(REQUEST[0]), lines("after-savepoint", 2));
    await qr.commitTransaction();
    await qr.release();
    await appendAudit(api.ds, actor(REQUEST[2]), lines("next-transaction", 2));

    const written = await auditLines(api.ds);
    expect(written.map((line) => line.operation)).toEqual(["first", "first", "first", "after-savepoint", "after-savepoint", "next-transaction", "next-transaction"]);
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 7, broken: null });
    const chained: Array<{ linked: boolean }> = await api.ds.query(
      `SELECT prev_hash = lag(hash, 1, repeat('0', 64)) OVER (ORDER BY id) AS linked FROM audit_log ORDER BY id`,
    );
    expect(chained.every((row) => row.linked)).toBe(true);
  });

  it("leaves no head behind when a transaction rolls back", async () => {
    const before = await auditLines(api.ds);
    const qr = api.ds.createQueryRunner();
    await qr.startTransaction();
    await appendAudit(qr, actor(REQUEST[1]), lines("rolled-back", 2));
    await qr.rollbackTransaction();
    // The same pooled connection writes again: it must chain to the committed head, not the rolled-back one.
    await appendAudit(qr, actor(REQUEST[2]), lines("after-rollback", 1));
    await qr.release();
    const after = await auditLines(api.ds);
    expect(after.slice(before.length).map((line) => line.operation)).toEqual(["after-rollback"]);
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: before.length + 1, broken: null });
  });

  it("chains a connection's next transaction to lines another connection wrote in between", async () => {
    const [one, other] = [api.ds.createQueryRunner(), api.ds.createQueryRunner()];
    await one.connect();
    await other.connect();
    await appendAudit(one, actor(REQUEST[0]), lines("one", 2));
    await appendAudit(other, actor(REQUEST[1]), lines("other", 2));
    await appendAudit(one, actor(REQUEST[0]), lines("one-again", 1));
    await Promise.all([one.release(), other.release()]);
    expect((await auditLines(api.ds)).slice(-5).map((line) => line.operation)).toEqual(["one", "one", "other", "other", "one-again"]);
    expect(await verify(api.ds)).toMatchObject({ ok: true, broken: null });
  });
});
