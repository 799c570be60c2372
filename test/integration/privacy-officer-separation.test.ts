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

describe("a privacy officer's mutation is refused before any case is looked up", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ["raiseSignal", `mutation ($id: ID!) { raiseSignal(input: { caseId: $id, kind: ACTION_NOT_FEASIBLE, description: "x", descriptionCategory: SAFETY }) { id } }`],
    ["decideTrack", `mutation ($id: ID!) { decideTrack(input: { caseId: $id, track: TRACK_1_ADVICE }) { id } }`],
  ])("the police's privacy officer gets the same answer and log line from %s on a case the police take part in as on a made-up id", async (_name, mutation) => {
    const policeOfficer: Persona = { org: "police", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-politie" };
    const real = (await insertCase(api.ds, api.world, { participants: ["police"] })).id;
    const fake = "7f3c1a52-4b1e-4c2d-9e8f-0a1b2c3d4e5f";
    const answer = async (id: string) => {
      const res = await api.as(policeOfficer)(mutation, { id });
      const line = (await auditLines(api.ds)).filter((l) => l.action === "MUTATION").at(-1)!;
      return JSON.stringify({ errors: res.errors?.map((e) => [e.message, e.extensions?.code]), line: [line.outcome, line.reason, line.caseId === id, line.subjectId, line.houseId, line.detail] });
    };
    const [forReal, forFake] = [await answer(real), await answer(fake)];
    expect(forReal).toContain("Your role does not work on cases.");
    expect(forReal).toBe(forFake);
  });
});
