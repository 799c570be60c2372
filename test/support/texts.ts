import { ActionKind, AgendaItemKind, CasePhase, InformationCategory, LegalBasisType, SignalKind } from "../../src/domain/enums";
import { Action, ActionReport, AgendaItem, Case, Goal, LegalBasis, Meeting, Plan, Signal } from "../../src/entities";
import type { TestApi } from "./api";
import { insertCase, type OrgKey } from "./fixture";

/** Every kind of guarded text of a case, as a query: the case's own texts, closure, plan items, signals, minutes and bases. */
export const ALL_TEXTS = `query ($id: ID!) { case(id: $id) {
  triedWithinOwnOrganisation triedWithinOwnOrganisationCategory subjectNotInformedReason subjectNotInformedReasonCategory
  rejectionReason rejectionReasonCategory scaleDownReason scaleDownReasonCategory closure { treatmentImpossible note noteCategory }
  plans { version summary summaryCategory goals { priority description descriptionCategory }
    actions { kind status dueDate executor { code } description descriptionCategory reports { statusAfter feedback feedbackCategory } } }
  signals { kind status description descriptionCategory }
  agendaItems { kind minutes minutesCategory }
  legalBases { type categories documentReference documentReferenceCategory revocationReason revocationReasonCategory } } }`;

/**
 * What a case holds of ALL_TEXTS once the ids are taken out: the shape a viewer sees of the items. Each
 * error's request id (its own per request) is written out as "<own>", so its presence is still compared.
 */
export function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => {
    if (key === "id") return undefined;
    return key === "requestId" && typeof v === "string" ? "<own>" : v;
  }));
}

interface TextCase {
  /** The category of every text; null: unclassified. */
  category: InformationCategory | null;
  /** false: the optional texts (reasons, minutes, closure note) are empty, the required ones still written. */
  withText?: boolean;
  participants?: OrgKey[];
  /** Organisations a valid basis for `basisCategories` names (the basis's own texts are classified like the rest). */
  basisFor?: OrgKey[];
  basisCategories?: InformationCategory[];
}

/**
 * A case in active direction whose every free text is written straight into the database with one category,
 * with a plan (goal, action executed by GGZ, report), a signal, an agenda item and a (revoked and re-recorded) basis.
 */
export async function caseWithTexts(api: TestApi, options: TextCase): Promise<Case> {
  const { ds, world } = api;
  const { category } = options;
  const text = (value: string) => (options.withText === false ? null : value);
  const found = await insertCase(ds, world, { participants: options.participants ?? ["police", "ggz"], phase: CasePhase.ACTIVE_DIRECTION, caseDirector: "police" });
  await ds.getRepository(Case).update(found.id, {
    triedWithinOwnOrganisationCategory: category, subjectNotInformedReason: text("ADHD, prikkelbaar"), subjectNotInformedReasonCategory: category,
    rejectionReason: text("Diagnose ADHD"), rejectionReasonCategory: category, scaleDownReason: text("ADHD onder controle"), scaleDownReasonCategory: category,
    closureTreatmentImpossible: true, closureNote: text("ADHD-behandeling afgebroken"), closureNoteCategory: category,
  });
  const plan = await ds.getRepository(Plan).save({ caseId: found.id, version: 1, summary: "ADHD-behandeling en toezicht", summaryCategory: category, proposedById: world.org.police.id, proposedAt: new Date() });
  await ds.getRepository(Goal).save({ planId: plan.id, caseId: found.id, description: "In behandeling voor ADHD", descriptionCategory: category, priority: true });
  const action = await ds.getRepository(Action).save({
    planId: plan.id, caseId: found.id, description: "Methylfenidaat instellen", descriptionCategory: category, kind: ActionKind.CARE, executorId: world.org.ggz.id, dueDate: "2026-12-01",
  });
  await ds.getRepository(ActionReport).save({ actionId: action.id, caseId: found.id, reportedById: world.org.ggz.id, reportedAt: new Date(), feedback: "Medicatie helpt", feedbackCategory: category, statusAfter: action.status });
  await ds.getRepository(Signal).save({ caseId: found.id, raisedById: world.org.ggz.id, kind: SignalKind.SITUATION_CHANGED, description: "Stopt met ADHD-medicatie", descriptionCategory: category, raisedAt: new Date() });
  const meeting = await ds.getRepository(Meeting).save({ tableId: found.tableId, scheduledAt: new Date("2026-06-01T09:00:00Z") });
  await ds.getRepository(AgendaItem).save({ meetingId: meeting.id, caseId: found.id, kind: AgendaItemKind.FOLLOW_UP, minutes: text("ADHD besproken"), minutesCategory: category });
  await ds.getRepository(LegalBasis).save({
    caseId: found.id, type: LegalBasisType.CONSENT, categories: options.basisCategories ?? [InformationCategory.EDUCATION],
    organisationIds: (options.basisFor ?? ["police"]).map((key) => world.org[key].id), validFrom: new Date("2026-01-01"),
    documentReference: "ADHD-toestemming", documentReferenceCategory: category, revocationReason: text("ADHD-dossier gesloten"), revocationReasonCategory: category,
    recordedByOrganisationId: world.org.house.id, recordedByUser: "pd-anna", recordedAt: new Date("2026-01-01"),
  });
  return found;
}
