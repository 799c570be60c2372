import { CARE_CATEGORIES, CasePhase } from "../domain/enums";
import { Case, InformationItem, LegalBasis, Participant, RelatedPerson, Subject } from "../entities";
import { addMonths } from "../cases/case-state";
import { REVIEW_INTERVAL_MONTHS } from "../cases/plan-approval.service";
import { DEMO_TABLES } from "./organisations";
import { writePlans, writeSignals } from "./plan-writer";
import { maybeText, textOf, type CaseSpec } from "./spec";
import type { DemoWriter } from "./writer";

const DIRECTED = [CasePhase.ACTIVE_DIRECTION, CasePhase.PASSIVE_DIRECTION];

/** The case row: phase and the moments and outcomes that phase implies. */
function caseRow(w: DemoWriter, spec: CaseSpec, subjectId: string): Partial<Case> {
  const lastApproval = Math.min(...(spec.plans ?? []).map((p) => p.approved ?? Infinity));
  const maybe = (days: number | undefined) => (days === undefined ? null : w.at(days));
  const closure = spec.closure;
  const [tried, notInformed, rejection, note, scaleDown] = [
    textOf(spec.tried), maybeText(spec.informed === true ? undefined : spec.informed), maybeText(spec.rejectionReason),
    maybeText(closure?.note), maybeText(spec.scaleDownReason),
  ];
  return {
    reference: spec.reference,
    tableId: w.table(spec.table),
    subjectId,
    registeredById: w.org(spec.registeredBy),
    phase: spec.phase,
    track: spec.track ?? null,
    registeredAt: w.at(spec.registered),
    triedWithinOwnOrganisation: tried.text,
    triedWithinOwnOrganisationCategory: tried.category,
    subjectInformed: spec.informed === true,
    subjectNotInformedReason: notInformed.text,
    subjectNotInformedReasonCategory: notInformed.category,
    triagedAt: maybe(spec.triaged),
    rejectionReason: rejection.text,
    rejectionReasonCategory: rejection.category,
    trackDecidedAt: maybe(spec.trackDecided),
    nextReviewDue: DIRECTED.includes(spec.phase) && Number.isFinite(lastApproval) ? addMonths(w.at(lastApproval), REVIEW_INTERVAL_MONTHS) : null,
    passiveSince: maybe(spec.passiveSince),
    closedAt: maybe(spec.closed),
    closureQualityOfLifeImproved: closure ? (closure.treatmentImpossible ? null : true) : null,
    closureSafetyInPlace: closure ? (closure.treatmentImpossible ? null : true) : null,
    closureRegularCareCanCarryOn: closure ? (closure.treatmentImpossible ? null : true) : null,
    closureTreatmentImpossible: closure ? closure.treatmentImpossible : null,
    closureNote: note.text,
    closureNoteCategory: note.category,
    scaleDownReason: scaleDown.text,
    scaleDownReasonCategory: scaleDown.category,
  };
}

/**
 * Refuses a spec that the API itself would never have produced: care information without a basis that
 * covers it, or facts from an organisation that does not take part. Keeps the demo honest.
 */
function check(spec: CaseSpec): void {
  const partners = new Set(spec.participants.map((p) => p.org));
  for (const item of spec.information ?? []) {
    const basis = item.basis === undefined ? undefined : spec.bases?.[item.basis];
    if (!partners.has(item.supplier)) throw new Error(`demo ${spec.reference}: ${item.supplier} supplies information but does not take part`);
    if (CARE_CATEGORIES.includes(item.category) && !basis?.categories.includes(item.category)) {
      throw new Error(`demo ${spec.reference}: ${item.category} information without a basis that covers it`);
    }
    if (basis?.revoked && item.shared < basis.revoked.at) throw new Error(`demo ${spec.reference}: information shared after its basis was revoked`);
  }
}

/** Per house, the second process director who confirms the bases that name the house (four eyes). */
const SECOND_DIRECTOR: Record<string, string> = { "zvh-rotterdam-rijnmond": "pd-bart-de-wit", "samen-antwerpen": "samen-regisseur-koen" };

/** One case with everything around it. Legal bases are recorded by the process director of the table's house. */
export async function writeCase(w: DemoWriter, spec: CaseSpec): Promise<Case> {
  check(spec);
  const { em } = w;
  const subject = await em.save(em.create(Subject, spec.subject));
  const saved = await em.save(em.create(Case, caseRow(w, spec, subject.id)));
  if (spec.related?.length) {
    await em.save(spec.related.map(([fullName, relation]) => em.create(RelatedPerson, { caseId: saved.id, fullName, relation })));
  }
  await em.save(spec.participants.map((p) => em.create(Participant, {
    caseId: saved.id, organisationId: w.org(p.org), role: p.role, professionalName: p.name,
    joinedAt: w.at(p.joined ?? spec.registered), leftAt: p.left === undefined ? null : w.at(p.left),
  })));
  const bases: LegalBasis[] = [];
  const house = DEMO_TABLES[spec.table].house;
  for (const b of spec.bases ?? []) {
    // A basis naming the house itself opens care data to its recorder's organisation: a second process director confirmed it.
    const confirmationRequired = b.orgs.includes(house);
    const [document, revocation] = [textOf(b.document), maybeText(b.revoked?.reason)];
    bases.push(await em.save(em.create(LegalBasis, {
      caseId: saved.id, type: b.type, categories: b.categories, organisationIds: b.orgs.map((o) => w.org(o)),
      confirmationRequired, confirmedAt: confirmationRequired ? w.at(b.from) : null, confirmedByUser: confirmationRequired ? SECOND_DIRECTOR[house] : null,
      validFrom: w.at(b.from), validUntil: b.until === undefined ? null : w.at(b.until), documentReference: document.text, documentReferenceCategory: document.category,
      recordedByOrganisationId: w.org(house), recordedByUser: b.recordedBy,
      recordedAt: w.at(b.from), revokedAt: b.revoked ? w.at(b.revoked.at) : null, revokedByUser: b.revoked?.by ?? null,
      revocationReason: revocation.text, revocationReasonCategory: revocation.category,
    })));
  }
  if (spec.information?.length) {
    await em.save(spec.information.map((item) => em.create(InformationItem, {
      caseId: saved.id, category: item.category, content: item.content, supplierId: w.org(item.supplier),
      legalBasisId: item.basis === undefined ? null : bases[item.basis].id, factDate: w.date(item.fact), sharedAt: w.at(item.shared),
    })));
  }
  const actionIds = await writePlans(w, saved.id, spec.plans ?? []);
  await writeSignals(w, saved.id, spec.signals ?? [], actionIds);
  return saved;
}
