import type { MatrixRow, PermissionMatrix } from "./model";

export interface RowSection {
  id: string;
  title: string;
  rows: MatrixRow[];
}

/** The rows in the order a reader meets them: what one may ask, what one may do, then guarded fields. */
export function rowSections(matrix: PermissionMatrix): RowSection[] {
  const of = (test: (row: MatrixRow) => boolean) => matrix.rows.filter(test);
  return [
    { id: "queries", title: "Queries (what one may ask)", rows: of((r) => r.type === "Query") },
    { id: "mutations", title: "Mutations (what one may do)", rows: of((r) => r.type === "Mutation") },
    { id: "fields", title: "Fields with a rule of their own", rows: of((r) => r.type !== "Query" && r.type !== "Mutation") },
  ];
}

/** `Type.field` names grouped by type, in order: `[["Query", ["case", "cases"]], …]`. */
export function groupByType(names: string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const [type, field] = name.split(".");
    groups.set(type, [...(groups.get(type) ?? []), field]);
  }
  return [...groups];
}

export function inheritedFieldsText(entry: { fields: string[]; allFields: boolean }): string {
  const count = entry.allFields ? `all ${entry.fields.length} fields` : `the other ${entry.fields.length} fields`;
  return `${count}: ${entry.fields.join(", ")}`;
}

export const DOC_SOURCES =
  "the policy table (src/permissions/policy.ts), the matrix description of each rule (src/permissions/rules, defineRule) and the row-level rules (src/access)";
