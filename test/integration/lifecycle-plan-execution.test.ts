import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { activeCase, approvedPlan, expectRefusedUnchanged, ok, planInput, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");
const ILLEGAL = "ILLEGAL_TRANSITION";

describe("carrying out the plan: feedback on actions and goal status", () => {
  let api: TestApi;
  const byDescription = (plan: any, description: string) => plan.actions.find((a: any) => a.description === description);
  const report = (actionId: string, status = "IN_PROGRESS") => ({ actionId, feedback: "Intake gepland op 20 maart.", status });
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("GGZ, the executor, reports on its action: a report by GGZ and the action takes the reported status", async () => {
    const { id } = await activeCase(api);
    const intake = byDescription(await approvedPlan(api, id), "Intake GGZ plannen");
    const made = await ok(api, PERSONAS.ggz, "reportOnAction", report(intake.id));
    expect(made).toMatchObject({ statusAfter: "IN_PROGRESS", reportedBy: { code: "ggz-rijnmond" }, reportedAt: T0.toISOString() });
    const res = await api.as(PERSONAS.wijkteam)(`query ($id: ID!) { case(id: $id) { currentPlan { actions { id status reports { feedback statusAfter reportedBy { code } } } } } }`, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.currentPlan.actions.find((a: any) => a.id === intake.id)).toEqual({
      id: intake.id, status: "IN_PROGRESS", reports: [{ feedback: "Intake gepland op 20 maart.", statusAfter: "IN_PROGRESS", reportedBy: { code: "ggz-rijnmond" } }],
    });
  });

  it("the case director and the process director may record feedback on the executor's behalf", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    expect(await ok(api, PERSONAS.policeCaseDirector, "reportOnAction", report(byDescription(plan, "Intake GGZ plannen").id))).toMatchObject({ reportedBy: { code: "politie-rotterdam" } });
    expect(await ok(api, PERSONAS.processDirector, "reportOnAction", report(byDescription(plan, "Huisbezoek wijkteam").id))).toMatchObject({ reportedBy: { code: "zvh-rijnmond" } });
  });

  it("another partner of the case cannot report on GGZ's action; an outsider gets NOT_FOUND", async () => {
    const { id } = await activeCase(api);
    const intake = byDescription(await approvedPlan(api, id), "Intake GGZ plannen");
    for (const persona of [PERSONAS.wijkteam, PERSONAS.police]) {
      await expectRefusedUnchanged(api, () => step(api, persona, "reportOnAction", report(intake.id)), { code: "FORBIDDEN" });
    }
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "reportOnAction", report(intake.id)), { code: "NOT_FOUND" });
  });

  it("an executor that left the case can no longer report", async () => {
    const { id } = await activeCase(api);
    const intake = byDescription(await approvedPlan(api, id), "Intake GGZ plannen");
    await api.ds.query(`UPDATE participant SET left_at = $2 WHERE case_id = $1 AND organisation_id = $3`, [id, T0, api.world.org.ggz.id]);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "reportOnAction", report(intake.id)), { code: "NOT_FOUND" });
  });

  it.each(["DONE", "CANCELLED"])("a %s action cannot be reported on again", async (status) => {
    const { id } = await activeCase(api);
    const intake = byDescription(await approvedPlan(api, id), "Intake GGZ plannen");
    await ok(api, PERSONAS.ggz, "reportOnAction", report(intake.id, status));
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "reportOnAction", report(intake.id, "IN_PROGRESS")), { code: ILLEGAL, reason: "ACTION_ALREADY_FINISHED" });
  });

  it("actions of a draft or of a superseded version are not reported on (ACTION_NOT_IN_CURRENT_PLAN)", async () => {
    const { id } = await activeCase(api);
    const draft = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    const draftIntake = byDescription(draft, "Intake GGZ plannen");
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "reportOnAction", report(draftIntake.id)), { code: ILLEGAL, reason: "ACTION_NOT_IN_CURRENT_PLAN" });
    await ok(api, PERSONAS.processDirector, "approvePlan", { planId: draft.id });
    const revision = await ok(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id });
    await ok(api, PERSONAS.processDirector, "approvePlan", { planId: revision.id });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "reportOnAction", report(draftIntake.id)), { code: ILLEGAL, reason: "ACTION_NOT_IN_CURRENT_PLAN" });
    expect(await ok(api, PERSONAS.ggz, "reportOnAction", report(byDescription(revision, "Intake GGZ plannen").id))).toMatchObject({ statusAfter: "IN_PROGRESS" });
  });

  it("no feedback once the case is closed", async () => {
    const { id } = await activeCase(api);
    const intake = byDescription(await approvedPlan(api, id), "Intake GGZ plannen");
    await api.ds.query(`UPDATE "case" SET phase = 'CLOSED' WHERE id = $1`, [id]);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "reportOnAction", report(intake.id)), { code: ILLEGAL, reason: "REPORT_ON_ACTION_NOT_ALLOWED_IN_CLOSED" });
  });

  it("case director marks a goal of the current plan reached", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    expect(await ok(api, PERSONAS.policeCaseDirector, "setGoalStatus", { goalId: plan.goals[0].id, status: "REACHED" })).toEqual({ id: plan.goals[0].id, status: "REACHED" });
  });

  it("a chain partner cannot set a goal's status; an outsider gets NOT_FOUND", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "setGoalStatus", { goalId: plan.goals[0].id, status: "REACHED" }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "setGoalStatus", { goalId: plan.goals[0].id, status: "REACHED" }), { code: "NOT_FOUND" });
  });

  it("a goal of a draft gets no status (GOAL_NOT_IN_CURRENT_PLAN)", async () => {
    const { id } = await activeCase(api);
    const draft = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "setGoalStatus", { goalId: draft.goals[0].id, status: "REACHED" }),
      { code: ILLEGAL, reason: "GOAL_NOT_IN_CURRENT_PLAN" });
  });
});
