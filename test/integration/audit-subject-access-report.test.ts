import { InformationCategory, LegalBasisType, ViewerRole } from "../../src/domain/enums";
import { InformationItem, LegalBasis } from "../../src/entities";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

const REPORT = `query ($subjectId: ID!) { subjectAccessReport(subjectId: $subjectId) {
  subjectId generatedAt totalCount json csv
  organisations { organisation { code name } entries { id occurredAt userId action operation outcome reason category legalBasisId legalBasisType } } } }`;
const READ = `query ($id: ID!) { case(id: $id) { id health { content } } }`;

describe("subject access report (inzageverzoek): per organisation, as JSON and CSV", () => {
  let api: TestApi;
  let caseId: string;
  let subjectId: string;
  let basisId: string;

  async function report(persona: Persona, id = subjectId) {
    const res = await api.as(persona)(REPORT, { subjectId: id });
    expect(res.errors).toBeUndefined();
    return res.data.subjectAccessReport;
  }

  beforeAll(async () => {
    api = await createTestApi();
    const { world } = api;
    ({ id: caseId, subjectId } = await insertCase(api.ds, world, { participants: ["police", "ggz"], subjectName: "Kees Jansen" }));
    await api.ds.getRepository(InformationItem).save({
      caseId, category: InformationCategory.HEALTH, content: "Verslaafd aan gokken.", supplierId: world.org.ggz.id, factDate: "2026-01-15", sharedAt: new Date("2026-01-15"),
    });
    basisId = (await api.ds.getRepository(LegalBasis).save({
      caseId, type: LegalBasisType.COVENANT, categories: [InformationCategory.HEALTH], organisationIds: [world.org.police.id], validFrom: new Date("2026-01-01"),
      validUntil: null, documentReference: "Convenant 2026", recordedByOrganisationId: world.org.house.id, recordedByUser: "pd-anna", recordedAt: new Date("2026-01-01"),
    })).id;
    const readers = [PERSONAS.police, PERSONAS.ggz, PERSONAS.outsiderPolice, PERSONAS.processDirector];
    for (const [i, persona] of readers.entries()) {
      api.setNow(new Date(`2026-03-0${i + 1}T10:00:00Z`));
      await api.as(persona)(READ, { id: caseId });
    }
    api.setNow(new Date("2026-03-10T09:00:00Z"));
  });
  afterAll(() => api.close());

  it("house privacy officer gets every access to the subject's data, grouped by organisation: who, when, what, on which basis", async () => {
    const sar = await report(PERSONAS.privacyOfficer);
    expect(sar).toMatchObject({ subjectId, generatedAt: "2026-03-10T09:00:00.000Z", totalCount: 6 });
    const groups = sar.organisations.map((g: any) => [g.organisation.name, g.entries.map((e: any) => [e.userId, e.operation, e.outcome, e.reason, e.legalBasisType])]);
    // Utrecht's refused probe reached nothing of the subject, so its line names no subject (log parity).
    expect(groups).toEqual([
      ["GGZ Rijnmond", [["ggz-fleur", "case", "ALLOWED", null, null], ["ggz-fleur", "health", "ALLOWED", "CARE_PARTNER", null]]],
      ["Politie Rotterdam", [["agent-bram", "case", "ALLOWED", null, null], ["agent-bram", "health", "ALLOWED", "LEGAL_BASIS", "COVENANT"]]],
      ["Zorg- en Veiligheidshuis Rijnmond", [["pd-anna", "case", "ALLOWED", null, null], ["pd-anna", "health", "DENIED", "NO_LEGAL_BASIS", null]]],
    ]);
    expect(JSON.stringify(sar)).not.toMatch(/Verslaafd|Kees Jansen/);
  });

  it("the JSON export holds the same report", async () => {
    const sar = await report(PERSONAS.privacyOfficer);
    const exported = JSON.parse(sar.json);
    expect(exported).toMatchObject({ subjectId, generatedAt: sar.generatedAt, totalCount: sar.totalCount });
    expect(exported.organisations.map((g: any) => [g.organisation.name, g.entries.map((e: any) => [e.line, e.occurredAt, e.userId, e.operation, e.outcome, e.legalBasisId])]))
      .toEqual(sar.organisations.map((g: any) => [g.organisation.name, g.entries.map((e: any) => [e.id, e.occurredAt, e.userId, e.operation, e.outcome, e.legalBasisId])]));
  });

  it("the CSV export has a header and one row per line, with organisation, user, time, category and basis", async () => {
    const sar = await report(PERSONAS.privacyOfficer);
    const rows = sar.csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe("organisation_code,organisation_name,line,occurred_at,user_id,issuer,on_behalf_of,roles,action,operation,outcome,reason,case_id,category,legal_basis_id,legal_basis_type");
    expect(rows).toHaveLength(sar.totalCount + 1);
    const healthRead = sar.organisations[1].entries[1];
    expect(rows).toContain([
      "politie-rotterdam", "Politie Rotterdam", healthRead.id, "2026-03-01T10:00:00.000Z", "agent-bram", "https://idp.safety-partners.test", "",
      "CHAIN_PARTNER", "READ_CARE_DATA", "health", "ALLOWED", "LEGAL_BASIS", caseId, "HEALTH", basisId, "COVENANT",
    ].join(","));
  });

  it("producing a report is logged, and shows in the next report under the privacy officer's own organisation", async () => {
    const sar = await report(PERSONAS.privacyOfficer);
    const house = sar.organisations.find((g: any) => g.organisation.code === "zvh-rijnmond");
    expect(house.entries.filter((e: any) => e.action === "EXPORT_SUBJECT_ACCESS_REPORT").map((e: any) => [e.userId, e.outcome])).toEqual([
      ["fg-ingrid", "ALLOWED"], ["fg-ingrid", "ALLOWED"], ["fg-ingrid", "ALLOWED"],
    ]);
  });

  it("another house's privacy officer learns nothing about this subject; a partner's privacy officer only its own users' lines", async () => {
    expect(await report({ org: "otherHouse", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-utrecht" })).toMatchObject({ totalCount: 0, organisations: [] });
    const police = await report({ org: "police", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-politie" });
    expect(police.organisations.map((g: any) => [g.organisation.code, g.entries.length])).toEqual([["politie-rotterdam", 2]]);
  });

  it("an id that cannot be a subject is bad input", async () => {
    const res = await api.as(PERSONAS.privacyOfficer)(REPORT, { subjectId: "jansen" });
    expect([res.data, res.errors?.[0].extensions?.code]).toEqual([null, "BAD_USER_INPUT"]);
  });
});
