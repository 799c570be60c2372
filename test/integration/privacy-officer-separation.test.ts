import { ViewerRole } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { insertCase } from "../support/fixture";

const READ_CASE = `query ($id: ID!) { case(id: $id) { id subject { fullName } } }`;
const READ_LOG = `{ auditLog(first: 5) { totalCount } }`;
const CASE_ROLES = [ViewerRole.PROCESS_DIRECTOR, ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER, ViewerRole.TRIAGE_MEMBER];

describe("privacy officers act only as privacy officers: one role per token", () => {
  let api: TestApi;
  let caseId: string;

  beforeAll(async () => {
    api = await createTestApi();
    caseId = (await insertCase(api.ds, api.world, { participants: ["police"], subjectName: "Ria Smit" })).id;
  });
  afterAll(() => api.close());

  it.each(CASE_ROLES)("Ingrid's token with PRIVACY_OFFICER and %s is refused at sign-in: no case, no log, nothing written to the access log", async (caseRole) => {
    const ingrid: Persona = { org: "house", roles: [ViewerRole.PRIVACY_OFFICER, caseRole], sub: "fg-ingrid" };
    api.refusedSignIns.length = 0;
    const linesBefore = (await auditLines(api.ds)).length;
    for (const [query, variables] of [[READ_CASE, { id: caseId }], [READ_LOG, {}]] as const) {
      const res = await api.as(ingrid)(query, variables);
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(res.errors?.[0].message).toMatch(/may not combine PRIVACY_OFFICER with a case role .*Sign in separately/);
      expect(JSON.stringify(res)).not.toContain("Ria Smit");
    }
    expect(api.refusedSignIns.map((r) => [r.event, r.claimed?.subject])).toEqual([["SIGN_IN_REFUSED", "fg-ingrid"], ["SIGN_IN_REFUSED", "fg-ingrid"]]);
    expect(api.refusedSignIns[0].reason).toContain(`(${caseRole})`);
    expect((await auditLines(api.ds)).length).toBe(linesBefore);
  });

  it("each role alone still works: the privacy officer reads the log, the process director reads the case", async () => {
    const log = await api.as(PERSONAS.privacyOfficer)(READ_LOG);
    expect([log.status, log.errors]).toEqual([200, undefined]);
    const read = await api.as(PERSONAS.processDirector)(READ_CASE, { id: caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data.case.subject.fullName).toBe("Ria Smit");
  });
});
