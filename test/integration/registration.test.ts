import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";

describe("registration (aanmelding)", () => {
  let api: TestApi;
  const input = (overrides: Record<string, unknown> = {}) => ({
    tableId: api.world.table.id,
    subject: { fullName: "Jan Jansen", dateOfBirth: "1988-04-12", municipality: "Rotterdam" },
    relatedPersons: [{ fullName: "Piet Jansen", relation: "SIBLING" }],
    triedWithinOwnOrganisation: "Drie gesprekken gevoerd, doorverwijzing naar huisarts geweigerd.",
    subjectInformed: false,
    subjectNotInformedReason: "Veiligheid van de melder: betrokkene dreigde met geweld.",
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("police registers a case at its table and becomes its registrant participant", async () => {
    const created = await ok(api, PERSONAS.police, "registerCase", input());
    expect(created.phase).toBe("REGISTERED");
    const res = await api.as(PERSONAS.police)(
      `query ($id: ID!) { case(id: $id) { subjectInformed subjectNotInformedReason registeredBy { code }
        subject { fullName } relatedPersons { fullName relation } participants { role organisation { code } } } }`,
      { id: created.id },
    );
    expect(res.data.case).toEqual({
      subjectInformed: false,
      subjectNotInformedReason: "Veiligheid van de melder: betrokkene dreigde met geweld.",
      registeredBy: { code: "politie-rotterdam" },
      subject: { fullName: "Jan Jansen" },
      relatedPersons: [{ fullName: "Piet Jansen", relation: "SIBLING" }],
      participants: [{ role: "REGISTRANT", organisation: { code: "politie-rotterdam" } }],
    });
  });

  it("registrations at the same moment get distinct references: the year and ten random characters, no sequence number", async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => ok(api, PERSONAS.police, "registerCase", input())));
    const rows: Array<{ reference: string }> = await api.ds.query(`SELECT reference FROM "case" WHERE id = ANY($1::uuid[])`, [created.map((c) => c.id)]);
    expect(new Set(rows.map((row) => row.reference)).size).toBe(8);
    expect(rows.every((row) => /^\d{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/.test(row.reference))).toBe(true);
  });

  it("a subject who was not informed needs a reason", async () => {
    const res = await expectRefused(api, PERSONAS.police, "registerCase", input({ subjectNotInformedReason: undefined }), { code: "BAD_USER_INPUT" });
    expect(Object.keys(res.errors![0].extensions!.fields)).toEqual(["subjectNotInformedReason"]);
  });

  it("bad input names each failing field and changes nothing", async () => {
    const res = await expectRefused(api, PERSONAS.police, "registerCase",
      input({ triedWithinOwnOrganisation: "niets", subject: { fullName: "", dateOfBirth: "12-04-1988" } }), { code: "BAD_USER_INPUT" });
    expect(Object.keys(res.errors![0].extensions!.fields).sort()).toEqual(["subject.dateOfBirth", "subject.fullName", "triedWithinOwnOrganisation"]);
  });

  it("a partner that does not sit at the table cannot register there: NOT_FOUND, as for a table that does not exist", async () => {
    await expectRefused(api, PERSONAS.outsiderPolice, "registerCase", input(), { code: "NOT_FOUND" });
  });

  it("an unknown table is NOT_FOUND", async () => {
    await expectRefused(api, PERSONAS.police, "registerCase", input({ tableId: "00000000-0000-4000-8000-000000000001" }), { code: "NOT_FOUND" });
  });

  it("a privacy officer cannot register cases", async () => {
    await expectRefused(api, PERSONAS.privacyOfficer, "registerCase", input(), { code: "FORBIDDEN" });
  });
});
