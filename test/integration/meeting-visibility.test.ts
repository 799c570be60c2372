import { InformationCategory } from "../../src/domain/enums";
import { InformationItem } from "../../src/entities";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { ok } from "../support/steps";
import { insertCase } from "../support/fixture";

const MEETING = /* GraphQL */ `
  query ($id: ID!) { meeting(id: $id) { id status table { id } agenda { kind case { id subject { fullName } } } attendance { present organisation { code } } } }
`;
const MEETINGS = `query ($t: ID!) { meetings(tableId: $t) { id scheduledAt } }`;

describe("meetings: who sees a meeting, and which cases its agenda shows them", () => {
  let api: TestApi;
  let meetingId: string;
  let policeCase: string;
  let wijkteamCase: string;
  let adHocCase: string;

  const agendaOf = async (persona: Persona) => {
    const res = await api.as(persona)(MEETING, { id: meetingId });
    expect(res.errors).toBeUndefined();
    return res.data.meeting.agenda.map((item: any) => item.case.id).sort();
  };

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    policeCase = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"], subjectName: "Piet Politie" })).id;
    wijkteamCase = (await insertCase(api.ds, api.world, { participants: ["wijkteam"], subjectName: "Wim Wijkteam" })).id;
    adHocCase = (await insertCase(api.ds, api.world, { participants: ["police", "otherPolice"], subjectName: "Ad Hoc" })).id;
    const pd = PERSONAS.processDirector;
    await ok(api, pd, "scheduleMeeting", { tableId: api.world.table.id, scheduledAt: "2026-02-01T13:00:00Z" });
    meetingId = (await ok(api, pd, "scheduleMeeting", { tableId: api.world.table.id, scheduledAt: "2026-03-10T13:00:00Z" })).id;
    for (const caseId of [policeCase, wijkteamCase, adHocCase]) await ok(api, pd, "putOnAgenda", { meetingId, caseId, kind: "NEW" });
    await ok(api, pd, "recordAttendance", { meetingId, organisationId: api.world.org.police.id, present: true });
    await api.ds.getRepository(InformationItem).save({
      caseId: policeCase, category: InformationCategory.HEALTH, content: "Psychose", supplierId: api.world.org.ggz.id, factDate: "2026-01-05", sharedAt: new Date(),
    });
  });
  afterAll(() => api.close());

  it("the house's process director sees the whole agenda and the attendance", async () => {
    expect(await agendaOf(PERSONAS.processDirector)).toEqual([policeCase, wijkteamCase, adHocCase].sort());
    const res = await api.as(PERSONAS.processDirector)(MEETING, { id: meetingId });
    expect(res.data.meeting).toMatchObject({ status: "PLANNED", table: { id: api.world.table.id }, attendance: [{ present: true, organisation: { code: "politie-rotterdam" } }] });
  });

  it("a table member sees only the agenda items of cases it takes part in, and learns nothing of the others", async () => {
    expect(await agendaOf(PERSONAS.police)).toEqual([policeCase, adHocCase].sort());
    expect(await agendaOf(PERSONAS.wijkteam)).toEqual([wijkteamCase]);
    expect(await agendaOf(PERSONAS.municipality)).toEqual([]);
    const raw = JSON.stringify(await api.as(PERSONAS.police)(MEETING, { id: meetingId }));
    expect(raw).not.toContain(wijkteamCase);
    expect(raw).not.toContain("Wim Wijkteam");
  });

  it("care data stays behind canReadCare when a case is reached through the agenda", async () => {
    const query = `query ($id: ID!) { meeting(id: $id) { agenda { case { id health { content } } } } }`;
    const police = await api.as(PERSONAS.police)(query, { id: meetingId });
    expect(police.data.meeting.agenda.find((i: any) => i.case.id === policeCase).case.health).toBeNull();
    expect(police.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(JSON.stringify(police)).not.toContain("Psychose");
    const ggz = await api.as(PERSONAS.ggz)(query, { id: meetingId });
    expect(ggz.data.meeting.agenda).toEqual([{ case: { id: policeCase, health: [{ content: "Psychose" }] } }]);
  });

  it("an ad-hoc partner reaches the meeting only through its own case, and sees only that case on the agenda", async () => {
    const direct = await api.as(PERSONAS.outsiderPolice)(MEETING, { id: meetingId });
    expect(direct.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const res = await api.as(PERSONAS.outsiderPolice)(
      `query ($id: ID!) { case(id: $id) { agendaItems { meeting { id agenda { case { id } } } } } }`, { id: adHocCase },
    );
    expect(res.data.case.agendaItems).toEqual([{ meeting: { id: meetingId, agenda: [{ case: { id: adHocCase } }] } }]);
  });

  it("a partner outside the table and another house's process director get NOT_FOUND and an empty list", async () => {
    for (const persona of [PERSONAS.outsiderPolice, PERSONAS.otherProcessDirector]) {
      const one = await api.as(persona)(MEETING, { id: meetingId });
      expect(one.data).toBeNull();
      expect(one.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect((await api.as(persona)(MEETINGS, { t: api.world.table.id })).data.meetings).toEqual([]);
    }
    const missing = await api.as(PERSONAS.police)(MEETING, { id: "not-a-uuid" });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("table members list the table's meetings, latest first", async () => {
    const res = await api.as(PERSONAS.ggz)(MEETINGS, { t: api.world.table.id });
    expect(res.data.meetings.map((m: any) => m.scheduledAt)).toEqual(["2026-03-10T13:00:00.000Z", "2026-02-01T13:00:00.000Z"]);
    expect((await api.as(PERSONAS.ggz)(MEETINGS, { t: "nope" })).data.meetings).toEqual([]);
  });

  it("a privacy officer does not read meetings: FORBIDDEN", async () => {
    const res = await api.as(PERSONAS.privacyOfficer)(MEETING, { id: meetingId });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
