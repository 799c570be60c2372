import { CasePhase } from "../domain/enums";
import type { Case } from "../entities";
import { IllegalTransitionError } from "../errors";

const { REGISTERED, DOSSIER_FORMING, ACTIVE_DIRECTION, PASSIVE_DIRECTION } = CasePhase;

/** Phases in which a case is still worked on; from the others nothing but reading is possible. */
export const OPEN_PHASES: readonly CasePhase[] = [REGISTERED, DOSSIER_FORMING, ACTIVE_DIRECTION, PASSIVE_DIRECTION];
/** Phases in which the plan of approach is carried out and followed up (actieve en passieve casusregie). */
export const DIRECTED_PHASES: readonly CasePhase[] = [ACTIVE_DIRECTION, PASSIVE_DIRECTION];
/** A case is discussed at the table from dossier forming until it is closed, referred or scaled down. */
const DISCUSSABLE_PHASES: readonly CasePhase[] = [DOSSIER_FORMING, ...DIRECTED_PHASES];
/** Every phase: steps that must take effect whatever became of the case (a withdrawn consent). */
const EVERY_PHASE: readonly CasePhase[] = Object.values(CasePhase);

/**
 * The case process as data: per step, the phases a case may be in for it. Every mutation on a case
 * consults this table through caseStep (cases/case-step.ts); a step in any other phase is refused with
 * ILLEGAL_TRANSITION and reason `<STEP>_NOT_ALLOWED_IN_<PHASE>`. What a step moves the case to is the
 * step's own work (some depend on input: triage accepts or rejects, the track decides).
 */
export const TRANSITIONS = {
  TRIAGE: [REGISTERED],
  DECIDE_TRACK: [DOSSIER_FORMING],
  PUT_ON_AGENDA: DISCUSSABLE_PHASES,
  RECORD_MINUTES: EVERY_PHASE,
  ADD_PARTICIPANT: OPEN_PHASES,
  LEAVE_CASE: OPEN_PHASES,
  ASSIGN_CASE_DIRECTOR: OPEN_PHASES,
  HAND_OVER_CASE_DIRECTOR: OPEN_PHASES,
  RECORD_LEGAL_BASIS: OPEN_PHASES,
  /** Confirming opens care data, like recording a basis: only while the case is worked on. */
  CONFIRM_LEGAL_BASIS: OPEN_PHASES,
  REVOKE_LEGAL_BASIS: EVERY_PHASE,
  SHARE_INFORMATION: OPEN_PHASES,
  PROPOSE_PLAN: [ACTIVE_DIRECTION],
  REVISE_PLAN: DIRECTED_PHASES,
  ADD_GOAL: DIRECTED_PHASES,
  ADD_ACTION: DIRECTED_PHASES,
  APPROVE_PLAN: DIRECTED_PHASES,
  REPORT_ON_ACTION: DIRECTED_PHASES,
  SET_GOAL_STATUS: DIRECTED_PHASES,
  RAISE_SIGNAL: DIRECTED_PHASES,
  ESCALATE_SIGNAL: DIRECTED_PHASES,
  RESOLVE_SIGNAL: DIRECTED_PHASES,
  MOVE_TO_PASSIVE_DIRECTION: [ACTIVE_DIRECTION],
  CLOSE_CASE: [PASSIVE_DIRECTION],
  RECORD_TREATMENT_IMPOSSIBLE: DIRECTED_PHASES,
  SCALE_DOWN_CASE: [DOSSIER_FORMING, ...DIRECTED_PHASES],
} satisfies Record<string, readonly CasePhase[]>;

export type CaseStep = keyof typeof TRANSITIONS;

/** Whether the table allows `step` on a case in `phase`. */
export function allows(phase: CasePhase, step: CaseStep): boolean {
  return (TRANSITIONS[step] as readonly CasePhase[]).includes(phase);
}

/** Refuses `step` unless the table allows it in the case's phase; the reason is stable for clients. */
export function assertTransition(found: Case, step: CaseStep): void {
  if (allows(found.phase, step)) return;
  throw new IllegalTransitionError(
    `${step}_NOT_ALLOWED_IN_${found.phase}`,
    `Cannot ${step.toLowerCase().replace(/_/g, " ")} a case in phase ${found.phase}; allowed in: ${TRANSITIONS[step].join(", ")}.`,
  );
}
