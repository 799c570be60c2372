import { randomUUID } from "node:crypto";
import { TableKind } from "../../src/domain/enums";
import { ConsultationTable, TableMember } from "../../src/entities";
import { createTestApi, PERSONAS, type GraphQLResponse, type Persona, type TestApi } from "../support/api";
import { expectRefusedUnchanged, ok, step } from "../support/steps";

const REFERENCE = /^\d{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** The whole answer with the id the requester sent replaced: what a client can compare. */
/** The answer with the id that was sent, and each error's own request id, written out: what is left must be equal. */
function withoutId(res: GraphQLResponse, id: string): string {
  return JSON.stringify(res).split(id).join("<sent>").replace(/"requestId":"[^"]+"/g, '"requestId":"<own>"');
}

describe("small signals: references and table ids tell a partner nothing about others' cases or tables", () => {
  let api: TestApi;
  let wijkTable: ConsultationTable;

  const registration = (tableId: string) => ({
    tableId, subject: { fullName: "Sara de Boer" }, triedWithinOwnOrganisation: "Twee gesprekken en een huisbezoek.", subjectInformed: true,
  });

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    wijkTable = await api.ds.getRepository(ConsultationTable).save({ name: "Veilig Verder Zuid", kind: TableKind.VEILIG_VERDER, hasCriminalLawComponent: false, houseId: api.world.org.house.id });
    await api.ds.getRepository(TableMember).save({ tableId: wijkTable.id, organisationId: api.world.org.wijkteam.id });
  });
  afterAll(() => api.close());

  it("agent Bram's references do not count the cases the wijkteam registered at another table of the house in between", async () => {
    const references: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const mine = await ok(api, PERSONAS.police, "registerCase", registration(api.world.table.id));
      references.push((await api.ds.query(`SELECT reference FROM "case" WHERE id = $1`, [mine.id]))[0].reference);
      await ok(api, PERSONAS.wijkteam, "registerCase", registration(wijkTable.id));
    }
    expect(references.every((reference) => REFERENCE.test(reference))).toBe(true);
    // A counter (per house or per table) would rise with each registration; twelve random references almost never do (1 in 12!).
    expect([...references].sort()).not.toEqual(references);
  });

  it("Utrecht's police registering at the Rotterdam table gets the NOT_FOUND of a made-up table id, and nothing changes", async () => {
    const real = await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "registerCase", registration(api.world.table.id)), { code: "NOT_FOUND" });
    const fakeId = randomUUID();
    const fake = await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "registerCase", registration(fakeId)), { code: "NOT_FOUND" });
    expect(withoutId(real, api.world.table.id)).toBe(withoutId(fake, fakeId));
  });

  it("Utrecht's process director scheduling at a Rotterdam table gets the same NOT_FOUND as for a made-up id", async () => {
    const schedule = (tableId: string) => step(api, PERSONAS.otherProcessDirector, "scheduleMeeting", { tableId, scheduledAt: "2026-06-01T10:00:00Z" });
    const real = await expectRefusedUnchanged(api, () => schedule(wijkTable.id), { code: "NOT_FOUND" });
    const fakeId = randomUUID();
    const fake = await expectRefusedUnchanged(api, () => schedule(fakeId), { code: "NOT_FOUND" });
    expect(withoutId(real, wijkTable.id)).toBe(withoutId(fake, fakeId));
  });

  it("the tables query lists exactly the tables an organisation may name: where it sits or which its house runs", async () => {
    const names = async (persona: Persona) => (await api.as(persona)(`{ tables { name } }`)).data.tables.map((t: { name: string }) => t.name);
    expect(await names(PERSONAS.outsiderPolice)).toEqual(["Casus op Maat Utrecht"]);
    expect(await names(PERSONAS.wijkteam)).toEqual(["Top X Rotterdam", "Veilig Verder Zuid"]);
    expect(await names(PERSONAS.processDirector)).toEqual(["Top X Rotterdam", "Veilig Verder Zuid"]);
    // A member that is not the house's process director may know the table: its refusal stays FORBIDDEN.
    const res = await step(api, PERSONAS.wijkteam, "scheduleMeeting", { tableId: wijkTable.id, scheduledAt: "2026-06-01T10:00:00Z" });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
