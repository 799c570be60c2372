import { InformationCategory } from "../domain/enums";
import type { ShieldRule } from "./define-rule";
import { actsForPartner, inheritParent as inherit, isSignedIn } from "./rules/basic";
import { canReadCare } from "./rules/care";
import { canRegisterAtTable } from "./rules/table-roles";

export type PolicyTable = Record<string, Record<string, ShieldRule>>;

/** Every field of `type` inherits the parent's decision. Only for types with no care data of their own. */
function inheritAll(...fields: string[]): Record<string, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, inherit]));
}

/**
 * THE policy: the only place access is decided. Every field of the schema has an entry (a test
 * enforces it; anything missing is denied by the shield's fallback), and a snapshot test shows every
 * change of who-sees-what in review. Row level (which cases) is in access/case-visibility.ts and is
 * applied by every query that returns cases; the rules here decide per field and per mutation.
 */
export const policy: PolicyTable = {
  Query: {
    /** Anyone signed in may ask who they are. */
    me: isSignedIn,
    /** The partner directory and tables are not personal data; partners need them to register and invite. */
    organisations: actsForPartner,
    tables: actsForPartner,
    /** Row level applies inside: only visible cases, others are NOT_FOUND. */
    case: actsForPartner,
    cases: actsForPartner,
  },
  Mutation: {
    registerCase: canRegisterAtTable,
  },
  Me: inheritAll("userId", "issuer", "name", "onBehalfOf", "organisation", "roles"),
  Organisation: inheritAll("id", "code", "name", "domain", "country"),
  Table: inheritAll("id", "name", "kind", "hasCriminalLawComponent", "house", "members"),
  CaseConnection: inheritAll("edges", "pageInfo", "totalCount"),
  CaseEdge: inheritAll("cursor", "node"),
  PageInfo: inheritAll("hasNextPage", "endCursor"),
  Case: {
    ...inheritAll(
      "id", "reference", "phase", "track", "registeredAt", "triedWithinOwnOrganisation", "subjectInformed",
      "subjectNotInformedReason", "triagedAt", "rejectionReason", "trackDecidedAt", "nextReviewDue", "passiveSince",
      "closedAt", "scaleDownReason", "table", "subject", "relatedPersons", "registeredBy", "participants",
      "caseDirector", "currentPlan", "draftPlan", "plans", "signals", "legalBases", "agendaItems", "closure",
    ),
    /** Safety information is shared with every partner of the case. */
    safety: inherit,
    /** Care data: care partners, or others under a legal basis for this case, category and organisation. */
    workIncome: canReadCare(InformationCategory.WORK_INCOME),
    education: canReadCare(InformationCategory.EDUCATION),
    health: canReadCare(InformationCategory.HEALTH),
    intellect: canReadCare(InformationCategory.INTELLECT),
    addiction: canReadCare(InformationCategory.ADDICTION),
  },
  CaseClosure: inheritAll("qualityOfLifeImproved", "safetyInPlace", "regularCareCanCarryOn", "treatmentImpossible", "note"),
  Subject: inheritAll("id", "fullName", "dateOfBirth", "municipality"),
  RelatedPerson: inheritAll("id", "fullName", "relation"),
  /** Reached only through a care field that canReadCare allowed, or through the safety field. */
  InformationItem: inheritAll("id", "category", "content", "factDate", "sharedAt", "supplier", "legalBasis"),
  /** Partners of a case may see on which bases data is shared in it (transparency, not content). */
  LegalBasis: inheritAll(
    "id", "type", "categories", "organisations", "validFrom", "validUntil", "documentReference", "recordedBy",
    "recordedByUser", "recordedAt", "revokedAt", "revocationReason", "isValid",
  ),
  Participant: inheritAll("id", "role", "professionalName", "joinedAt", "leftAt", "organisation"),
};
