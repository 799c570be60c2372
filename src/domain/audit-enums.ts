import { registerEnumType } from "type-graphql";

/**
 * What a line of the access log (toegangslog, NEN 7513) records. Stable: privacy officers filter on these
 * and the log outlives the code, so values are only ever added, never renamed.
 */
export enum AuditAction {
  /** A care field (workIncome, education, health, intellect, addiction), or a free text of a care category or unclassified (category null), of one case was asked for. */
  READ_CARE_DATA = "READ_CARE_DATA",
  /** Data of one case reached the viewer (Query.case, a page of cases, a meeting agenda, a mutation result). */
  READ_CASE = "READ_CASE",
  /** A list or search of cases (the filter and the number of results, never the results). */
  LIST_CASES = "LIST_CASES",
  /** Any other query, logged only when it was refused. */
  QUERY = "QUERY",
  /** A change (mutation), whatever its outcome. */
  MUTATION = "MUTATION",
  /** A privacy officer read the log itself. */
  READ_AUDIT_LOG = "READ_AUDIT_LOG",
  /** A privacy officer produced a subject access report (inzageverzoek). */
  EXPORT_SUBJECT_ACCESS_REPORT = "EXPORT_SUBJECT_ACCESS_REPORT",
}

/**
 * ALLOWED: the policy let it happen. DENIED: the policy refused it (FORBIDDEN, or NOT_FOUND for a case the
 * viewer may not know of). FAILED: allowed, but the step was refused by the process or the input
 * (ILLEGAL_TRANSITION, BAD_USER_INPUT, CONFLICT) and changed nothing.
 */
export enum AuditOutcome {
  ALLOWED = "ALLOWED",
  DENIED = "DENIED",
  FAILED = "FAILED",
}

/** Why a care field was opened (the `reason` of an ALLOWED READ_CARE_DATA line) or refused. */
export const CareGround = {
  /** A care organisation taking part in the case reads its care data without a further basis. */
  CARE_PARTNER: "CARE_PARTNER",
  /** A valid legal basis of the case (its id is on the line) opened the category to the organisation. */
  LEGAL_BASIS: "LEGAL_BASIS",
  /** No valid legal basis opened the category to the organisation. */
  NO_LEGAL_BASIS: "NO_LEGAL_BASIS",
  /** A free text without a category (line category null): only care partners of the case read it. */
  UNCLASSIFIED_TEXT: "UNCLASSIFIED_TEXT",
  /**
   * A guarded free text was refused (line category null, one line per case and request): the viewer got
   * the same FORBIDDEN whatever the text's category, so the line names none either.
   */
  TEXT_DENIED: "TEXT_DENIED",
} as const;

registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "Soort regel in de toegangslog (NEN 7513): zorginformatie gelezen, casus gelezen, casussen gezocht, wijziging, log gelezen, inzageverzoek.",
});
registerEnumType(AuditOutcome, {
  name: "AuditOutcome",
  description: "Uitkomst: toegestaan, geweigerd door het beleid, of toegestaan maar mislukt (niets gewijzigd).",
});
