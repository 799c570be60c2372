import { CASE_VISIBILITY } from "../row-level/case-visibility";
import { MEETING_VISIBILITY } from "../row-level/meeting-visibility";
import { LEGAL_BASIS_VISIBILITY } from "../row-level/legal-basis-visibility";
import { anyOf, byRole, when, type RowLevelDoc } from "./claims";
import { Condition } from "./conditions";

/** src/permissions/row-level/audit-visibility.ts as the matrix states it; the matrix test holds it to that SQL. */
export const AUDIT_VISIBILITY: RowLevelDoc = {
  name: "Access log lines",
  source: "src/permissions/row-level/audit-visibility.ts",
  reason:
    "Of the access log (Query.auditLog, subjectAccessReport: privacy officers only) a user sees the lines about the cases of the tables " +
    "their organisation runs as a house (lines whose actor could see the case: a refused attempt names no house), and the lines about what users " +
    "of their own organisation did, refused attempts included. Identifiers only, never case content.",
  matrix: { roles: byRole({}, anyOf(when(Condition.LOG_LINE_ABOUT_HOUSE_CASE), when(Condition.LOG_LINE_BY_OWN_ORGANISATION))) },
};

/** Every row-level rule: which cases, meetings, legal bases and log lines a user sees at all, before any field rule. */
export const ROW_LEVEL_RULES: RowLevelDoc[] = [CASE_VISIBILITY, MEETING_VISIBILITY, LEGAL_BASIS_VISIBILITY, AUDIT_VISIBILITY];
