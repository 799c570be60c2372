import type { Loaders } from "./index";

/**
 * The rules read a case through the request's loaders before a mutation runs; the mutation's result is
 * read through the same loaders after it. Forgetting what they cached about the case makes the result
 * show the state the mutation left, not the state the rules saw.
 */
export function forgetCase(loaders: Loaders, caseId: string): void {
  const perCase = [
    loaders.case, loaders.caseVisible, loaders.careGrants, loaders.participantsByCase, loaders.legalBasesByCase,
    loaders.informationByCase, loaders.agendaItemsByCase,
  ];
  for (const loader of perCase) loader.clear(caseId);
  // Whether a part of the case is visible follows the case (who takes part may just have changed).
  const throughCase = [
    loaders.agendaItemVisible, loaders.participantVisible, loaders.legalBasisVisible, loaders.informationItemVisible,
    loaders.signalVisible, loaders.planVisible, loaders.goalVisible, loaders.actionVisible, loaders.actionReportVisible,
  ];
  for (const loader of throughCase) loader.clearAll();
}

/**
 * After a step changed one row, the request reads it as the step left it: the cached row is replaced (a
 * forgetMeeting before would drop a primed value, so this comes last).
 */
export function rememberRow<K extends "legalBasis" | "meeting">(loaders: Loaders, loader: K, row: NonNullable<Awaited<ReturnType<Loaders[K]["load"]>>>): void {
  (loaders[loader] as { clear(id: string): { prime(id: string, value: unknown): unknown } }).clear(row.id).prime(row.id, row);
}

/** Same for a meeting whose agenda or attendance a mutation changed. */
export function forgetMeeting(loaders: Loaders, meetingId: string): void {
  for (const loader of [loaders.meeting, loaders.agendaItemsByMeeting, loaders.attendanceByMeeting]) loader.clear(meetingId);
}
