import { CasePhase, InformationCategory, LegalBasisType, PlanStatus } from "../../src/domain/enums";
import { LegalBasis, Plan } from "../../src/entities";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";
import { expectRefusedUnchanged, ok, step } from "../support/steps";

const { HEALTH, SAFETY } = InformationCategory;

describe("writing a text of a care category needs the right to read it; nothing changes otherwise", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  const activeCase = () => insertCase(api.ds, api.world, { participants: ["police", "ggz", "municipality"], phase: CasePhase.ACTIVE_DIRECTION, caseDirector: "police" });
  const basis = (caseId: string, orgs: Array<"police" | "ggz" | "house" | "municipality">, categories = [HEALTH]) => api.ds.getRepository(LegalBasis).save({
    caseId, type: LegalBasisType.CONSENT, categories, organisationIds: orgs.map((o) => api.world.org[o].id), validFrom: new Date("2026-01-01"),
    documentReference: "Toestemming", documentReferenceCategory: SAFETY, recordedByOrganisationId: api.world.org.house.id, recordedByUser: "pd", recordedAt: new Date("2026-01-01"),
  });
  const draftPlan = (caseId: string) => api.ds.getRepository(Plan).save({ caseId, version: 1, status: PlanStatus.DRAFT, summary: "Plan", summaryCategory: SAFETY, proposedById: api.world.org.police.id, proposedAt: new Date() });

  it("police case director cannot add a HEALTH goal without a basis for HEALTH: FORBIDDEN, nothing stored; with one it can", async () => {
    const found = await activeCase();
    const plan = await draftPlan(found.id);
    const goal = { planId: plan.id, description: "Behandeling ADHD", descriptionCategory: HEALTH, priority: true };
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "addGoal", goal), { code: "FORBIDDEN" });
    await basis(found.id, ["police"]);
    expect(await ok(api, PERSONAS.policeCaseDirector, "addGoal", goal)).toMatchObject({ description: "Behandeling ADHD" });
  });

  it("a basis for another category, or naming another organisation, does not let the police write HEALTH", async () => {
    const found = await activeCase();
    await basis(found.id, ["police"], [InformationCategory.EDUCATION]);
    await basis(found.id, ["ggz"]);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.police, "raiseSignal", { caseId: found.id, kind: "SITUATION_CHANGED", description: "ADHD-medicatie gestopt", descriptionCategory: HEALTH }), { code: "FORBIDDEN" });
  });

  it("the care partner writes HEALTH text without a basis; SAFETY text needs no right", async () => {
    const found = await activeCase();
    await ok(api, PERSONAS.ggz, "raiseSignal", { caseId: found.id, kind: "SITUATION_CHANGED", description: "ADHD-medicatie gestopt", descriptionCategory: HEALTH });
    await ok(api, PERSONAS.police, "raiseSignal", { caseId: found.id, kind: "SITUATION_CHANGED", description: "Nieuwe aanhouding", descriptionCategory: SAFETY });
  });

  it("the process director cannot minute, scale down or record a basis with HEALTH text unless a basis names the house for HEALTH", async () => {
    const found = await activeCase();
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "scaleDownCase", { caseId: found.id, reason: "ADHD stabiel", reasonCategory: HEALTH }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "recordLegalBasis", {
      caseId: found.id, type: "CONSENT", categories: ["HEALTH"], organisationIds: [api.world.org.police.id], validFrom: "2026-01-01T00:00:00Z",
      documentReference: "ADHD-onderzoek 2025", documentReferenceCategory: HEALTH,
    }), { code: "FORBIDDEN" });
  });

  it("a text without its category is BAD_USER_INPUT, whether the text is required or optional", async () => {
    const found = await activeCase();
    const res = await api.as(PERSONAS.processDirector)(`mutation ($input: ScaleDownCaseInput!) { scaleDownCase(input: $input) { id } }`, { input: { caseId: found.id, reason: "Lokaal verder" } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const closing = await step(api, PERSONAS.processDirector, "closeCase", { caseId: found.id, qualityOfLifeImproved: true, safetyInPlace: true, regularCareCanCarryOn: true, note: "Tekst", noteCategory: null });
    expect(closing.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { noteCategory: expect.any(Array) } });
  });

  it("shareInformation under a basis that does not name the writer is refused and nothing is stored; a care partner may", async () => {
    const found = await activeCase();
    const forGgz = await basis(found.id, ["ggz"]);
    const share = { caseId: found.id, category: "HEALTH", content: "ADHD vastgesteld", factDate: "2026-01-05", legalBasisId: forGgz.id };
    // A basis that does not name the writer does not reach it: the same answer as an id that is no basis at all,
    // whatever the category (its categories are not the writer's to learn).
    const notABasis = await expectRefusedUnchanged(api, () => step(api, PERSONAS.police, "shareInformation", { ...share, legalBasisId: "0b6a3c1e-2f4d-4e5a-8b7c-9d0e1f2a3b4c" }), { code: "BAD_USER_INPUT" });
    for (const category of ["HEALTH", "INTELLECT"]) {
      for (const persona of [PERSONAS.police, PERSONAS.municipality]) {
        const res = await expectRefusedUnchanged(api, () => step(api, persona, "shareInformation", { ...share, category }), { code: "BAD_USER_INPUT" });
        expect([res.errors?.[0].message, res.errors?.[0].extensions?.fields]).toEqual([notABasis.errors?.[0].message, notABasis.errors?.[0].extensions?.fields]);
      }
    }
    const forPolice = await basis(found.id, ["police"]);
    await ok(api, PERSONAS.police, "shareInformation", { ...share, legalBasisId: forPolice.id });
    await ok(api, PERSONAS.ggz, "shareInformation", { ...share, legalBasisId: forPolice.id });
  });
});
