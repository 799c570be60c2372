/** The permission matrix as data: what docs/permissions.md, the privacy page and Query.permissionMatrix show. */

/** YES / NO: always / never. ANY: the rule does not look at this column. IF: only under `text`'s condition. */
export type Access = "YES" | "NO" | "ANY" | "IF" | "INHERIT" | "UNDESCRIBED";

export interface MatrixColumn {
  key: string;
  dimension: "DOMAIN" | "ROLE";
  label: string;
  description: string;
}

export interface MatrixCell {
  column: string;
  access: Access;
  text: string;
}

/** One `Type.field` with a rule of its own. */
export interface MatrixRow {
  type: string;
  field: string;
  /** The rule as an expression of rule names, e.g. `and(actsForPartner, canRegisterAtTable)`. */
  rule: string;
  /** What must be visible (row level) before the rule decides: a case, a meeting, the parent object, or nothing. */
  target: string;
  cells: MatrixCell[];
  reasons: string[];
}

/** Fields of one type that pass on the decision about the object they belong to. */
export interface InheritedFields {
  type: string;
  fields: string[];
  /** Every field of the type inherits (otherwise the type also has rows of its own). */
  allFields: boolean;
  /** The fields (`Type.field`) through which an object of this type reaches a client. */
  reachedThrough: string[];
}

/** A row-level rule: which objects (cases, meetings, log lines) a user sees at all. */
export interface RowLevelRule {
  name: string;
  source: string;
  reason: string;
  cells: MatrixCell[];
}

export interface MatrixCondition {
  key: string;
  label: string;
  description: string;
}

export interface MatrixRule {
  name: string;
  reason: string;
}

export interface PermissionMatrix {
  notes: string[];
  columns: MatrixColumn[];
  rows: MatrixRow[];
  inherited: InheritedFields[];
  rowLevel: RowLevelRule[];
  conditions: MatrixCondition[];
  rules: MatrixRule[];
}
