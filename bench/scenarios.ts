import type { ServerKind } from "./args";
import { apiCaseSelection } from "./selection";
import { postgraphileDocument } from "./postgraphile-queries";

export type ScenarioId = "S1" | "S2" | "S3" | "S4" | "S5" | "S6";

/** What a persona's requests need from the data: a visible case, and the cursors of S4's consecutive pages. */
export interface PersonaData {
  caseId: string;
  /** `after` for each page of S4 (the first is null). */
  s4After: Array<string | null>;
  tableId: string;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Page size of one page and pages per request (S4 asks consecutive pages in one request when the cap is below 500). */
  first: number;
  pages: number;
  servers: ServerKind[];
  /** The POST body for a server; null where the server has no equivalent. */
  body(kind: ServerKind, data: PersonaData): string | null;
}

const page = (selection: string, alias = "cases", after = "$after") => `${alias}: cases(first: $first, after: ${after}) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${selection} } }
  }`;

const json = (operationName: string, query: string, variables: Record<string, unknown>) => JSON.stringify({ operationName, query, variables });

function apiBody(id: ScenarioId, scenario: Pick<Scenario, "first" | "pages">, data: PersonaData): string {
  switch (id) {
    case "S1":
      return json("S1", `query S1($id: ID!) { case(id: $id) { ${apiCaseSelection("relations")} } }`, { id: data.caseId });
    case "S2":
      return json("S2", `query S2($first: Int!, $after: String) { ${page(apiCaseSelection("scalars"))} }`, { first: scenario.first, after: null });
    case "S3":
      return json("S3", `query S3($first: Int!, $after: String) { ${page(apiCaseSelection("relations"))} }`, { first: scenario.first, after: null });
    case "S5":
      return json("S5", `query S5($first: Int!, $after: String) { ${page(apiCaseSelection("care"))} }`, { first: scenario.first, after: null });
    case "S4": {
      const pages = data.s4After.slice(0, scenario.pages);
      const params = pages.map((_, i) => `$a${i}: String`).join(", ");
      const fields = pages.map((_, i) => page(apiCaseSelection("relations"), `p${i}`, `$a${i}`)).join("\n  ");
      return json("S4", `query S4($first: Int!, ${params}) { ${fields} }`, { first: scenario.first, ...Object.fromEntries(pages.map((a, i) => [`a${i}`, a])) });
    }
    case "S6":
      return json("S6", `mutation S6($input: RegisterCaseInput!) { registerCase(input: $input) { id reference phase registeredAt } }`, {
        input: {
          tableId: data.tableId,
          subject: { fullName: "Betrokkene (benchmark)", dateOfBirth: "1990-01-01", municipality: "Rotterdam" },
          relatedPersons: [{ fullName: "Broer (benchmark)", relation: "SIBLING" }],
          triedWithinOwnOrganisation: "Gesprekken gevoerd en hulp aangeboden; zonder resultaat.",
          triedWithinOwnOrganisationCategory: "SAFETY",
          subjectInformed: true,
        },
      });
  }
}

/**
 * S1–S6 of issue 5. S4 wants 500 cases while the API caps a page at `maxPageSize` (100): it then asks
 * ceil(500 / cap) consecutive pages, aliased in one request (cursors taken from the data beforehand),
 * so one request still carries 500 cases and no API limit changes for the benchmark.
 */
export function scenarios(maxPageSize: number): Scenario[] {
  const s4Pages = Math.ceil(500 / maxPageSize);
  const reads: ServerKind[] = ["api", "api-no-privacy", "postgraphile", "floor"];
  const list: Array<Omit<Scenario, "body">> = [
    { id: "S1", title: "one case by id, with participants, plan and actions", first: 1, pages: 1, servers: reads },
    { id: "S2", title: "page of 50 cases, scalar fields", first: 50, pages: 1, servers: reads },
    { id: "S3", title: "page of 50 cases with participants, organisations, plan, goals and actions", first: 50, pages: 1, servers: reads },
    { id: "S4", title: `S3 with 500 cases (${s4Pages === 1 ? "one page" : `${s4Pages} aliased pages of ${Math.ceil(500 / s4Pages)}`})`, first: Math.ceil(500 / s4Pages), pages: s4Pages, servers: reads },
    { id: "S5", title: "S3 plus care fields health and addiction (decided per case)", first: 50, pages: 1, servers: reads },
    { id: "S6", title: "one mutation: registerCase", first: 0, pages: 0, servers: ["api", "api-no-privacy"] },
  ];
  return list.map((s) => ({
    ...s,
    body: (kind, data) => {
      if (!s.servers.includes(kind)) return null;
      return kind === "postgraphile" ? postgraphileDocument(s.id, s, data) : apiBody(s.id, s, data);
    },
  }));
}
