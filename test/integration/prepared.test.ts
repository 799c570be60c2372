import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { AuditWriter } from "../../src/audit/group-commit";
import { appendAudit } from "../../src/audit/writer";
import { preparedQuery, preparedRunner, preparedRunnerIn } from "../../src/db/prepared";
import { AuditAction, AuditOutcome } from "../../src/domain/audit-enums";
import { cloneTemplate } from "../support/api";
import { auditLines, verify } from "../support/audit";

describe("hot-path statements run as prepared statements (db/prepared.ts)", () => {
  let ds: DataSource;
  const seen: string[] = [];

  beforeAll(async () => {
    ds = await createDataSource(await cloneTemplate(), { poolSize: 1, onStatement: (sql) => seen.push(sql) }).initialize();
  });
  afterAll(() => ds.destroy());

  it("are prepared once per connection and reused, with their parameters bound each time", async () => {
    const text = `SELECT $1::int + 1 AS next`;
    expect(await preparedQuery(ds, text, [1])).toEqual([{ next: 2 }]);
    expect(await preparedQuery(ds, text, [41])).toEqual([{ next: 42 }]);
    const prepared = await preparedQuery<{ statement: string }>(ds, `SELECT statement FROM pg_prepared_statements WHERE statement = $1`, [text]);
    expect(prepared).toEqual([{ statement: text }]);
  });

  it("still pass through the DataSource's logger, so statement counts and logging see them", async () => {
    seen.length = 0;
    await preparedQuery(ds, `SELECT 1 AS one`, []);
    expect(seen).toEqual([`SELECT 1 AS one`]);
  });

  it("carry the access log's group commit (server.ts), whose lines are chained as before", async () => {
    const actor = {
      requestId: "6f1c2a4e-2d7b-4c55-9a53-0c6de1b0a001", occurredAt: new Date("2026-03-02T10:00:00Z"), userId: "u", issuer: "https://idp.example",
      organisationId: "6f1c2a4e-2d7b-4c55-9a53-0c6de1b0a002", onBehalfOf: null, roles: ["PRIVACY_OFFICER"],
    };
    const writer = new AuditWriter(preparedRunner(ds));
    for (const operation of ["first", "second"]) {
      await writer.append(actor, [{ action: AuditAction.QUERY, outcome: AuditOutcome.DENIED, operation }]);
    }
    const prepared = await preparedQuery<{ n: number }>(ds, `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE ltrim(statement, E' \\n') LIKE 'INSERT INTO audit_log%'`, []);
    expect(prepared).toEqual([{ n: 1 }]);
    expect((await auditLines(ds)).slice(-2).map((line) => line.operation)).toEqual(["first", "second"]);
    expect((await verify(ds)).ok).toBe(true);
  });

  it("run inside a transaction on its own connection, so a mutation's lines commit or roll back with it", async () => {
    const actor = {
      requestId: "6f1c2a4e-2d7b-4c55-9a53-0c6de1b0a003", occurredAt: new Date("2026-03-02T10:00:00Z"), userId: "u", issuer: "https://idp.example",
      organisationId: "6f1c2a4e-2d7b-4c55-9a53-0c6de1b0a002", onBehalfOf: null, roles: ["CHAIN_PARTNER"],
    };
    const line = (operation: string) => [{ action: AuditAction.MUTATION, outcome: AuditOutcome.ALLOWED, operation }];
    await ds.transaction((em) => appendAudit(preparedRunnerIn(em), actor, line("committed")));
    await expect(ds.transaction(async (em) => {
      await appendAudit(preparedRunnerIn(em), actor, line("rolled back"));
      throw new Error("the mutation failed");
    })).rejects.toThrow("the mutation failed");
    const operations = (await auditLines(ds)).map((l) => l.operation);
    expect(operations).toContain("committed");
    expect(operations).not.toContain("rolled back");
    expect((await verify(ds)).ok).toBe(true);
  });

  it("report a database error to the caller", async () => {
    await expect(preparedQuery(ds, `SELECT 1 / $1::int AS broken`, [0])).rejects.toThrow("division by zero");
  });
});
