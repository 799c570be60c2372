import { InformationCategory, LegalBasisType } from "../../src/domain/enums";
import { apiRoleName } from "../../src/db/roles";
import { InformationItem } from "../../src/entities";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { auditLines, verify } from "../support/audit";
import { databaseState } from "../support/steps";
import { insertCase } from "../support/fixture";

const READ_HEALTH = `query ($id: ID!) { case(id: $id) { id reference health { content } } }`;

describe("access log: a request whose log cannot be written serves nothing and changes nothing", () => {
  let api: TestApi;
  let caseId: string;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    caseId = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    await api.ds.getRepository(InformationItem).save({
      caseId, category: InformationCategory.HEALTH, content: "Psychose, opname overwogen.", supplierId: api.world.org.ggz.id,
      factDate: "2026-02-01", sharedAt: new Date("2026-02-01"),
    });
  });
  afterAll(() => api.close());

  describe("while the API's role may not insert log lines", () => {
    beforeAll(() => api.ds.query(`REVOKE INSERT ON audit_log FROM ${apiRoleName()}`));
    afterAll(() => api.ds.query(`GRANT INSERT ON audit_log TO ${apiRoleName()}`));

    it("care partner reading health gets a bare INTERNAL_SERVER_ERROR: no data, no care content", async () => {
      const res = await api.as(PERSONAS.ggz)(READ_HEALTH, { id: caseId });
      expect(res.status).toBe(500);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) } }]);
      expect(JSON.stringify(res)).not.toContain("Psychose");
    });

    it("a list of cases is withheld the same way", async () => {
      const res = await api.as(PERSONAS.police)(`{ cases(first: 10) { edges { node { id reference } } } }`);
      expect([res.status, res.data, res.errors?.[0].extensions?.code]).toEqual([500, undefined, "INTERNAL_SERVER_ERROR"]);
    });

    it("process director recording a legal basis is refused and the database is exactly as before", async () => {
      const before = await databaseState(api.ds);
      const res = await api.as(PERSONAS.processDirector)(`mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`, {
        input: { caseId, type: LegalBasisType.CONSENT, categories: ["HEALTH"], organisationIds: [api.world.org.police.id], validFrom: new Date("2026-01-01"), documentReference: "Toestemming 12", documentReferenceCategory: "SAFETY" },
      });
      expect([res.status, res.data, res.errors?.[0].extensions?.code]).toEqual([500, undefined, "INTERNAL_SERVER_ERROR"]);
      expect(await databaseState(api.ds)).toEqual(before);
    });

    it("a request with nothing to log is served as usual", async () => {
      const res = await api.as(PERSONAS.ggz)(`{ me { userId organisation { code } } }`);
      expect(res).toMatchObject({ status: 200, data: { me: { userId: "ggz-fleur", organisation: { code: "ggz-rijnmond" } } } });
    });

    it("nothing was logged meanwhile", async () => {
      expect(await auditLines(api.ds)).toEqual([]);
    });
  });

  it("once the log can be written again, the same read is served and logged", async () => {
    const res = await api.as(PERSONAS.ggz)(READ_HEALTH, { id: caseId });
    expect(res.data.case.health).toEqual([{ content: "Psychose, opname overwogen." }]);
    expect((await auditLines(api.ds)).map((line) => [line.action, line.operation, line.reason])).toEqual([
      ["READ_CASE", "case", null],
      ["READ_CARE_DATA", "health", "CARE_PARTNER"],
    ]);
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 2 });
  });
});
