import { IsNull, type EntityManager } from "typeorm";
import { Participant } from "../entities";
import { BadInputError } from "../errors";

/** The organisations taking part in the case now; those who left are kept as history only. */
export function activeParticipants(em: EntityManager, caseId: string): Promise<Participant[]> {
  return em.find(Participant, { where: { caseId, leftAt: IsNull() }, order: { joinedAt: "ASC", id: "ASC" } });
}

/**
 * Refuses input that names organisations not taking part in the case, saying which and in which field
 * (an action's executor, for one: the action would be invisible to an organisation outside the case).
 */
export async function assertTakePart(
  em: EntityManager, caseId: string, organisationIds: readonly string[], field: string,
  message = "Every organisation named must take part in the case.",
): Promise<Participant[]> {
  const active = await activeParticipants(em, caseId);
  const taking = new Set(active.map((p) => p.organisationId));
  const strangers = [...new Set(organisationIds)].filter((id) => !taking.has(id));
  if (strangers.length) {
    throw new BadInputError(message, { [field]: [`not an active participant: ${strangers.join(", ")}`] });
  }
  return active;
}
