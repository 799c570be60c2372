import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok } from "../support/steps";

describe("from registration to track 3, all through the API", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("police registers; triage accepts; the table discusses, decides track 3, names a case director and opens health data to the police", async () => {
    const { org, table } = api.world;
    const pd = PERSONAS.processDirector;
    api.setNow(new Date("2026-03-02T09:00:00Z"));
    const { id: caseId } = await ok(api, PERSONAS.police, "registerCase", {
      tableId: table.id, subject: { fullName: "Kees de Vries" }, subjectInformed: false,
      subjectNotInformedReason: "Veiligheid van de melder", triedWithinOwnOrganisation: "Stopgesprekken en een gebiedsverbod.",
    });
    await ok(api, PERSONAS.prosecutorTriage, "triageCase", { caseId, decision: "ACCEPT" });
    const { id: meetingId } = await ok(api, pd, "scheduleMeeting", { tableId: table.id, scheduledAt: "2026-03-10T13:00:00Z" });
    const item = await ok(api, pd, "putOnAgenda", { meetingId, caseId, kind: "NEW" });
    await ok(api, pd, "addParticipant", { caseId, organisationId: org.ggz.id, role: "CHAIN_PARTNER", professionalName: "Fleur" });
    for (const key of ["police", "ggz"] as const) await ok(api, pd, "recordAttendance", { meetingId, organisationId: org[key].id, present: true });
    api.setNow(new Date("2026-03-10T15:00:00Z"));
    await ok(api, pd, "recordMinutes", { agendaItemId: item.id, minutes: "Toestandsbeeld gedeeld. Besluit: spoor 3." });
    expect(await ok(api, pd, "decideTrack", { caseId, track: "TRACK_3_JOINT_APPROACH" })).toMatchObject({ phase: "ACTIVE_DIRECTION" });
    await ok(api, pd, "assignCaseDirector", { caseId, organisationId: org.police.id, professionalName: "Cor" });
    const basis = await ok(api, pd, "recordLegalBasis", {
      caseId, type: "COVENANT", categories: ["HEALTH"], organisationIds: [org.police.id], validFrom: "2026-03-10T00:00:00Z", documentReference: "Convenant ZVH Rijnmond",
    });
    await ok(api, PERSONAS.ggz, "shareInformation", { caseId, category: "HEALTH", content: "Psychotische klachten", factDate: "2026-03-09", legalBasisId: basis.id });
    await ok(api, pd, "holdMeeting", { meetingId });

    const res = await api.as(PERSONAS.policeCaseDirector)(`query ($id: ID!) { case(id: $id) {
      phase track caseDirector { organisation { code } } health { content supplier { code } }
      agendaItems { minutes meeting { status reportSharedAt attendance { organisation { code } } } } } }`, { id: caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.case).toEqual({
      phase: "ACTIVE_DIRECTION", track: "TRACK_3_JOINT_APPROACH", caseDirector: { organisation: { code: "politie-rotterdam" } },
      health: [{ content: "Psychotische klachten", supplier: { code: "ggz-rijnmond" } }],
      agendaItems: [{ minutes: "Toestandsbeeld gedeeld. Besluit: spoor 3.", meeting: {
        status: "HELD", reportSharedAt: "2026-03-10T15:00:00.000Z", attendance: [{ organisation: { code: expect.any(String) } }, { organisation: { code: expect.any(String) } }],
      } }],
    });
  });
});
