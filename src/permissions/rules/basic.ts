import { ViewerRole } from "../../domain/enums";
import { defineRule } from "../define-rule";
import { ForbiddenError } from "../../errors";
import { byRole } from "../matrix/claims";

const PARTNER_ROLES = [ViewerRole.PROCESS_DIRECTOR, ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER, ViewerRole.TRIAGE_MEMBER];

/** Anyone with a verified token from a trusted issuer (the context already refused everyone else). */
export const isSignedIn = defineRule(
  "isSignedIn",
  "Any user signed in through a trusted identity provider.",
  (_p, _a, ctx) => Boolean(ctx.viewer),
  { roles: byRole({}, "yes") },
);

/** Someone who works on cases for a partner: not a user whose only role is privacy officer. */
export const actsForPartner = defineRule(
  "actsForPartner",
  "A professional working on cases for a partner organisation (process director, case director, chain partner or triage member); privacy officers alone see no case content.",
  (_p, _a, ctx) => PARTNER_ROLES.some((role) => ctx.viewer.roles.has(role)) || new ForbiddenError("Your role does not work on cases."),
  { roles: byRole(Object.fromEntries(PARTNER_ROLES.map((role) => [role, "yes"]))) },
);

/**
 * Fields of an object that only reaches the client through a parent that a rule already allowed
 * (a visible case, a permitted mutation result). They inherit that decision and need no own check.
 */
export const inheritParent = defineRule(
  "inherit",
  "Part of an object the viewer was already allowed to see (row level: a case they take part in); inherits that decision.",
  () => true,
  { inherits: true, target: "parent" },
);
