import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";
import { insertCase } from "../support/fixture";

const T0 = new Date("2026-03-02T09:00:00Z");

describe("information sharing (infodeling): source, category and basis of every fact", () => {
  let api: TestApi;
  let caseId: string;
  let healthBasis: string;

  const newCase = async (phase = CasePhase.ACTIVE_DIRECTION) => (await insertCase(api.ds, api.world, { participants: ["police", "ggz"], phase })).id;
  const recordBasis = async (onCase: string, extra: Record<string, unknown> = {}) => (await ok(api, PERSONAS.processDirector, "recordLegalBasis", {
    caseId: onCase, type: "CONSENT", categories: ["HEALTH"], organisationIds: [api.world.org.police.id],
    validFrom: "2026-01-01T00:00:00Z", documentReference: "Toestemmingsformulier 2026-014", ...extra,
  })).id as string;
  const health = (extra: Record<string, unknown> = {}) => ({ caseId, category: "HEALTH", content: "Opgenomen geweest", factDate: "2026-02-01", legalBasisId: healthBasis, ...extra });

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    api.setNow(T0);
    caseId = await newCase();
    healthBasis = await recordBasis(caseId);
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("police shares safety information without a basis; its partners read it, tagged with the police as source", async () => {
    const item = await ok(api, PERSONAS.police, "shareInformation", { caseId, category: "SAFETY", content: "Aanhouding 14 februari", factDate: "2026-02-14" });
    expect(item).toMatchObject({ category: "SAFETY", factDate: "2026-02-14", sharedAt: T0.toISOString(), supplier: { code: "politie-rotterdam" }, legalBasis: null });
    const res = await api.as(PERSONAS.ggz)(`query ($id: ID!) { case(id: $id) { safety { id supplier { code } } } }`, { id: caseId });
    expect(res.data.case.safety).toContainEqual({ id: item.id, supplier: { code: "politie-rotterdam" } });
  });

  it("GGZ shares health information under a basis of the case covering HEALTH", async () => {
    const item = await ok(api, PERSONAS.ggzCaseDirector, "shareInformation", health());
    // The basis names only the police: GGZ, a care partner, may share under it, but does not see it (row level of bases).
    expect(item).toMatchObject({ category: "HEALTH", supplier: { code: "ggz-rijnmond" }, legalBasis: null });
    const res = await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { health { id legalBasis { id } } } }`, { id: caseId });
    expect(res.data.case.health).toContainEqual({ id: item.id, legalBasis: { id: healthBasis } });
  });

  it("care information without a basis is BAD_USER_INPUT and nothing is shared", async () => {
    const res = await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: null }), { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("legalBasisId");
  });

  it("a basis that does not cover the category, belongs to another case or does not exist is BAD_USER_INPUT", async () => {
    await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ category: "ADDICTION" }), { code: "BAD_USER_INPUT" });
    const elsewhere = await recordBasis(await newCase());
    const res = await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: elsewhere }), { code: "BAD_USER_INPUT" });
    const missing = await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: "00000000-0000-4000-8000-000000000000" }), { code: "BAD_USER_INPUT" });
    // A basis of a case the supplier may not see is indistinguishable from one that does not exist
    // (only the request id differs, as it does between any two requests).
    const withoutRequestId = (error: any) => ({ ...error, extensions: { ...error?.extensions, requestId: undefined } });
    expect(withoutRequestId(res.errors?.[0])).toEqual(withoutRequestId(missing.errors?.[0]));
  });

  it("a revoked basis, or one outside its validity, shares nothing: ILLEGAL_TRANSITION", async () => {
    const revoked = await recordBasis(caseId);
    await ok(api, PERSONAS.processDirector, "revokeLegalBasis", { legalBasisId: revoked, reason: "Toestemming ingetrokken." });
    await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: revoked }), { code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_REVOKED" });
    const expired = await recordBasis(caseId, { validFrom: "2025-01-01T00:00:00Z", validUntil: "2026-01-01T00:00:00Z" });
    await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: expired }), { code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_NOT_VALID" });
    const future = await recordBasis(caseId, { validFrom: "2026-09-01T00:00:00Z" });
    await expectRefused(api, PERSONAS.ggz, "shareInformation", health({ legalBasisId: future }), { code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_NOT_VALID" });
  });

  it("a fact dated in the future, or not as a date, is BAD_USER_INPUT", async () => {
    for (const factDate of ["2026-03-03", "2026-02-30", "1 februari", "2026-02-01T10:00:00Z"]) {
      const res = await expectRefused(api, PERSONAS.police, "shareInformation", { caseId, category: "SAFETY", content: "x", factDate }, { code: "BAD_USER_INPUT" });
      expect(res.errors?.[0].extensions?.fields).toHaveProperty("factDate");
    }
  });

  it("nothing is shared into a closed case", async () => {
    const closed = await newCase(CasePhase.CLOSED);
    await expectRefused(api, PERSONAS.police, "shareInformation", { caseId: closed, category: "SAFETY", content: "Late melding", factDate: "2026-02-01" },
      { code: "ILLEGAL_TRANSITION", reason: "SHARE_INFORMATION_NOT_ALLOWED_IN_CLOSED" });
  });

  it("a non-participant, a triage member and another house's process director get NOT_FOUND", async () => {
    const input = { caseId, category: "SAFETY", content: "Melding", factDate: "2026-02-01" };
    for (const persona of [PERSONAS.municipality, PERSONAS.prosecutorTriage, PERSONAS.otherProcessDirector, PERSONAS.outsiderPolice]) {
      await expectRefused(api, persona, "shareInformation", input, { code: "NOT_FOUND" });
    }
  });

  it("a privacy officer of the house is refused as a role that does not work on cases, before the case is looked up: the same for a real and a made-up case", async () => {
    for (const id of [caseId, "5e0c2b7a-1d3f-4a6b-8c9d-0e1f2a3b4c5d"]) {
      const res = await expectRefused(api, PERSONAS.privacyOfficer, "shareInformation", { caseId: id, category: "SAFETY", content: "x", factDate: "2026-02-01" }, { code: "FORBIDDEN" });
      expect(res.errors?.[0].message).toBe("Your role does not work on cases.");
    }
  });
});
