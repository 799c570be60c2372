import { createDemoApi, type DemoApi } from "../support/demo";
import type { GraphQLResponse } from "../support/api";

const HEALTH = `query ($id: ID!) { case(id: $id) { reference health { content supplier { code } } } }`;
const LIST = `{ cases(first: 100) { totalCount edges { node { reference } } } }`;
const numbers = (res: GraphQLResponse): string[] => res.data.cases.edges.map((e: any) => e.node.reference.slice(-4)).sort();

/** The persona walkthrough of docs/demo-data.md, so the document cannot drift from what the API does. */
describe("demo data set (docs/demo-data.md): what each persona sees", () => {
  let demo: DemoApi;

  beforeAll(async () => {
    demo = await createDemoApi();
  });
  afterAll(() => demo.close());

  it("politie-rotterdam takes part in 0101–0104 and 0107–0110", async () => {
    expect(numbers(await demo.as("politie-rotterdam", "CHAIN_PARTNER")(LIST))).toEqual(["0101", "0102", "0103", "0104", "0107", "0108", "0109", "0110"]);
  });

  it("ggz-rijnmond (care partner) reads health on 0104, where the police are denied", async () => {
    const res = await demo.as("ggz-rijnmond", "CHAIN_PARTNER")(HEALTH, { id: await demo.caseId("0104") });
    expect(res.data.case.health).toHaveLength(1);
  });

  it("wijkteam-rotterdam-zuid left 0102 and no longer sees it", async () => {
    expect(numbers(await demo.as("wijkteam-rotterdam-zuid", "CHAIN_PARTNER")(LIST))).toEqual(["0101", "0103", "0104", "0106", "0108"]);
  });

  it("parket-antwerpen reads health on 0201 under the 458ter protocol; politie-rotterdam cannot even find it", async () => {
    const id = await demo.caseId("0201");
    const parket = await demo.as("parket-antwerpen", "CHAIN_PARTNER")(HEALTH, { id });
    expect(parket.data.case.health).toEqual([expect.objectContaining({ supplier: { code: "cgg-antwerpen" } })]);
    const police = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(HEALTH, { id });
    expect(police.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("each house's process director sees exactly the cases of its own house", async () => {
    const nl = await demo.as("zvh-rotterdam-rijnmond", "PROCESS_DIRECTOR")(LIST);
    const be = await demo.as("samen-antwerpen", "PROCESS_DIRECTOR")(LIST);
    expect(nl.data.cases.totalCount).toBe(10);
    expect(be.data.cases.totalCount).toBe(5);
    expect(nl.data.cases.edges.every((e: any) => e.node.reference.startsWith("ZVH-RR-"))).toBe(true);
    expect(be.data.cases.edges.every((e: any) => e.node.reference.startsWith("SAMEN-ANT-"))).toBe(true);
  });

  it("the process director reads every case of the house in full; only care data without a basis naming the house is denied", async () => {
    const full = `{ cases(first: 100) { edges { node {
      reference phase track closure { treatmentImpossible note } subject { fullName } relatedPersons { fullName relation }
      participants { role professionalName leftAt organisation { code } } caseDirector { organisation { code } }
      currentPlan { version goals { description status } actions { description status executor { code } reports { feedback statusAfter } } }
      draftPlan { version } plans { version status } signals { kind level status action { description } raisedBy { code } }
      legalBases { type categories isValid revokedAt organisations { code } } agendaItems { kind minutes meeting { status attendance { present organisation { code } } } }
      safety { content supplier { code } } health { content } } } } }`;
    for (const house of ["zvh-rotterdam-rijnmond", "samen-antwerpen"] as const) {
      const res = await demo.as(house, "PROCESS_DIRECTOR")(full);
      expect(res.data.cases.edges.length).toBeGreaterThan(0);
      // Care data, and free texts of a care category, that no basis opens to the house are refused; nothing else.
      const guarded = ["health", "description", "feedback", "minutes", "note", "summary"];
      const unexpected = (res.errors ?? []).filter((e) => !(e.extensions?.code === "FORBIDDEN" && guarded.includes(String(e.path?.at(-1)))));
      expect(unexpected).toEqual([]);
    }
  });

  const PLAN_TEXTS = `query ($id: ID!) { case(id: $id) { plans { summary summaryCategory goals { description descriptionCategory status }
    actions { description descriptionCategory status executor { code } } } } }`;
  const textsOf = (res: GraphQLResponse) => res.data.case.plans.flatMap((plan: any) => [plan, ...plan.goals, ...plan.actions]);

  it("politie-rotterdam reads 0102's plan, but its ADHD texts are FORBIDDEN (the basis for HEALTH was revoked); ggz-rijnmond reads them", async () => {
    const id = await demo.caseId("0102");
    const police = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(PLAN_TEXTS, { id });
    const texts = textsOf(police);
    expect(texts.find((t: any) => t.description === "Toezicht met meldplicht")).toMatchObject({ descriptionCategory: "SAFETY", status: "DONE" });
    expect(JSON.stringify(police.data)).not.toMatch(/ADHD/);
    const refused = (police.errors ?? []).map((e) => e.path?.at(-1));
    expect(refused).toEqual(expect.arrayContaining(["summary", "summaryCategory", "description", "descriptionCategory"]));
    expect(police.errors?.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);
    const ggz = await demo.as("ggz-rijnmond", "CHAIN_PARTNER")(PLAN_TEXTS, { id });
    expect(ggz.errors).toBeUndefined();
    expect(JSON.stringify(ggz.data)).toMatch(/ADHD-behandeling/);
  });

  it("politie-rotterdam sees that 0104 has a memory-clinic action, its executor and status, but not its text", async () => {
    const police = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(PLAN_TEXTS, { id: await demo.caseId("0104") });
    expect(JSON.stringify(police.data)).not.toMatch(/geheugen|cognitie/i);
    const actions = police.data.case.plans.flatMap((plan: any) => plan.actions);
    expect(actions.some((a: any) => a.description === null && a.executor && a.status)).toBe(true);
  });

  it("on 0101 politie-rotterdam sees only the covenant that names it; the process director sees the LVB consent too, without its INTELLECT reference", async () => {
    const id = await demo.caseId("0101");
    const BASES = `query ($id: ID!) { case(id: $id) { legalBases { type documentReference documentReferenceCategory organisations { code } } } }`;
    const police = await demo.as("politie-rotterdam", "CHAIN_PARTNER")(BASES, { id });
    expect(police.data.case.legalBases.map((b: any) => b.type)).toEqual(["COVENANT"]);
    const director = await demo.as("zvh-rotterdam-rijnmond", "PROCESS_DIRECTOR")(BASES, { id });
    expect(director.data.case.legalBases.map((b: any) => b.type)).toEqual(["COVENANT", "CONSENT"]);
    expect(director.data.case.legalBases[1]).toMatchObject({ documentReference: null, documentReferenceCategory: null });
    expect(JSON.stringify(director.data)).not.toMatch(/LVB/);
  });

  it("vk-antwerpen sits at the SAMEN table without a case: it sees the meetings, but no case on their agenda", async () => {
    const [{ id: tableId }] = await demo.ds.query(`SELECT id FROM consultation_table WHERE name LIKE '%zonder strafrechtcomponent%'`);
    const query = `query ($tableId: ID!) { meetings(tableId: $tableId) { status agenda { case { reference } } attendance { organisation { code } } } }`;
    const vk = await demo.as("vk-antwerpen", "CHAIN_PARTNER")(query, { tableId });
    expect(vk.errors).toBeUndefined();
    expect(vk.data.meetings).toHaveLength(1);
    expect(vk.data.meetings[0].agenda).toEqual([]);
    const cgg = await demo.as("cgg-antwerpen", "CHAIN_PARTNER")(query, { tableId });
    expect(cgg.data.meetings[0].agenda).toEqual([{ case: { reference: expect.stringMatching(/-0205$/) } }]);
  });

  it("triage members see the registrations awaiting triage at their tables; the same organisation as chain partner does not", async () => {
    expect(numbers(await demo.as("gemeente-rotterdam-oov", "TRIAGE_MEMBER")(LIST))).toContain("0105");
    expect(numbers(await demo.as("gemeente-rotterdam-oov", "CHAIN_PARTNER")(LIST))).not.toContain("0105");
    expect(numbers(await demo.as("parket-antwerpen", "TRIAGE_MEMBER")(LIST))).toContain("0203");
    expect(numbers(await demo.as("parket-antwerpen", "CHAIN_PARTNER")(LIST))).not.toContain("0203");
  });

  it("a privacy officer alone sees no cases", async () => {
    const res = await demo.as("zvh-rotterdam-rijnmond", "PRIVACY_OFFICER")(LIST);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
