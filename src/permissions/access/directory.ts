import { TABLE_ROWS } from "../row-level/table-visibility";
import { inheritAll, type TypeAccess } from "./types";

/** The signed-in user: only ever their own. */
export const ME: TypeAccess = {
  type: "Me",
  rows: { through: "Query.me" },
  fields: inheritAll("userId", "issuer", "name", "onBehalfOf", "organisation", "roles"),
};

/** The partner directory is not personal data: partners need it to register and invite. */
export const ORGANISATION: TypeAccess = {
  type: "Organisation",
  rows: "directory",
  fields: inheritAll("id", "code", "name", "domain", "country"),
};

/**
 * Tables are no personal data either, but which tables exist at other houses is not every partner's
 * business: a viewer lists and names only the tables their organisation sits at or runs (row-level/table-visibility.ts).
 */
export const TABLE: TypeAccess = {
  type: "Table",
  rows: TABLE_ROWS,
  fields: inheritAll("id", "name", "kind", "hasCriminalLawComponent", "house", "members"),
};
