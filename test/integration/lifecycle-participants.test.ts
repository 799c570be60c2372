import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";
import { insertCase, type OrgKey } from "../support/fixture";

const T0 = new Date("2026-03-02T09:00:00Z");
const NOBODY = "00000000-0000-4000-8000-000000000000";

describe("participants: joining and leaving a case", () => {
  let api: TestApi;
  const newCase = async (participants: OrgKey[] = ["police", "ggz"], phase = CasePhase.ACTIVE_DIRECTION, caseDirector?: OrgKey) =>
    (await insertCase(api.ds, api.world, { participants, phase, caseDirector })).id;
  const sees = async (persona: (typeof PERSONAS)[keyof typeof PERSONAS], caseId: string) =>
    !(await api.as(persona)(`query ($id: ID!) { case(id: $id) { id } }`, { id: caseId })).errors;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("process director adds the municipality as chain partner: it now sees the case", async () => {
    const caseId = await newCase();
    expect(await sees(PERSONAS.municipality, caseId)).toBe(false);
    const added = await ok(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.municipality.id, role: "CHAIN_PARTNER", professionalName: "Eva Jansen" });
    expect(added).toMatchObject({ role: "CHAIN_PARTNER", professionalName: "Eva Jansen", joinedAt: T0.toISOString(), leftAt: null, organisation: { code: "gemeente-rotterdam" } });
    expect(await sees(PERSONAS.municipality, caseId)).toBe(true);
  });

  it("an organisation outside the table joins as ad-hoc partner", async () => {
    const caseId = await newCase();
    const added = await ok(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.otherPolice.id, role: "AD_HOC_PARTNER" });
    expect(added).toMatchObject({ role: "AD_HOC_PARTNER", professionalName: null });
    expect(await sees(PERSONAS.outsiderPolice, caseId)).toBe(true);
  });

  it("adding a partner twice is a CONFLICT; an unknown organisation NOT_FOUND; the director role BAD_USER_INPUT", async () => {
    const caseId = await newCase();
    await expectRefused(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.ggz.id, role: "CHAIN_PARTNER" },
      { code: "CONFLICT", reason: "ALREADY_PARTICIPANT" });
    await expectRefused(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: NOBODY, role: "CHAIN_PARTNER" }, { code: "NOT_FOUND" });
    const res = await expectRefused(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.wijkteam.id, role: "CASE_DIRECTOR" }, { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("role");
  });

  it.each([CasePhase.CLOSED, CasePhase.REJECTED, CasePhase.REFERRED, CasePhase.SCALED_DOWN])("nobody joins a case in %s: ILLEGAL_TRANSITION", async (phase) => {
    const caseId = await newCase(["police", "ggz"], phase);
    await expectRefused(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.wijkteam.id, role: "CHAIN_PARTNER" },
      { code: "ILLEGAL_TRANSITION", reason: `ADD_PARTICIPANT_NOT_ALLOWED_IN_${phase}` });
  });

  it("partners cannot invite others (FORBIDDEN); outsiders and another house's process director get NOT_FOUND", async () => {
    const caseId = await newCase(["police", "ggz"], CasePhase.ACTIVE_DIRECTION, "police");
    const input = { caseId, organisationId: api.world.org.wijkteam.id, role: "CHAIN_PARTNER" };
    await expectRefused(api, PERSONAS.policeCaseDirector, "addParticipant", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.wijkteam, "addParticipant", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "addParticipant", input, { code: "NOT_FOUND" });
  });

  it("GGZ leaves a case by itself: leftAt is set, the history stays, and GGZ no longer sees the case", async () => {
    const caseId = await newCase(["police", "ggz", "wijkteam"]);
    const left = await ok(api, PERSONAS.ggz, "leaveCase", { caseId, organisationId: api.world.org.ggz.id });
    expect(left).toMatchObject({ leftAt: T0.toISOString(), organisation: { code: "ggz-rijnmond" } });
    expect(await sees(PERSONAS.ggz, caseId)).toBe(false);
    const res = await api.as(PERSONAS.processDirector)(`query ($id: ID!) { case(id: $id) { participants { leftAt organisation { code } } } }`, { id: caseId });
    expect(res.data.case.participants).toContainEqual({ leftAt: T0.toISOString(), organisation: { code: "ggz-rijnmond" } });
  });

  it("an organisation that left may be added again: a new participation, the old one kept", async () => {
    const caseId = await newCase(["police", "ggz"]);
    await ok(api, PERSONAS.processDirector, "leaveCase", { caseId, organisationId: api.world.org.ggz.id });
    await ok(api, PERSONAS.processDirector, "addParticipant", { caseId, organisationId: api.world.org.ggz.id, role: "CHAIN_PARTNER" });
    const rows = await api.ds.query(`SELECT left_at FROM participant WHERE case_id = $1 AND organisation_id = $2 ORDER BY joined_at, left_at`, [caseId, api.world.org.ggz.id]);
    expect(rows.map((r: any) => r.left_at === null)).toEqual([false, true]);
  });

  it("police cannot take GGZ off the case (FORBIDDEN); the process director can", async () => {
    const caseId = await newCase(["police", "ggz", "wijkteam"]);
    const input = { caseId, organisationId: api.world.org.ggz.id };
    await expectRefused(api, PERSONAS.police, "leaveCase", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.prosecutorTriage, "leaveCase", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "leaveCase", input, { code: "NOT_FOUND" });
    expect(await ok(api, PERSONAS.processDirector, "leaveCase", input)).toMatchObject({ leftAt: T0.toISOString() });
  });

  it("the case director must hand over before leaving; the last participant cannot leave", async () => {
    const caseId = await newCase(["police", "ggz"], CasePhase.ACTIVE_DIRECTION, "police");
    await expectRefused(api, PERSONAS.policeCaseDirector, "leaveCase", { caseId, organisationId: api.world.org.police.id },
      { code: "ILLEGAL_TRANSITION", reason: "CASE_DIRECTOR_MUST_HAND_OVER" });
    const alone = await newCase(["wijkteam"]);
    await expectRefused(api, PERSONAS.wijkteam, "leaveCase", { caseId: alone, organisationId: api.world.org.wijkteam.id },
      { code: "ILLEGAL_TRANSITION", reason: "LAST_PARTICIPANT_CANNOT_LEAVE" });
  });

  it("removing an organisation that does not take part is NOT_FOUND; nobody leaves a closed case", async () => {
    const caseId = await newCase(["police", "ggz"]);
    await expectRefused(api, PERSONAS.processDirector, "leaveCase", { caseId, organisationId: api.world.org.wijkteam.id }, { code: "NOT_FOUND" });
    const closed = await newCase(["police", "ggz"], CasePhase.CLOSED);
    await expectRefused(api, PERSONAS.ggz, "leaveCase", { caseId: closed, organisationId: api.world.org.ggz.id },
      { code: "ILLEGAL_TRANSITION", reason: "LEAVE_CASE_NOT_ALLOWED_IN_CLOSED" });
  });
});
