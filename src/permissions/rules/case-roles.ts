import { ParticipantRole, ViewerRole } from "../../domain/enums";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { byRole, when } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import { tableOfCase, visibleTargetCase } from "../visible/targets";
import type { Context } from "../../context";
import type { Case } from "../../entities";

export async function isHouseProcessDirector(ctx: Context, target: Case): Promise<boolean> {
  return ctx.viewer.roles.has(ViewerRole.PROCESS_DIRECTOR) && (await tableOfCase(ctx, target)).houseId === ctx.viewer.organisationId;
}

export async function activeParticipation(ctx: Context, target: Case) {
  const participants = await ctx.loaders.participantsByCase.load(target.id);
  return participants.find((p) => p.organisationId === ctx.viewer.organisationId && !p.leftAt);
}

/** Signed in with the case-director role AND the organisation holding the case-director seat of this case. */
export async function directsCase(ctx: Context, target: Case): Promise<boolean> {
  const own = await activeParticipation(ctx, target);
  return ctx.viewer.roles.has(ViewerRole.CASE_DIRECTOR) && own?.role === ParticipantRole.CASE_DIRECTOR;
}

/** Process director of the house that runs the case's table: chairs, screens, plans, decides with the partners. */
export const isProcessDirectorOfCase = defineRule(
  "isProcessDirectorOfCase",
  "The process director (procesregisseur) of the house whose table holds the case.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    return (await isHouseProcessDirector(ctx, target)) || new ForbiddenError("Only the process director of this house may do this.");
  },
  { roles: byRole({ PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE) }), target: "case" },
);

/** The case director (casusregisseur) of this case, or the house's process director. */
export const isCaseDirectorOfCase = defineRule(
  "isCaseDirectorOfCase",
  "The case director (casusregisseur) of the case, acting with the case-director role; or the house's process director.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if (await isHouseProcessDirector(ctx, target)) return true;
    return (await directsCase(ctx, target)) || new ForbiddenError("Only the case director of this case or the process director may do this.");
  },
  { roles: byRole({ PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE), CASE_DIRECTOR: when(Condition.DIRECTS_CASE) }), target: "case" },
);

/** Any partner organisation taking part in the case (or the house's process director). */
export const isParticipantOfCase = defineRule(
  "isParticipantOfCase",
  "A professional of an organisation taking part in the case, or the house's process director.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if (await isHouseProcessDirector(ctx, target)) return true;
    const partnerRole = [ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER].some((r) => ctx.viewer.roles.has(r));
    return (partnerRole && Boolean(await activeParticipation(ctx, target))) || new ForbiddenError("Only partners taking part in this case may do this.");
  },
  {
    roles: byRole({
      PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE),
      CASE_DIRECTOR: when(Condition.TAKES_PART),
      CHAIN_PARTNER: when(Condition.TAKES_PART),
    }),
    target: "case",
  },
);

/** Triage (screening): a triage member of an organisation at the case's table, or the process director. */
export const canTriageCase = defineRule(
  "canTriageCase",
  "A triage member (screening) of an organisation that sits at the case's table, or the house's process director.",
  async (_p, args, ctx) => {
    const target = await visibleTargetCase(ctx, args.input);
    if (await isHouseProcessDirector(ctx, target)) return true;
    if (!ctx.viewer.roles.has(ViewerRole.TRIAGE_MEMBER)) return new ForbiddenError("Only triage members or the process director may screen a case.");
    const members = await ctx.loaders.membersByTable.load(target.tableId);
    return members.some((m) => m.organisationId === ctx.viewer.organisationId) || new ForbiddenError("Your organisation does not sit at this table.");
  },
  { roles: byRole({ PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE), TRIAGE_MEMBER: when(Condition.SITS_AT_TABLE) }), target: "case" },
);
