import { ViewerRole } from "../../domain/enums";
import { ForbiddenError } from "../../errors";
import { defineRule } from "../define-rule";
import { byRole } from "../matrix/claims";

/**
 * The privacy officer (functionaris gegevensbescherming, FG / DPO) reviews who accessed what. They read
 * the access log of their house's cases and of their own organisation's users (permissions/row-level/audit-visibility.ts):
 * identifiers only. Case content stays closed to them: Query.case and cases require actsForPartner.
 */
export const isPrivacyOfficer = defineRule(
  "isPrivacyOfficer",
  "A privacy officer (FG / DPO): reads the access log of the house's cases and of their own organisation's users; identifiers only, never case content.",
  (_p, _a, ctx) => ctx.viewer.roles.has(ViewerRole.PRIVACY_OFFICER) || new ForbiddenError("Only a privacy officer may read the access log."),
  { roles: byRole({ PRIVACY_OFFICER: "yes" }) },
);
