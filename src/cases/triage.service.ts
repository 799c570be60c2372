import type { Context } from "../context";
import { CasePhase, Track, TriageDecision } from "../domain/enums";
import type { Case } from "../entities";
import type { DecideTrackCommand, TriageCaseCommand } from "./commands";
import { caseStep } from "./case-step";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/** Screening: an accepted registration goes to dossier forming; a rejected one ends with its reason. */
export function triageCase(ctx: Context, input: TriageCaseCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "TRIAGE", async (em, found) => {
    const accepted = input.decision === TriageDecision.ACCEPT;
    if (!accepted) await assertMayWriteCategories(ctx, found.id, [input.reasonCategory]);
    found.phase = accepted ? CasePhase.DOSSIER_FORMING : CasePhase.REJECTED;
    found.rejectionReason = accepted ? null : input.reason!;
    found.rejectionReasonCategory = accepted ? null : input.reasonCategory!;
    found.triagedAt = ctx.now;
    return em.save(found);
  });
}

/**
 * The track decided at the first discussion: only track 3 becomes a joint trajectory; tracks 1 and 2
 * hand the case back (advice, or follow-up by one partner), which ends the table's work on it.
 */
export function decideTrack(ctx: Context, input: DecideTrackCommand): Promise<Case> {
  return caseStep(ctx, input.caseId, "DECIDE_TRACK", async (em, found) => {
    const joint = input.track === Track.TRACK_3_JOINT_APPROACH;
    found.track = input.track;
    found.trackDecidedAt = ctx.now;
    found.phase = joint ? CasePhase.ACTIVE_DIRECTION : CasePhase.REFERRED;
    found.closedAt = joint ? null : ctx.now;
    return em.save(found);
  });
}
