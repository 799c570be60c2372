import { getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import { policy, type PolicyTable } from "../policy";
import { leafRules, ruleExpression } from "../describe-policy";
import { ruleDoc } from "../define-rule";
import { conditionsIn, type Claim, type RuleMatrix, type RuleTarget } from "./claims";
import { COLUMNS, READING_NOTES } from "./columns";
import { conditionDescription, conditionLabel, Condition } from "./conditions";
import { flatClaims, type FlatClaims } from "./rule-claims";
import { ROW_LEVEL_RULES } from "./row-level";
import type { InheritedFields, MatrixCell, MatrixRow, PermissionMatrix } from "./model";

const TARGET_TEXT: Record<RuleTarget, string> = {
  none: "—",
  parent: "its object",
  case: "visible case",
  table: "table or visible meeting",
};

function claimText(claim: Claim, nested = false): string {
  if (typeof claim === "string") return claim;
  if ("when" in claim) return conditionLabel(claim.when, claim.category);
  const [parts, joiner] = "anyOf" in claim ? [claim.anyOf, " or "] : [claim.allOf, " and "];
  const text = parts.map((part) => claimText(part, true)).join(joiner);
  return nested ? `(${text})` : text;
}

function cell(column: string, claim: Claim): MatrixCell {
  if (claim === "yes" || claim === "no" || claim === "any") return { column, access: claim.toUpperCase() as MatrixCell["access"], text: claim };
  return { column, access: "IF", text: `if ${claimText(claim)}` };
}

function cellsOf(claims: Pick<RuleMatrix, "domains" | "roles">, flat?: FlatClaims): MatrixCell[] {
  return COLUMNS.map((column) => {
    if (flat?.undescribed.length) return { column: column.key, access: "UNDESCRIBED", text: `not described: ${flat.undescribed.join(", ")}` };
    if (flat?.inherits) return { column: column.key, access: "INHERIT", text: "inherit" };
    const byColumn = (column.dimension === "DOMAIN" ? claims.domains : claims.roles) as Record<string, Claim> | undefined;
    return cell(column.key, byColumn?.[column.key] ?? "any");
  });
}

/** Parents first by kind (queries, mutations, then types), so the way in reads first. */
function reachedThrough(schema: GraphQLSchema, typeName: string): string[] {
  const rank = (name: string) => (name.startsWith("Query.") ? 0 : name.startsWith("Mutation.") ? 1 : 2);
  const fields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith("__"))
    .flatMap((type) => Object.values(type.getFields()).filter((f) => getNamedType(f.type).name === typeName).map((f) => `${type.name}.${f.name}`));
  return fields.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function rowsAndInherited(schema: GraphQLSchema, table: PolicyTable): { rows: MatrixRow[]; inherited: InheritedFields[] } {
  const rows: MatrixRow[] = [];
  const inherited: InheritedFields[] = [];
  for (const [type, fields] of Object.entries(table)) {
    const passing: string[] = [];
    for (const [field, rule] of Object.entries(fields)) {
      const flat = flatClaims(rule);
      if (flat.inherits && !flat.undescribed.length) {
        passing.push(field);
        continue;
      }
      const reasons = [...new Set(leafRules(rule).map((leaf) => ruleDoc(leaf)?.reason ?? `${ruleExpression(leaf)}: undocumented.`))];
      rows.push({ type, field, rule: ruleExpression(rule), target: TARGET_TEXT[flat.target], cells: cellsOf(flat, flat), reasons });
    }
    if (passing.length) {
      inherited.push({ type, fields: passing, allFields: passing.length === Object.keys(fields).length, reachedThrough: reachedThrough(schema, type) });
    }
  }
  return { rows, inherited };
}

function usedRules(table: PolicyTable): PermissionMatrix["rules"] {
  const leaves = Object.values(table).flatMap((fields) => Object.values(fields).flatMap(leafRules));
  const named = new Map(leaves.map((leaf) => [ruleExpression(leaf), ruleDoc(leaf)?.reason ?? "Undocumented rule: make it with defineRule."]));
  return [...named].map(([name, reason]) => ({ name, reason }));
}

function usedConditions(table: PolicyTable): PermissionMatrix["conditions"] {
  const claims = [
    ...Object.values(table).flatMap((fields) => Object.values(fields).map(flatClaims)),
    ...ROW_LEVEL_RULES.map((doc) => doc.matrix),
  ].flatMap((flat) => [...Object.values(flat.domains ?? {}), ...Object.values(flat.roles ?? {})]);
  const used = new Set(claims.flatMap(conditionsIn).map((c) => c.when));
  return Object.values(Condition)
    .filter((key) => used.has(key))
    .map((key) => ({ key, label: conditionLabel(key), description: conditionDescription(key) }));
}

/** The permission matrix of `table` (default: THE policy) over `schema`, every claim taken from the rules themselves. */
export function buildPermissionMatrix(schema: GraphQLSchema, table: PolicyTable = policy): PermissionMatrix {
  return {
    notes: READING_NOTES,
    columns: COLUMNS,
    ...rowsAndInherited(schema, table),
    rowLevel: ROW_LEVEL_RULES.map((doc) => ({ name: doc.name, source: doc.source, reason: doc.reason, cells: cellsOf(doc.matrix) })),
    conditions: usedConditions(table),
    rules: usedRules(table),
  };
}

const memo = new WeakMap<GraphQLSchema, PermissionMatrix>();

/** The matrix of THE policy, built once per schema: it only changes with the code. */
export function permissionMatrixOf(schema: GraphQLSchema): PermissionMatrix {
  const known = memo.get(schema);
  if (known) return known;
  const made = buildPermissionMatrix(schema);
  memo.set(schema, made);
  return made;
}
