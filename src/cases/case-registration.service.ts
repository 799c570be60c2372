import type { Context } from "../context";
import { CasePhase, ParticipantRole } from "../domain/enums";
import { Case, Participant, RelatedPerson, Subject } from "../entities";
import { NotFoundError } from "../errors";
import type { RegisterCaseCommand } from "./commands";
import { newCaseReference } from "./case-reference";
import { inTransaction } from "./transaction";
import { assertMayRegisterCategories } from "../permissions/care/care-writes";

/** Aanmelding: creates the case, its subject and related persons, and makes the registrant a participant. */
export async function registerCase(ctx: Context, input: RegisterCaseCommand): Promise<Case> {
  // The request's loader: the policy (canRegisterAtTable) has usually read the table already.
  const table = await ctx.loaders.table.load(input.tableId);
  if (!table) throw new NotFoundError("Table", input.tableId);
  const notInformedReason = input.subjectInformed ? null : (input.subjectNotInformedReason ?? null);
  const notInformedCategory = notInformedReason === null ? null : (input.subjectNotInformedReasonCategory ?? null);
  assertMayRegisterCategories(ctx.viewer, [input.triedWithinOwnOrganisationCategory, notInformedCategory]);
  return inTransaction(ctx, async (em) => {
    const subject = await em.save(em.create(Subject, {
      fullName: input.subject.fullName,
      dateOfBirth: input.subject.dateOfBirth ?? null,
      municipality: input.subject.municipality ?? null,
    }));
    const created = await em.save(em.create(Case, {
      reference: newCaseReference(ctx.now),
      tableId: table.id,
      subjectId: subject.id,
      registeredById: ctx.viewer.organisationId,
      phase: CasePhase.REGISTERED,
      registeredAt: ctx.now,
      triedWithinOwnOrganisation: input.triedWithinOwnOrganisation,
      triedWithinOwnOrganisationCategory: input.triedWithinOwnOrganisationCategory,
      subjectInformed: input.subjectInformed,
      subjectNotInformedReason: notInformedReason,
      subjectNotInformedReasonCategory: notInformedCategory,
    }));
    await em.save(input.relatedPersons.map((person) => em.create(RelatedPerson, { fullName: person.fullName, relation: person.relation, caseId: created.id })));
    await em.save(em.create(Participant, {
      caseId: created.id,
      organisationId: ctx.viewer.organisationId,
      role: ParticipantRole.REGISTRANT,
      professionalName: input.professionalName ?? ctx.viewer.name,
      joinedAt: ctx.now,
    }));
    return created;
  });
}
