import type { Context } from "../context";
import { ParticipantRole } from "../domain/enums";
import type { Case } from "../entities";
import { BadInputError, IllegalTransitionError } from "../errors";
import type { AssignCaseDirectorCommand, HandOverCaseDirectorCommand } from "./commands";
import { activeParticipants } from "./participants";
import { caseStep } from "./case-step";

function notTakingPart(field: string): BadInputError {
  return new BadInputError("The organisation does not take part in the case.", { [field]: ["not an active participant of the case"] });
}

/** The first case director of a case. Replacing one is a hand-over, so the outgoing director is on record. */
export function assignCaseDirector(ctx: Context, input: AssignCaseDirectorCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "ASSIGN_CASE_DIRECTOR", async (em, found) => {
    const active = await activeParticipants(em, found.id);
    if (active.some((p) => p.role === ParticipantRole.CASE_DIRECTOR)) {
      throw new IllegalTransitionError("CASE_DIRECTOR_ALREADY_ASSIGNED", "The case already has a case director; use handOverCaseDirector.");
    }
    const target = active.find((p) => p.organisationId === input.organisationId);
    if (!target) throw notTakingPart("organisationId");
    target.role = ParticipantRole.CASE_DIRECTOR;
    target.professionalName = input.professionalName;
    await em.save(target);
    return found;
  });
}

/**
 * The case director hands the role to another partner of the case and stays on as a chain partner.
 * The old director is demoted before the new one is promoted: the database allows one director per case.
 */
export function handOverCaseDirector(ctx: Context, input: HandOverCaseDirectorCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "HAND_OVER_CASE_DIRECTOR", async (em, found) => {
    const active = await activeParticipants(em, found.id);
    const current = active.find((p) => p.role === ParticipantRole.CASE_DIRECTOR);
    if (!current) throw new IllegalTransitionError("NO_CASE_DIRECTOR", "The case has no case director to hand over from; use assignCaseDirector.");
    if (current.organisationId === input.toOrganisationId) {
      throw new BadInputError("That organisation already directs the case.", { toOrganisationId: ["already the case director"] });
    }
    const target = active.find((p) => p.organisationId === input.toOrganisationId);
    if (!target) throw notTakingPart("toOrganisationId");
    current.role = ParticipantRole.CHAIN_PARTNER;
    await em.save(current);
    target.role = ParticipantRole.CASE_DIRECTOR;
    target.professionalName = input.professionalName;
    await em.save(target);
    return found;
  });
}
