import { inheritAll, type TypeAccess } from "./types";

const MATRIX = { through: "Query.permissionMatrix" };

/** Reached only through Query.permissionMatrix: a description of the rules, derived from the code; no personal data. */
export const PERMISSION_MATRIX: TypeAccess[] = [
  { type: "PermissionMatrix", rows: MATRIX, fields: inheritAll("notes", "columns", "rows", "inherited", "rowLevel", "conditions", "rules") },
  { type: "MatrixColumn", rows: MATRIX, fields: inheritAll("key", "dimension", "label", "description") },
  { type: "MatrixRow", rows: MATRIX, fields: inheritAll("type", "field", "rule", "target", "cells", "reasons") },
  { type: "MatrixCell", rows: MATRIX, fields: inheritAll("column", "access", "text") },
  { type: "InheritedFields", rows: MATRIX, fields: inheritAll("type", "fields", "allFields", "reachedThrough") },
  { type: "RowLevelRule", rows: MATRIX, fields: inheritAll("name", "source", "reason", "cells") },
  { type: "MatrixCondition", rows: MATRIX, fields: inheritAll("key", "label", "description") },
  { type: "MatrixRule", rows: MATRIX, fields: inheritAll("name", "reason") },
];
