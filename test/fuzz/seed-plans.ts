import { randomUUID } from "node:crypto";
import { insertRows, type Row } from "./insert";
import type { SeedContext } from "./seed";
import type { WAction, WorldSpec } from "./world";

/** Plans with their goals, actions and reports, and the signals of each case; every text guarded by its category. */
export async function seedPlans(ctx: SeedContext, spec: WorldSpec): Promise<void> {
  const plans: Row[] = [];
  const goals: Row[] = [];
  const actions: Row[] = [];
  const reports: Row[] = [];
  const signals: Row[] = [];
  spec.cases.forEach((c, i) => {
    const caseId = ctx.caseIds[i];
    const actionIds: string[] = [];
    const addAction = (a: WAction, planId: string, goalId: string | null) => {
      const id = randomUUID();
      actionIds.push(id);
      actions.push({
        id, plan_id: planId, goal_id: goalId, case_id: caseId, kind: "CARE", executor_id: ctx.orgIds[a.executor], due_date: "2026-07-01", status: "OPEN",
        ...ctx.text("action", "description", i, a.descriptionCategory, "action description"),
      });
      for (const feedback of a.reports) {
        reports.push({ action_id: id, case_id: caseId, reported_by_id: ctx.orgIds[a.executor], reported_at: new Date("2026-05-01T10:00:00Z"), status_after: "IN_PROGRESS", ...ctx.text("action_report", "feedback", i, feedback, "action report feedback") });
      }
    };
    c.plans.forEach((plan, version) => {
      const planId = randomUUID();
      plans.push({
        id: planId, case_id: caseId, version: version + 1, status: plan.status, proposed_by_id: ctx.orgIds[c.participants[0].org],
        proposed_at: new Date("2026-03-01T10:00:00Z"), approved_at: plan.status === "DRAFT" ? null : new Date("2026-03-02T10:00:00Z"),
        ...ctx.text("plan", "summary", i, plan.summaryCategory, "plan summary"),
      });
      for (const goal of plan.goals) {
        const goalId = randomUUID();
        goals.push({ id: goalId, plan_id: planId, case_id: caseId, priority: true, status: "OPEN", ...ctx.text("goal", "description", i, goal.descriptionCategory, "goal description") });
        goal.actions.forEach((a) => addAction(a, planId, goalId));
      }
      plan.looseActions.forEach((a) => addAction(a, planId, null));
    });
    c.signals.forEach((signal, k) => {
      signals.push({
        case_id: caseId, action_id: signal.onAction && actionIds.length > 0 ? actionIds[k % actionIds.length] : null, raised_by_id: ctx.orgIds[c.participants[0].org],
        kind: "SITUATION_CHANGED", raised_at: new Date("2026-05-10T10:00:00Z"), ...ctx.text("signal", "description", i, signal.descriptionCategory, "signal description"),
      });
    });
  });
  for (const [table, rows] of [["plan", plans], ["goal", goals], ["action", actions], ["action_report", reports], ["signal", signals]] as const) {
    await insertRows(ctx.ds, ctx.columns, table, rows);
  }
}
