import { OrganisationDomain, ViewerRole } from "../../src/domain/enums";
import { AgendaItem } from "../../src/entities";
import { createLoaders } from "../../src/loaders";
import { RELATION_TABLE } from "../../src/resolvers/relations";
import { visible } from "../../src/permissions/visible/reader";
import type { Context } from "../../src/context";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";
import { ok } from "../support/steps";

/** From a case to a meeting and back to the cases on its agenda, twice over. */
const ROUND_TRIP = /* GraphQL */ `
  query ($id: ID!) { case(id: $id) { id agendaItems { meeting { agenda { case { id subject { fullName } agendaItems { meeting { agenda { case { id } } } } } } } } } }
`;
const FROM_MEETING = /* GraphQL */ `query ($id: ID!) { meeting(id: $id) { agenda { meeting { agenda { case { id subject { fullName } } } } } } }`;

describe("nested paths: a case reached from another object is a case the viewer may see, or nothing", () => {
  let api: TestApi;
  let meetingId: string;
  let shared: string;
  let hidden: string;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    // The ad-hoc partner (Utrecht police, not at this table) takes part in `shared` only; `hidden` is the wijkteam's.
    shared = (await insertCase(api.ds, api.world, { participants: ["police", "otherPolice"], subjectName: "Gedeelde Casus" })).id;
    hidden = (await insertCase(api.ds, api.world, { participants: ["wijkteam"], subjectName: "Verborgen Persoon" })).id;
    meetingId = (await ok(api, PERSONAS.processDirector, "scheduleMeeting", { tableId: api.world.table.id, scheduledAt: "2026-03-10T13:00:00Z" })).id;
    for (const caseId of [shared, hidden]) await ok(api, PERSONAS.processDirector, "putOnAgenda", { meetingId, caseId, kind: "NEW" });
  });
  afterAll(() => api.close());

  const adHoc: Persona = { org: "otherPolice", roles: [ViewerRole.CHAIN_PARTNER], sub: "agent-utrecht" };

  it("case → agenda → meeting → agenda → case, twice: an ad-hoc partner only ever reaches its own case", async () => {
    const res = await api.as(adHoc)(ROUND_TRIP, { id: shared });
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    expect(text).toContain(shared);
    expect(text).not.toContain(hidden);
    expect(text).not.toContain("Verborgen Persoon");
  });

  it("meeting → agenda → meeting → agenda → case: a table member reaches only the cases it takes part in", async () => {
    const res = await api.as(PERSONAS.police)(FROM_MEETING, { id: meetingId });
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toContain("Verborgen Persoon");
    expect(res.data.meeting.agenda.flatMap((item: any) => item.meeting.agenda.map((inner: any) => inner.case.id))).toEqual([shared]);
  });

  it("the house's process director reaches both, so the filter is not simply empty", async () => {
    const res = await api.as(PERSONAS.processDirector)(FROM_MEETING, { id: meetingId });
    const reached = res.data.meeting.agenda.flatMap((item: any) => item.meeting.agenda.map((inner: any) => inner.case.id));
    expect([...new Set(reached)].sort()).toEqual([shared, hidden].sort());
  });

  it("an agenda item's case field itself refuses an invisible case with NOT_FOUND, whatever path led to the item", async () => {
    const viewer = {
      userId: "agent-utrecht", issuer: "test", name: null, onBehalfOf: null, organisationId: api.world.org.otherPolice.id,
      organisationCode: "politie-utrecht", domain: OrganisationDomain.SAFETY, roles: new Set([ViewerRole.CHAIN_PARTNER]),
    };
    const ctx = { viewer, ds: api.ds, loaders: createLoaders(api.ds, viewer, new Date()), now: new Date() } as unknown as Context;
    const item = await api.ds.getRepository(AgendaItem).findOneByOrFail({ meetingId, caseId: hidden });
    await expect(Promise.resolve(RELATION_TABLE.AgendaItem.case.read(ctx, item))).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const own = await api.ds.getRepository(AgendaItem).findOneByOrFail({ meetingId, caseId: shared });
    await expect(Promise.resolve(RELATION_TABLE.AgendaItem.case.read(ctx, own))).resolves.toMatchObject({ id: shared });
  });

  it("the reader answers an invisible and an unknown id alike, for every kind of object", async () => {
    const viewer = {
      userId: "agent-utrecht", issuer: "test", name: null, onBehalfOf: null, organisationId: api.world.org.otherPolice.id,
      organisationCode: "politie-utrecht", domain: OrganisationDomain.SAFETY, roles: new Set([ViewerRole.CHAIN_PARTNER]),
    };
    const reader = visible({ loaders: createLoaders(api.ds, viewer, new Date()) });
    const item = await api.ds.getRepository(AgendaItem).findOneByOrFail({ meetingId, caseId: hidden });
    const unknown = "00000000-0000-4000-8000-000000000000";
    const messages = async (type: "Case" | "AgendaItem", id: string) => (await reader.one(type, id).catch((error) => error)).extensions.code;
    expect(await reader.byIds("Case", [hidden, shared, unknown, "not-a-uuid"])).toEqual([expect.objectContaining({ id: shared })]);
    expect(await messages("Case", hidden)).toBe("NOT_FOUND");
    expect(await messages("AgendaItem", item.id)).toBe("NOT_FOUND");
    expect(await messages("AgendaItem", unknown)).toBe("NOT_FOUND");
  });
});
