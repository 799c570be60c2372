import { CasePhase, TableKind } from "../../src/domain/enums";
import { ConsultationTable } from "../../src/entities";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";
import { insertCase } from "../support/fixture";

const T0 = new Date("2026-03-02T09:00:00Z");
const SITTING = "2026-03-10T13:00:00.000Z";

describe("meetings (casusoverleg): schedule, agenda, attendance, minutes, report", () => {
  let api: TestApi;
  let caseId: string;

  const schedule = async (tableId = api.world.table.id) => (await ok(api, PERSONAS.processDirector, "scheduleMeeting", { tableId, scheduledAt: SITTING })).id as string;
  const openCase = async (phase = CasePhase.DOSSIER_FORMING) => (await insertCase(api.ds, api.world, { participants: ["police", "ggz"], phase })).id;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    caseId = await openCase();
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("process director schedules a meeting of the house's table: planned, no report yet", async () => {
    const meeting = await ok(api, PERSONAS.processDirector, "scheduleMeeting", { tableId: api.world.table.id, scheduledAt: SITTING });
    expect(meeting).toMatchObject({ scheduledAt: SITTING, status: "PLANNED", reportSharedAt: null, table: { id: api.world.table.id } });
  });

  it("a table member cannot schedule (FORBIDDEN); to another house's process director the table does not exist (NOT_FOUND)", async () => {
    const input = { tableId: api.world.table.id, scheduledAt: SITTING };
    await expectRefused(api, PERSONAS.police, "scheduleMeeting", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "scheduleMeeting", input, { code: "NOT_FOUND" });
  });

  it("process director puts a case on the agenda; putting it on twice is a CONFLICT", async () => {
    const meetingId = await schedule();
    const item = await ok(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId, kind: "NEW" });
    expect(item).toMatchObject({ kind: "NEW", minutes: null, case: { id: caseId }, meeting: { id: meetingId } });
    await expectRefused(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId, kind: "FOLLOW_UP" }, { code: "CONFLICT", reason: "ALREADY_ON_AGENDA" });
  });

  it.each([CasePhase.REGISTERED, CasePhase.REJECTED, CasePhase.REFERRED, CasePhase.CLOSED])(
    "a case in %s cannot be put on the agenda: ILLEGAL_TRANSITION",
    async (phase) => {
      const meetingId = await schedule();
      await expectRefused(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId: await openCase(phase), kind: "NEW" },
        { code: "ILLEGAL_TRANSITION", reason: `PUT_ON_AGENDA_NOT_ALLOWED_IN_${phase}` });
    },
  );

  it("a meeting of another house's table is NOT_FOUND; one of another table of the house is BAD_USER_INPUT", async () => {
    const otherHouse = (await api.as(PERSONAS.otherProcessDirector)(
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, { input: { tableId: api.world.otherTable.id, scheduledAt: SITTING } },
    )).data.scheduleMeeting.id;
    await expectRefused(api, PERSONAS.processDirector, "putOnAgenda", { meetingId: otherHouse, caseId, kind: "NEW" }, { code: "NOT_FOUND" });
    const secondTable = await api.ds.getRepository(ConsultationTable).save({ name: "Casus op Maat Rotterdam", kind: TableKind.CASUS_OP_MAAT, houseId: api.world.org.house.id });
    const res = await expectRefused(api, PERSONAS.processDirector, "putOnAgenda", { meetingId: await schedule(secondTable.id), caseId, kind: "NEW" }, { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("meetingId");
  });

  it("partners of the case cannot set the agenda (FORBIDDEN); another house's process director gets NOT_FOUND", async () => {
    const meetingId = await schedule();
    await expectRefused(api, PERSONAS.police, "putOnAgenda", { meetingId, caseId, kind: "NEW" }, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "putOnAgenda", { meetingId, caseId, kind: "NEW" }, { code: "NOT_FOUND" });
  });

  it("attendance is recorded per organisation; recording it again corrects it", async () => {
    const meetingId = await schedule();
    const input = { meetingId, organisationId: api.world.org.ggz.id, present: true, professionalName: "Fleur de Vries" };
    expect(await ok(api, PERSONAS.processDirector, "recordAttendance", input)).toEqual({ present: true, professionalName: "Fleur de Vries", organisation: { code: "ggz-rijnmond" } });
    await ok(api, PERSONAS.processDirector, "recordAttendance", { ...input, present: false, professionalName: null });
    const rows = await api.ds.query(`SELECT present, professional_name FROM attendance WHERE meeting_id = $1`, [meetingId]);
    expect(rows).toEqual([{ present: false, professional_name: null }]);
  });

  it("an ad-hoc partner of a case on the agenda may attend; an organisation with no business there may not", async () => {
    const meetingId = await schedule();
    const outsider = { meetingId, organisationId: api.world.org.otherPolice.id, present: true };
    const res = await expectRefused(api, PERSONAS.processDirector, "recordAttendance", outsider, { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("organisationId");
    const withAdHoc = (await insertCase(api.ds, api.world, { participants: ["police", "otherPolice"] })).id;
    await ok(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId: withAdHoc, kind: "NEW" });
    await ok(api, PERSONAS.processDirector, "recordAttendance", outsider);
    await expectRefused(api, PERSONAS.processDirector, "recordAttendance", { meetingId, organisationId: "00000000-0000-4000-8000-000000000000", present: true }, { code: "NOT_FOUND" });
  });

  it("a table member cannot keep attendance (FORBIDDEN); another house's process director does not find the meeting", async () => {
    const meetingId = await schedule();
    const input = { meetingId, organisationId: api.world.org.police.id, present: true };
    await expectRefused(api, PERSONAS.police, "recordAttendance", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "recordAttendance", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "holdMeeting", { meetingId }, { code: "NOT_FOUND" });
  });

  it("process director minutes the discussion, then holds the meeting: the report is shared now and fixed afterwards", async () => {
    const meetingId = await schedule();
    const item = await ok(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId, kind: "FOLLOW_UP" });
    expect(await ok(api, PERSONAS.processDirector, "recordMinutes", { agendaItemId: item.id, minutes: "Toestandsbeeld besproken; spoor 3." }))
      .toEqual({ id: item.id, minutes: "Toestandsbeeld besproken; spoor 3." });
    api.setNow(new Date(SITTING));
    expect(await ok(api, PERSONAS.processDirector, "holdMeeting", { meetingId })).toEqual({ id: meetingId, status: "HELD", reportSharedAt: SITTING });
    const held = { code: "ILLEGAL_TRANSITION", reason: "MEETING_ALREADY_HELD" };
    await expectRefused(api, PERSONAS.processDirector, "holdMeeting", { meetingId }, held);
    await expectRefused(api, PERSONAS.processDirector, "recordMinutes", { agendaItemId: item.id, minutes: "Achteraf gewijzigd." }, held);
    await expectRefused(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId: await openCase(), kind: "NEW" }, held);
    await expectRefused(api, PERSONAS.processDirector, "recordAttendance", { meetingId, organisationId: api.world.org.police.id, present: true }, held);
  });

  it("only the house's process director writes minutes: partners FORBIDDEN, another house NOT_FOUND", async () => {
    const meetingId = await schedule();
    const item = await ok(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId: await openCase(), kind: "NEW" });
    const input = { agendaItemId: item.id, minutes: "Verslag." };
    await expectRefused(api, PERSONAS.ggz, "recordMinutes", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "recordMinutes", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.processDirector, "recordMinutes", { agendaItemId: "00000000-0000-4000-8000-000000000000", minutes: "x" }, { code: "NOT_FOUND" });
  });
});
