import { InformationCategory } from "../../src/domain/enums";
import { TEXT_DENIED } from "../../src/permissions/care/can-read-text";
import { createTestApi, PERSONAS, type GraphQLResponse, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { ALL_TEXTS, caseWithTexts, withoutIds } from "../support/texts";

const { HEALTH, SAFETY } = InformationCategory;

/** Every guarded text and category field of ALL_TEXTS, as the last element of an error path. */
const TEXT_FIELDS = [
  "triedWithinOwnOrganisation", "subjectNotInformedReason", "rejectionReason", "scaleDownReason", "note", "summary", "description",
  "feedback", "minutes", "documentReference", "revocationReason",
];
const refusedFields = (res: GraphQLResponse) => new Set((res.errors ?? []).map((e) => String(e.path?.at(-1)).replace(/Category$/, "")));

describe("free texts carry a category and are guarded like care data of that category", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it("safety partner without a basis for HEALTH cannot read any kind of HEALTH text: null and FORBIDDEN on text and category", async () => {
    const found = await caseWithTexts(api, { category: HEALTH });
    const res = await api.as(PERSONAS.police)(ALL_TEXTS, { id: found.id });
    expect(JSON.stringify(res.data)).not.toMatch(/ADHD|Methylfenidaat|Medicatie/);
    expect(refusedFields(res)).toEqual(new Set(TEXT_FIELDS.map((f) => (f === "note" ? "note" : f))));
    expect(res.errors!.every((e) => e.extensions?.code === "FORBIDDEN" && e.message === TEXT_DENIED)).toBe(true);
    // The items themselves, their executor, dates, kind and status still arrive.
    expect(res.data.case.plans[0].actions[0]).toMatchObject({ kind: "CARE", status: "OPEN", dueDate: "2026-12-01", executor: { code: "ggz-rijnmond" }, description: null });
    expect(res.data.case.legalBases).toEqual([expect.objectContaining({ type: "CONSENT", documentReference: null, documentReferenceCategory: null })]);
  });

  it("safety partner without a basis gets byte-identical answers whether or not the HEALTH texts exist", async () => {
    const written = await caseWithTexts(api, { category: HEALTH });
    const empty = await caseWithTexts(api, { category: HEALTH, withText: false });
    const [a, b] = await Promise.all([written, empty].map((c) => api.as(PERSONAS.police)(ALL_TEXTS, { id: c.id })));
    expect(JSON.stringify(withoutIds(b))).toBe(JSON.stringify(withoutIds(a)));
  });

  it("safety partner with a valid basis for HEALTH naming it reads every HEALTH text", async () => {
    const found = await caseWithTexts(api, { category: HEALTH, basisCategories: [HEALTH] });
    const res = await api.as(PERSONAS.police)(ALL_TEXTS, { id: found.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.plans[0]).toMatchObject({ summary: "ADHD-behandeling en toezicht", summaryCategory: "HEALTH" });
    expect(res.data.case.legalBases[0]).toMatchObject({ documentReference: "ADHD-toestemming", revocationReason: "ADHD-dossier gesloten" });
  });

  it("care partner reads every HEALTH text without a basis", async () => {
    const found = await caseWithTexts(api, { category: HEALTH, basisFor: ["ggz"] });
    const res = await api.as(PERSONAS.ggz)(ALL_TEXTS, { id: found.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.closure).toEqual({ treatmentImpossible: true, note: "ADHD-behandeling afgebroken", noteCategory: "HEALTH" });
  });

  it("SAFETY text reaches every partner of the case", async () => {
    const found = await caseWithTexts(api, { category: SAFETY });
    const res = await api.as(PERSONAS.police)(ALL_TEXTS, { id: found.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.signals[0]).toMatchObject({ description: "Stopt met ADHD-medicatie", descriptionCategory: "SAFETY" });
  });

  it("unclassified text only for care partners: a basis for every care category does not open it, and the refusal is logged", async () => {
    const found = await caseWithTexts(api, { category: null, basisFor: ["police", "ggz"], basisCategories: [HEALTH, InformationCategory.INTELLECT, InformationCategory.ADDICTION] });
    const police = await api.as(PERSONAS.police)(ALL_TEXTS, { id: found.id });
    expect(refusedFields(police)).toEqual(new Set(TEXT_FIELDS));
    const ggz = await api.as(PERSONAS.ggz)(ALL_TEXTS, { id: found.id });
    expect(ggz.errors).toBeUndefined();
    expect(ggz.data.case.plans[0]).toMatchObject({ summary: "ADHD-behandeling en toezicht", summaryCategory: null });
    const lines = (await auditLines(api.ds)).filter((l) => l.caseId === found.id && l.action === "READ_CARE_DATA");
    expect(lines.map((l) => [l.outcome, l.category, l.reason]).sort()).toEqual([["ALLOWED", null, "CARE_PARTNER"], ["DENIED", null, "TEXT_DENIED"]]);
  });

  it("the access log tells a privacy officer no more than the refused partner learnt: a refused text's line names no category, whatever the text's category", async () => {
    const lineFor = async (category: InformationCategory | null) => {
      const found = await caseWithTexts(api, { category });
      await api.as(PERSONAS.police)(ALL_TEXTS, { id: found.id });
      return (await auditLines(api.ds)).filter((l) => l.caseId === found.id && l.action === "READ_CARE_DATA").map((l) => [l.outcome, l.category, l.reason, l.legalBasisId]);
    };
    const [health, workIncome, unclassified] = [await lineFor(HEALTH), await lineFor(InformationCategory.WORK_INCOME), await lineFor(null)];
    expect(health).toEqual([["DENIED", null, "TEXT_DENIED", null]]);
    expect(workIncome).toEqual(health);
    expect(unclassified).toEqual(health);
  });

  it("legal bases: the police see only the bases that name them, the house's process director sees all, a municipality none", async () => {
    const found = await caseWithTexts(api, { category: SAFETY, basisFor: ["ggz"], participants: ["police", "ggz", "municipality"] });
    const BASES = `query ($id: ID!) { case(id: $id) { legalBases { type organisations { code } } safety { legalBasis { id } } } }`;
    expect((await api.as(PERSONAS.police)(BASES, { id: found.id })).data.case.legalBases).toEqual([]);
    expect((await api.as(PERSONAS.municipality)(BASES, { id: found.id })).data.case.legalBases).toEqual([]);
    expect((await api.as(PERSONAS.ggz)(BASES, { id: found.id })).data.case.legalBases).toEqual([{ type: "CONSENT", organisations: [{ code: "ggz-rijnmond" }] }]);
    expect((await api.as(PERSONAS.processDirector)(BASES, { id: found.id })).data.case.legalBases).toHaveLength(1);
  });
});
