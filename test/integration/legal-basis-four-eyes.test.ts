import { CasePhase, InformationCategory, ViewerRole } from "../../src/domain/enums";
import { InformationItem } from "../../src/entities";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { insertCase } from "../support/fixture";
import { expectRefused, expectRefusedUnchanged, ok, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");
const HEALTH = `query ($id: ID!) { case(id: $id) { health { content } } }`;
const CONFIRM = `mutation ($input: ConfirmLegalBasisInput!) { confirmLegalBasis(input: $input) {
  id confirmationRequired confirmedAt confirmedByUser recordedByUser isValid } }`;
const RECORD = `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id confirmationRequired confirmedAt confirmedByUser isValid } }`;

/** A second process director of the same house: a different person (subject) with the same role. */
const bart: Persona = { org: "house", roles: [ViewerRole.PROCESS_DIRECTOR], sub: "pd-bart" };
const anna = PERSONAS.processDirector;

describe("four eyes: a basis that opens care data to its recorder's own organisation waits for a second person", () => {
  let api: TestApi;

  const confirm = (persona: Persona, legalBasisId: string) => api.as(persona)(CONFIRM, { input: { legalBasisId } });
  const record = async (persona: Persona, caseId: string, organisationIds: string[]) => {
    const res = await api.as(persona)(RECORD, { input: {
      caseId, type: "CONSENT", categories: ["HEALTH"], organisationIds, validFrom: "2026-01-01T00:00:00Z",
      documentReference: "Toestemmingsformulier 2026/11", documentReferenceCategory: "SAFETY",
    } });
    expect(res.errors).toBeUndefined();
    return res.data.recordLegalBasis;
  };

  /** A case with a health fact from GGZ, and the house added as participant by process director Anna herself. */
  async function caseWithHouseAsParticipant(): Promise<string> {
    const { id: caseId } = await insertCase(api.ds, api.world, { participants: ["police", "ggz"], phase: CasePhase.DOSSIER_FORMING });
    await api.ds.getRepository(InformationItem).save({
      caseId, category: InformationCategory.HEALTH, content: "Beginnende dementie.", supplierId: api.world.org.ggz.id, factDate: "2026-02-01", sharedAt: T0,
    });
    await ok(api, anna, "addParticipant", { caseId, organisationId: api.world.org.house.id, role: "CHAIN_PARTNER" });
    return caseId;
  }

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("Anna adds the house, records a basis for the house alone: it waits, opens nothing, and she cannot confirm it herself", async () => {
    const caseId = await caseWithHouseAsParticipant();
    const basis = await record(anna, caseId, [api.world.org.house.id]);
    expect(basis).toMatchObject({ confirmationRequired: true, confirmedAt: null, confirmedByUser: null, isValid: false });
    const read = await api.as(anna)(HEALTH, { id: caseId });
    expect([read.data.case.health, read.errors?.[0].extensions?.code]).toEqual([null, "FORBIDDEN"]);
    await expectRefused(api, anna, "shareInformation",
      { caseId, category: "HEALTH", content: "Geheugenpoli.", factDate: "2026-02-20", legalBasisId: basis.id },
      { code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_NOT_CONFIRMED" });
    const before = await api.ds.query(`SELECT row_to_json(b)::text AS row FROM legal_basis b WHERE id = $1`, [basis.id]);
    const self = await confirm(anna, basis.id);
    expect([self.data, self.errors?.[0].extensions]).toEqual([null, expect.objectContaining({ code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_SELF_CONFIRMATION" })]);
    expect(await api.ds.query(`SELECT row_to_json(b)::text AS row FROM legal_basis b WHERE id = $1`, [basis.id])).toEqual(before);
    expect((await api.as(anna)(HEALTH, { id: caseId })).data.case.health).toBeNull();
  });

  it("a partner cannot confirm; Bart, a second process director of the house, can: only then does the basis open health data", async () => {
    const caseId = await caseWithHouseAsParticipant();
    const basis = await record(anna, caseId, [api.world.org.house.id]);
    // The police take part but the basis does not name them, so it does not reach them: NOT_FOUND like an unknown id.
    // A basis that does name them reaches them, and confirming it is still refused by the policy (FORBIDDEN).
    const namingPolice = await record(anna, caseId, [api.world.org.house.id, api.world.org.police.id]);
    const attempts: Array<[Persona, string, string]> = [
      [PERSONAS.police, basis.id, "NOT_FOUND"], [PERSONAS.police, namingPolice.id, "FORBIDDEN"], [PERSONAS.otherProcessDirector, basis.id, "NOT_FOUND"],
    ];
    for (const [partner, legalBasisId, code] of attempts) {
      const before = await api.ds.query(`SELECT row_to_json(b)::text AS row FROM legal_basis b WHERE id = $1`, [legalBasisId]);
      const res = await confirm(partner, legalBasisId);
      expect([res.data, res.errors?.[0].extensions?.code]).toEqual([null, code]);
      expect(await api.ds.query(`SELECT row_to_json(b)::text AS row FROM legal_basis b WHERE id = $1`, [legalBasisId])).toEqual(before);
    }
    api.setNow(new Date("2026-03-02T10:00:00Z"));
    const confirmed = await confirm(bart, basis.id);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmLegalBasis).toEqual({
      id: basis.id, confirmationRequired: true, confirmedAt: "2026-03-02T10:00:00.000Z", confirmedByUser: "pd-bart", recordedByUser: "pd-anna", isValid: true,
    });
    expect((await api.as(anna)(HEALTH, { id: caseId })).data.case.health).toEqual([{ content: "Beginnende dementie." }]);
    const again = await confirm(bart, basis.id);
    expect(again.errors?.[0].extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_NOT_AWAITING_CONFIRMATION" });
    const logged = (await auditLines(api.ds)).filter((l) => l.legalBasisId === basis.id && l.action === "MUTATION" && l.outcome === "ALLOWED");
    expect(logged.map((l) => [l.operation, l.userId, l.caseId])).toEqual([["recordLegalBasis", "pd-anna", caseId], ["confirmLegalBasis", "pd-bart", caseId]]);
  });

  it("a basis that does not name the recorder's organisation opens at once and has nothing to confirm", async () => {
    const caseId = await caseWithHouseAsParticipant();
    const basis = await record(anna, caseId, [api.world.org.police.id]);
    expect(basis).toMatchObject({ confirmationRequired: false, isValid: true });
    expect((await api.as(PERSONAS.police)(HEALTH, { id: caseId })).data.case.health).toEqual([{ content: "Beginnende dementie." }]);
    const res = await confirm(bart, basis.id);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_NOT_AWAITING_CONFIRMATION" });
  });

  it("a revoked basis cannot be confirmed any more", async () => {
    const caseId = await caseWithHouseAsParticipant();
    const basis = await record(anna, caseId, [api.world.org.house.id, api.world.org.police.id]);
    await ok(api, anna, "revokeLegalBasis", { legalBasisId: basis.id, reason: "Verkeerd vastgelegd." });
    const res = await step(api, bart, "revokeLegalBasis", { legalBasisId: basis.id, reason: "Nogmaals." });
    expect(res.errors?.[0].extensions?.reason).toBe("LEGAL_BASIS_ALREADY_REVOKED");
    const refused = await confirm(bart, basis.id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", reason: "LEGAL_BASIS_ALREADY_REVOKED" });
    expect((await api.as(PERSONAS.police)(HEALTH, { id: caseId })).data.case.health).toBeNull();
  });

  it("a waiting basis of a case that was closed meanwhile cannot be confirmed: the transition table, as for recording", async () => {
    const caseId = await caseWithHouseAsParticipant();
    const basis = await record(anna, caseId, [api.world.org.house.id]);
    await api.ds.query(`UPDATE "case" SET phase = $2 WHERE id = $1`, [caseId, CasePhase.CLOSED]);
    await expectRefusedUnchanged(api, () => confirm(bart, basis.id), { code: "ILLEGAL_TRANSITION", reason: "CONFIRM_LEGAL_BASIS_NOT_ALLOWED_IN_CLOSED" });
  });
});
