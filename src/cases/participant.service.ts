import type { Context } from "../context";
import { ParticipantRole } from "../domain/enums";
import { Organisation, Participant } from "../entities";
import { ConflictError, IllegalTransitionError, NotFoundError } from "../errors";
import type { AddParticipantCommand, LeaveCaseCommand } from "./commands";
import { activeParticipants } from "./participants";
import { caseStep } from "./case-step";

/** A partner joins an open case; one that left before may join again (a new row, the old one stays as history). */
export function addParticipant(ctx: Context, input: AddParticipantCommand): Promise<Participant> {
  return caseStep(ctx, input.caseId, "ADD_PARTICIPANT", async (em, found) => {
    if (!(await em.existsBy(Organisation, { id: input.organisationId }))) throw new NotFoundError("Organisation", input.organisationId);
    const active = await activeParticipants(em, found.id);
    if (active.some((p) => p.organisationId === input.organisationId)) {
      throw new ConflictError("ALREADY_PARTICIPANT", "The organisation already takes part in this case.");
    }
    return em.save(em.create(Participant, {
      caseId: found.id, organisationId: input.organisationId, role: input.role,
      professionalName: input.professionalName ?? null, joinedAt: ctx.now, leftAt: null,
    }));
  });
}

/**
 * A partner leaves an open case. The case director is the first point of contact, so hands the role over
 * first; and a case without any participant would belong to no partner, so the last one stays.
 */
export function leaveCase(ctx: Context, input: LeaveCaseCommand): Promise<Participant> {
  return caseStep(ctx, input.caseId, "LEAVE_CASE", async (em, found) => {
    const active = await activeParticipants(em, found.id);
    const leaving = active.find((p) => p.organisationId === input.organisationId);
    if (!leaving) throw new NotFoundError("Participant", input.organisationId);
    if (leaving.role === ParticipantRole.CASE_DIRECTOR) {
      throw new IllegalTransitionError("CASE_DIRECTOR_MUST_HAND_OVER", "The case director must hand the role over before leaving the case.");
    }
    if (active.length === 1) {
      throw new IllegalTransitionError("LAST_PARTICIPANT_CANNOT_LEAVE", "The last participant of a case cannot leave it.");
    }
    leaving.leftAt = ctx.now;
    return em.save(leaving);
  });
}
