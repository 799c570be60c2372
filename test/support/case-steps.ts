import type { DataSource } from "typeorm";
import type { GraphQLResponse, Persona, TestApi } from "./api";
import { refusal } from "./lifecycle";

/** The mutations of triage, meetings, participants, legal bases and information sharing, with what the tests look at. */
export const STEPS = {
  registerCase: `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id phase } }`,
  triageCase: `mutation ($input: TriageCaseInput!) { triageCase(input: $input) { id phase triagedAt rejectionReason } }`,
  decideTrack: `mutation ($input: DecideTrackInput!) { decideTrack(input: $input) { id phase track trackDecidedAt closedAt } }`,
  scheduleMeeting: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id scheduledAt status reportSharedAt table { id } } }`,
  putOnAgenda: `mutation ($input: PutOnAgendaInput!) { putOnAgenda(input: $input) { id kind minutes case { id } meeting { id } } }`,
  recordAttendance: `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { present professionalName organisation { code } } }`,
  recordMinutes: `mutation ($input: RecordMinutesInput!) { recordMinutes(input: $input) { id minutes } }`,
  holdMeeting: `mutation ($input: HoldMeetingInput!) { holdMeeting(input: $input) { id status reportSharedAt } }`,
  addParticipant: `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { id role professionalName joinedAt leftAt organisation { code } } }`,
  leaveCase: `mutation ($input: LeaveCaseInput!) { leaveCase(input: $input) { id role leftAt organisation { code } } }`,
  assignCaseDirector: `mutation ($input: AssignCaseDirectorInput!) { assignCaseDirector(input: $input) {
    id caseDirector { professionalName organisation { code } } participants { role leftAt organisation { code } } } }`,
  handOverCaseDirector: `mutation ($input: HandOverCaseDirectorInput!) { handOverCaseDirector(input: $input) {
    id caseDirector { professionalName organisation { code } } participants { role leftAt organisation { code } } } }`,
  recordLegalBasis: `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) {
    id type categories organisations { code } validFrom validUntil documentReference recordedBy { code } recordedByUser recordedAt revokedAt isValid } }`,
  revokeLegalBasis: `mutation ($input: RevokeLegalBasisInput!) { revokeLegalBasis(input: $input) { id revokedAt revocationReason isValid } }`,
  shareInformation: `mutation ($input: ShareInformationInput!) { shareInformation(input: $input) {
    id category content factDate sharedAt supplier { code } legalBasis { id } } }`,
} as const;

export type CaseStep = keyof typeof STEPS;

export function run(api: TestApi, persona: Persona, name: CaseStep, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return api.as(persona)(STEPS[name], { input });
}

/** The result of a step that must succeed; fails the test with the errors otherwise. */
export async function done(api: TestApi, persona: Persona, name: CaseStep, input: Record<string, unknown>): Promise<any> {
  const res = await run(api, persona, name, input);
  expect(res.errors).toBeUndefined();
  return res.data[name];
}

const TABLES = [
  "case", "participant", "legal_basis", "information_item", "meeting", "agenda_item", "attendance",
  "subject", "related_person", "plan", "goal", "action", "action_report", "signal",
];

/** Every row of every table a case step can touch: equal before and after means the step changed nothing. */
export async function databaseState(ds: DataSource): Promise<Record<string, string[]>> {
  const state: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows: Array<{ row: string }> = await ds.query(`SELECT row_to_json(x)::text AS row FROM "${table}" x ORDER BY 1`);
    state[table] = rows.map((r) => r.row);
  }
  return state;
}

/** Asserts that a step is refused with this code (and reason) and that the database is exactly as before. */
export async function expectRefused(
  api: TestApi, persona: Persona, name: CaseStep, input: Record<string, unknown>, expected: { code: string; reason?: string },
): Promise<GraphQLResponse> {
  const before = await databaseState(api.ds);
  const res = await run(api, persona, name, input);
  expect(refusal(res)).toEqual(expected);
  expect(res.data ?? null).toBeNull();
  expect(await databaseState(api.ds)).toEqual(before);
  return res;
}
