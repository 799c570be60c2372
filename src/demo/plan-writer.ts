import { PlanStatus, SignalStatus } from "../domain/enums";
import { Action, ActionReport, Goal, Plan, Signal } from "../entities";
import { textOf, type PlanSpec, type SignalSpec } from "./spec";
import type { DemoWriter } from "./writer";

/** The last approved version is the plan in force; approved versions before it were superseded. */
function statusOf(plans: PlanSpec[], index: number): PlanStatus {
  if (plans[index].approved === undefined) return PlanStatus.DRAFT;
  const later = plans.slice(index + 1).some((p) => p.approved !== undefined);
  return later ? PlanStatus.SUPERSEDED : PlanStatus.APPROVED;
}

/**
 * Writes the versions of a case's plan of approach with goals, actions and feedback. Returns the action
 * ids of the version in force, which signals refer to.
 */
export async function writePlans(w: DemoWriter, caseId: string, plans: PlanSpec[]): Promise<string[]> {
  const { em } = w;
  let inForce: string[] = [];
  for (const [index, spec] of plans.entries()) {
    const status = statusOf(plans, index);
    const plan = await em.save(em.create(Plan, {
      caseId, version: index + 1, status, summary: textOf(spec.summary).text, summaryCategory: textOf(spec.summary).category, proposedById: w.org(spec.proposedBy),
      proposedAt: w.at(spec.proposed), approvedAt: spec.approved === undefined ? null : w.at(spec.approved),
    }));
    const goals = await em.save(spec.goals.map((g) => em.create(Goal, { planId: plan.id, caseId, ...g, description: textOf(g.description).text, descriptionCategory: textOf(g.description).category })));
    const actions = await em.save(spec.actions.map((a) => em.create(Action, {
      planId: plan.id, caseId, goalId: a.goal === undefined ? null : goals[a.goal].id, description: textOf(a.description).text, descriptionCategory: textOf(a.description).category, kind: a.kind,
      executorId: w.org(a.executor), dueDate: w.date(a.due), status: a.status,
    })));
    const reports = spec.actions.flatMap((a, i) => (a.reports ?? []).map((r) => em.create(ActionReport, {
      actionId: actions[i].id, caseId, reportedById: w.org(r.by), reportedAt: w.at(r.at), feedback: textOf(r.feedback).text, feedbackCategory: textOf(r.feedback).category, statusAfter: r.statusAfter,
    })));
    if (reports.length) await em.save(reports);
    if (status === PlanStatus.APPROVED) inForce = actions.map((a) => a.id);
  }
  return inForce;
}

/** Signals (opschaling), optionally about an action of the plan in force. */
export async function writeSignals(w: DemoWriter, caseId: string, signals: SignalSpec[], actionIds: string[]): Promise<void> {
  if (!signals.length) return;
  const { em } = w;
  await em.save(signals.map((s) => {
    if (s.action !== undefined && !actionIds[s.action]) throw new Error(`demo: signal refers to action ${s.action}, which the plan in force lacks`);
    return em.create(Signal, {
      caseId, actionId: s.action === undefined ? null : actionIds[s.action], raisedById: w.org(s.raisedBy), kind: s.kind,
      description: textOf(s.description).text, descriptionCategory: textOf(s.description).category, level: s.level, status: s.resolved === undefined ? SignalStatus.OPEN : SignalStatus.RESOLVED, raisedAt: w.at(s.raised),
      escalatedAt: s.escalated === undefined ? null : w.at(s.escalated), resolvedAt: s.resolved === undefined ? null : w.at(s.resolved),
    });
  }));
}
