import { ViewerRole } from "../../domain/enums";
import type { Viewer } from "../../identity/viewer";
import { anyOf, byRole, when, type RowLevelDoc } from "../matrix/claims";
import { Condition } from "../matrix/conditions";
import type { SqlFilter } from "./case-visibility";

/**
 * Row-level rule for legal bases, as SQL over the `legal_basis` row aliased `alias`, parameters from
 * `firstParam`. Of a case the viewer reached, a basis reaches them when it names their organisation; the
 * house's process director, who records and revokes bases, sees all of the house's. Anyone else sees
 * none: a basis for HEALTH naming the care partners tells a safety partner that health data exists.
 * Every loader of bases for a viewer (Case.legalBases, InformationItem.legalBasis) uses this rule.
 */
export function legalBasisVisibility(viewer: Viewer | null, alias: string, firstParam: number): SqlFilter {
  if (!viewer) return { sql: "false", params: [] };
  const org = `$${firstParam}::uuid`;
  const clauses = [`${org} = ANY(${alias}.organisation_ids)`];
  if (viewer.roles.has(ViewerRole.PROCESS_DIRECTOR)) {
    clauses.push(`EXISTS (SELECT 1 FROM "case" lb_case JOIN consultation_table lb_table ON lb_table.id = lb_case.table_id WHERE lb_case.id = ${alias}.case_id AND lb_table.house_id = ${org})`);
  }
  return { sql: `(${clauses.join(" OR ")})`, params: [viewer.organisationId] };
}

/** The rule above as the permission matrix states it. */
export const LEGAL_BASIS_VISIBILITY: RowLevelDoc = {
  name: "Legal bases",
  source: "src/permissions/row-level/legal-basis-visibility.ts",
  reason:
    "Of a case a user reached, a legal basis is listed when it names their organisation; the house's process director sees every basis of the house's cases. " +
    "Others see none: that a basis for a care category exists is itself a care fact. Document reference and revocation reason are free texts, guarded by their category.",
  matrix: {
    roles: byRole(
      { PROCESS_DIRECTOR: anyOf(when(Condition.BASIS_NAMES_ORGANISATION), when(Condition.HOUSE_OF_CASE)) },
      when(Condition.BASIS_NAMES_ORGANISATION),
    ),
  },
};
