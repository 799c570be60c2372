import { InformationCategory, LegalBasisType, ViewerRole } from "../../src/domain/enums";
import { InformationItem, LegalBasis } from "../../src/entities";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { insertCase } from "../support/fixture";

const policePrivacyOfficer: Persona = { org: "police", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-politie" };
const utrechtPrivacyOfficer: Persona = { org: "otherHouse", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-utrecht" };
const LOG = `query ($first: Int, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id occurredAt userId action operation outcome reason caseId subjectId category legalBasisId legalBasisType organisation { code } } } } }`;
const READ = `query ($id: ID!) { case(id: $id) { id health { content } } }`;

describe("privacy officer: the access log and subject access reports", () => {
  let api: TestApi;
  let caseA: { id: string; subjectId: string };
  let caseB: { id: string; subjectId: string };
  let basisId: string;

  async function log(persona: Persona, variables: Record<string, unknown> = {}) {
    const res = await api.as(persona)(LOG, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data.auditLog as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ cursor: string; node: any }> };
  }

  beforeAll(async () => {
    api = await createTestApi();
    const { world } = api;
    caseA = await insertCase(api.ds, world, { participants: ["police", "ggz"], subjectName: "Petra Bakker" });
    caseB = await insertCase(api.ds, world, { participants: ["otherPolice"], table: world.otherTable });
    await api.ds.getRepository(InformationItem).save({
      caseId: caseA.id, category: InformationCategory.HEALTH, content: "Depressie, ambulant behandeld.", supplierId: world.org.ggz.id, factDate: "2026-01-15", sharedAt: new Date("2026-01-15"),
    });
    basisId = (await api.ds.getRepository(LegalBasis).save({
      caseId: caseA.id, type: LegalBasisType.COVENANT, categories: [InformationCategory.HEALTH], organisationIds: [world.org.police.id],
      validFrom: new Date("2026-01-01"), validUntil: null, documentReference: "Convenant 2026", recordedByOrganisationId: world.org.house.id,
      recordedByUser: "pd-anna", recordedAt: new Date("2026-01-01"),
    })).id;
    const day = (d: string) => api.setNow(new Date(`2026-03-0${d}T10:00:00Z`));
    day("1"); await api.as(PERSONAS.police)(READ, { id: caseA.id });
    day("2"); await api.as(PERSONAS.ggz)(READ, { id: caseA.id });
    day("3"); await api.as(PERSONAS.outsiderPolice)(READ, { id: caseB.id });
    day("4"); await api.as(PERSONAS.outsiderPolice)(READ, { id: caseA.id });
    day("5"); await api.as(PERSONAS.policeCaseDirector)(`{ cases(first: 5) { totalCount } }`);
    api.setNow(new Date("2026-03-10T09:00:00Z"));
  });
  afterAll(() => api.close());

  it("house privacy officer reads every line about the house's cases that reached someone, and nothing about another house's", async () => {
    const page = await log(PERSONAS.privacyOfficer);
    const lines = page.edges.map((e) => [e.node.organisation.code, e.node.action, e.node.operation, e.node.outcome, e.node.caseId === caseA.id]);
    // Utrecht's refused probe of case A is not among them: a refused line names no house (log parity).
    expect(lines).toEqual([
      ["ggz-rijnmond", "READ_CARE_DATA", "health", "ALLOWED", true],
      ["ggz-rijnmond", "READ_CASE", "case", "ALLOWED", true],
      ["politie-rotterdam", "READ_CARE_DATA", "health", "ALLOWED", true],
      ["politie-rotterdam", "READ_CASE", "case", "ALLOWED", true],
    ]);
    expect(page.edges[2].node).toMatchObject({ reason: "LEGAL_BASIS", category: "HEALTH", legalBasisId: basisId, legalBasisType: "COVENANT", subjectId: caseA.subjectId });
    expect(JSON.stringify(page)).not.toMatch(/Depressie|Petra Bakker/);
  });

  it("a partner's privacy officer reads what its own users did; another house's reads only its own house's cases", async () => {
    const police = await log(policePrivacyOfficer);
    expect(police.edges.map((e) => [e.node.userId, e.node.action])).toEqual([
      ["agent-cor", "LIST_CASES"], ["agent-bram", "READ_CARE_DATA"], ["agent-bram", "READ_CASE"],
    ]);
    const utrecht = await log(utrechtPrivacyOfficer);
    expect(utrecht.edges.map((e) => [e.node.userId, e.node.action, e.node.caseId === caseB.id])).toEqual([
      ["agent-utrecht", "READ_CARE_DATA", true], ["agent-utrecht", "READ_CASE", true],
    ]);
  });

  it("filters by user, organisation, case, subject and period, and pages with a cursor", async () => {
    const { org } = api.world;
    const count = async (filter: Record<string, unknown>) => (await log(PERSONAS.privacyOfficer, { filter })).totalCount;
    expect(await count({ userId: "ggz-fleur" })).toBe(2);
    expect(await count({ organisationId: org.police.id })).toBe(2);
    expect(await count({ caseId: caseB.id })).toBe(0);
    expect(await count({ subjectId: caseA.subjectId, from: new Date("2026-03-02T00:00:00Z"), to: new Date("2026-03-04T00:00:00Z") })).toBe(2);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await log(PERSONAS.privacyOfficer, { first: 2, after, filter: { caseId: caseA.id } });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const bad = await api.as(PERSONAS.privacyOfficer)(LOG, { after: "bm9wZQ" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("cursors and line ids do not give away the line's place in the log; forged or tampered cursors are bad input", async () => {
    const page = await log(PERSONAS.privacyOfficer, { first: 2 });
    const positions = (await auditLines(api.ds)).map((line) => line.id);
    for (const edge of page.edges) {
      for (const opaque of [edge.cursor, edge.node.id, Buffer.from(edge.cursor, "base64url").toString("latin1")]) {
        expect(opaque).not.toMatch(/^\d+$|audit:/);
        for (const position of positions) expect(opaque).not.toBe(position);
      }
    }
    const cursor = Buffer.from(page.pageInfo.endCursor, "base64url");
    const tampered = Buffer.from(cursor);
    tampered[tampered.length - 1] ^= 1;
    const forged = ["audit:9223372036854775808", "audit:1", "audit:-1"].map((text) => Buffer.from(text).toString("base64url"));
    for (const after of [...forged, tampered.toString("base64url"), cursor.subarray(0, 20).toString("base64url"), "", "%%%"]) {
      const res = await api.as(PERSONAS.privacyOfficer)(LOG, { after });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    const next = await log(PERSONAS.privacyOfficer, { first: 2, after: page.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.id)).not.toContain(page.edges[0].node.id);
  });

  it("reading the log is itself logged, with the filter and the number of lines shown", async () => {
    await log(PERSONAS.privacyOfficer, { first: 3, filter: { userId: "agent-bram" } });
    const own = await log(PERSONAS.privacyOfficer, { first: 1, filter: { userId: "fg-ingrid" } });
    expect(own.edges[0].node).toMatchObject({ action: "READ_AUDIT_LOG", operation: "auditLog", outcome: "ALLOWED", userId: "fg-ingrid" });
    const [line] = (await auditLines(api.ds)).filter((l) => l.userId === "fg-ingrid" && (l.detail as any)?.filter?.userId === "agent-bram");
    expect(line.detail).toEqual({ filter: { userId: "agent-bram" }, first: 3, after: false, returned: 2 });
  });

  it("privacy officer sees no case content: the case queries stay closed", async () => {
    const one = await api.as(PERSONAS.privacyOfficer)(READ, { id: caseA.id });
    const list = await api.as(PERSONAS.privacyOfficer)(`{ cases(first: 5) { edges { node { id } } } }`);
    expect([one.data, one.errors?.[0].extensions?.code]).toEqual([null, "FORBIDDEN"]);
    expect([list.data, list.errors?.[0].extensions?.code]).toEqual([null, "FORBIDDEN"]);
  });

  it("partners without the privacy-officer role are denied the log and the report, and the attempt is logged", async () => {
    for (const persona of [PERSONAS.processDirector, PERSONAS.police]) {
      const res = await api.as(persona)(LOG, {});
      expect([res.data, res.errors?.[0].extensions?.code]).toEqual([null, "FORBIDDEN"]);
      const report = await api.as(persona)(`query ($s: ID!) { subjectAccessReport(subjectId: $s) { csv } }`, { s: caseA.subjectId });
      expect([report.data, report.errors?.[0].extensions?.code]).toEqual([null, "FORBIDDEN"]);
    }
    const denied = (await auditLines(api.ds)).filter((l) => l.outcome === "DENIED" && l.action !== "READ_CASE");
    expect(denied.map((l) => [l.userId, l.action, l.reason])).toEqual(expect.arrayContaining([
      ["pd-anna", "READ_AUDIT_LOG", "FORBIDDEN"], ["pd-anna", "EXPORT_SUBJECT_ACCESS_REPORT", "FORBIDDEN"],
      ["agent-bram", "READ_AUDIT_LOG", "FORBIDDEN"], ["agent-bram", "EXPORT_SUBJECT_ACCESS_REPORT", "FORBIDDEN"],
    ]));
  });
});
