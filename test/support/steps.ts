import type { DataSource } from "typeorm";
import { ActionKind, CasePhase } from "../../src/domain/enums";
import { PERSONAS, type GraphQLResponse, type Persona, type TestApi } from "./api";
import { insertCase, type OrgKey } from "./fixture";

/** Every mutation of the case process the tests send, each returning what the tests look at. */
export const MUTATIONS = {
  // Registration, triage, meetings, participants, legal bases and information sharing.
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
  // The plan, its execution, signals and closing.
  proposePlan: `mutation ($input: ProposePlanInput!) { proposePlan(input: $input) {
    id version status summary approvedAt proposedBy { code }
    goals { id description priority status actions { id } }
    actions { id description kind dueDate status executor { code } goal { id description } } } }`,
  revisePlan: `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) {
    id version status summary goals { id description priority status } actions { id description status executor { code } goal { id description } } } }`,
  addGoal: `mutation ($input: AddGoalInput!) { addGoal(input: $input) { id description priority status } }`,
  addAction: `mutation ($input: AddActionInput!) { addAction(input: $input) { id description status executor { code } goal { id } } }`,
  approvePlan: `mutation ($input: ApprovePlanInput!) { approvePlan(input: $input) { id version status approvedAt } }`,
  reportOnAction: `mutation ($input: ReportOnActionInput!) { reportOnAction(input: $input) { id feedback statusAfter reportedAt reportedBy { code } } }`,
  setGoalStatus: `mutation ($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { id status } }`,
  raiseSignal: `mutation ($input: RaiseSignalInput!) { raiseSignal(input: $input) {
    id kind description level status raisedAt raisedBy { code } action { id description } } }`,
  escalateSignal: `mutation ($input: EscalateSignalInput!) { escalateSignal(input: $input) { id level status escalatedAt } }`,
  resolveSignal: `mutation ($input: ResolveSignalInput!) { resolveSignal(input: $input) { id level status resolvedAt } }`,
  moveToPassiveDirection: `mutation ($input: MoveToPassiveDirectionInput!) { moveToPassiveDirection(input: $input) { id phase passiveSince } }`,
  closeCase: `mutation ($input: CloseCaseInput!) { closeCase(input: $input) {
    id phase closedAt nextReviewDue closure { qualityOfLifeImproved safetyInPlace regularCareCanCarryOn treatmentImpossible note } } }`,
  recordTreatmentImpossible: `mutation ($input: RecordTreatmentImpossibleInput!) { recordTreatmentImpossible(input: $input) {
    id phase closedAt closure { qualityOfLifeImproved safetyInPlace regularCareCanCarryOn treatmentImpossible note } } }`,
  scaleDownCase: `mutation ($input: ScaleDownCaseInput!) { scaleDownCase(input: $input) { id phase scaleDownReason closedAt } }`,
} as const;

export type Step = keyof typeof MUTATIONS;

/** The free texts each mutation input carries (top level, and in the lists named), with their category argument. */
const TEXT_INPUTS: Partial<Record<Step, Record<string, string>>> = {
  registerCase: { triedWithinOwnOrganisation: "triedWithinOwnOrganisationCategory", subjectNotInformedReason: "subjectNotInformedReasonCategory" },
  triageCase: { reason: "reasonCategory" },
  recordMinutes: { minutes: "minutesCategory" },
  recordLegalBasis: { documentReference: "documentReferenceCategory" },
  revokeLegalBasis: { reason: "reasonCategory" },
  proposePlan: { summary: "summaryCategory" },
  revisePlan: { summary: "summaryCategory" },
  addGoal: { description: "descriptionCategory" },
  addAction: { description: "descriptionCategory" },
  reportOnAction: { feedback: "feedbackCategory" },
  raiseSignal: { description: "descriptionCategory" },
  closeCase: { note: "noteCategory" },
  recordTreatmentImpossible: { note: "noteCategory" },
  scaleDownCase: { reason: "reasonCategory" },
};

/** Adds `category` for every text of `input` that came without one (the goals and actions of a proposal included). */
function classified(texts: Record<string, string>, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const [text, category] of Object.entries(texts)) if (typeof out[text] === "string" && !(category in out)) out[category] = "SAFETY";
  for (const list of ["goals", "actions"]) {
    if (Array.isArray(out[list])) out[list] = (out[list] as Array<Record<string, unknown>>).map((item) => classified({ description: "descriptionCategory" }, item));
  }
  return out;
}

/**
 * Sends one mutation as a persona; resolves with the raw response. A text the test sends without a category
 * is sent as SAFETY: the lifecycle tests are about the process, and test/integration/text-categories*.test.ts
 * send care categories (and leave them out) on purpose.
 */
export function step(api: TestApi, persona: Persona, name: Step, input: Record<string, unknown>): Promise<GraphQLResponse> {
  const texts = TEXT_INPUTS[name];
  return api.as(persona)(MUTATIONS[name], { input: texts ? classified(texts, input) : input });
}

/** The data of a step that must succeed; fails the test with the errors otherwise. */
export async function ok(api: TestApi, persona: Persona, name: Step, input: Record<string, unknown>): Promise<any> {
  const res = await step(api, persona, name, input);
  expect(res.errors).toBeUndefined();
  return res.data[name];
}

/** The code (and, for ILLEGAL_TRANSITION, the reason) of a refused step. */
export function refusal(res: GraphQLResponse): { code?: string; reason?: string } {
  const error = res.errors?.[0];
  return error?.extensions?.reason ? { code: error.extensions.code, reason: error.extensions.reason } : { code: error?.extensions?.code };
}

/** A case in active direction with the police as case director, GGZ and the wijkteam as chain partners. */
export async function activeCase(api: TestApi, phase = CasePhase.ACTIVE_DIRECTION, participants: OrgKey[] = ["police", "ggz", "wijkteam"]) {
  return insertCase(api.ds, api.world, { participants, phase, caseDirector: "police" });
}

export function planInput(api: TestApi, caseId: string) {
  return {
    caseId,
    summary: "Toestandsbeeld: escalerende overlast en onbehandelde psychose; aanpak zorg en veiligheid samen.",
    goals: [
      { description: "Betrokkene is in behandeling bij de GGZ", priority: true },
      { description: "Geen nieuwe incidenten in de buurt", priority: true },
      { description: "Dagbesteding gevonden", priority: false },
    ],
    actions: [
      { description: "Intake GGZ plannen", kind: ActionKind.CARE, executorOrganisationId: api.world.org.ggz.id, dueDate: "2026-04-01", goalIndex: 0 },
      { description: "Gebiedsverbod voorbereiden", kind: ActionKind.SAFETY, executorOrganisationId: api.world.org.police.id, dueDate: "2026-03-15", goalIndex: 1 },
      { description: "Huisbezoek wijkteam", kind: ActionKind.CARE, executorOrganisationId: api.world.org.wijkteam.id, dueDate: "2026-05-01" },
    ],
  };
}

/** Proposes the standard plan as the case director and has the process director record the approval. */
export async function approvedPlan(api: TestApi, caseId: string) {
  const plan = await ok(api, PERSONAS.policeCaseDirector, "proposePlan", planInput(api, caseId));
  await ok(api, PERSONAS.processDirector, "approvePlan", { planId: plan.id });
  return plan;
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

/** Asserts that an attempt is refused with this code (and reason) and that the database is exactly as before. */
export async function expectRefusedUnchanged(
  api: TestApi, attempt: () => Promise<GraphQLResponse>, expected: { code: string; reason?: string },
): Promise<GraphQLResponse> {
  const before = await databaseState(api.ds);
  const res = await attempt();
  expect(refusal(res)).toEqual(expected);
  expect(res.data ?? null).toBeNull();
  expect(await databaseState(api.ds)).toEqual(before);
  return res;
}

/** The same for one step sent as a persona. */
export function expectRefused(
  api: TestApi, persona: Persona, name: Step, input: Record<string, unknown>, expected: { code: string; reason?: string },
): Promise<GraphQLResponse> {
  return expectRefusedUnchanged(api, () => step(api, persona, name, input), expected);
}

/** The case's own row (and its plan, goals, actions, reports and signals) straight from the database. */
export async function snapshot(api: TestApi, caseId: string) {
  const q = (sql: string) => api.ds.query(sql, [caseId]);
  return {
    case: await q(`SELECT phase, track, next_review_due, passive_since, closed_at, closure_quality_of_life_improved, closure_safety_in_place,
      closure_regular_care_can_carry_on, closure_treatment_impossible, closure_note, scale_down_reason, updated_at FROM "case" WHERE id = $1`),
    plans: await q(`SELECT id, version, status, summary, approved_at FROM plan WHERE case_id = $1 ORDER BY version`),
    goals: await q(`SELECT g.id, g.description, g.priority, g.status FROM goal g JOIN plan p ON p.id = g.plan_id WHERE p.case_id = $1 ORDER BY g.id`),
    actions: await q(`SELECT a.id, a.goal_id, a.status, a.executor_id FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.case_id = $1 ORDER BY a.id`),
    reports: await q(`SELECT r.id, r.status_after FROM action_report r JOIN action a ON a.id = r.action_id JOIN plan p ON p.id = a.plan_id
      WHERE p.case_id = $1 ORDER BY r.id`),
    signals: await q(`SELECT id, level, status, escalated_at, resolved_at FROM signal WHERE case_id = $1 ORDER BY id`),
  };
}
