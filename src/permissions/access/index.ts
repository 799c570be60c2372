import { AUDIT } from "./audit";
import { CASE, CASE_CONNECTION, CASE_DETAILS } from "./case";
import { INFORMATION_ITEM, LEGAL_BASIS, PARTICIPANT, SIGNAL } from "./case-parts";
import { ME, ORGANISATION, TABLE } from "./directory";
import { PERMISSION_MATRIX } from "./matrix";
import { AGENDA_ITEM, ATTENDANCE, MEETING } from "./meeting";
import { ACTION, ACTION_REPORT, GOAL, PLAN } from "./plan";
import { MUTATION, QUERY } from "./roots";
import type { TypeAccess } from "./types";

export type { Ahead, RuleNeeds, Rows, TypeAccess } from "./types";

/** Access per GraphQL type: every type of the schema, once (test/unit/policy-coverage.test.ts holds it). */
export const ACCESS: readonly TypeAccess[] = [
  QUERY, MUTATION, ME, ORGANISATION, TABLE, ...CASE_CONNECTION, CASE, ...CASE_DETAILS,
  INFORMATION_ITEM, LEGAL_BASIS, PARTICIPANT, MEETING, AGENDA_ITEM, ATTENDANCE,
  PLAN, GOAL, ACTION, ACTION_REPORT, SIGNAL, ...AUDIT, ...PERMISSION_MATRIX,
];

const BY_TYPE = new Map(ACCESS.map((access) => [access.type, access]));

/** The access declaration of a GraphQL type, if it has one. */
export function accessOf(type: string): TypeAccess | undefined {
  return BY_TYPE.get(type);
}
