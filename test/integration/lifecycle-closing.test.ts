import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { activeCase, approvedPlan, expectRefusedUnchanged, ok, planInput, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const ILLEGAL = "ILLEGAL_TRANSITION";
const STATEMENTS = { qualityOfLifeImproved: true, safetyInPlace: true, regularCareCanCarryOn: true };

describe("after the plan: passive direction, closing, scaling down", () => {
  let api: TestApi;
  const pd = PERSONAS.processDirector;
  const reachPriorityGoals = async (plan: any) => {
    for (const goal of plan.goals.filter((g: any) => g.priority)) await ok(api, PERSONAS.policeCaseDirector, "setGoalStatus", { goalId: goal.id, status: "REACHED" });
  };
  /** A case whose plan was approved at T0 and whose priority goals are reached. */
  const readyForPassive = async () => {
    const { id } = await activeCase(api);
    await reachPriorityGoals(await approvedPlan(api, id));
    return id;
  };
  const passiveSince = async (since: Date) => {
    const id = await readyForPassive();
    api.setNow(since);
    await ok(api, pd, "moveToPassiveDirection", { caseId: id });
    return id;
  };
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("full run: plan, revision, six months later passive direction, six months later closed on the three statements", async () => {
    const { id } = await activeCase(api);
    await approvedPlan(api, id);
    api.setNow(at("2026-04-02"));
    const v2 = await ok(api, PERSONAS.policeCaseDirector, "revisePlan", { caseId: id });
    await ok(api, pd, "approvePlan", { planId: v2.id });
    await reachPriorityGoals(v2);
    api.setNow(at("2026-09-01"));
    await expectRefusedUnchanged(api, () => step(api, pd, "moveToPassiveDirection", { caseId: id }), { code: ILLEGAL, reason: "TOO_EARLY_FOR_PASSIVE_DIRECTION" });
    api.setNow(at("2026-09-02"));
    expect(await ok(api, pd, "moveToPassiveDirection", { caseId: id })).toEqual({ id, phase: "PASSIVE_DIRECTION", passiveSince: at("2026-09-02").toISOString() });
    api.setNow(at("2027-03-01"));
    await expectRefusedUnchanged(api, () => step(api, pd, "closeCase", { caseId: id, ...STATEMENTS }), { code: ILLEGAL, reason: "TOO_EARLY_TO_CLOSE" });
    api.setNow(at("2027-03-02"));
    expect(await ok(api, pd, "closeCase", { caseId: id, ...STATEMENTS, note: "Reguliere zorg door wijkteam." })).toEqual({
      id, phase: "CLOSED", closedAt: at("2027-03-02").toISOString(), nextReviewDue: null,
      closure: { ...STATEMENTS, treatmentImpossible: false, note: "Reguliere zorg door wijkteam." },
    });
    const res = await api.as(PERSONAS.ggz)(`query ($id: ID!) { case(id: $id) { phase plans { version status } closure { treatmentImpossible } } }`, { id });
    expect(res.data.case).toEqual({ phase: "CLOSED", plans: [{ version: 1, status: "SUPERSEDED" }, { version: 2, status: "APPROVED" }], closure: { treatmentImpossible: false } });
  });

  it("passive direction needs all priority goals of the current plan reached; an open side goal does not block", async () => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    const [first] = plan.goals.filter((g: any) => g.priority);
    await ok(api, PERSONAS.policeCaseDirector, "setGoalStatus", { goalId: first.id, status: "REACHED" });
    api.setNow(at("2026-09-02"));
    await expectRefusedUnchanged(api, () => step(api, pd, "moveToPassiveDirection", { caseId: id }), { code: ILLEGAL, reason: "PRIORITY_GOALS_NOT_REACHED" });
    await reachPriorityGoals(plan);
    expect(await ok(api, pd, "moveToPassiveDirection", { caseId: id })).toMatchObject({ phase: "PASSIVE_DIRECTION" });
  });

  it("passive direction needs an approved plan, not just a draft (NO_APPROVED_PLAN)", async () => {
    const { id } = await activeCase(api);
    await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    api.setNow(at("2027-01-01"));
    await expectRefusedUnchanged(api, () => step(api, pd, "moveToPassiveDirection", { caseId: id }), { code: ILLEGAL, reason: "NO_APPROVED_PLAN" });
  });

  it.each([CasePhase.DOSSIER_FORMING, CasePhase.PASSIVE_DIRECTION, CasePhase.CLOSED])("passive direction only from active direction, not from %s", async (phase) => {
    const { id } = await activeCase(api, phase);
    await expectRefusedUnchanged(api, () => step(api, pd, "moveToPassiveDirection", { caseId: id }), { code: ILLEGAL, reason: `MOVE_TO_PASSIVE_DIRECTION_NOT_ALLOWED_IN_${phase}` });
  });

  it("the case director cannot decide passive direction or closing; an outsider gets NOT_FOUND", async () => {
    const id = await readyForPassive();
    api.setNow(at("2026-09-02"));
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "moveToPassiveDirection", { caseId: id }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.otherProcessDirector, "moveToPassiveDirection", { caseId: id }), { code: "NOT_FOUND" });
    await ok(api, pd, "moveToPassiveDirection", { caseId: id });
    api.setNow(at("2027-03-02"));
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "closeCase", { caseId: id, ...STATEMENTS }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "closeCase", { caseId: id, ...STATEMENTS }), { code: "NOT_FOUND" });
  });

  it.each(Object.keys(STATEMENTS))("a case is not closed when %s is false (CLOSING_STATEMENTS_NOT_MET)", async (statement) => {
    const id = await passiveSince(at("2026-09-02"));
    api.setNow(at("2027-03-02"));
    await expectRefusedUnchanged(api, () => step(api, pd, "closeCase", { caseId: id, ...STATEMENTS, [statement]: false }), { code: ILLEGAL, reason: "CLOSING_STATEMENTS_NOT_MET" });
  });

  it("closing on the three statements only from passive direction", async () => {
    const id = await readyForPassive();
    api.setNow(at("2027-06-01"));
    await expectRefusedUnchanged(api, () => step(api, pd, "closeCase", { caseId: id, ...STATEMENTS }), { code: ILLEGAL, reason: "CLOSE_CASE_NOT_ALLOWED_IN_ACTIVE_DIRECTION" });
  });

  it.each([CasePhase.ACTIVE_DIRECTION, CasePhase.PASSIVE_DIRECTION])("treatment found impossible closes a case in %s that had a plan", async (phase) => {
    const { id } = await activeCase(api);
    await approvedPlan(api, id);
    await api.ds.query(`UPDATE "case" SET phase = $2 WHERE id = $1`, [id, phase]);
    expect(await ok(api, pd, "recordTreatmentImpossible", { caseId: id, note: "Betrokkene onvindbaar, vertrokken naar het buitenland." })).toEqual({
      id, phase: "CLOSED", closedAt: T0.toISOString(),
      closure: { qualityOfLifeImproved: null, safetyInPlace: null, regularCareCanCarryOn: null, treatmentImpossible: true, note: "Betrokkene onvindbaar, vertrokken naar het buitenland." },
    });
  });

  it("a case that never had an approved plan is not closed (CASE_NEVER_HAD_A_PLAN), not even with a draft", async () => {
    const bare = await activeCase(api);
    const input = (caseId: string) => ({ caseId, note: "Geen behandeling mogelijk." });
    await expectRefusedUnchanged(api, () => step(api, pd, "recordTreatmentImpossible", input(bare.id)), { code: ILLEGAL, reason: "CASE_NEVER_HAD_A_PLAN" });
    const drafted = await activeCase(api);
    await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, drafted.id));
    await expectRefusedUnchanged(api, () => step(api, pd, "recordTreatmentImpossible", input(drafted.id)), { code: ILLEGAL, reason: "CASE_NEVER_HAD_A_PLAN" });
    const forming = await activeCase(api, CasePhase.DOSSIER_FORMING);
    await expectRefusedUnchanged(api, () => step(api, pd, "recordTreatmentImpossible", input(forming.id)),
      { code: ILLEGAL, reason: "RECORD_TREATMENT_IMPOSSIBLE_NOT_ALLOWED_IN_DOSSIER_FORMING" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "recordTreatmentImpossible", input(bare.id)), { code: "FORBIDDEN" });
  });

  it.each([CasePhase.DOSSIER_FORMING, CasePhase.ACTIVE_DIRECTION, CasePhase.PASSIVE_DIRECTION])("process director scales down a case in %s", async (phase) => {
    const { id } = await activeCase(api, phase);
    expect(await ok(api, pd, "scaleDownCase", { caseId: id, reason: "Wijkteam kan het lokaal oppakken." })).toEqual({
      id, phase: "SCALED_DOWN", scaleDownReason: "Wijkteam kan het lokaal oppakken.", closedAt: T0.toISOString(),
    });
  });

  it.each([CasePhase.REGISTERED, CasePhase.REJECTED, CasePhase.CLOSED, CasePhase.SCALED_DOWN])("a case in %s is not scaled down", async (phase) => {
    const { id } = await activeCase(api, phase);
    await expectRefusedUnchanged(api, () => step(api, pd, "scaleDownCase", { caseId: id, reason: "Lokaal oppakken." }), { code: ILLEGAL, reason: `SCALE_DOWN_CASE_NOT_ALLOWED_IN_${phase}` });
  });

  it("only the process director scales down", async () => {
    const { id } = await activeCase(api);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.policeCaseDirector, "scaleDownCase", { caseId: id, reason: "Lokaal oppakken." }), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "scaleDownCase", { caseId: id, reason: "Lokaal oppakken." }), { code: "NOT_FOUND" });
  });
});
