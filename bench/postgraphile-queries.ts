import type { PersonaData, Scenario, ScenarioId } from "./scenarios";
import { ACTION, CASE, GOAL, INFO, ORG, PARTICIPANT, PLAN, S5_CARE, type Field } from "./selection";

/** PostGraphile names primary keys `rowId`; an alias gives the same JSON keys as our API. */
const pgNames = (list: Field[]): string => list.map((f) => (f.name === "id" ? "id: rowId" : f.name)).join(" ");

function caseSelection(level: "scalars" | "relations" | "care"): string {
  if (level === "scalars") return pgNames(CASE);
  const relations = `${pgNames(CASE)}
      participants: participantsByCaseId(orderBy: [JOINED_AT_ASC, ROW_ID_ASC]) { nodes { ${pgNames(PARTICIPANT)} organisation: organisationByOrganisationId { ${pgNames(ORG)} } } }
      currentPlan: plansByCaseId(condition: { status: APPROVED }, orderBy: [VERSION_DESC], first: 1) { nodes { ${pgNames(PLAN)}
        goals: goalsByPlanId(orderBy: [PRIORITY_DESC, ROW_ID_ASC]) { nodes { ${pgNames(GOAL)} } }
        actions: actionsByPlanId(orderBy: [DUE_DATE_ASC, ROW_ID_ASC]) { nodes { ${pgNames(ACTION)} executor: organisationByExecutorId { ${pgNames(ORG)} } } } } }`;
  if (level === "relations") return relations;
  const care = S5_CARE.map(
    (c) => `${c.field}: informationItemsByCaseId(condition: { category: ${c.category} }, orderBy: [FACT_DATE_ASC, ROW_ID_ASC]) {
        nodes { ${pgNames(INFO)} supplier: organisationBySupplierId { ${pgNames(ORG)} } } }`,
  );
  return `${relations}\n      ${care.join("\n      ")}`;
}

const page = (selection: string, alias: string, offset: number) => `${alias}: allCases(first: $first, offset: ${offset}, orderBy: [REGISTERED_AT_DESC, ROW_ID_DESC]) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${selection} } }
  }`;

const json = (operationName: string, query: string, variables: Record<string, unknown>) => JSON.stringify({ operationName, query, variables });

/**
 * The same reads in PostGraphile v5's generated schema. It applies no row level and no care rule, so
 * its pages are the newest cases of the whole house; the amount of data per case is the same on average.
 */
export function postgraphileDocument(id: ScenarioId, scenario: Pick<Scenario, "first" | "pages">, data: PersonaData): string | null {
  switch (id) {
    case "S1":
      return json("S1", `query S1($id: UUID!) { case: caseByRowId(rowId: $id) { ${caseSelection("relations")} } }`, { id: data.caseId });
    case "S2":
      return json("S2", `query S2($first: Int!) { ${page(caseSelection("scalars"), "cases", 0)} }`, { first: scenario.first });
    case "S3":
      return json("S3", `query S3($first: Int!) { ${page(caseSelection("relations"), "cases", 0)} }`, { first: scenario.first });
    case "S5":
      return json("S5", `query S5($first: Int!) { ${page(caseSelection("care"), "cases", 0)} }`, { first: scenario.first });
    case "S4": {
      const fields = Array.from({ length: scenario.pages }, (_, i) => page(caseSelection("relations"), `p${i}`, i * scenario.first));
      return json("S4", `query S4($first: Int!) { ${fields.join("\n  ")} }`, { first: scenario.first });
    }
    default:
      return null;
  }
}
