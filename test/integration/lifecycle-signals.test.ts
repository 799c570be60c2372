import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { activeCase, approvedPlan, expectRefusedUnchanged, ok, planInput, snapshot, step } from "../support/steps";

const T0 = new Date("2026-03-02T09:00:00Z");
const LATER = new Date("2026-04-15T13:00:00Z");
const ILLEGAL = "ILLEGAL_TRANSITION";

describe("signals: raising, escalating, resolving", () => {
  let api: TestApi;
  const signal = (caseId: string, extra: Record<string, unknown> = {}) => ({
    caseId, kind: "ACTION_NOT_FEASIBLE", description: "Betrokkene weigert de intake.", ...extra,
  });
  const raised = async (phase = CasePhase.ACTIVE_DIRECTION) => {
    const { id } = await activeCase(api);
    const plan = await approvedPlan(api, id);
    if (phase !== CasePhase.ACTIVE_DIRECTION) await api.ds.query(`UPDATE "case" SET phase = $2, passive_since = $3 WHERE id = $1`, [id, phase, T0]);
    return { caseId: id, plan, signal: await ok(api, PERSONAS.ggz, "raiseSignal", signal(id, { actionId: plan.actions[0].id })) };
  };
  const escalate = (persona: Persona, signalId: string) => step(api, persona, "escalateSignal", { signalId });
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  beforeEach(() => api.setNow(T0));
  afterAll(() => api.close());

  it("a chain partner raises a signal about an action: it lands with the case director", async () => {
    const { caseId, plan, signal: made } = await raised();
    expect(made).toMatchObject({ kind: "ACTION_NOT_FEASIBLE", level: "CASE_DIRECTOR", status: "OPEN", raisedBy: { code: "ggz-rijnmond" }, action: { id: plan.actions[0].id } });
    const res = await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { signals { id level raisedBy { code } action { description } } } }`, { id: caseId });
    expect(res.data.case.signals).toEqual([{ id: made.id, level: "CASE_DIRECTOR", raisedBy: { code: "ggz-rijnmond" }, action: { description: plan.actions[0].description } }]);
  });

  it("a signal about an action that is not in the case's current plan is BAD_USER_INPUT", async () => {
    const other = await activeCase(api);
    const otherPlan = await approvedPlan(api, other.id);
    const { id } = await activeCase(api);
    const draft = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, id));
    for (const actionId of [otherPlan.actions[0].id, draft.actions[0].id]) {
      await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "raiseSignal", signal(id, { actionId })), { code: "BAD_USER_INPUT" });
    }
  });

  it("no signal before the plan phase or after closing; none from outsiders or triage members", async () => {
    const forming = await activeCase(api, CasePhase.DOSSIER_FORMING);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "raiseSignal", signal(forming.id)), { code: ILLEGAL, reason: "RAISE_SIGNAL_NOT_ALLOWED_IN_DOSSIER_FORMING" });
    const closed = await activeCase(api, CasePhase.CLOSED);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "raiseSignal", signal(closed.id)), { code: ILLEGAL, reason: "RAISE_SIGNAL_NOT_ALLOWED_IN_CLOSED" });
    const { id } = await activeCase(api);
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.outsiderPolice, "raiseSignal", signal(id)), { code: "NOT_FOUND" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.prosecutorTriage, "raiseSignal", signal(id)), { code: "NOT_FOUND" });
  });

  it("case director escalates to the process director: the case is due back at the table now", async () => {
    const { caseId, signal: made } = await raised();
    api.setNow(LATER);
    const res = await escalate(PERSONAS.policeCaseDirector, made.id);
    expect(res.data.escalateSignal).toEqual({ id: made.id, level: "PROCESS_DIRECTOR", status: "OPEN", escalatedAt: LATER.toISOString() });
    const { case: [row] } = await snapshot(api, caseId);
    expect(row).toMatchObject({ phase: "ACTIVE_DIRECTION", next_review_due: LATER });
  });

  it("escalation to the process director brings a case in passive direction back to active direction", async () => {
    const { caseId, signal: made } = await raised(CasePhase.PASSIVE_DIRECTION);
    api.setNow(LATER);
    await ok(api, PERSONAS.policeCaseDirector, "escalateSignal", { signalId: made.id });
    const { case: [row] } = await snapshot(api, caseId);
    expect(row).toMatchObject({ phase: "ACTIVE_DIRECTION", passive_since: null, next_review_due: LATER });
  });

  it("only the process director escalates further, to the manager; the case director is FORBIDDEN", async () => {
    const { caseId, signal: made } = await raised();
    await ok(api, PERSONAS.policeCaseDirector, "escalateSignal", { signalId: made.id });
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.policeCaseDirector, made.id), { code: "FORBIDDEN" });
    const due = (await snapshot(api, caseId)).case[0].next_review_due;
    api.setNow(LATER);
    expect(await ok(api, PERSONAS.processDirector, "escalateSignal", { signalId: made.id })).toMatchObject({ level: "MANAGER", escalatedAt: LATER.toISOString() });
    expect((await snapshot(api, caseId)).case[0].next_review_due).toEqual(due);
  });

  it("a signal with the manager cannot be escalated further (ALREADY_AT_HIGHEST_LEVEL)", async () => {
    const { signal: made } = await raised();
    await ok(api, PERSONAS.processDirector, "escalateSignal", { signalId: made.id });
    await ok(api, PERSONAS.processDirector, "escalateSignal", { signalId: made.id });
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.processDirector, made.id), { code: ILLEGAL, reason: "ALREADY_AT_HIGHEST_LEVEL" });
  });

  it("chain partners cannot escalate; another house's process director gets NOT_FOUND", async () => {
    const { signal: made } = await raised();
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.ggz, made.id), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.ggzCaseDirector, made.id), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.otherProcessDirector, made.id), { code: "NOT_FOUND" });
  });

  it("case director resolves a signal; a resolved signal is neither escalated nor resolved again", async () => {
    const { signal: made } = await raised();
    api.setNow(LATER);
    expect(await ok(api, PERSONAS.policeCaseDirector, "resolveSignal", { signalId: made.id })).toEqual({ id: made.id, level: "CASE_DIRECTOR", status: "RESOLVED", resolvedAt: LATER.toISOString() });
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.processDirector, made.id), { code: ILLEGAL, reason: "SIGNAL_RESOLVED" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "resolveSignal", { signalId: made.id }), { code: ILLEGAL, reason: "SIGNAL_RESOLVED" });
  });

  it("a chain partner cannot resolve a signal, not even its own", async () => {
    const { signal: made } = await raised();
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.ggz, "resolveSignal", { signalId: made.id }), { code: "FORBIDDEN" });
  });

  it("signals of a closed case are frozen", async () => {
    const { caseId, signal: made } = await raised();
    await api.ds.query(`UPDATE "case" SET phase = 'CLOSED' WHERE id = $1`, [caseId]);
    await expectRefusedUnchanged(api, () => escalate(PERSONAS.processDirector, made.id), { code: ILLEGAL, reason: "ESCALATE_SIGNAL_NOT_ALLOWED_IN_CLOSED" });
    await expectRefusedUnchanged(api, () => step(api, PERSONAS.processDirector, "resolveSignal", { signalId: made.id }), { code: ILLEGAL, reason: "RESOLVE_SIGNAL_NOT_ALLOWED_IN_CLOSED" });
  });
});
