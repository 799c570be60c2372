import { InformationCategory } from "../../domain/enums";
import { canReadCare, careRuleNeeds } from "../care/care";
import { guardedTexts } from "./guarded";
import { ROW_LEVEL } from "../row-level/rows";
import { inherit, inheritAll, type TypeAccess } from "./types";

/** A case: row level by case-visibility.ts; the care fields by the care rule, everything else with the case. */
export const CASE: TypeAccess = {
  type: "Case",
  rows: ROW_LEVEL.Case,
  fields: {
    ...inheritAll(
      "id", "reference", "phase", "track", "registeredAt", "subjectInformed",
      "triagedAt", "trackDecidedAt", "nextReviewDue", "passiveSince",
      "closedAt", "table", "subject", "relatedPersons", "registeredBy", "participants",
      "caseDirector", "currentPlan", "draftPlan", "plans", "signals", "legalBases", "agendaItems", "closure",
    ),
    /** The case's own texts (registration, triage, scaling down) by their category. */
    ...guardedTexts("Case").fields,
    /** Safety information is shared with every partner of the case. */
    safety: inherit,
    /** Care data: care partners, or others under a legal basis for this case, category and organisation. */
    workIncome: canReadCare(InformationCategory.WORK_INCOME),
    education: canReadCare(InformationCategory.EDUCATION),
    health: canReadCare(InformationCategory.HEALTH),
    intellect: canReadCare(InformationCategory.INTELLECT),
    addiction: canReadCare(InformationCategory.ADDICTION),
  },
  /** The care rule reads whether the viewer takes part as a care partner, and the grants of legal bases. */
  needs: {
    workIncome: careRuleNeeds(InformationCategory.WORK_INCOME),
    education: careRuleNeeds(InformationCategory.EDUCATION),
    health: careRuleNeeds(InformationCategory.HEALTH),
    intellect: careRuleNeeds(InformationCategory.INTELLECT),
    addiction: careRuleNeeds(InformationCategory.ADDICTION),
    ...guardedTexts("Case").needs,
  },
};

export const CASE_CONNECTION: TypeAccess[] = [
  { type: "CaseConnection", rows: { through: "Query.cases" }, fields: inheritAll("edges", "pageInfo", "totalCount") },
  { type: "CaseEdge", rows: { through: "Query.cases" }, fields: inheritAll("cursor", "node") },
  { type: "PageInfo", rows: { through: "a connection" }, fields: inheritAll("hasNextPage", "endCursor") },
];

/** Parts of a case without a table of their own or a filter of their own: seen with the case. */
export const CASE_DETAILS: TypeAccess[] = [
  {
    type: "CaseClosure",
    rows: { through: "Case" },
    fields: { ...inheritAll("qualityOfLifeImproved", "safetyInPlace", "regularCareCanCarryOn", "treatmentImpossible"), ...guardedTexts("CaseClosure").fields },
    needs: guardedTexts("CaseClosure").needs,
  },
  { type: "Subject", rows: { through: "Case" }, fields: inheritAll("id", "fullName", "dateOfBirth", "municipality") },
  { type: "RelatedPerson", rows: { through: "Case" }, fields: inheritAll("id", "fullName", "relation") },
];
