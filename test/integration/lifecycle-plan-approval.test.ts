import { ActionKind, CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { activeCase, approvedPlan, expectRefusedUnchanged, ok, planInput, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");
const ILLEGAL = "ILLEGAL_TRANSITION";

describe("plan of approach: drafts, approval and revision refused where the process does not allow them", () => {
  let api: TestApi;
  const action = (planId: string, extra: Record<string, unknown> = {}) => ({
    planId, description: "Budgetcoach inschakelen", kind: ActionKind.CARE, executorOrganisationId: api.world.org.wijkteam.id, dueDate: "2026-06-01", ...extra,
  });
  const draft = async (caseId: string, goals = true, actions = true) => {
    const input = { ...planInput(api, caseId), goals: goals ? planInput(api, caseId).goals : [], actions: actions && goals ? planInput(api, caseId).actions : [] };
    return ok(api, PERSONAS.policeCaseDirector, "proposePlan", input);
  };
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("case director adds goals and actions to a draft; an action may serve a goal of that draft", async () => {
    const { id } = await activeCase(api);
    const plan = await draft(id, false, false);
    const goal = await ok(api, PERSONAS.policeCaseDirector, "addGoal", { planId: plan.id, description: "Schulden gesaneerd", priority: true });
    expect(goal).toMatchObject({ description: "Schulden gesaneerd", priority: true, status: "OPEN" });
    const added = await ok(api, PERSONAS.policeCaseDirector, "addAction", action(plan.id, { goalId: goal.id }));
    expect(added).toMatchObject({ status: "OPEN", executor: { code: "wijkteam-zuid" }, goal: { id: goal.id } });
    expect(await ok(api, PERSONAS.processDirector, "approvePlan", { planId: plan.id })).toMatchObject({ status: "APPROVED" });
  });

  it("goals and actions are not added to an approved plan (PLAN_NOT_DRAFT)", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "addGoal", { planId: plan.id, description: "Nieuw doel", priority: false }),
      { code: ILLEGAL, reason: "PLAN_NOT_DRAFT" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "addAction", action(plan.id)), { code: ILLEGAL, reason: "PLAN_NOT_DRAFT" });
  });

  it("an action for a goal of another plan, or for a non-participant, is BAD_USER_INPUT", async () => {
    const other = await draft((await activeCase(api)).id);
    const { id } = await activeCase(api);
    const plan = await draft(id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "addAction", action(plan.id, { goalId: other.goals[0].id })), { code: "BAD_USER_INPUT" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "addAction", action(plan.id, { executorOrganisationId: api.world.org.prosecutor.id })),
      { code: "BAD_USER_INPUT" });
  });

  it("chain partners cannot change a draft; outsiders get NOT_FOUND", async () => {
    const { id } = await activeCase(api);
    const plan = await draft(id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "addGoal", { planId: plan.id, description: "Eigen doel", priority: true }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "addAction", action(plan.id)), { code: "NOT_FOUND" });
  });

  it("only the process director records approval: the case director is FORBIDDEN, an outsider NOT_FOUND", async () => {
    const { id } = await activeCase(api);
    const plan = await draft(id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "approvePlan", { planId: plan.id }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.otherProcessDirector, "approvePlan", { planId: plan.id }), { code: "NOT_FOUND" });
  });

  it("a plan without goals, or without actions, is not approved", async () => {
    const empty = await activeCase(api);
    const noGoals = await draft(empty.id, false, false);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "approvePlan", { planId: noGoals.id }), { code: ILLEGAL, reason: "PLAN_HAS_NO_GOALS" });
    const goalsOnly = await activeCase(api);
    const noActions = await draft(goalsOnly.id, true, false);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "approvePlan", { planId: noActions.id }), { code: ILLEGAL, reason: "PLAN_HAS_NO_ACTIONS" });
  });

  it("an approved plan is not approved again (PLAN_NOT_DRAFT)", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "approvePlan", { planId: plan.id }), { code: ILLEGAL, reason: "PLAN_NOT_DRAFT" });
  });

  it.each([CasePhase.REJECTED, CasePhase.CLOSED, CasePhase.REGISTERED, CasePhase.SCALED_DOWN])("a plan on a %s case is not approved", async (phase) => {
    const { id } = await activeCase(api);
    const plan = await draft(id);
    await api.ds.query(`UPDATE "case" SET phase = $2 WHERE id = $1`, [id, phase]);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "approvePlan", { planId: plan.id }), { code: ILLEGAL, reason: `APPROVE_PLAN_NOT_ALLOWED_IN_${phase}` });
  });

  it("a revision needs an approved plan, and only one draft exists at a time", async () => {
    const { id } = await activeCase(api);
    await draft(id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id }), { code: ILLEGAL, reason: "NO_APPROVED_PLAN" });
    const approved = await activeCase(api);
    await approvedPlan(api, approved.id);
    const revision = await ok(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: approved.id });
    expect(revision).toMatchObject({ version: 2, status: "DRAFT", summary: planInput(api, approved.id).summary });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: approved.id }), { code: ILLEGAL, reason: "DRAFT_PLAN_EXISTS" });
  });

  it("a revision is refused outside active and passive direction, and to chain partners", async () => {
    const { id } = await activeCase(api);
    await approvedPlan(api, id);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.wijkteam, "revisePlan", { caseId: id }), { code: "FORBIDDEN" });
    await api.ds.query(`UPDATE "case" SET phase = 'SCALED_DOWN' WHERE id = $1`, [id]);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id }), { code: ILLEGAL, reason: "REVISE_PLAN_NOT_ALLOWED_IN_SCALED_DOWN" });
  });

  it("a revision in passive direction is allowed and its approval keeps the case passive", async () => {
    const { id } = await activeCase(api);
    await approvedPlan(api, id);
    await api.ds.query(`UPDATE "case" SET phase = 'PASSIVE_DIRECTION', passive_since = $2 WHERE id = $1`, [id, T0]);
    const revision = await ok(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id });
    await ok(api, PERSONAS.processDirector, "approvePlan", { planId: revision.id });
    const [row] = await api.ds.query(`SELECT phase FROM "case" WHERE id = $1`, [id]);
    expect(row.phase).toBe("PASSIVE_DIRECTION");
  });
});
