import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { activeCase, approvedPlan, expectRefusedUnchanged, ok, planInput, snapshot, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");

describe("plan of approach: propose, approve, revise", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("case director proposes a plan: version 1, a draft with goals and actions linked to them", async () => {
    const { id } = await activeCase(api);
    const plan = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    expect(plan).toMatchObject({ version: 1, status: "DRAFT", approvedAt: null, proposedBy: { code: "politie-rotterdam" } });
    expect(plan.goals.map((g: any) => [g.description, g.priority, g.status]).sort()).toEqual([
      ["Betrokkene is in behandeling bij de GGZ", true, "OPEN"], ["Dagbesteding gevonden", false, "OPEN"], ["Geen nieuwe incidenten in de buurt", true, "OPEN"],
    ]);
    expect(plan.goals.map((g: any) => g.priority)).toEqual([true, true, false]);
    const intake = plan.actions.find((a: any) => a.description === "Intake GGZ plannen");
    expect(intake).toMatchObject({ kind: "CARE", status: "OPEN", dueDate: "2026-04-01", executor: { code: "ggz-rijnmond" }, goal: { description: "Betrokkene is in behandeling bij de GGZ" } });
    expect(plan.actions.find((a: any) => a.description === "Huisbezoek wijkteam").goal).toBeNull();
    expect(plan.goals.find((g: any) => g.description.startsWith("Betrokkene")).actions).toEqual([{ id: intake.id }]);
  });

  it("full run: propose → approve → revise → approve leaves version 1 SUPERSEDED and version 2 APPROVED, content carried over", async () => {
    const { id } = await activeCase(api);
    const v1 = await approvedPlan(api, id);
    const gebiedsverbod = v1.actions.find((a: any) => a.description === "Gebiedsverbod voorbereiden");
    await ok(api, PERSONAS.police, "reportOnAction", { actionId: gebiedsverbod.id, feedback: "Aanvraag ligt bij de burgemeester.", status: "IN_PROGRESS" });
    api.setNow(new Date("2026-04-02T09:00:00Z"));
    const v2 = await ok(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id, summary: "Bijgesteld na eerste terugkoppeling." });
    expect(v2).toMatchObject({ version: 2, status: "DRAFT", summary: "Bijgesteld na eerste terugkoppeling." });
    expect(v2.goals.map((g: any) => g.description).sort()).toEqual(v1.goals.map((g: any) => g.description).sort());
    expect(v2.goals.map((g: any) => g.id)).not.toContain(v1.goals[0].id);
    const carried = v2.actions.find((a: any) => a.description === "Gebiedsverbod voorbereiden");
    expect(carried).toMatchObject({ status: "IN_PROGRESS", executor: { code: "politie-rotterdam" }, goal: { description: "Geen nieuwe incidenten in de buurt" } });
    expect(v2.goals.map((g: any) => g.id)).toContain(carried.goal.id);
    await ok(api, PERSONAS.policeCaseDirector, "addGoal", { planId: v2.id, description: "Schulden in beeld", priority: false });
    const approved = await ok(api, PERSONAS.processDirector, "approvePlan", { planId: v2.id });
    expect(approved).toMatchObject({ version: 2, status: "APPROVED", approvedAt: "2026-04-02T09:00:00.000Z" });
    const res = await api.as(PERSONAS.ggz)(`query ($id: ID!) { case(id: $id) { nextReviewDue plans { version status approvedAt } currentPlan { version goals { description } } draftPlan { id } } }`, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.plans).toEqual([
      { version: 1, status: "SUPERSEDED", approvedAt: T0.toISOString() },
      { version: 2, status: "APPROVED", approvedAt: "2026-04-02T09:00:00.000Z" },
    ]);
    expect(res.data.case).toMatchObject({ nextReviewDue: "2026-10-02T09:00:00.000Z", draftPlan: null, currentPlan: { version: 2 } });
    expect(res.data.case.currentPlan.goals).toHaveLength(4);
  });

  it("approval sets the next review at the latest six months after the plan", async () => {
    const { id } = await activeCase(api);
    await approvedPlan(api, id);
    expect((await snapshot(api, id)).case[0].next_review_due).toEqual(new Date("2026-09-02T09:00:00Z"));
  });

  it("a chain partner without the case-director seat, and a case director of another case, cannot propose", async () => {
    const { id } = await activeCase(api);
    for (const persona of [PERSONAS.police, PERSONAS.ggzCaseDirector, PERSONAS.wijkteam]) {
      await expectRefusedUnchanged(api, () => step(api, persona, "proposePlan", planInput(api, id)), { code: "FORBIDDEN" });
    }
  });

  it("a partner of another region, or another house's process director, gets NOT_FOUND", async () => {
    const { id } = await activeCase(api);
    for (const persona of [PERSONAS.outsiderPolice, PERSONAS.otherProcessDirector, PERSONAS.municipality]) {
      await expectRefusedUnchanged(api, () => step(api, persona, "proposePlan", planInput(api, id)), { code: "NOT_FOUND" });
    }
  });

  it("the process director may propose in the case director's place", async () => {
    const { id } = await activeCase(api);
    expect(await ok(api, PERSONAS.processDirector, "proposePlan", planInput(api, id))).toMatchObject({ proposedBy: { code: "zvh-rijnmond" } });
  });

  it("a second proposal is refused (PLAN_ALREADY_EXISTS): the plan is revised, not replaced", async () => {
    const { id } = await activeCase(api);
    await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id)),
      { code: "ILLEGAL_TRANSITION", reason: "PLAN_ALREADY_EXISTS" });
  });

  it.each([CasePhase.REGISTERED, CasePhase.DOSSIER_FORMING, CasePhase.PASSIVE_DIRECTION, CasePhase.CLOSED])("no plan is proposed in %s", async (phase) => {
    const { id } = await activeCase(api, phase);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "proposePlan", planInput(api, id)),
      { code: "ILLEGAL_TRANSITION", reason: `PROPOSE_PLAN_NOT_ALLOWED_IN_${phase}` });
  });

  it("an executor that does not take part in the case is refused as BAD_USER_INPUT", async () => {
    const { id } = await activeCase(api);
    const input = planInput(api, id);
    input.actions[2].executorOrganisationId = api.world.org.municipality.id;
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "proposePlan", input), { code: "BAD_USER_INPUT" });
  });

  it("an action pointing at a goal that is not in the proposal is refused as BAD_USER_INPUT", async () => {
    const { id } = await activeCase(api);
    const input = planInput(api, id);
    input.actions[0].goalIndex = 3;
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "proposePlan", input), { code: "BAD_USER_INPUT" });
  });
});
