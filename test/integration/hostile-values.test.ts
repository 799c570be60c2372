import { appendAudit } from "../../src/audit/writer";
import { AuditAction, AuditOutcome } from "../../src/domain/audit-enums";
import { buildBareSchema } from "../../src/schema";
import { dotted, rootCalls, withLeaf } from "../support/argument-leaves";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { auditLines, verify } from "../support/audit";
import { insertCase } from "../support/fixture";
import { activeCase, databaseState, expectRefusedUnchanged, ok, planInput, step } from "../support/steps";

const READ_HEALTH = `query ($id: ID!) { case(id: $id) { id health { content } } }`;
const NUL = "a\u0000b";
const HOSTILE_TEXTS = [NUL, "bell\u0007", "lone \uD800 half", "right-to-left \u202E override", "del\u007F"];

describe("hostile values: control characters and implausible dates are refused as input, and no input can break the access log", () => {
  let api: TestApi;
  const calls = rootCalls(buildBareSchema());

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("every text in every argument of every root field: a NUL (or other control character) answers BAD_USER_INPUT naming the field, and nothing changes", async () => {
    const before = await databaseState(api.ds);
    const answers: Array<[string, unknown, unknown, unknown]> = [];
    const expected: typeof answers = [];
    for (const call of calls) {
      for (const leaf of call.leaves.filter((l) => l.scalar === "String" || l.scalar === "ID")) {
        const res = await api.as(PERSONAS.processDirector)(call.document, withLeaf(call.variables, leaf.path, HOSTILE_TEXTS[answers.length % HOSTILE_TEXTS.length]));
        const error = res.errors?.[0];
        answers.push([`${call.field} ${dotted(leaf.path)}`, res.status, error?.extensions?.code, Object.keys(error?.extensions?.fields ?? {})]);
        expected.push([`${call.field} ${dotted(leaf.path)}`, 200, "BAD_USER_INPUT", [dotted(leaf.path)]]);
      }
    }
    expect(answers.length).toBeGreaterThan(40);
    expect(answers).toEqual(expected);
    expect(await databaseState(api.ds)).toEqual(before);
  });

  it("every date argument of every root field: year 0 and 9999-12-31 answer BAD_USER_INPUT, and nothing changes", async () => {
    const before = await databaseState(api.ds);
    const answers: string[] = [];
    for (const call of calls) {
      for (const leaf of call.leaves.filter((l) => l.scalar === "DateTime")) {
        for (const value of ["0000-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z"]) {
          const res = await api.as(PERSONAS.processDirector)(call.document, withLeaf(call.variables, leaf.path, value));
          answers.push(`${call.field} ${dotted(leaf.path)} ${value}: ${res.errors?.[0]?.extensions?.code}`);
        }
      }
    }
    expect(answers.length).toBeGreaterThanOrEqual(8);
    expect(answers.filter((line) => !line.endsWith("BAD_USER_INPUT"))).toEqual([]);
    expect(await databaseState(api.ds)).toEqual(before);
  });

  it("calendar days written as text (birth date, due date, fact date) outside 1900–2099 answer BAD_USER_INPUT", async () => {
    const named = calls.flatMap((call) => call.leaves.filter((l) => /dateOfBirth|dueDate|factDate/.test(String(l.path[l.path.length - 1]))).map((leaf) => ({ call, leaf })));
    expect(named.map(({ call }) => call.field)).toEqual(expect.arrayContaining(["registerCase", "shareInformation", "addAction"]));
    for (const { call, leaf } of named) {
      for (const value of ["9999-12-31", "0000-01-01", "1899-12-31"]) {
        const res = await api.as(PERSONAS.processDirector)(call.document, withLeaf(call.variables, leaf.path, value));
        expect([call.field, value, res.errors?.[0]?.extensions?.fields]).toEqual([call.field, value, { [dotted(leaf.path)]: ["must lie between 1900-01-01 and 2099-12-31"] }]);
      }
    }
  });

  it("a privacy officer's log filter with a NUL among twenty concurrent reads: only that request is refused, every read is served and logged, and the refusal is logged too", async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 20; i += 1) caseIds.push((await insertCase(api.ds, api.world, { participants: ["ggz"] })).id);
    const before = (await auditLines(api.ds)).length;
    const hostile = api.as(PERSONAS.privacyOfficer)(`query ($f: AuditLogFilter) { auditLog(filter: $f, first: 5) { totalCount } }`, { f: { userId: NUL } });
    const reads = caseIds.map((id) => api.as(PERSONAS.ggz)(READ_HEALTH, { id }));
    const [refused, ...served] = await Promise.all([hostile, ...reads]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { "filter.userId": expect.any(Array) } });
    expect(served.map((res) => [res.status, res.data?.case?.id])).toEqual(caseIds.map((id) => [200, id]));
    const lines = (await auditLines(api.ds)).slice(before);
    expect(new Set(lines.filter((l) => l.action === "READ_CASE").map((l) => l.caseId))).toEqual(new Set(caseIds));
    const refusal = lines.find((l) => l.action === "READ_AUDIT_LOG");
    expect(refusal).toMatchObject({ outcome: "FAILED", reason: "BAD_USER_INPUT", detail: { filter: { userId: "a\\u0000b" } } });
    expect(await verify(api.ds)).toMatchObject({ ok: true });
  });

  it.each([["sub", { sub: NUL }], ["name", { name: "Anna\u0000" }], ["roles", { roles: ["CHAIN_PARTNER\u0007"] }], ["sub", { sub: "x".repeat(300) }]])(
    "a token whose %s claim holds a control character or is too long is refused (401) and writes no log line",
    async (claim, claims) => {
      const before = (await auditLines(api.ds)).length;
      const token = await api.idps.safety.sign({ sub: "agent-x", org: "politie-rotterdam", roles: ["CHAIN_PARTNER"], ...claims } as never);
      const res = await api.request(`{ me { userId } }`, {}, `Bearer ${token}`);
      expect([res.status, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.message]).toEqual([401, "UNAUTHENTICATED", expect.stringContaining(`'${claim}' claim`)]);
      expect((await auditLines(api.ds)).length).toBe(before);
    },
  );

  it("the log writer itself takes any text: NUL, control characters and half surrogates are written out, and the chain verifies", async () => {
    const actor = {
      requestId: "00000000-0000-4000-8000-000000000001", occurredAt: new Date(), userId: "u\u0000x", issuer: "i\uD800", organisationId: api.world.org.police.id,
      onBehalfOf: "\u001B[31m", roles: ["R\u0000"],
    };
    await appendAudit(api.appDs, actor, [{ action: AuditAction.QUERY, outcome: AuditOutcome.DENIED, operation: "op\u0000", reason: "r\uDC00", detail: { "k\u0000": ["v\u0000"] } }]);
    const [line] = (await auditLines(api.ds)).slice(-1);
    expect(line).toMatchObject({ userId: "u\\u0000x", operation: "op\\u0000", reason: "r\\udc00", detail: { "k\\u0000": ["v\\u0000"] } });
    expect(await verify(api.ds)).toMatchObject({ ok: true });
  });
});

describe("days written other than YYYY-MM-DD are refused by every writer of a day, and change nothing", () => {
  let api: TestApi;
  const SPELLINGS = ["1990-W01-1", "1990-12", "1990-W01", "19900101", "1990-001", "1990-01-01 ", "1990-01-01T23:30:00-05:00", "2026-02-30"];

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it.each(SPELLINGS)("%j as a birth date (registerCase), a due date (addAction) and a fact date (shareInformation)", async (day) => {
    const found = await activeCase(api);
    const plan = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, found.id));
    const attempts = [
      () => step(api, PERSONAS.police, "registerCase", {
        tableId: api.world.table.id, subject: { fullName: "Test", dateOfBirth: day }, relatedPersons: [], triedWithinOwnOrganisation: "gesprek", subjectInformed: true,
      }),
      () => step(api, PERSONAS.policeCaseDirector, "addAction", {
        planId: plan.id, description: "Huisbezoek", kind: "SAFETY", executorOrganisationId: api.world.org.police.id, dueDate: day,
      }),
      () => step(api, PERSONAS.police, "shareInformation", { caseId: found.id, category: "SAFETY", content: "Melding", factDate: day }),
    ];
    for (const attempt of attempts) await expectRefusedUnchanged(api, attempt, { code: "BAD_USER_INPUT" });
  });
});
