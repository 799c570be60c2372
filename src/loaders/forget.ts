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
}

/** Same for a meeting whose agenda or attendance a mutation changed. */
export function forgetMeeting(loaders: Loaders, meetingId: string): void {
  for (const loader of [loaders.meeting, loaders.agendaItemsByMeeting, loaders.attendanceByMeeting]) loader.clear(meetingId);
}
