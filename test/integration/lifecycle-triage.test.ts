import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { databaseState, ok, expectRefused, step } from "../support/steps";
import { insertCase } from "../support/fixture";

const T0 = new Date("2026-03-02T09:00:00Z");

describe("triage (screening) and the track decision", () => {
  let api: TestApi;

  async function registered(): Promise<string> {
    const created = await ok(api, PERSONAS.police, "registerCase", {
      tableId: api.world.table.id,
      subject: { fullName: "Jan Jansen", dateOfBirth: "1990-05-01" },
      triedWithinOwnOrganisation: "Meerdere gesprekken gevoerd en doorverwezen naar de huisarts.",
      subjectInformed: true,
    });
    return created.id;
  }

  const inPhase = async (phase: CasePhase) => (await insertCase(api.ds, api.world, { participants: ["police", "ggz"], phase })).id;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("prosecutor's triage member accepts a registration: dossier forming, screened now", async () => {
    const caseId = await registered();
    const triaged = await ok(api, PERSONAS.prosecutorTriage, "triageCase", { caseId, decision: "ACCEPT" });
    expect(triaged).toEqual({ id: caseId, phase: "DOSSIER_FORMING", triagedAt: T0.toISOString(), rejectionReason: null });
  });

  it("process director rejects a registration with a reason the registrant can read", async () => {
    const caseId = await registered();
    await ok(api, PERSONAS.processDirector, "triageCase", { caseId, decision: "REJECT", reason: "Valt buiten de criteria van Top X." });
    const res = await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { phase rejectionReason triagedAt } }`, { id: caseId });
    expect(res.data.case).toEqual({ phase: "REJECTED", rejectionReason: "Valt buiten de criteria van Top X.", triagedAt: T0.toISOString() });
  });

  it("rejecting without a reason is BAD_USER_INPUT and changes nothing", async () => {
    const caseId = await registered();
    const res = await expectRefused(api, PERSONAS.prosecutorTriage, "triageCase", { caseId, decision: "REJECT" }, { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("reason");
  });

  it("process director cannot screen a case twice: ILLEGAL_TRANSITION, nothing changed", async () => {
    const caseId = await registered();
    await ok(api, PERSONAS.processDirector, "triageCase", { caseId, decision: "ACCEPT" });
    await expectRefused(api, PERSONAS.processDirector, "triageCase", { caseId, decision: "REJECT", reason: "Toch niet passend." },
      { code: "ILLEGAL_TRANSITION", reason: "TRIAGE_NOT_ALLOWED_IN_DOSSIER_FORMING" });
  });

  it("after screening the triage member no longer sees the case: NOT_FOUND", async () => {
    const caseId = await registered();
    await ok(api, PERSONAS.prosecutorTriage, "triageCase", { caseId, decision: "ACCEPT" });
    await expectRefused(api, PERSONAS.prosecutorTriage, "triageCase", { caseId, decision: "ACCEPT" }, { code: "NOT_FOUND" });
  });

  it("the registering chain partner cannot screen its own registration: FORBIDDEN", async () => {
    const caseId = await registered();
    await expectRefused(api, PERSONAS.police, "triageCase", { caseId, decision: "ACCEPT" }, { code: "FORBIDDEN" });
  });

  it("a triage member whose organisation is not at the table, and another house's process director, get NOT_FOUND", async () => {
    const caseId = await registered();
    await expectRefused(api, PERSONAS.outsiderTriage, "triageCase", { caseId, decision: "ACCEPT" }, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "triageCase", { caseId, decision: "ACCEPT" }, { code: "NOT_FOUND" });
  });

  it("process director decides track 3: active direction, the case stays open", async () => {
    const caseId = await inPhase(CasePhase.DOSSIER_FORMING);
    const decided = await ok(api, PERSONAS.processDirector, "decideTrack", { caseId, track: "TRACK_3_JOINT_APPROACH" });
    expect(decided).toEqual({ id: caseId, phase: "ACTIVE_DIRECTION", track: "TRACK_3_JOINT_APPROACH", trackDecidedAt: T0.toISOString(), closedAt: null });
  });

  it.each(["TRACK_1_ADVICE", "TRACK_2_FOLLOW_UP_BY_PARTNER"])("process director decides %s: the case is referred and closed now", async (track) => {
    const caseId = await inPhase(CasePhase.DOSSIER_FORMING);
    const decided = await ok(api, PERSONAS.processDirector, "decideTrack", { caseId, track });
    expect(decided).toEqual({ id: caseId, phase: "REFERRED", track, trackDecidedAt: T0.toISOString(), closedAt: T0.toISOString() });
  });

  it.each([CasePhase.REGISTERED, CasePhase.ACTIVE_DIRECTION, CasePhase.REJECTED, CasePhase.CLOSED])(
    "process director cannot decide a track in %s: ILLEGAL_TRANSITION, nothing changed",
    async (phase) => {
      const caseId = await inPhase(phase);
      await expectRefused(api, PERSONAS.processDirector, "decideTrack", { caseId, track: "TRACK_3_JOINT_APPROACH" },
        { code: "ILLEGAL_TRANSITION", reason: `DECIDE_TRACK_NOT_ALLOWED_IN_${phase}` });
    },
  );

  it("partners of the case cannot decide the track (FORBIDDEN); outsiders and another house get NOT_FOUND", async () => {
    const caseId = await inPhase(CasePhase.DOSSIER_FORMING);
    const input = { caseId, track: "TRACK_3_JOINT_APPROACH" };
    await expectRefused(api, PERSONAS.ggz, "decideTrack", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.police, "decideTrack", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.municipality, "decideTrack", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "decideTrack", input, { code: "NOT_FOUND" });
  });

  it("an unknown track is refused before anything happens", async () => {
    const caseId = await inPhase(CasePhase.DOSSIER_FORMING);
    const before = await databaseState(api.ds);
    const res = await step(api, PERSONAS.processDirector, "decideTrack", { caseId, track: "TRACK_4" });
    expect(res.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|INVALID_QUERY/);
    expect(await databaseState(api.ds)).toEqual(before);
  });
});
