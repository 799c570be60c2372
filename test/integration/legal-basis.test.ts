import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";
import { insertCase } from "../support/fixture";

const T0 = new Date("2026-03-02T09:00:00Z");
const HEALTH = `query ($id: ID!) { case(id: $id) { health { content legalBasis { id } } } }`;

describe("legal bases (grondslagen): recording and revoking, and what they open", () => {
  let api: TestApi;
  const newCase = async (phase = CasePhase.ACTIVE_DIRECTION) => (await insertCase(api.ds, api.world, { participants: ["police", "ggz", "wijkteam"], phase })).id;
  const basisInput = (caseId: string, extra: Record<string, unknown> = {}) => ({
    caseId, type: "PROTOCOL_458TER", categories: ["HEALTH"], organisationIds: [api.world.org.police.id],
    validFrom: "2026-01-01T00:00:00Z", documentReference: "Protocol 458ter Rijnmond 2026/07", ...extra,
  });

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("process director records a basis: who recorded it, when, and that it is valid", async () => {
    const caseId = await newCase();
    const basis = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId, { categories: ["HEALTH", "ADDICTION", "HEALTH"], validUntil: "2027-01-01T00:00:00Z" }));
    expect(basis).toMatchObject({
      type: "PROTOCOL_458TER", categories: ["HEALTH", "ADDICTION"], organisations: [{ code: "politie-rotterdam" }], validFrom: "2026-01-01T00:00:00.000Z",
      validUntil: "2027-01-01T00:00:00.000Z", recordedBy: { code: "zvh-rijnmond" }, recordedByUser: "pd-anna", recordedAt: T0.toISOString(), revokedAt: null, isValid: true,
    });
  });

  it("police reads health data after the basis is recorded, and no longer after it is revoked", async () => {
    const caseId = await newCase();
    const consent = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId, { type: "CONSENT" }));
    await ok(api, PERSONAS.ggz, "shareInformation", { caseId, category: "HEALTH", content: "Psychose, in behandeling", factDate: "2026-02-20", legalBasisId: consent.id });
    expect((await api.as(PERSONAS.police)(HEALTH, { id: caseId })).data.case.health).toEqual([{ content: "Psychose, in behandeling", legalBasis: { id: consent.id } }]);
    const revoked = await ok(api, PERSONAS.processDirector, "revokeLegalBasis", { legalBasisId: consent.id, reason: "Toestemming ingetrokken door betrokkene." });
    expect(revoked).toEqual({ id: consent.id, revokedAt: T0.toISOString(), revocationReason: "Toestemming ingetrokken door betrokkene.", isValid: false });
    const after = await api.as(PERSONAS.police)(HEALTH, { id: caseId });
    expect(after.data.case.health).toBeNull();
    expect(after.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(after)).not.toContain("Psychose");
    expect((await api.as(PERSONAS.ggz)(HEALTH, { id: caseId })).data.case.health).toHaveLength(1);
  });

  it("a basis opens nothing before its validFrom", async () => {
    const caseId = await newCase();
    const later = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId, { validFrom: "2026-06-01T00:00:00Z" }));
    expect(later.isValid).toBe(false);
    expect((await api.as(PERSONAS.police)(HEALTH, { id: caseId })).data.case.health).toBeNull();
  });

  it("revoking twice is ILLEGAL_TRANSITION and changes nothing", async () => {
    const caseId = await newCase();
    const basis = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId));
    await ok(api, PERSONAS.processDirector, "revokeLegalBasis", { legalBasisId: basis.id, reason: "Protocol verlopen." });
    api.setNow(new Date("2026-03-05T09:00:00Z"));
    await expectRefused(api, PERSONAS.processDirector, "revokeLegalBasis", { legalBasisId: basis.id, reason: "Nogmaals intrekken." },
      { code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_ALREADY_REVOKED" });
  });

  it("a withdrawal takes effect on a closed case too", async () => {
    const caseId = await newCase();
    const basis = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId));
    await api.ds.query(`UPDATE "case" SET phase = 'CLOSED' WHERE id = $1`, [caseId]);
    expect((await ok(api, PERSONAS.processDirector, "revokeLegalBasis", { legalBasisId: basis.id, reason: "Toestemming ingetrokken." })).isValid).toBe(false);
  });

  it.each([
    ["no categories", () => ({ categories: [] }), "categories"],
    ["no organisations", () => ({ organisationIds: [] }), "organisationIds"],
    ["an organisation not taking part", () => ({ organisationIds: [api.world.org.municipality.id] }), "organisationIds"],
    ["an end before the start", () => ({ validUntil: "2025-12-31T00:00:00Z" }), "validUntil"],
    ["no document reference", () => ({ documentReference: "" }), "documentReference"],
  ])("a basis with %s is BAD_USER_INPUT and nothing is recorded", async (_what, extra: () => Record<string, unknown>, field) => {
    const caseId = await newCase();
    const res = await expectRefused(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId, extra()), { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty(field);
  });

  it("no basis is recorded on a closed case", async () => {
    const caseId = await newCase(CasePhase.CLOSED);
    await expectRefused(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId), { code: "ILLEGAL_TRANSITION", reason: "RECORD_LEGAL_BASIS_NOT_ALLOWED_IN_CLOSED" });
  });

  it("partners cannot record or revoke bases (FORBIDDEN); another house and outsiders get NOT_FOUND", async () => {
    const caseId = await newCase();
    for (const persona of [PERSONAS.police, PERSONAS.ggz]) await expectRefused(api, persona, "recordLegalBasis", basisInput(caseId), { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "recordLegalBasis", basisInput(caseId), { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.municipality, "recordLegalBasis", basisInput(caseId), { code: "NOT_FOUND" });
    const basis = await ok(api, PERSONAS.processDirector, "recordLegalBasis", basisInput(caseId));
    const revoke = { legalBasisId: basis.id, reason: "Geen grond meer." };
    await expectRefused(api, PERSONAS.police, "revokeLegalBasis", revoke, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "revokeLegalBasis", revoke, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.processDirector, "revokeLegalBasis", { ...revoke, legalBasisId: "00000000-0000-4000-8000-000000000000" }, { code: "NOT_FOUND" });
  });
});
