import { InformationCategory, LegalBasisType } from "../../src/domain/enums";
import { InformationItem, LegalBasis } from "../../src/entities";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

const CASE_WITH_CARE = /* GraphQL */ `
  query ($id: ID!) { case(id: $id) { id safety { content } health { content supplier { code } } addiction { content } } }
`;

describe("care data: who reads health and addiction information", () => {
  let api: TestApi;
  let withBasis: string;
  let withoutBasis: string;
  let revoked: string;

  async function share(caseId: string, category: InformationCategory, content: string, supplier: "ggz" | "police") {
    await api.ds.getRepository(InformationItem).save({
      caseId, category, content, supplierId: api.world.org[supplier].id, factDate: "2026-03-01", sharedAt: new Date(),
    });
  }

  async function basis(caseId: string, categories: InformationCategory[], revokedAt: Date | null = null) {
    await api.ds.getRepository(LegalBasis).save({
      caseId, type: LegalBasisType.PROTOCOL_458TER, categories, organisationIds: [api.world.org.police.id],
      validFrom: new Date("2026-01-01"), validUntil: null, documentReference: "Protocol 458ter Antwerpen 2026/12",
      recordedByOrganisationId: api.world.org.house.id, recordedByUser: "pd-anna", recordedAt: new Date(), revokedAt,
    });
  }

  beforeAll(async () => {
    api = await createTestApi();
    withBasis = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    withoutBasis = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    revoked = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    for (const id of [withBasis, withoutBasis, revoked]) {
      await share(id, InformationCategory.SAFETY, `Incident ${id}`, "police");
      await share(id, InformationCategory.HEALTH, `Psychose ${id}`, "ggz");
    }
    await basis(withBasis, [InformationCategory.HEALTH]);
    await basis(revoked, [InformationCategory.HEALTH], new Date("2026-02-01"));
  });
  afterAll(() => api.close());

  it("care partner of the case reads health data without any basis", async () => {
    const res = await api.as(PERSONAS.ggz)(CASE_WITH_CARE, { id: withoutBasis });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.health).toEqual([{ content: `Psychose ${withoutBasis}`, supplier: { code: "ggz-rijnmond" } }]);
  });

  it("safety partner with a basis for HEALTH reads health data", async () => {
    const res = await api.as(PERSONAS.police)(CASE_WITH_CARE, { id: withBasis });
    expect(res.data.case.health).toEqual([{ content: `Psychose ${withBasis}`, supplier: { code: "ggz-rijnmond" } }]);
  });

  it("safety partner with a basis for HEALTH still cannot read addiction data", async () => {
    const res = await api.as(PERSONAS.police)(CASE_WITH_CARE, { id: withBasis });
    expect(res.data.case.addiction).toBeNull();
    expect(res.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([["case.addiction", "FORBIDDEN"]]);
  });

  it("safety partner without basis gets null and FORBIDDEN for health, but reads safety data", async () => {
    const res = await api.as(PERSONAS.police)(CASE_WITH_CARE, { id: withoutBasis });
    expect(res.data.case.health).toBeNull();
    expect(res.data.case.safety).toEqual([{ content: `Incident ${withoutBasis}` }]);
    const health = res.errors?.find((e) => e.path?.join(".") === "case.health");
    expect(health?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(res)).not.toContain("Psychose");
  });

  it("a revoked basis opens nothing", async () => {
    const res = await api.as(PERSONAS.police)(CASE_WITH_CARE, { id: revoked });
    expect(res.data.case.health).toBeNull();
    expect(JSON.stringify(res)).not.toContain("Psychose");
  });

  it("the denial is identical whether or not the case holds data of the category", async () => {
    const res = await api.as(PERSONAS.police)(CASE_WITH_CARE, { id: withoutBasis });
    const health = res.errors!.find((e) => e.path?.join(".") === "case.health")!;
    const addiction = res.errors!.find((e) => e.path?.join(".") === "case.addiction")!;
    // HEALTH data exists, ADDICTION data does not: the two denials differ only in the category name.
    expect(health.message.replace("HEALTH", "X")).toBe(addiction.message.replace("ADDICTION", "X"));
    expect(health.extensions).toEqual(addiction.extensions);
  });

  it("one list of cases decides per case (no rule cache keyed by rule name)", async () => {
    const res = await api.as(PERSONAS.police)(`{ cases(first: 50) { edges { node { id health { content } } } } }`);
    const byId = Object.fromEntries(res.data.cases.edges.map((e: any) => [e.node.id, e.node.health]));
    expect(byId[withBasis]).toEqual([{ content: `Psychose ${withBasis}` }]);
    expect(byId[withoutBasis]).toBeNull();
    expect(byId[revoked]).toBeNull();
  });

  it("a non-participant cannot see the case at all: NOT_FOUND, as for an id that does not exist", async () => {
    const hidden = await api.as(PERSONAS.outsiderPolice)(CASE_WITH_CARE, { id: withBasis });
    const missing = await api.as(PERSONAS.outsiderPolice)(CASE_WITH_CARE, { id: "00000000-0000-4000-8000-000000000000" });
    expect(hidden.data).toBeNull();
    expect(hidden.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(hidden.errors?.[0].message.replace(withBasis, "ID")).toBe(missing.errors?.[0].message.replace("00000000-0000-4000-8000-000000000000", "ID"));
  });
});
